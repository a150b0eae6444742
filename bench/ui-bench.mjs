// ui-bench.mjs - figures for the browser app in headless Chromium (SwiftShader WebGL):
//   1. time from navigation to the first frame with the article drawn (fresh profile, 5 runs)
//   2. CPU time per frame, in WebAssembly, with a 5 MB article and 10,000 annotations,
//      scrolled to the middle: standing still, and scrolling 7 px per frame
//   3. total download of the page (wasm, JavaScript, fonts, page, sample) as fetched
//   4. the long operations, timed inside the page (not the test driver's transfer): opening
//      a 5 MB article and importing 10,000 annotations on a 1 MB one, with the app's own
//      figures for each part (window.annotator.timings()), 5 runs each
// Prints the figures; they are benchmarks, not pass/fail tests. Needs the built page
// (ANNOTATOR_WEB_DIR, default build/web). Run: node bench/ui-bench.mjs
import { launch, settle } from '../tests/e2e/browser.mjs';
import { WEB_DIR } from '../tests/e2e/server.mjs';
import { brownText } from '../tests/e2e/long-text.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 10,000 annotations spread over the text, some overlapping, as a W3C array.
function annotations(text, count) {
  const cps = Array.from(text);
  const step = Math.floor(cps.length / count);
  const cats = ['claim', 'statistic', 'quote', 'date', 'person-org', 'opinion'];
  const items = [];
  for (let i = 0; i < count; i++) {
    const start = i * step + (i % 7);
    const end = Math.min(cps.length, start + 20 + (i % 5) * 30 + (i % 3 === 0 ? step : 0));
    items.push({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      body: [{ type: 'TextualBody', value: `note ${i} (${cats[i % cats.length]})`, purpose: 'commenting' }],
      target: { selector: [
        { type: 'TextPositionSelector', start, end },
        { type: 'TextQuoteSelector', exact: cps.slice(start, end).join('') },
      ] },
    });
  }
  return JSON.stringify(items);
}

async function firstFrame() {
  const runs = [];
  let bytes = 0;
  let files = {};
  for (let i = 0; i < 5; i++) {
    const b = await launch();
    try {
      const served = [];
      b.page.on('response', async (r) => {
        try { served.push([r.url().split('/').slice(3).join('/'), (await r.body()).length]); } catch { /* redirects */ }
      });
      await b.page.goto(b.server.url);
      await b.page.waitForFunction(() => window.annotatorFirstFrameMs !== undefined, null, { timeout: 60000 });
      runs.push(await b.page.evaluate(() => window.annotatorFirstFrameMs));
      await settle(b.page);
      bytes = b.server.bytesServed();
      files = Object.fromEntries(served);
    } finally {
      await b.close();
    }
  }
  return { runs, bytes, files };
}

async function frames() {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(b.server.url);
    await page.evaluate(() => window.annotator.ready);
    const text = brownText(5 * 1024 * 1024);
    const anns = annotations(text, 10000);
    const t0 = Date.now();
    const loaded = await page.evaluate((t) => window.annotator.loadArticle(t, { title: 'Brown Corpus' }), text);
    const loadMs = Date.now() - t0;
    const t1 = Date.now();
    const report = await page.evaluate((j) => window.annotator.importJson(j), anns);
    const importMs = Date.now() - t1;
    if (report.error) throw new Error(report.error);
    await page.keyboard.press('Escape');  // the import report
    await settle(page);
    const mid = Math.floor(loaded.length / 2);
    await page.evaluate((m) => window.annotator.rangeRect(m, m + 1), mid);
    await settle(page);
    const t2 = Date.now();
    await page.evaluate(() => window.annotator.benchFrames(1));  // the first frame lays out
    const layoutMs = Date.now() - t2;
    const still = await page.evaluate(() => window.annotator.benchFrames(200));
    const scrolling = await page.evaluate(() => window.annotator.benchFrames(200, 7));
    // As the page really runs: one frame per display refresh, scrolling 7 px each.
    const paced = await page.evaluate(async () => {
      const t = [];
      const parts = { build: 0, gl: 0 };
      for (let i = 0; i < 120; i++) {
        window.annotator.scrollBy(7);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const s = window.annotator.state();
        t.push(s.lastFrameMs);
        parts.build += s.lastBuildMs;
        parts.gl += s.lastGlMs;
      }
      t.sort((a, b) => a - b);
      return { frames: t.length, meanMs: t.reduce((a, b) => a + b, 0) / t.length, medianMs: t[t.length >> 1],
        p95Ms: t[Math.floor(t.length * 0.95)], maxMs: t[t.length - 1], meanBuildMs: parts.build / t.length,
        meanGlMs: parts.gl / t.length, meanSaveMs: 0 };
    });
    return { bytes: Buffer.byteLength(text), cps: loaded.length, report, loadMs, importMs, layoutMs, still, scrolling, paced };
  } finally {
    await b.close();
  }
}

// [SECTION] The long operations, timed in the page: the call itself, then the first frame
// after it (which lays the article out), then the writes to IndexedDB (in the background).
async function longOperations(runs = 5) {
  const five = brownText(5 * 1024 * 1024);
  const one = brownText(1024 * 1024);
  const anns = annotations(one, 10000);
  const out = { open: [], imp: [] };
  for (let i = 0; i < runs; i++) {
    const b = await launch();
    const { page } = b;
    try {
      await page.goto(b.server.url);
      await page.evaluate(() => window.annotator.ready);
      await page.evaluate(([f, o, a]) => { window.benchText5 = f; window.benchText1 = o; window.benchAnns = a; }, [five, one, anns]);
      const timed = (expr) => page.evaluate(async (what) => {
        const t0 = performance.now();
        const r = what === 'open' ? window.annotator.loadArticle(window.benchText5 + ' ')
          : what === 'load1' ? window.annotator.loadArticle(window.benchText1)
            : window.annotator.importJson(window.benchAnns);
        const t1 = performance.now();
        const parts = window.annotator.timings();
        window.annotator.benchFrames(1);  // the first frame: lays the article out
        const t2 = performance.now();
        const frame = window.annotator.timings().lastFrame;
        await window.annotator.flush();
        const t3 = performance.now();
        return { callMs: t1 - t0, frameMs: t2 - t1, writeMs: t3 - t2, parts: parts.parts, frame, exact: r.exact };
      }, expr);
      out.open.push(await timed('open'));
      await timed('load1');
      await page.keyboard.press('Escape');
      out.imp.push(await timed('import'));
      // From the library: a reload reopens the 1 MB article with its 10,000 annotations (read
      // from IndexedDB), then the 5 MB one is opened from the library.
      await page.evaluate(() => window.annotator.flush());
      await page.reload();
      await page.waitForFunction(() => window.annotatorFirstFrameMs !== undefined, null, { timeout: 60000 });
      await page.evaluate(() => window.annotator.ready);
      const reloadMs = await page.evaluate(() => window.annotatorFirstFrameMs);
      const libMs = await page.evaluate(async () => {
        const big = window.annotator.documents().find((d) => d.title === 'The Brown Corpus, read as one long article' && !d.open);
        const t0 = performance.now();
        await window.annotator.openDocument(big.id);
        window.annotator.benchFrames(1);
        return performance.now() - t0;
      });
      (out.library = out.library || []).push({ reloadMs, libMs });
    } finally {
      await b.close();
    }
  }
  return out;
}

// UI_BENCH_ONLY=long runs only section 4.
if (process.env.UI_BENCH_ONLY !== 'long') {
  const ff = await firstFrame();
  console.log(`page: ${WEB_DIR}`);
  console.log(`first frame with the article drawn: median ${median(ff.runs).toFixed(0)} ms ` +
    `(runs: ${ff.runs.map((x) => x.toFixed(0)).join(', ')} ms; budget 1500 ms)`);
  console.log(`total download: ${ff.bytes} bytes = ${(ff.bytes / 1048576).toFixed(2)} MiB as fetched (budget 2 MB)`);
  for (const [f, n] of Object.entries(ff.files).sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(9)}  ${f || 'index.html'}`);
  const fr = await frames();
  console.log(`5 MB article: ${fr.bytes} bytes, ${fr.cps} code points; as the test driver sees them (sending the text ` +
    `from Node to the page included): loadArticle ${fr.loadMs} ms; import of 10,000 annotations ${fr.importMs} ms (exact ` +
    `${fr.report.exact}, moved ${fr.report.moved}); first frame with layout ${fr.layoutMs} ms (timed in the page: section 4 below)`);
  const f = (r) => `mean ${r.meanMs.toFixed(2)} ms, median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms, max ${r.maxMs.toFixed(2)} ms ` +
    `(mean parts: ImGui ${r.meanBuildMs.toFixed(2)}, WebGL ${r.meanGlMs.toFixed(2)}, autosave ${r.meanSaveMs.toFixed(2)} ms)`;
  console.log(`CPU time per frame, middle of the article, standing still (200 frames): ${f(fr.still)} (budget 4 ms)`);
  console.log(`CPU time per frame, scrolling 7 px per frame (200 frames): ${f(fr.scrolling)}`);
  console.log(`CPU time per frame, scrolling at the display's pace (120 frames, one per refresh): ${f(fr.paced)}`);
  console.log('(frames drawn back to back fill WebGL\'s command queue; SwiftShader renders on the CPU of the same machine)');

}

const lo = await longOperations();
const ms = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
function report(label, runs) {
  const call = runs.map((r) => r.callMs), frame = runs.map((r) => r.frameMs), total = runs.map((r) => r.callMs + r.frameMs);
  console.log(`${label}: call median ${median(call).toFixed(0)} ms (${ms(call)}); first frame after median ` +
    `${median(frame).toFixed(0)} ms (${ms(frame)}); together median ${median(total).toFixed(0)} ms (target 400 ms); ` +
    `IndexedDB writes after, in the background: median ${median(runs.map((r) => r.writeMs)).toFixed(0)} ms`);
  const names = runs[0].parts.map((p) => p.part);
  for (const n of names) {
    const v = runs.map((r) => (r.parts.find((p) => p.part === n) || { ms: 0 }).ms);
    console.log(`    ${n.padEnd(28)} median ${median(v).toFixed(1)} ms (${v.map((x) => x.toFixed(1)).join(', ')})`);
  }
  const lay = runs.map((r) => r.frame.layoutMs);
  console.log(`    ${'layout (first frame)'.padEnd(28)} median ${median(lay).toFixed(1)} ms (${lay.map((x) => x.toFixed(1)).join(', ')})`);
}
report('open a 5 MB article (loadArticle)', lo.open);
report('import 10,000 annotations on a 1 MB article (importJson)', lo.imp);
const rl = lo.library.map((r) => r.reloadMs), ol = lo.library.map((r) => r.libMs);
console.log(`reload with the 1 MB article and its 10,000 annotations open (read from IndexedDB), navigation to first frame: median ${median(rl).toFixed(0)} ms (${ms(rl)})`);
console.log(`open the 5 MB article from the library (read from IndexedDB, laid out): median ${median(ol).toFixed(0)} ms (${ms(ol)})`);
