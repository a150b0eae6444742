// note.test.mjs - the note field (issue 15, item 2): a note wraps like any text area, grows
// to a sensible height and scrolls beyond it, is spell-checked, and what was typed is the
// annotation's note; at the three window sizes the issue names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui } from './helpers.mjs';

const skip = missingPrerequisite() || false;
const SIZES = [[1280, 800], [800, 600], [390, 844]];

// 220 characters, as in the issue.
const NOTE = 'The ICC lists 124 states parties since Armenia joined in 2024; the article says 123, ' +
  'which was right when it was written. Check the date of the article against the ICC page ' +
  'before marking it false.';

function field(page) {
  return page.evaluate(() => {
    const f = document.getElementById('note-field');
    if (!f || f.hidden) return null;
    const r = f.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, clientWidth: f.clientWidth,
      scrollWidth: f.scrollWidth, clientHeight: f.clientHeight, scrollHeight: f.scrollHeight,
      spellcheck: f.spellcheck, focused: document.activeElement === f, value: f.value,
      lineHeight: parseFloat(getComputedStyle(f).lineHeight) };
  });
}

for (const [width, height] of SIZES) {
  test(`a long note wraps, grows, then scrolls (${width}x${height})`, { skip, timeout: 180000 }, async () => {
    const b = await launch({ width, height });
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      await dragSelect(page, await findRange(page, '123 countries'));
      await page.keyboard.press('c');
      await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
      const empty = await field(page);
      assert.ok(empty, 'the note field is shown');
      assert.ok(empty.focused, 'and has the keyboard: type straight away');
      assert.equal(empty.spellcheck, true, 'spelling is checked');

      await page.keyboard.type(NOTE);
      await settle(page);
      const typed = await field(page);
      assert.equal(typed.value, NOTE);
      assert.ok(typed.scrollWidth <= typed.clientWidth, 'no line runs off sideways');
      assert.ok(typed.scrollHeight <= typed.clientHeight + 1, 'the 220 characters are all in view');
      assert.ok(typed.height >= typed.lineHeight * 4, 'room for four lines at least');
      const panel = (await ui(page)).rects.panel;
      assert.ok(typed.x >= panel.x && typed.x + typed.width <= panel.x + panel.width + 0.5, 'inside the panel');
      assert.ok(typed.y + typed.height <= height, 'inside the window');
      await shot(page, `15-20-note-${width}x${height}`);

      // Twice as long: the field grows with it, all of it still in view.
      await page.keyboard.insertText(' ' + NOTE);
      await settle(page);
      const twice = await field(page);
      assert.ok(twice.height > typed.height, 'the field grew with the note');
      assert.ok(twice.scrollHeight <= twice.clientHeight + 1, 'all of it in view');

      // Much longer: it stops growing at a sensible height and scrolls.
      await page.keyboard.insertText(' ' + NOTE.repeat(5));
      await settle(page);
      const long = await field(page);
      assert.ok(long.height <= Math.max(height * 0.3, long.lineHeight * 5) + 20, `at most about a third of the window (${long.height})`);
      assert.ok(long.scrollHeight > long.clientHeight, 'the rest scrolls');
      await shot(page, `15-21-note-long-${width}x${height}`);

      await page.keyboard.press('Escape');
      await settle(page);
      assert.equal((await state(page)).editorOpen, false);
      assert.equal(await field(page), null, 'the field goes with the editor');
      const anns = await page.evaluate(() => window.annotator.annotations());
      assert.equal(anns[0].note, NOTE + ' ' + NOTE + ' ' + NOTE.repeat(5));
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('keys typed in the note stay in it: Backspace, Delete and letters do nothing to the article', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await dragSelect(page, await findRange(page, '123 countries'));
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    await page.keyboard.type('cqsx');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Checked.');
    await settle(page);
    const st = await state(page);
    assert.equal(st.annotations, 1, 'still one annotation (C and Delete went to the note)');
    assert.equal(st.editorOpen, true);
    assert.equal((await field(page)).value, 'Checked.');
    // Ctrl+Z in the note undoes typing in the note, not the annotation.
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal((await state(page)).annotations, 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
