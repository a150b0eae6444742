// preferences.test.mjs - the reader's system preferences (issue 11): a dark system starts
// the app dark until the reader picks a theme; View > High contrast; a system that asks for
// reduced motion gets scrolls that jump instead of gliding. Emulated with playwright's
// emulateMedia.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { state, ui, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('dark system: dark at first start; the reader\'s choice then wins, also after a reload', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, b.server.url);
    let st = await state(page);
    assert.equal(st.dark, true, 'dark like the system');
    assert.equal(st.themeChosen, false);
    assert.equal((await ui(page)).texts['theme.WindowBg'], '1c1d21');
    await shot(page, '11-prefs-dark-system');
    // The reader turns dark off: light, and remembered.
    await clickNamed(page, 'menu.View');
    await clickNamed(page, 'View/Dark theme');
    st = await state(page);
    assert.equal(st.dark, false);
    assert.equal(st.themeChosen, true);
    await page.evaluate(() => window.annotator.flush());
    await page.reload();
    await page.waitForFunction(() => window.annotator !== undefined);
    await page.evaluate(() => window.annotator.ready);
    await settle(page);
    assert.equal((await state(page)).dark, false, 'the reader\'s choice, not the system\'s');
    // A light system: light at first start.
    const c = await launch();
    try {
      await c.page.emulateMedia({ colorScheme: 'light' });
      await openApp(c.page, c.server.url);
      assert.equal((await state(c.page)).dark, false);
    } finally {
      await c.close();
    }
  } finally {
    await b.close();
  }
});

test('View > High contrast, or a system asking for more contrast: white on black with a yellow focus', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await clickNamed(page, 'menu.View');
    await clickNamed(page, 'View/High contrast');
    const st = await state(page);
    assert.equal(st.highContrast, true);
    const t = (await ui(page)).texts;
    assert.equal(t['theme.WindowBg'], '000000');
    assert.equal(t['theme.Text'], 'ffffff');
    assert.equal(t['theme.ChildBg'], '000000');
    await page.keyboard.press('ArrowRight');  // the keyboard caret, in the focus colour
    await settle(page);
    await shot(page, '11-prefs-high-contrast');
    // A system that asks for more contrast gets it at first start.
    const c = await launch();
    try {
      await c.page.emulateMedia({ contrast: 'more' });
      await openApp(c.page, c.server.url);
      assert.equal((await state(c.page)).highContrast, true);
      assert.equal((await ui(c.page)).texts['theme.WindowBg'], '000000');
    } finally {
      await c.close();
    }
  } finally {
    await b.close();
  }
});

test('reduced motion: Page Down jumps in one frame; without it, the view glides', { skip, timeout: 120000 }, async () => {
  for (const reduce of [true, false]) {
    const b = await launch();
    const { page } = b;
    try {
      await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
      await openApp(page, b.server.url);
      assert.equal((await state(page)).reducedMotion, reduce);
      await page.evaluate(() => window.annotator.fixedTimeStep(true));
      await page.keyboard.press('PageDown');
      await page.evaluate(() => window.annotator.stepFrames(1));
      const [pos, target] = (await page.evaluate(() => window.annotator.ui())).texts['reading.scroll'].split(',').map(Number);
      assert.ok(target > 100, 'a page further down');
      if (reduce) assert.equal(pos, target, 'there at once');
      else assert.ok(pos < target, `on its way (${pos} of ${target})`);
    } finally {
      await b.close();
    }
  }
});
