// small-screen.test.mjs - small screens and touch (issue 15, item 5). At each of the three
// window sizes everything fits and can be reached: the category buttons, the editor's
// dropdowns, hover notes, dialogs; below 700 px the panel is a bottom sheet under a
// full-width article. On a touch screen a long press selects a word, its handles extend
// the selection, a tap marks it, a swipe scrolls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui, box, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;
const SIZES = [[1280, 800], [800, 600], [390, 844]];
const CATEGORIES = ['claim', 'statistic', 'quote', 'date', 'person-org', 'opinion'];

const inside = (r, outer) => r.x >= outer.x - 0.5 && r.y >= outer.y - 0.5 &&
  r.x + r.width <= outer.x + outer.width + 0.5 && r.y + r.height <= outer.y + outer.height + 0.5;

for (const [width, height] of SIZES) {
  test(`everything fits and can be reached at ${width}x${height}`, { skip, timeout: 240000 }, async () => {
    const b = await launch({ width, height });
    const { page } = b;
    const screen = { x: 0, y: 0, width, height };
    try {
      await openApp(page, b.server.url);
      let v = await ui(page);
      const compact = width < 700;
      if (compact) {
        assert.equal(v.rects['reading.view'].width, width, 'the article takes the whole width');
        assert.ok(v.rects.panel.y > height * 0.85, 'the panel waits closed at the bottom');
      } else {
        assert.ok(v.rects.panel.width <= width * 0.42 + 1, 'the side panel leaves the article most of the width');
      }

      // The category buttons for a selection: all six, whole, on screen.
      const r = await findRange(page, '123 countries');
      await dragSelect(page, r);
      v = await ui(page);
      for (const c of CATEGORIES) {
        assert.ok(v.rects['mark.' + c], `a button for ${c}`);
        assert.ok(inside(v.rects['mark.' + c], screen), `the ${c} button is whole on screen`);
      }
      await shot(page, `15-30-marks-${width}x${height}`);

      // Mark it: the editor is reachable, its dropdowns fit and read in full.
      await clickNamed(page, 'mark.claim');
      assert.equal((await state(page)).annotations, 1);
      await page.keyboard.press('Tab');  // leave the note field for the canvas
      v = await ui(page);
      for (const name of ['editor.category', 'editor.verdict', 'editor.delete', 'editor.close']) {
        assert.ok(v.rects[name] && inside(v.rects[name], screen), `${name} on screen`);
      }
      assert.ok(v.rects['editor.verdict'].width >= 150, 'the verdict dropdown is wide enough to read');
      await clickNamed(page, 'editor.verdict');
      v = await ui(page);
      assert.ok(inside(v.rects['editor.verdict.popup'], screen), 'the open dropdown fits');
      await shot(page, `15-31-dropdown-${width}x${height}`);
      await page.keyboard.press('Escape');
      await settle(page);

      // The hover note stays on screen and off the editor's buttons.
      const hl = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.end]);
      await settle(page);
      await page.mouse.move(hl.x + hl.width - 2, hl.y + hl.height / 2);
      await settle(page, 4);
      v = await ui(page);
      assert.ok(v.rects['reading.tooltip'], 'the hover note shows');
      assert.ok(inside(v.rects['reading.tooltip'], v.rects['reading.view']), 'inside the article');
      await shot(page, `15-32-hover-${width}x${height}`);

      // A dialog fits the window.
      await clickNamed(page, 'menu.File');
      await clickNamed(page, 'File/Paste an article\u2026');
      v = await ui(page);
      assert.ok(v.rects.dialog && inside(v.rects.dialog, screen), 'the paste dialog fits');
      await shot(page, `15-33-dialog-${width}x${height}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

// Touch, through Chromium's own touch events (what a phone's browser delivers).
async function touchApi(page) {
  const cdp = await page.context().newCDPSession(page);
  const send = (type, x, y) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }],
  });
  return {
    async longPress(x, y) {
      await send('touchStart', x, y);
      await page.waitForTimeout(900);
      await settle(page);
      await send('touchEnd', x, y);
      await settle(page);
    },
    async drag(x0, y0, x1, y1, steps = 8) {
      await send('touchStart', x0, y0);
      for (let i = 1; i <= steps; i++) {
        await send('touchMove', x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
        await settle(page, 1);
      }
      await send('touchEnd', x1, y1);
      await settle(page);
    },
  };
}

test('touch: long press selects a word, a handle extends it, a tap marks it, a swipe scrolls', { skip, timeout: 240000 }, async () => {
  const b = await launch({ width: 390, height: 844, hasTouch: true });
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const t = await touchApi(page);
    const w = await findRange(page, 'Kyrgyzstan');
    const rect = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [w.start, w.end]);
    await settle(page);
    await t.longPress(rect.x + rect.width / 2, rect.y + rect.height / 2);
    assert.deepEqual((await state(page)).selection, [w.start, w.end], 'the long press selected the word');
    const v = await ui(page);
    assert.ok(v.rects['reading.handleStart'] && v.rects['reading.handleEnd'], 'with a handle at each end');
    await shot(page, '15-34-touch-long-press');

    // Drag the end handle over the next word ("but").
    const next = await findRange(page, 'Kyrgyzstan but');
    const to = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [next.start, next.end]);
    const end = v.rects['reading.handleEnd'];
    await t.drag(end.x + end.width / 2, end.y + end.height / 2, to.x + to.width - 1, end.y + end.height / 2);
    assert.deepEqual((await state(page)).selection, [next.start, next.end], 'the handle moved the end');
    await shot(page, '15-35-touch-handle');

    // A tap on a category button marks it; the sheet opens with the editor.
    const mark = await box(page, 'mark.claim');
    await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await settle(page, 4);
    const st = await state(page);
    assert.equal(st.annotations, 1, 'a tap on "Claim" marked the selection');
    assert.equal(st.editorOpen, true);
    await shot(page, '15-36-touch-marked');

    // Close the sheet with a tap on its handle, then swipe the article up: it scrolls and
    // selects nothing.
    await page.touchscreen.tap(195, (await box(page, 'sheet.handle')).y + 10);
    await settle(page, 4);
    const before = (await ui(page)).texts['reading.scroll'].split(',').map(Number)[0];
    await t.drag(200, 600, 200, 250);
    await page.waitForTimeout(600);
    await settle(page);
    const after = (await ui(page)).texts['reading.scroll'].split(',').map(Number)[0];
    assert.ok(after > before + 200, `the swipe scrolled the article (${before} -> ${after})`);
    const sel = (await state(page)).selection;
    assert.equal(sel[0], sel[1], 'and selected nothing');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
