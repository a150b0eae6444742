// body-only.mjs - prints a page's article text without the headline in front, for scoring
// against extract-dev's expected texts (Readability's output, which leaves the title out).
//
//   node bench/extract/body-only.mjs ANNOTATOR_CMD... PAGE.html
import { execFileSync } from 'node:child_process';

const argv = process.argv.slice(2);
const page = argv.pop();
const [cmd, ...pre] = argv;
let out;
try {
  out = execFileSync(cmd, [...pre, 'extract', page, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
} catch (e) {
  process.stderr.write(String(e.stderr || e));
  process.exit(1);
}
const j = JSON.parse(out);
let text = j.text;
if (j.title && text.startsWith(j.title + '\n\n')) text = text.slice(j.title.length + 2);
process.stdout.write(text + '\n');
