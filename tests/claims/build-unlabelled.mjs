// build-unlabelled.mjs - the unlabelled text the claim model's word classes are learned from
// (claims_train classes): every Brown text of the categories build-brown.mjs's UNLABELLED_ID
// allows (press, reviews, religion, hobbies, lore, belles-lettres, learned, fiction; never
// B or H), except the texts of the final held-out and spent splits (labelling-plan.mjs), so
// that no held-out text shapes a feature. Texts are written one after another, separated by
// a line holding only a form feed.
//
//   node tests/claims/build-unlabelled.mjs [OUT_FILE]     (default build/claims-unlabelled.txt)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildUnlabelledText, unlabelledIds } from './build-brown.mjs';
import { plan } from './labelling-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.resolve(root, process.argv[2] || 'build/claims-unlabelled.txt');
const heldOut = new Set(plan().filter((d) => d.split !== 'dev').map((d) => d.id));
const ids = unlabelledIds().filter((id) => !heldOut.has(id));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, ids.map(buildUnlabelledText).join('\n\f\n'));
console.log(`build-unlabelled: ${ids.length} texts (${heldOut.size} held-out texts left out) in ${path.relative(root, out)}`);
