// labelling-plan.mjs - which Brown passages the fourth labelling round covers, which of them
// form the final held-out split, and the batches the two annotators label. The selection
// and the split are fixed rules written before any of these texts was labelled:
//
// 1. Press reportage (A): the first 25 sentence lines of the 31 texts already labelled in
//    brown-labels.json (a second, independent label for each), and the first 50 sentence
//    lines of every other A text (ca03 ca05 ca08 ca11 ca13 ca19 ca22 ca28 ca32 ca35 ca37 ca39
//    ca42).
// 2. Reviews (C), religion (D), skills and hobbies (E), popular lore (F), belles-lettres (G),
//    learned (J): six texts per category, evenly spaced through the category's ids
//    (the id at index floor((i + 0.5) * n / 6), i = 0..5, of the n ids in order), first 50
//    sentence lines of each. B and H are never opened.
// 3. Final held-out split (scored once, at the very end): among the newly chosen texts of each
//    category, in id order, those at index 2, 5, 8, 11 (every third, 0-based index % 3 == 2):
//    4 A texts and 2 texts of each other category. The 31 already-labelled A texts are never
//    held out (rules were tuned on or chosen with them). Everything else is development
//    data, used with document-level cross-validation.
// 4. Units: the corpus's own sentence lines, as build-brown.mjs rebuilds them.
//
// The fifth round (plan(5)), fixed in the same way before any of its texts was labelled, after
// the fourth round's final split had been scored once:
//
// 5. Reviews (C), religion (D), skills and hobbies (E), popular lore (F), belles-lettres (G),
//    learned (J): five more texts per category, evenly spaced through the ids the fourth round
//    did not choose (index floor((i + 0.5) * m / 5), i = 0..4, of the m left), first 50
//    sentence lines of each; those at index 1 and 3 form the new final held-out split, the
//    other three are development data.
// 6. Press reportage (A): every A text was chosen in the fourth round, so the new final split's
//    press part is sentence lines 50-99 of the four A texts of the fourth round's final split
//    (ca08 ca19 ca32 ca39: read only by the annotators and scored once, never trained on or
//    chosen with). Their first 50 lines become "spent": never trained on, so that no text
//    of the new final split is in training.
// 7. The fourth round's other final texts (two per category C-J) join the development split:
//    they were used for one report and no choice, and are now training data.
//
// The sixth round (plan(6)), development data only, fixed before its labelling, after the
// fifth round's labels showed that each genre gained from more of its own text:
//
// 8. C, D, E, F, G, J: five more texts per category, evenly spaced through the ids neither
//    earlier round chose (as in 5), first 50 sentence lines of each.
// 9. A: sentence lines 50-79 of the nine A texts the fourth round chose as new development
//    texts (never the spent or final ones).
//
// The seventh round (plan(7)), development data only, fixed before its labelling:
//
// 10. C, D, E, F, G, J: sentence lines 50-79 of every development text the fourth and fifth
//     rounds chose (the fourth round's finals included: they are development texts now).
// 11. E, F, G, J: three more texts each, evenly spaced through the ids no round chose, first
//     50 sentence lines.
//
// The eighth round (plan(8)), a new final held-out split, fixed before any of its texts was
// labelled, after the fifth round's final split had been scored once:
//
// 12. C and D: the one text of each that no round chose (cc07, cd07), first 50 sentence lines.
// 13. E, F, G, J: two more texts each, evenly spaced through the ids no round chose (as in 5),
//     first 50 sentence lines.
// 14. A: every sentence line from line 100 on of the fifth round's final press texts (ca19
//     ca32 ca39; ca08 has 98 lines). These texts were never trained on; their first 100 lines
//     stay spent, so that no text of the new final split is in training.
// 15. The fifth round's other final texts (C-J) join the development split, as in 7.
//
//   node tests/claims/labelling-plan.mjs [--round 4|5|6|7|8]      prints the plan
//   node tests/claims/labelling-plan.mjs [--round 4|5|6|7|8] --batches OUT [--wikinews DEV_DIR]
//       writes OUT/batches/batch-NN.jsonl (whole documents in order, about 150 sentences
//       each, genres interleaved); with the Wikinews development set's directory, its 8
//       articles are added as documents wn01..wn08 (their text is never committed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildText, idsOfCategory } from './build-brown.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const NEW_PASSAGE = 50;      // sentence lines per newly chosen text
export const OLD_PASSAGE = 25;      // the passages of brown-labels.json
export const PER_CATEGORY = 6;      // texts per category other than A
export const PER_CATEGORY_5 = 5;    // texts per category other than A, fifth round
export const SPENT_FINAL = ['ca08', 'ca19', 'ca32', 'ca39'];

// [{id, category, from: first sentence line, sentences: count, split: 'dev' | 'final' | 'spent',
//   source: 'relabel' | 'new', round}]; plan() is every round, with today's splits.
export function plan(round) {
  if (round === 4) return plan4();
  if (round === 5) return plan5();
  if (round === 6) return plan6();
  if (round === 7) return plan7();
  if (round === 8) return plan8();
  const retire = (d) => (d.split !== 'final' ? d : { ...d, split: d.category === 'a' ? 'spent' : 'dev' });
  return plan4().map(retire).concat(plan5().map(retire), plan6(), plan7(), plan8());
}

function plan8() {
  const chosen = new Set(plan4().concat(plan5(), plan6(), plan7()).map((d) => d.id));
  const docs = [];
  for (const letter of ['c', 'd', 'e', 'f', 'g', 'j']) {
    spread(letter, chosen, letter === 'c' || letter === 'd' ? 1 : 2).forEach((id) => {
      docs.push({ id, category: letter, from: 0, sentences: NEW_PASSAGE, split: 'final', source: 'new', round: 8 });
    });
  }
  for (const id of SPENT_FINAL) {
    const left = buildText(id).sentences.length - 2 * NEW_PASSAGE;
    if (left > 0) docs.push({ id, category: 'a', from: 2 * NEW_PASSAGE, sentences: left, split: 'final', source: 'new', round: 8 });
  }
  return docs;
}

// `count` ids of a category that no earlier round chose, evenly spaced through those left.
function spread(letter, chosen, count) {
  const left = idsOfCategory(letter).filter((id) => !chosen.has(id));
  return Array.from({ length: count }, (_, i) => left[Math.floor(((i + 0.5) * left.length) / count)]);
}

function plan7() {
  const docs = [];
  const earlier = plan4().map((d) => (d.split === 'final' && d.category !== 'a' ? { ...d, split: 'dev' } : d)).concat(plan5());
  for (const d of earlier) {
    if (d.category === 'a' || d.split !== 'dev') continue;
    docs.push({ id: d.id, category: d.category, from: NEW_PASSAGE, sentences: 30, split: 'dev', source: 'new', round: 7 });
  }
  const chosen = new Set(plan4().concat(plan5(), plan6()).map((d) => d.id));
  for (const letter of ['e', 'f', 'g', 'j']) {
    spread(letter, chosen, 3).forEach((id) => {
      docs.push({ id, category: letter, from: 0, sentences: NEW_PASSAGE, split: 'dev', source: 'new', round: 7 });
    });
  }
  return docs;
}

function plan6() {
  const chosen = new Set(plan4().concat(plan5()).map((d) => d.id));
  const docs = [];
  for (const letter of ['c', 'd', 'e', 'f', 'g', 'j']) {
    spread(letter, chosen, PER_CATEGORY_5).forEach((id) => {
      docs.push({ id, category: letter, from: 0, sentences: NEW_PASSAGE, split: 'dev', source: 'new', round: 6 });
    });
  }
  for (const d of plan4()) {
    if (d.category !== 'a' || d.source !== 'new' || d.split !== 'dev') continue;
    docs.push({ id: d.id, category: 'a', from: NEW_PASSAGE, sentences: 30, split: 'dev', source: 'new', round: 6 });
  }
  return docs;
}

function plan5() {
  const chosen = new Set(plan4().map((d) => d.id));
  const docs = [];
  for (const letter of ['c', 'd', 'e', 'f', 'g', 'j']) {
    spread(letter, chosen, PER_CATEGORY_5).forEach((id, i) => {
      docs.push({ id, category: letter, from: 0, sentences: NEW_PASSAGE, split: i % 2 === 1 ? 'final' : 'dev', source: 'new', round: 5 });
    });
  }
  for (const id of SPENT_FINAL) {
    docs.push({ id, category: 'a', from: NEW_PASSAGE, sentences: NEW_PASSAGE, split: 'final', source: 'new', round: 5 });
  }
  return docs;
}

// The fourth round, with the splits it was scored with.
function plan4() {
  const old = JSON.parse(fs.readFileSync(path.join(here, 'brown-labels.json'), 'utf8')).texts;
  const oldIds = new Set(old.map((t) => t.id));
  const docs = [];
  for (const t of old) {
    docs.push({ id: t.id, category: 'a', from: 0, sentences: t.sentences.length, split: 'dev', source: 'relabel', round: 4 });
  }
  const pick = (letter) => {
    const all = idsOfCategory(letter);
    if (letter === 'a') return all.filter((id) => !oldIds.has(id));
    return Array.from({ length: PER_CATEGORY }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / PER_CATEGORY)]);
  };
  for (const letter of ['a', 'c', 'd', 'e', 'f', 'g', 'j']) {
    pick(letter).forEach((id, i) => {
      docs.push({ id, category: letter, from: 0, sentences: NEW_PASSAGE, split: i % 3 === 2 ? 'final' : 'dev', source: 'new', round: 4 });
    });
  }
  return docs;
}

// The sentences of one planned document: [{n, start, end, text}] (code points).
export function passage(doc) {
  const { text, sentences } = buildText(doc.id);
  const cps = Array.from(text);
  const from = doc.from || 0;
  return sentences.slice(from, from + doc.sentences)
    .map((s, i) => ({ n: from + i, start: s.start, end: s.end, text: cps.slice(s.start, s.end).join('') }));
}

function wikinewsDocs(devDir) {
  const labels = JSON.parse(fs.readFileSync(path.join(devDir, 'labels.json'), 'utf8'));
  const byArticle = new Map();
  for (const r of labels) {
    if (!byArticle.has(r.article)) byArticle.set(r.article, []);
    byArticle.get(r.article).push({ start: r.start, end: r.end, text: r.text });
  }
  return [...byArticle.keys()].sort().map((article) => ({
    id: `wn${article.slice(0, 2)}`,
    article,
    lines: byArticle.get(article).sort((a, b) => a.start - b.start).map((s, n) => ({ n, ...s })),
  }));
}

// Round-robin over groups so that every batch range mixes genres.
function interleave(groups) {
  const out = [];
  for (let i = 0; groups.some((g) => i < g.length); ++i) for (const g of groups) if (i < g.length) out.push(g[i]);
  return out;
}

function writeBatches(round, outDir, devDir) {
  const docs = plan(round);
  const groups = [];
  const byKey = new Map();
  for (const d of docs) {
    const key = d.source === 'relabel' ? 'a-old' : d.category;
    if (!byKey.has(key)) { byKey.set(key, []); groups.push(byKey.get(key)); }
    byKey.get(key).push({ id: d.id, lines: passage(d) });
  }
  if (devDir) groups.push(wikinewsDocs(devDir));
  const ordered = interleave(groups);
  const batchDir = path.join(outDir, 'batches');
  fs.mkdirSync(batchDir, { recursive: true });
  const batches = [];
  let current = [];
  for (const doc of ordered) {
    for (const l of doc.lines) current.push({ id: `${doc.id}:${l.n}`, doc: doc.id, text: l.text });
    if (current.length >= 140) { batches.push(current); current = []; }
  }
  if (current.length) batches.push(current);
  batches.forEach((b, i) => {
    const name = `batch-${String(i + 1).padStart(2, '0')}.jsonl`;
    fs.writeFileSync(path.join(batchDir, name), b.map((r) => JSON.stringify(r)).join('\n') + '\n');
  });
  const total = batches.reduce((n, b) => n + b.length, 0);
  console.log(`labelling-plan: ${batches.length} batches, ${total} sentences in ${batchDir}`);
}

function printPlan(round) {
  const docs = plan(round);
  for (const d of docs) console.log(`${d.id}\t${d.category}\t${d.from}+${d.sentences}\t${d.split}\t${d.source}\t${d.round}`);
  const count = (f) => docs.filter(f).reduce((n, d) => n + d.sentences, 0);
  console.log(`sentences: ${count(() => true)}; final held-out: ${count((d) => d.split === 'final')} ` +
    `in ${docs.filter((d) => d.split === 'final').length} texts`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const round = at('--round') ? Number(at('--round')) : undefined;
  if (at('--batches')) writeBatches(round || 5, path.resolve(at('--batches')), at('--wikinews') && path.resolve(at('--wikinews')));
  else printPlan(round);
}
