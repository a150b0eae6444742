// exports-check.mjs - helpers for cli.sh that need more than grep:
//   node exports-check.mjs csv FILE          prints the rows of an RFC 4180 file as JSON
//   node exports-check.mjs claimreview FILE  validates ClaimReview JSON-LD with
//        structured-data-testing-tool's Google preset, and checks that every review has a
//        reviewRating.alternateName (the verdict in words, which the preset does not test);
//        exit 0 when both hold, else 1 with what failed.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [, , what, file] = process.argv;

function parseCsv(text) {
  const rows = [[""]];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { rows.at(-1)[rows.at(-1).length - 1] += '"'; i++; }
      else if (c === '"') quoted = false;
      else rows.at(-1)[rows.at(-1).length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') rows.at(-1).push("");
    else if (c === '\r' && text[i + 1] === '\n') { rows.push([""]); i++; }
    else if (c === '\n') throw new Error(`bare LF at ${i}: rows must end with CRLF`);
    else rows.at(-1)[rows.at(-1).length - 1] += c;
  }
  if (rows.at(-1).length === 1 && rows.at(-1)[0] === "") rows.pop();
  return rows;
}

if (what === 'csv') {
  console.log(JSON.stringify(parseCsv(fs.readFileSync(file, 'utf8'))));
} else if (what === 'claimreview') {
  const { structuredDataTest } = require('structured-data-testing-tool');
  const { Google } = require('structured-data-testing-tool/presets');
  const text = fs.readFileSync(file, 'utf8');
  const problems = [];
  const reviews = JSON.parse(text);
  if (!Array.isArray(reviews) || reviews.length === 0) problems.push('no ClaimReview in the file');
  reviews.forEach((r, i) => {
    const name = r?.reviewRating?.alternateName;
    if (typeof name !== 'string' || name === '') problems.push(`[${i}].reviewRating.alternateName missing`);
  });
  let result;
  try {
    result = await structuredDataTest(Buffer.from(text), { presets: [Google], schemas: ['ClaimReview'] });
  } catch (e) {
    if (e.type !== 'VALIDATION_FAILED') throw e;
    result = e.res;
    for (const t of result.failed) problems.push(`Google preset: ${t.test} ${t.error?.message ?? ''}`.trim());
  }
  console.log(`claimreview: ${reviews.length} reviews, Google preset ${result.passed.length} passed, ` +
              `${result.failed.length} failed, ${result.warnings.length} warnings`);
  for (const p of problems) console.log('  ' + p);
  process.exit(problems.length ? 1 : 0);
} else {
  console.error('usage: exports-check.mjs csv|claimreview FILE');
  process.exit(2);
}
