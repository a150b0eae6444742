// browser.mjs - runs bench_extract_web (bench/bench_extract.cpp built for the browser) in
// Debian's headless Chromium and prints what it prints: extraction timed in the browser's
// own WebAssembly engine, with performance.now().
//
//   node bench/extract/browser.mjs [WASM_DIR] [--quick]     (default build/wasm)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../tests/e2e/server.mjs';
import { ARGS, CHROMIUM, ROOT } from '../../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const wasmDir = path.resolve(ROOT, args.find((a) => !a.startsWith('--')) || 'build/wasm');
for (const f of ['bench_extract_web.js', 'bench_extract_web.wasm']) {
  if (!fs.existsSync(path.join(wasmDir, f))) {
    console.error(`browser.mjs: ${path.join(wasmDir, f)} not found; build it first (./build-wasm.sh build)`);
    process.exit(3);
  }
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-extract-'));
for (const f of ['bench_extract_web.js', 'bench_extract_web.wasm']) fs.copyFileSync(path.join(wasmDir, f), path.join(dir, f));
fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>bench_extract</title>
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
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
