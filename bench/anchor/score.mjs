// score.mjs - scores anchoring results against the ground truth from make-inputs.mjs.
//
//   node bench/anchor/score.mjs EDITED_TEXT TRUTH_JSON LABEL=RESULTS_JSON [LABEL=RESULTS_JSON ...]
//
// A quote still in the article is placed correctly when its start and end are each within
// TOLERANCE code points of the truth (small edits at a quote's edge make its exact bounds a
// matter of taste), misplaced when anchored elsewhere, missed when orphaned. A quote that is
// gone is correctly orphaned, or wrongly placed when pinned anywhere.
// Results in UTF-16 units ({"units": "utf16"}) are converted to code points first. When
// kinds.json sits next to TRUTH_JSON, a second table gives each kind of quote its own row
// (what happened to it: quote edited, context reworded, paragraph moved, gone, ...).
import fs from 'node:fs';
import path from 'node:path';

const TOLERANCE = 5;
const [textPath, truthPath, ...runs] = process.argv.slice(2);
if (!truthPath || runs.length === 0) {
  console.error('usage: node score.mjs EDITED_TEXT TRUTH_JSON LABEL=RESULTS_JSON ...');
  process.exit(2);
}
const text = fs.readFileSync(textPath, 'utf8');
const truth = JSON.parse(fs.readFileSync(truthPath, 'utf8'));
const kindsPath = path.join(path.dirname(truthPath), 'kinds.json');
const kinds = fs.existsSync(kindsPath) ? JSON.parse(fs.readFileSync(kindsPath, 'utf8')) : null;

// UTF-16 offset -> code point offset (identity when the text has no astral characters).
const astral = [];
for (let i = 0; i < text.length; i++) {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00) astral.push(i);
}
function toCodePoints(unit) {
  let lo = 0, hi = astral.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (astral[mid] < unit - 1) lo = mid + 1;
    else hi = mid;
  }
  return unit - lo;
}

const rows = [];
for (const run of runs) {
  const eq = run.indexOf('=');
  const label = run.slice(0, eq), file = run.slice(eq + 1);
  const { units, results } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const s = { label, correct: 0, misplaced: 0, missed: 0, orphanedOk: 0, pinned: 0, present: 0, gone: 0 };
  s.byKind = {}; // kind -> {ok, total}
  const seen = new Set();
  for (const r of results) {
    if (!(r.id in truth)) throw new Error(`${file}: unknown quote id ${r.id}`);
    seen.add(r.id);
    const t = truth[r.id];
    const anchored = r.status !== 'orphaned';
    let start = r.start, end = r.end;
    if (anchored && units === 'utf16') {
      start = toCodePoints(start);
      end = toCodePoints(end);
    }
    let ok = false;
    if (t === null) {
      s.gone++;
      if (anchored) s.pinned++;
      else s.orphanedOk++;
      ok = !anchored;
    } else {
      s.present++;
      if (!anchored) s.missed++;
      else if (Math.abs(start - t.start) <= TOLERANCE && Math.abs(end - t.end) <= TOLERANCE) s.correct++;
      else s.misplaced++;
      ok = anchored && Math.abs(start - t.start) <= TOLERANCE && Math.abs(end - t.end) <= TOLERANCE;
    }
    if (kinds) {
      const k = (s.byKind[kinds[r.id]] ??= { ok: 0, total: 0 });
      k.total++;
      if (ok) k.ok++;
    }
  }
  if (seen.size !== Object.keys(truth).length) throw new Error(`${file}: ${Object.keys(truth).length - seen.size} quotes missing`);
  s.accuracy = (s.correct + s.orphanedOk) / (s.present + s.gone);
  rows.push(s);
}

const pad = (v, n) => String(v).padStart(n);
console.log(
  `${'matcher'.padEnd(12)} ${pad('placed ok', 9)} ${pad('misplaced', 9)} ${pad('missed', 7)} ` +
    `${pad('gone->orph', 10)} ${pad('gone->pin', 9)} ${pad('accuracy', 8)}`
);
for (const s of rows)
  console.log(
    `${s.label.padEnd(12)} ${pad(`${s.correct}/${s.present}`, 9)} ${pad(s.misplaced, 9)} ${pad(s.missed, 7)} ` +
      `${pad(`${s.orphanedOk}/${s.gone}`, 10)} ${pad(s.pinned, 9)} ${pad((100 * s.accuracy).toFixed(1) + '%', 8)}`
  );
if (kinds) {
  // One row per kind: correct (placed within tolerance, or orphaned when gone) / total.
  const names = [...new Set(Object.values(kinds))].sort();
  const width = Math.max(4, ...names.map(n => n.length));
  console.log(`${'kind'.padEnd(width)} ${rows.map(r => pad(r.label, 14)).join(' ')}`);
  for (const n of names)
    console.log(
      `${n.padEnd(width)} ${rows
        .map(r => {
          const k = r.byKind[n] ?? { ok: 0, total: 0 };
          return pad(`${k.ok}/${k.total} ${((100 * k.ok) / Math.max(1, k.total)).toFixed(0)}%`, 14);
        })
        .join(' ')}`
    );
}
if (process.env.SCORE_JSON) fs.writeFileSync(process.env.SCORE_JSON, JSON.stringify(rows));
