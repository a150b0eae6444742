// comfort.test.mjs - reading comfort (issue 15, item 9): Ctrl + and Ctrl - move the text
// size in steps of about 10 %, keep the line being read at the top, and scale the side
// panel too; hints, counts and scores reach WCAG's 4.5:1 contrast in both themes (the
// colours the app really draws with, read back and computed here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, state, ui, clickNamed, span, markClaim } from './helpers.mjs';

const skip = missingPrerequisite() || false;

function contrast(a, b) {
  const lum = (hex) => {
    const c = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`Ctrl + and Ctrl - step by about 10 %, keep the reading position, scale the panel (${width}x${height})`, { skip, timeout: 240000 }, async () => {
    const b = await launch({ width, height });
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      // Make an annotation, so the panel's list has a row to measure.
      await markClaim(page, '123 countries');
      // Read from somewhere in the middle, the top line cut part way.
      const deep = await findRange(page, 'Trade between neighbouring China and Russia');
      await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [deep.start, deep.end]);
      await page.evaluate(() => window.annotator.scrollBy(11));
      await settle(page);
      await page.mouse.move(width * 0.3, height * 0.4);
      const menuBefore = (await ui(page)).rects.menubar.height;
      let top = (await state(page)).topCp;
      assert.ok(top > 0);
      const sizes = [];
      // Each press is waited for (the app may draw its frames late under load) and must
      // change the size: a lost press fails here (a quick tap is held until a frame saw it).
      const press = async (keys) => {
        const before = (await state(page)).fontPx;
        await page.keyboard.press(keys);
        await page.waitForFunction((p) => window.annotator.state().fontPx !== p, before, { timeout: 10000 })
          .catch(() => assert.fail(`${keys} changed nothing (text size ${before} px)`));
      };
      for (let i = 0; i < 6; i++) {
        await press('Control+=');
        await settle(page, 3);
        const st = await state(page);
        sizes.push(st.fontPx);
        const line = span((await ui(page)).texts['reading.topLine']);
        assert.ok(line.start <= top && top < Math.max(line.end, line.start + 1),
          `press ${i + 1}: the line read before (${top}) is still at the top (${line.start}-${line.end})`);
        top = st.topCp;
      }
      assert.deepEqual(sizes, [21, 23, 25, 28, 31, 34], 'about 10 % a step: 19 to 34 px in six presses');
      const v = await ui(page);
      assert.ok(v.rects.menubar.height >= menuBefore * 1.3, 'the menus and the panel grew with the text');
      assert.match(v.texts.toast, /^Text size 179 %$/, 'the new size is said');
      await shot(page, `15-60-zoomed-${width}x${height}`);
      for (let i = 0; i < 6; i++) await press('Control+-');
      await settle(page);
      assert.equal((await state(page)).fontPx, 19, 'back down the same steps');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('hints, counts and scores reach 4.5:1 in the light and the dark theme', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') {
        await clickNamed(page, 'menu.View');
        await clickNamed(page, 'View/Dark theme');
        assert.equal((await state(page)).dark, true);
      }
      const c = Object.fromEntries(Object.entries((await ui(page)).texts)
        .filter(([k]) => k.startsWith('theme.')).map(([k, v]) => [k.slice(6), v]));
      for (const bg of ['WindowBg', 'ChildBg', 'PopupBg', 'MenuBarBg', 'FrameBg', 'Header', 'HeaderHovered', 'Button']) {
        const hint = contrast(c.TextDisabled, c[bg]);
        assert.ok(hint >= 4.5, `${theme}: hints on ${bg} ${hint.toFixed(2)}:1`);
        assert.ok(contrast(c.Text, c[bg]) >= 7, `${theme}: text on ${bg}`);
      }
      await clickNamed(page, 'menu.Claims');
      await clickNamed(page, 'Claims/Suggest claims');
      await page.mouse.move(1000, 700);
      await settle(page);
      await shot(page, `15-61-contrast-${theme}`);
      await clickNamed(page, 'menu.Claims');
      await clickNamed(page, 'Claims/Suggest claims');
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
