// make-reworded.mjs - the anchoring benchmark's second input set: quotes left intact while an
// editor rewords the words around them, as when a sentence is rephrased but the figure or
// name it quotes stays. Same Brown Corpus article as make-inputs.mjs; nothing else changes,
// and every rewording keeps the length within a few code points, so positions barely move
// (the recorded TextPositionSelector still points at each quote, give or take 20).
//
//   node bench/anchor/make-reworded.mjs OUT_DIR [--seed N] [--bytes N]
//
// Kinds (1,000 quotes): 300 "reworded both sides" and 300 "reworded one side" (2-8 words
// unique in the article); 250 "short repeated, reworded both sides" (1-3 words of 4-24
// characters found 2-30 times in the article, e.g. "the President"); 75 "sentence replaced
// (gone)" and 75 "short repeated, sentence replaced (gone)": the words around and including
// the quote replaced by others (never containing the quote), so its place is gone while
// other copies of a short quote remain. Writes the same files as make-inputs.mjs.
import { brownArticle, edit, groundTruth, intOption, paragraphStarts, seeded, writeInputs } from './brown.mjs';

const args = process.argv.slice(2);
if (args.length < 1 || args[0].startsWith('--')) {
  console.error('usage: node make-reworded.mjs OUT_DIR [--seed N] [--bytes N]');
  process.exit(2);
}
const outDir = args[0];
const SEED = intOption(args, '--seed', 20261126);
const TARGET_BYTES = intOption(args, '--bytes', 1_000_000);
const CONTEXT = 32; // code points of prefix/suffix, as Hypothesis records them
const REWORD = 24; // at least this many characters reworded on a reworded side
const MAX_LENGTH_CHANGE = 6; // per rewording
const MAX_DRIFT = 16; // how far positions may drift in all
const { randInt } = seeded(SEED);

const { paragraphs, spare } = brownArticle(TARGET_BYTES);
const original = paragraphs.map(p => p.text).join('\n\n');
const paraStart = paragraphStarts(paragraphs);

// [SECTION] Picking quotes ------------------------------------------------------------------
const count = (text, s) => {
  let n = 0;
  for (let at = text.indexOf(s); at !== -1 && n < 100; at = text.indexOf(s, at + 1)) n++;
  return n;
};
const wordStartsOf = text => {
  const starts = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== ' ' && (i === 0 || text[i - 1] === ' ')) starts.push(i);
  return starts;
};

// A quote of `words` words at a random word of a random paragraph, with room around it
// (REWORD characters and more on each side, inside the paragraph, clear of other quotes).
function pickQuote(words, accept) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const pi = randInt(0, paragraphs.length - 1);
    const para = paragraphs[pi];
    const ws = wordStartsOf(para.text);
    if (ws.length < words + 24) continue;
    const w0 = randInt(10, ws.length - words - 10);
    const start = ws[w0];
    const end = ws[w0 + words] - 1;
    const exact = para.text.slice(start, end);
    if (!/[A-Za-z0-9]$/.test(exact) || !/^[A-Za-z0-9]/.test(exact)) continue; // whole words
    if (para.spans.some(s => start < s.end + 100 && s.start < end + 100)) continue;
    if (!accept(exact)) continue;
    return { pi, para, ws, w0, words, start, end, exact };
  }
  throw new Error('no room for another quote');
}

// [SECTION] Rewording -----------------------------------------------------------------------
let drift = 0; // how far positions have moved so far, in article order (quotes are placed in order below)

// Words from a spare paragraph whose total length is within MAX_LENGTH_CHANGE of `length`,
// chosen to pull the drift back towards zero, never containing `avoid`.
function donorWords(length, avoid) {
  for (let attempt = 0; attempt < 500; attempt++) {
    const donor = spare[randInt(0, spare.length - 1)].split(' ');
    let from = randInt(0, Math.max(0, donor.length - 1));
    let text = '';
    while (from < donor.length && text.length < length - MAX_LENGTH_CHANGE) text += (text ? ' ' : '') + donor[from++];
    const delta = text.length - length;
    if (Math.abs(delta) > MAX_LENGTH_CHANGE || Math.abs(drift + delta) > MAX_DRIFT) continue;
    if (avoid && text.includes(avoid)) continue;
    drift += delta;
    return text;
  }
  throw new Error('no donor words of the right length');
}

// Replaces the words of para.text[from, to) (whole words) with donor words.
function reword(para, from, to, avoid) {
  edit(para, from, to - from, donorWords(to - from, avoid));
}

// The whole words before the quote covering at least REWORD characters; likewise after.
function regionBefore(q) {
  let w = q.w0 - 1;
  while (w > 0 && q.ws[q.w0] - 1 - q.ws[w] < REWORD) w--;
  return [q.ws[w], q.ws[q.w0] - 1];
}
function regionAfter(q) {
  let w = q.w0 + q.words + 1;
  while (w < q.ws.length - 1 && q.ws[w] - 1 - (q.end + 1) < REWORD) w++;
  return [q.end + 1, q.ws[w] - 1];
}

// [SECTION] The quotes and their rewordings ----------------------------------------------------
const plan = [
  ...Array(300).fill('reworded both sides'),
  ...Array(300).fill('reworded one side'),
  ...Array(250).fill('short repeated, reworded both sides'),
  ...Array(75).fill('sentence replaced (gone)'),
  ...Array(75).fill('short repeated, sentence replaced (gone)'),
];
const unique = exact => exact.length >= 12 && count(original, exact) === 1;
const repeated = exact => exact.length >= 4 && exact.length <= 24 && count(original, exact) >= 2 && count(original, exact) <= 30;

const picked = [];
for (const kind of plan) {
  const short = kind.startsWith('short');
  const q = pickQuote(short ? randInt(1, 3) : randInt(2, 8), short ? repeated : unique);
  q.kind = kind;
  q.para.spans.push({ id: `q${picked.length}`, start: q.start, end: q.end, edits: 0, gone: false });
  q.span = q.para.spans[q.para.spans.length - 1];
  picked.push(q);
}

// Recorded on the original article, as Hypothesis records them.
const quotes = picked.map(q => {
  const g = paraStart[q.pi] + q.start;
  return {
    id: q.span.id,
    exact: q.exact,
    prefix: original.slice(Math.max(0, g - CONTEXT), g),
    suffix: original.slice(g + q.exact.length, g + q.exact.length + CONTEXT),
    start: g,
    end: g + q.exact.length,
  };
});
const kinds = Object.fromEntries(picked.map(q => [q.span.id, q.kind]));

// Rewordings in article order, later ones in a paragraph first (so the regions found on the
// original paragraph stay valid), keeping the drift small.
const byPlace = [...picked].sort((a, b) => a.pi - b.pi || b.start - a.start);
for (const q of byPlace) {
  const [b0, b1] = regionBefore(q), [a0, a1] = regionAfter(q);
  if (q.kind.endsWith('(gone)')) {
    reword(q.para, b0, a1, q.exact);
    q.span.gone = true;
  } else if (q.kind === 'reworded one side') {
    if (randInt(0, 1)) reword(q.para, a0, a1);
    else reword(q.para, b0, b1);
  } else {
    reword(q.para, a0, a1);
    reword(q.para, b0, b1);
  }
}

const edited = paragraphs.map(p => p.text).join('\n\n');
const truth = groundTruth(quotes, paragraphs);
writeInputs(outDir, { seed: SEED, original, edited, quotes, truth, kinds });
let maxShift = 0;
for (const q of quotes) if (truth[q.id]) maxShift = Math.max(maxShift, Math.abs(truth[q.id].start - q.start));
console.log(
  `reworded inputs: article ${Buffer.byteLength(original)} bytes -> edited ${Buffer.byteLength(edited)} bytes; ` +
    `${quotes.length} quotes, ${Object.values(truth).filter(t => t === null).length} gone; ` +
    `positions moved by at most ${maxShift}`
);
