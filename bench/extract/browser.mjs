// browser.mjs - runs bench_extract_web (bench/bench_extract.cpp built for the browser) in
// Debian's headless Chromium and prints what it prints: extraction timed in the browser's
// own WebAssembly engine, with performance.now().
//
//   node bench/extract/browser.mjs [WASM_DIR] [--quick] [--app-page PAGE.html]
//
// With --app-page (and the app built in build/web), also times the app itself opening that
// page with window.annotator.openPage: extraction, and the article's first layout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tests/e2e/server.mjs';
import { ARGS, CHROMIUM, ROOT } from '../../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const appPageAt = args.indexOf('--app-page');
const appPage = appPageAt >= 0 ? args[appPageAt + 1] : null;
const wasmDir = path.resolve(ROOT, args.find((a, i) => !a.startsWith('--') && i !== appPageAt + 1) || 'build/wasm');
for (const f of ['bench_extract_web.js', 'bench_extract_web.wasm']) {
  if (!fs.existsSync(path.join(wasmDir, f))) {
    console.error(`browser.mjs: ${path.join(wasmDir, f)} not found; build it first (./build-wasm.sh build)`);
    process.exit(3);
  }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-extract-'));
for (const f of ['bench_extract_web.js', 'bench_extract_web.wasm']) fs.copyFileSync(path.join(wasmDir, f), path.join(dir, f));
fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>bench_extract</title><link rel="icon" href="data:,">
<script>
  window.benchDone = false;
  var Module = { arguments: ${JSON.stringify(quick ? ['--quick'] : [])},
                 print: (t) => console.log(t), printErr: (t) => console.log(t),
                 onExit: () => { window.benchDone = true; } };
</script>
<script src="bench_extract_web.js"></script>
`);

const server = await startServer(dir);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(m.text()));
  page.on('pageerror', (e) => console.error('page error:', String(e)));
  console.log(`Chromium ${browser.version()}`);
  await page.goto(server.url);
  await page.waitForFunction(() => window.benchDone, null, { timeout: 30 * 60 * 1000, polling: 500 });
  if (appPage && fs.existsSync(path.join(ROOT, 'build/web/app.wasm'))) await timeApp(browser, appPage);
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

// The app opening a page, as the bookmarklet's hand-over does: median of 5 openPage calls
// (each then draws a frame, so the article's layout is included in the next one's wait).
async function timeApp(browser, file) {
  const html = fs.readFileSync(file, 'utf8');
  const app = await startServer(path.join(ROOT, 'build/web'));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    await page.waitForFunction(() => window.annotator !== undefined);
    await page.evaluate(() => window.annotator.ready);
    const times = await page.evaluate(async (h) => {
      const out = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        window.annotator.openPage(h, 'https://news.example/story-' + i);
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        out.push([t1 - t0, performance.now() - t0]);
      }
      return out;
    }, html);
    const med = (k) => times.map((t) => t[k]).sort((a, b) => a - b)[2];
    console.log(`the app, window.annotator.openPage on a ${(html.length / 1048576).toFixed(1)} MB page: ` +
      `median ${med(0).toFixed(0)} ms to open (extraction included), ${med(1).toFixed(0)} ms to the second frame after ` +
      `(runs: ${times.map((t) => t[0].toFixed(0)).join(', ')} ms)`);
  } finally {
    await app.close();
  }
}
