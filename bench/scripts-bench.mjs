// scripts-bench.mjs - the reading view's first frame (the layout) for a 5 MB article on each
// path (docs/benchmarks/ui.md, "Every script"): Latin only (the fast layout), the same with
// one Arabic sentence (the whole article through the text engine: UAX #14, bidi, shaping),
// and 1 MB of mixed scripts (CJK, Arabic, Devanagari...). 3 runs each, fresh profiles.
// Run: node bench/scripts-bench.mjs (needs the built page, as bench/ui-bench.mjs).
import { launch } from '../tests/e2e/browser.mjs';
import { brownText } from '../tests/e2e/long-text.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MIXED = '中文：世界卫生组织今天表示，全球疫苗接种率有所上升。日本語：東京都は新しい計画を発表しました。' +
  ' 한국어: 서울시는 새로운 계획을 발표했습니다. हिन्दी: सरकार ने नए उपायों की घोषणा की। ' +
  'العربية: أعلنت الحكومة عن إجراءات جديدة في عام 2024. עברית: הממשלה הודיעה על צעדים חדשים. Emoji 😀 ✅';

async function firstFrame(text, label, runs = 3) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const b = await launch();
    try {
      await b.page.goto(b.server.url);
      await b.page.evaluate(() => window.annotator.ready);
      // Fonts first (the script fonts arrive asynchronously), then the timed layout.
      await b.page.evaluate((s) => window.annotator.loadArticle(s), text);
      await b.page.waitForFunction(() => window.annotator.state().missingGlyphs === 0, null, { timeout: 120000 });
      const r = await b.page.evaluate((s) => {
        window.annotator.loadArticle(s + ' ');
        window.annotator.benchFrames(1);
        return { layout: window.annotator.timings().lastFrame.layoutMs, shaped: window.annotator.state().shapedLayout };
      }, text);
      t.push(r.layout);
      if (i === 0) console.log(`${label}: shaped layout ${r.shaped}`);
    } finally {
      await b.close();
    }
  }
  console.log(`${label}: layout in the first frame, median ${median(t).toFixed(0)} ms (runs: ${t.map((x) => x.toFixed(0)).join(', ')})`);
}

const five = brownText(5 * 1024 * 1024);
await firstFrame(five, '5 MB Latin');
await firstFrame(five + '\n\nأعلنت الحكومة عن إجراءات جديدة.', '5 MB Latin + one Arabic sentence');
let mixed = '';
while (mixed.length < 400000) mixed += MIXED + '\n\n';
await firstFrame(mixed, `${(Buffer.byteLength(mixed) / 1e6).toFixed(1)} MB of mixed scripts`);
