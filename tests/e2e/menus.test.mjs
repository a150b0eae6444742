// menus.test.mjs - menus and dropdowns as people expect them (issue 15, item 3): Escape
// closes the open menu or dropdown (and only that), shortcuts such as Ctrl+Shift+Z and
// Ctrl+S work while a menu is open, and the first drag after using a menu selects text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui, clickNamed, markClaim } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('Escape closes an open menu or dropdown, and only that', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const r = await findRange(page, 'Kyrgyzstan');
    await dragSelect(page, r);
    await clickNamed(page, 'menu.File');
    assert.ok((await ui(page)).rects['menu.File.popup'], 'the File menu is open');
    await shot(page, '15-10-file-menu-open');
    await page.keyboard.press('Escape');
    await settle(page);
    let v = await ui(page);
    assert.equal(v.rects['menu.File.popup'], undefined, 'Escape closed the menu');
    assert.deepEqual((await state(page)).selection, [r.start, r.end], 'the same Escape kept the selection');
    await page.keyboard.press('Escape');
    await settle(page);
    const sel = (await state(page)).selection;
    assert.equal(sel[0], sel[1], 'a second Escape clears the selection');

    // A dropdown in the editor: Escape closes it, the editor stays.
    await markClaim(page, '123 countries');
    await clickNamed(page, 'list.row0');
    assert.equal((await state(page)).editorOpen, true);
    await clickNamed(page, 'editor.verdict');
    v = await ui(page);
    assert.ok(v.rects['editor.verdict.false'], 'the verdict dropdown is open');
    await page.keyboard.press('Escape');
    await settle(page);
    v = await ui(page);
    assert.equal(v.rects['editor.verdict.false'], undefined, 'Escape closed the dropdown');
    assert.equal((await state(page)).editorOpen, true, 'and left the editor open');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Ctrl+Shift+Z and Ctrl+S work while a menu is open', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await markClaim(page, '123 countries');
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal((await state(page)).annotations, 0);
    await clickNamed(page, 'menu.Edit');
    await page.keyboard.press('Control+Shift+Z');
    await settle(page);
    assert.equal((await state(page)).annotations, 1, 'redone with the Edit menu open');
    await clickNamed(page, 'menu.View');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.keyboard.press('Control+s')]);
    assert.match(download.suggestedFilename(), /\.annotations\.json$/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`the first drag after a menu selects text (${width}x${height})`, { skip, timeout: 180000 }, async () => {
    const b = await launch({ width, height });
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      await clickNamed(page, 'menu.View');
      assert.ok((await ui(page)).rects['menu.View.popup'], 'the View menu is open');
      // Straight from the open menu to the article: the press closes the menu and starts
      // the selection.
      const r = await findRange(page, 'Kyrgyzstan');
      await dragSelect(page, r);
      assert.deepEqual((await state(page)).selection, [r.start, r.end]);
      assert.equal((await ui(page)).rects['menu.View.popup'], undefined, 'the menu closed');
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}
