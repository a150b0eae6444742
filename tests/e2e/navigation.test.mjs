// navigation.test.mjs - moving through the article with the keyboard and the list (issue
// 15, items 1 and 7): Home and End reach the very start and end in one press at any length
// (5 MB included), Page Down and Page Up move exactly one page at each window size, and
// clicking an annotation in the list brings its line fully into view below the menu bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { brownText } from './long-text.mjs';
import { ui, clickNamed, scrollSettled, span, markClaim } from './helpers.mjs';

const skip = missingPrerequisite() || false;
const SIZES = [[1280, 800], [800, 600], [390, 844]];

// Presses `key` and lets the app animate at 60 frames a second (as on a machine that keeps
// up with the display; a loaded machine's long time steps would hide a stalled animation:
// see fixedTimeStep in each test).
async function press(page, key) {
  await page.keyboard.press(key);
  return animate(page);
}

// Draws frames until the view stops moving (at most about 3 s of display time).
async function animate(page) {
  for (let i = 0; i < 12; i++) {
    await page.evaluate(() => window.annotator.stepFrames(15));
    const [pos, target, max] = (await ui(page)).texts['reading.scroll'].split(',').map(Number);
    if (pos === target) return { pos, target, max };
  }
  return scrollSettled(page, 1);
}

const textBetween = (text, a, b) => Array.from(text).slice(a, b).join('');

test('Home and End reach the very start and end in one press, at 100 kB and at 5 MB', { skip, timeout: 300000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.fixedTimeStep(true));
    for (const bytes of [100e3, 5e6]) {
      const { length } = await page.evaluate((t) => window.annotator.loadArticle(t), brownText(bytes));
      await settle(page);
      await page.mouse.move(300, 400);
      for (const round of [1, 2]) {
        let s = await press(page, 'End');
        let v = await ui(page);
        assert.equal(s.pos, s.max, `${bytes} bytes, End #${round}: at the bottom`);
        assert.equal(span(v.texts['reading.lastLine']).end, length, 'the last line is in view');
        if (bytes > 1e6 && round === 1) await shot(page, '15-01-end-5mb');
        s = await press(page, 'Home');
        v = await ui(page);
        assert.equal(s.pos, 0, `${bytes} bytes, Home #${round}: at the top`);
        assert.equal(span(v.texts['reading.firstLine']).start, 0, 'the first line is in view');
      }
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Page Down and Page Up move exactly one page at each window size', { skip, timeout: 300000 }, async () => {
  for (const [width, height] of SIZES) {
    const b = await launch({ width, height });
    const { page } = b;
    try {
      await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.fixedTimeStep(true));
      const text = brownText(100e3);
      await page.evaluate((t) => window.annotator.loadArticle(t), text);
      await settle(page);
      await page.mouse.move(width * 0.3, height * 0.5);
      await press(page, 'PageDown');  // from the top: the title's extra space is behind us
      for (let i = 0; i < 3; i++) {
        const before = await ui(page);
        await press(page, 'PageDown');
        const after = await ui(page);
        const was = span(before.texts['reading.lastLine']);
        const now = span(after.texts['reading.firstLine']);
        // The line after the last whole one is now the first whole one: nothing skipped,
        // nothing seen twice.
        assert.ok(now.start >= was.end, `${width}x${height}: Page Down repeats no line (${was.end} -> ${now.start})`);
        assert.match(textBetween(text, was.end, now.start), /^\s*$/, `${width}x${height}: Page Down skips no text`);
      }
      await shot(page, `15-02-page-down-${width}x${height}`);
      for (let i = 0; i < 2; i++) {
        const before = await ui(page);
        await press(page, 'PageUp');
        const after = await ui(page);
        const was = span(before.texts['reading.firstLine']);
        const now = span(after.texts['reading.lastLine']);
        assert.ok(now.end <= was.start, `${width}x${height}: Page Up repeats no line`);
        assert.match(textBetween(text, now.end, was.start), /^\s*$/, `${width}x${height}: Page Up skips no text`);
      }
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  }
});

test('clicking an annotation in the list shows its line whole, below the menu bar', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.fixedTimeStep(true));
    const text = brownText(100e3);
    await page.evaluate((t) => window.annotator.loadArticle(t), text);
    await settle(page);
    // One annotation near the top, made with the mouse and the C key.
    const r = await markClaim(page, 'Atlanta');
    // Far below it, then back to it through the list, approaching from below as a reader
    // does (a stalled animation used to leave the line half under the menu bar).
    await page.mouse.move(300, 400);
    await press(page, 'End');
    await clickNamed(page, 'list.row0');
    await animate(page);
    const v = await ui(page);
    const line = v.rects['reading.selectedLine'];
    const view = v.rects['reading.view'];
    const menu = v.rects['menubar'];
    assert.ok(line, 'the annotation is drawn');
    assert.ok(line.y >= menu.y + menu.height, 'below the menu bar');
    assert.ok(line.y >= view.y && line.y + line.height <= view.y + view.height, 'whole in the reading view');
    await shot(page, '15-03-list-click');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
