// make-inputs.mjs - builds the anchoring benchmark's inputs from the Brown Corpus: a ~1 MB
// article, 1,000 quotes recorded on it (exact, prefix, suffix, positions), the article
// after edits (typos and word changes inside and around quotes, paragraphs moved, deleted
// and added, quotes rewritten in place) and the ground truth: where each quote is now, or
// that it is gone. Deterministic: the same seed gives the same files.
//
//   node bench/anchor/make-inputs.mjs OUT_DIR [--seed N] [--bytes N] [--quotes N]
//
// Writes OUT_DIR/original.txt, OUT_DIR/edited.txt, OUT_DIR/quotes.json (what both matchers
// read), OUT_DIR/truth.json and OUT_DIR/kinds.json (what the scorer reads: where each quote
// is, and what happened to it). The text is ASCII plus curly quotes (all in the BMP), so
// UTF-16 offsets and code point offsets agree. make-reworded.mjs makes the other input set.
import { brownArticle, edit, groundTruth, intOption, paragraphStarts, seeded, writeInputs } from './brown.mjs';

// [SECTION] Arguments and the seeded generator ----------------------------------------------
const args = process.argv.slice(2);
if (args.length < 1 || args[0].startsWith('--')) {
  console.error('usage: node make-inputs.mjs OUT_DIR [--seed N] [--bytes N] [--quotes N]');
  process.exit(2);
}
const outDir = args[0];
const SEED = intOption(args, '--seed', 20261126);
const TARGET_BYTES = intOption(args, '--bytes', 1_000_000);
const QUOTES = intOption(args, '--quotes', 1000);
const CONTEXT = 32; // code points of prefix/suffix, as Hypothesis records them
const { random, randInt, chance } = seeded(SEED);

const { paragraphs, spare } = brownArticle(TARGET_BYTES);
const original = paragraphs.map(p => p.text).join('\n\n');

// [SECTION] Quotes -------------------------------------------------------------------------
// A quote is a run of 3-25 words inside one paragraph, unique in the article, not
// overlapping another quote.
const quotes = [];
const kinds = {}; // what happened to each quote, for the scorer's table
const paraStart = paragraphStarts(paragraphs);
let attempts = 0;
while (quotes.length < QUOTES && attempts < QUOTES * 50) {
  attempts++;
  const pi = randInt(0, paragraphs.length - 1);
  const para = paragraphs[pi];
  const wordStarts = [];
  for (let i = 0; i < para.text.length; i++)
    if (para.text[i] !== ' ' && (i === 0 || para.text[i - 1] === ' ')) wordStarts.push(i);
  if (wordStarts.length < 4) continue;
  const nWords = randInt(3, Math.min(25, wordStarts.length - 1));
  const w0 = randInt(0, wordStarts.length - nWords);
  const start = wordStarts[w0];
  let end = w0 + nWords < wordStarts.length ? wordStarts[w0 + nWords] - 1 : para.text.length;
  const exact = para.text.slice(start, end);
  if (exact.length < 12) continue;
  if (para.spans.some(s => start < s.end + 2 && s.start < end + 2)) continue;
  if (original.indexOf(exact) !== original.lastIndexOf(exact)) continue;
  const g = paraStart[pi] + start;
  const q = {
    id: `q${quotes.length}`,
    exact,
    prefix: original.slice(Math.max(0, g - CONTEXT), g),
    suffix: original.slice(g + exact.length, g + exact.length + CONTEXT),
    start: g,
    end: g + exact.length,
  };
  quotes.push(q);
  para.spans.push({ id: q.id, start, end, edits: 0, gone: false });
  kinds[q.id] = 'untouched';
}

// [SECTION] Edits -------------------------------------------------------------------------
const LETTERS = 'etaoinshrdlucmfwypvbgk';
const WORDS = ['new', 'old', 'local', 'major', 'recent', 'public', 'several', 'early', 'final', 'small'];

// One small edit at a random letter position in [lo, hi) of the paragraph.
function smallEdit(para, lo, hi) {
  lo = Math.max(0, lo);
  hi = Math.min(para.text.length, hi);
  if (hi - lo < 2) return;
  const pos = randInt(lo, hi - 1);
  const kind = randInt(0, 4);
  if (kind === 0) edit(para, pos, 1, LETTERS[randInt(0, LETTERS.length - 1)]); // typo
  else if (kind === 1) edit(para, pos, 1, ''); // dropped letter
  else if (kind === 2) edit(para, pos, 0, LETTERS[randInt(0, LETTERS.length - 1)]); // extra letter
  else if (kind === 3) {
    // a word inserted at the nearest word start
    const ws = para.text.lastIndexOf(' ', pos);
    edit(para, ws + 1, 0, WORDS[randInt(0, WORDS.length - 1)] + ' ');
  } else {
    // two neighbouring letters swapped
    if (pos + 1 < hi) edit(para, pos, 2, para.text[pos + 1] + para.text[pos]);
  }
}

let editsInside = 0, editsAround = 0, rewritten = 0;
for (const para of paragraphs) {
  for (const s of [...para.spans]) {
    const len = s.end - s.start;
    const r = random();
    if (r < 0.25) {
      // Small edits inside the quote: 1 for short quotes, up to 3 for long ones.
      const n = len < 30 ? 1 : randInt(1, Math.min(3, Math.floor(len / 25) + 1));
      for (let i = 0; i < n; i++) smallEdit(para, s.start + 1, s.end - 1);
      editsInside++;
      kinds[s.id] = 'quote edited';
    } else if (r < 0.5) {
      // Small edits in the context around it.
      const n = randInt(1, 2);
      for (let i = 0; i < n; i++) {
        if (chance(0.5)) smallEdit(para, s.start - 30, s.start - 1);
        else smallEdit(para, s.end + 1, s.end + 30);
      }
      editsAround++;
      kinds[s.id] = 'context edited';
    } else if (r < 0.54) {
      // Rewritten in place: the words are replaced by others, so the quote is gone.
      const donor = spare[randInt(0, spare.length - 1)];
      const from = randInt(0, Math.max(0, donor.length - len));
      const replacement = donor.slice(from, from + len);
      edit(para, s.start, len, replacement);
      s.gone = true;
      rewritten++;
      kinds[s.id] = 'quote rewritten (gone)';
    }
  }
}

// Stray typos across the article.
for (let i = 0; i < 2000; i++) {
  const para = paragraphs[randInt(0, paragraphs.length - 1)];
  smallEdit(para, 0, para.text.length);
}

// Paragraph-level changes: 5% deleted, 5% moved, 3% new ones inserted.
let order = paragraphs.slice();
const deleted = new Set();
for (const p of order) if (chance(0.05)) deleted.add(p);
order = order.filter(p => !deleted.has(p));
for (const p of deleted) for (const s of p.spans) kinds[s.id] = 'paragraph deleted (gone)';
let moved = 0;
const nMoves = Math.floor(order.length * 0.05);
for (let i = 0; i < nMoves; i++) {
  const from = randInt(0, order.length - 1);
  const [p] = order.splice(from, 1);
  order.splice(randInt(0, order.length), 0, p);
  for (const s of p.spans) if (!s.gone) kinds[s.id] = 'paragraph moved';
  moved++;
}
const nInserts = Math.floor(order.length * 0.03);
for (let i = 0; i < nInserts; i++)
  order.splice(randInt(0, order.length), 0, { text: spare[randInt(0, spare.length - 1)], spans: [] });

const edited = order.map(p => p.text).join('\n\n');

// [SECTION] Ground truth and output ---------------------------------------------------------
const truth = groundTruth(quotes, order);
const gone = Object.values(truth).filter(t => t === null).length;
writeInputs(outDir, { seed: SEED, original, edited, quotes, truth, kinds });
console.log(
  `inputs: article ${Buffer.byteLength(original)} bytes (${paragraphs.length} paragraphs) -> ` +
    `edited ${Buffer.byteLength(edited)} bytes; ${quotes.length} quotes: ${editsInside} edited inside, ` +
    `${editsAround} edited around, ${rewritten} rewritten; ${deleted.size} paragraphs deleted, ` +
    `${moved} moved, ${nInserts} inserted; ${gone} quotes gone`
);
