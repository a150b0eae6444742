// make-labels.mjs - builds the committed claim labels from a labelling pool: both
// annotators' raw labels (tests/claims/annotators/A.jsonl, B.jsonl) and the adjudicated
// labels (tests/claims/claims-labels.json), Brown texts only (Wikinews labels stay outside
// the repository).
//
//   node tests/claims/make-labels.mjs [--round N] [--partial] POOL_DIR
//
// With --round N (default 4, the pool of the fourth round, which wrote the file first) only
// that round's passages are read from the pool; the texts of other rounds are kept from the
// committed files, and every text's split is set to what plan() says today.
// With --partial, a passage of the round that either annotator has not labelled whole is left
// out (and listed), so a round can land in part.
//
// POOL_DIR holds labels-A/batch-NN.jsonl, labels-B/batch-NN.jsonl and third-reading*.jsonl:
// one {"id", "label", "category", "key"} per sentence the annotators disagreed on (label,
// or category of a sentence both marked check-worthy), decided by a third reading to the
// guideline. Where the two agree, their label stands; the key is the shorter of theirs.
// Each sentence records its code point range in the text build-brown.mjs rebuilds, an
// FNV-1a hash of its UTF-8 text (the tests check it), both raw labels and who decided.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { passage, plan } from './labelling-plan.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const GENRES = { a: 'press', c: 'reviews', d: 'religion', e: 'hobbies', f: 'lore', g: 'belles-lettres', j: 'learned' };
const CATEGORIES = new Set(['quantity', 'comparison', 'causation', 'rule', 'prediction', 'event', 'quote']);

function readJsonl(files) {
  const out = new Map();
  for (const f of files) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      out.set(r.id, r);
    }
  }
  return out;
}

function batchFiles(dir) {
  return fs.readdirSync(dir).filter((n) => /^batch-\d+\.jsonl$/.test(n)).sort().map((n) => path.join(dir, n));
}

export function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(str, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function check(r, text, who) {
  const ok = (r.label === 0 && r.category === 'none' && r.key === '') ||
    (r.label === 1 && CATEGORIES.has(r.category) && typeof r.key === 'string' && r.key && text.includes(r.key));
  if (!ok) throw new Error(`${who} ${r.id}: invalid label ${JSON.stringify(r)}`);
}

// The committed labels, keyed by "<id>@<first n>", and the raw labels of their sentences:
// what the other rounds keep.
function keptFromOtherRounds() {
  const kept = new Map();
  const labelsPath = path.join(here, 'claims-labels.json');
  if (!fs.existsSync(labelsPath)) return { kept, rawA: new Map(), rawB: new Map() };
  for (const t of JSON.parse(fs.readFileSync(labelsPath, 'utf8')).texts) kept.set(`${t.id}@${t.sentences[0].n}`, t);
  const raw = (who) => readJsonl([path.join(here, 'annotators', `${who}.jsonl`)]);
  return { kept, rawA: raw('A'), rawB: raw('B') };
}

function main() {
  const args = process.argv.slice(2);
  const partial = args.includes('--partial');
  const rest = args.filter((a) => a !== '--partial');
  const round = rest[0] === '--round' ? Number(rest[1]) : 4;
  const pool = rest[0] === '--round' ? rest[2] : rest[0];
  if (!pool || !(round >= 4)) {
    console.error('usage: node tests/claims/make-labels.mjs [--round N] [--partial] POOL_DIR');
    process.exit(2);
  }
  const old = keptFromOtherRounds();
  const A = readJsonl(batchFiles(path.join(pool, 'labels-A')));
  const B = readJsonl(batchFiles(path.join(pool, 'labels-B')));
  const third = readJsonl(fs.readdirSync(pool).filter((n) => /^third-reading.*\.jsonl$/.test(n)).sort()
    .map((n) => path.join(pool, n)));
  const texts = [];
  const rawA = [], rawB = [];
  const missing = [];
  const counts = { agreed: 0, third: 0 };
  for (const doc of plan()) {
    if ((doc.round || 4) !== round) {
      const t = old.kept.get(`${doc.id}@${doc.from || 0}`);
      if (!t) {
        console.log(`make-labels: ${doc.id} from line ${doc.from || 0} (round ${doc.round}) is not labelled yet, left out`);
        continue;
      }
      texts.push({ ...t, split: doc.split });
      for (const s of t.sentences) {
        const id = `${doc.id}:${s.n}`;
        rawA.push(old.rawA.get(id));
        rawB.push(old.rawB.get(id));
      }
      continue;
    }
    const lines = passage(doc);
    if (partial && lines.some((s) => !A.has(`${doc.id}:${s.n}`) || !B.has(`${doc.id}:${s.n}`))) {
      console.log(`make-labels: ${doc.id} from line ${doc.from || 0} (round ${round}) is not labelled whole, left out`);
      continue;
    }
    const sentences = [];
    for (const s of lines) {
      const id = `${doc.id}:${s.n}`;
      const a = A.get(id), b = B.get(id);
      if (!a || !b) throw new Error(`${id}: not labelled by ${a ? 'B' : 'A'}`);
      check(a, s.text, 'A');
      check(b, s.text, 'B');
      rawA.push({ id, label: a.label, category: a.category, key: a.key });
      rawB.push({ id, label: b.label, category: b.category, key: b.key });
      let label, category, key, by;
      if (a.label === b.label && a.category === b.category) {
        label = a.label;
        category = a.category;
        key = a.key.length && (!b.key.length || a.key.length <= b.key.length) ? a.key : b.key;
        by = 'agreed';
        counts.agreed++;
      } else if (third.has(id)) {
        const t = third.get(id);
        check(t, s.text, 'third reading');
        ({ label, category, key } = t);
        by = 'third reading';
        counts.third++;
      } else {
        missing.push(id);
        continue;
      }
      sentences.push({ n: s.n, start: s.start, end: s.end, fnv: fnv1a(s.text), label, category, key, a: a.label, b: b.label, by });
    }
    texts.push({ id: doc.id, genre: GENRES[doc.category], split: doc.split, source: doc.source, sentences });
  }
  if (missing.length) {
    console.error(`make-labels: ${missing.length} disagreement(s) without a third reading, e.g. ${missing.slice(0, 5).join(' ')}`);
    process.exit(1);
  }
  const out = {
    version: 1,
    about: 'Claim labels (1: check-worthy factual claim) for passages of Brown Corpus texts rebuilt by ' +
      'build-brown.mjs, following the claims guideline. Each sentence was labelled by two annotators ' +
      'working independently (a, b; raw labels in annotators/); where they disagreed on the label or the ' +
      'category a third reading to the guideline decided (by). Offsets are code points into ' +
      'build/claims-brown/<id>.txt; fnv is the FNV-1a hash of the sentence\'s UTF-8 text. split "final" ' +
      'texts form the held-out split fixed before labelling (labelling-plan.mjs), scored once at the end; ' +
      '"dev" texts are for training and document-level cross-validation; "spent" texts were once a final ' +
      'split whose later lines are now held out, so they are never trained on.',
    texts,
  };
  // One sentence per line: compact, and a diff shows which labels changed.
  const lines = [`{"version": ${out.version},`, ` "about": ${JSON.stringify(out.about)},`, ' "texts": ['];
  texts.forEach((t, i) => {
    const head = JSON.stringify({ id: t.id, genre: t.genre, split: t.split, source: t.source }).slice(0, -1);
    lines.push(`  ${head}, "sentences": [`);
    t.sentences.forEach((s, j) => lines.push(`   ${JSON.stringify(s)}${j + 1 < t.sentences.length ? ',' : ''}`));
    lines.push(`  ]}${i + 1 < texts.length ? ',' : ''}`);
  });
  lines.push(' ]', '}');
  fs.writeFileSync(path.join(here, 'claims-labels.json'), lines.join('\n') + '\n');
  fs.mkdirSync(path.join(here, 'annotators'), { recursive: true });
  fs.writeFileSync(path.join(here, 'annotators', 'A.jsonl'), rawA.map((r) => JSON.stringify(r)).join('\n') + '\n');
  fs.writeFileSync(path.join(here, 'annotators', 'B.jsonl'), rawB.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`make-labels: ${rawA.length} sentences in ${texts.length} texts; ${counts.agreed} agreed, ${counts.third} by a third reading`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
