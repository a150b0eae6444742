// claims-browser.mjs - runs the web build of bench_claims (bench/claims.sh makes it) in
// headless Chromium and prints what it prints. Run: node bench/claims-browser.mjs DIR
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';

const dir = path.resolve(process.argv[2]);
const server = await startServer(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const page = await browser.newPage();
  const lines = [];
  const done = new Promise((resolve, reject) => {
    page.on('console', (m) => {
      lines.push(m.text());
      if (/utf8::decode/.test(m.text())) resolve();
    });
    page.on('pageerror', (e) => reject(e));
  });
  await page.goto(`${server.url}index.html`);
  await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 300000))]);
  console.log(`${lines.join('\n')}\n  (Chromium ${browser.version()})`);
} finally {
  await browser.close();
  await server.close();
}
