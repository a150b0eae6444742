import { launch, openApp, settle, shot } from './browser.mjs';
import { findRange, ui, state } from './helpers.mjs';
const b = await launch({ width: 390, height: 844, hasTouch: true });
const { page } = b;
page.on('console', (m) => console.log('console:', m.text()));
try {
  await openApp(page, b.server.url);
  await page.evaluate(() => { for (const t of ['touchstart','touchmove','touchend','touchcancel']) window.addEventListener(t, (e) => console.log('js', t, e.target.tagName, e.changedTouches.length, e.defaultPrevented), true); });
  const cdp = await page.context().newCDPSession(page);
  const send = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }] });
  const w = await findRange(page, 'Kyrgyzstan');
  const rect = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [w.start, w.end]);
  await settle(page);
  await send('touchStart', rect.x + 20, rect.y + 10); await page.waitForTimeout(900); await settle(page); await send('touchEnd', 0, 0); await settle(page);
  const v = await ui(page);
  console.log(JSON.stringify(v.rects['reading.handleEnd']), JSON.stringify(v.rects['reading.handleStart']), JSON.stringify(rect));
  const e = v.rects['reading.handleEnd'];
  await send('touchStart', e.x + e.width / 2, e.y + e.height / 2);
  for (let i = 1; i <= 5; i++) { await send('touchMove', e.x + e.width / 2 + i * 8, e.y + e.height / 2); await settle(page, 1); }
  await send('touchEnd', 0, 0); await settle(page);
  console.log((await state(page)).selection);
} finally { await b.close(); }
