// hypothesis-matcher.mjs - the Hypothesis client's way of re-anchoring a quote, rewritten
// for this benchmark (the original is src/annotator/anchoring/match-quote.ts and html.ts in
// hypothesis/client, BSD-2-Clause): first the recorded position must hold the quote; else
// every exact occurrence, or failing that the lowest-error approximate matches from the
// npm package approx-string-match (up to min(256, len/2) errors), are scored on quote,
// prefix and suffix similarity and closeness to the recorded position, and the best one wins.
//
//   node bench/anchor/hypothesis-matcher.mjs EDITED_TEXT QUOTES_JSON OUT_JSON
import fs from 'node:fs';
import approxSearch from 'approx-string-match';

// Exact matches if there are any (a cheap indexOf loop), else approximate ones.
function search(text, str, maxErrors) {
  const exact = [];
  for (let at = text.indexOf(str); at !== -1; at = text.indexOf(str, at + 1))
    exact.push({ start: at, end: at + str.length, errors: 0 });
  return exact.length > 0 ? exact : approxSearch(text, str, maxErrors);
}

// Similarity in [0, 1] of `str` to its best approximate occurrence in `text`.
function textMatchScore(text, str) {
  if (str.length === 0 || text.length === 0) return 0;
  const matches = search(text, str, str.length);
  return 1 - matches[0].errors / str.length;
}

// Weights as in the client: the quote counts most, the context next, position breaks ties.
const QUOTE_WEIGHT = 50, PREFIX_WEIGHT = 20, SUFFIX_WEIGHT = 20, POS_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POS_WEIGHT;

function matchQuote(text, quote, { prefix, suffix, hint }) {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const score = m => {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? textMatchScore(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = typeof hint === 'number' ? 1 - Math.abs(m.start - hint) / text.length : 1;
    return (
      (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore +
        POS_WEIGHT * posScore) / MAX_SCORE
    );
  };
  let best = null;
  for (const m of matches) {
    const s = score(m);
    if (best === null || s > best.score) best = { start: m.start, end: m.end, score: s, errors: m.errors };
  }
  return best;
}

// As the client's anchor(): the position selector first, checked against the quote; then
// the quote selector with the position as hint; failure leaves the annotation orphaned.
function anchor(text, q) {
  if (typeof q.start === 'number' && typeof q.end === 'number' && text.slice(q.start, q.end) === q.exact)
    return { id: q.id, status: 'exact', start: q.start, end: q.end, errors: 0 };
  const m = matchQuote(text, q.exact, { prefix: q.prefix, suffix: q.suffix, hint: q.start });
  if (!m) return { id: q.id, status: 'orphaned' };
  const status = m.errors === 0 ? 'moved' : 'fuzzy';
  return { id: q.id, status, start: m.start, end: m.end, errors: m.errors };
}

const [textPath, quotesPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error('usage: node hypothesis-matcher.mjs EDITED_TEXT QUOTES_JSON OUT_JSON');
  process.exit(2);
}
const text = fs.readFileSync(textPath, 'utf8');
const { quotes } = JSON.parse(fs.readFileSync(quotesPath, 'utf8'));
const t0 = process.hrtime.bigint();
const results = quotes.map(q => anchor(text, q));
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
fs.writeFileSync(outPath, JSON.stringify({ units: 'utf16', results }));
console.log(`hypothesis matcher: ${results.length} quotes anchored in ${ms.toFixed(1)} ms (in-process)`);
