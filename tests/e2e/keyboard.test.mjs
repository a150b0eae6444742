// keyboard.test.mjs - the whole workflow without a mouse (issue 11, "Screen readers and
// keyboard"): a caret moved by characters, words, lines and paragraphs; Shift selects; C
// marks; N jumps to an annotation; Enter edits its note; F6 reaches the side panel, where
// ImGui's keyboard navigation sets the verdict; Ctrl+S exports. No mouse event is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, state, ui } from './helpers.mjs';

const skip = missingPrerequisite() || false;

async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await settle(page, 2);
  }
}
async function caret(page) { return Number((await ui(page)).texts['reading.caret']); }

test('keyboard only: move a caret, select, mark, jump, edit the note and verdict, export', { skip, timeout: 240000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.fixedTimeStep(true));
    const target = await findRange(page, '123 countries');
    const paragraphs = await page.evaluate(() => {
      const t = Array.from(window.annotator.articleText());
      const starts = [];
      for (let i = 0; i < t.length; i++) if (t[i] !== '\n' && (i === 0 || (t[i - 1] === '\n' && t[i - 2] === '\n'))) starts.push(i);
      return starts;
    });

    // Right starts the caret at the top of the view; Right and Left move by characters.
    await press(page, 'ArrowRight');
    let v = await ui(page);
    assert.equal(v.texts['reading.caretMode'], '1', 'caret mode');
    assert.ok(v.rects['reading.caretBox'], 'the caret is drawn');
    assert.equal(await caret(page), 1);
    await press(page, 'ArrowRight', 2);
    await press(page, 'ArrowLeft');
    assert.equal(await caret(page), 2);
    // Ctrl+Down: the start of the next paragraph, each time.
    await press(page, 'Control+ArrowDown');
    assert.equal(await caret(page), paragraphs[1]);
    await press(page, 'Control+ArrowDown');
    assert.equal(await caret(page), paragraphs[2]);
    await press(page, 'Control+ArrowUp');
    assert.equal(await caret(page), paragraphs[1]);
    // Down moves by a line: the caret ends up on a later line of the same paragraph or the next.
    const before = await caret(page);
    await press(page, 'ArrowDown');
    const after = await caret(page);
    assert.ok(after > before && after <= paragraphs[3], `a line down (${before} -> ${after})`);
    await press(page, 'End');
    const lineEnd = await caret(page);
    assert.ok(lineEnd > after, 'End: the end of the line');
    await press(page, 'Home');
    assert.ok((await caret(page)) <= after, 'Home: the start of the line');

    // To the paragraph holding "123 countries", then by words to it.
    const para = paragraphs.filter((p) => p <= target.start).length - 1;
    while (await caret(page) < paragraphs[para]) await press(page, 'Control+ArrowDown');
    assert.equal(await caret(page), paragraphs[para]);
    for (let i = 0; i < 200 && (await caret(page)) < target.start - 1; i++) await press(page, 'Control+ArrowRight');
    // Word ends: from the end of the word before "123", one character right is its start.
    while (await caret(page) < target.start) await press(page, 'ArrowRight');
    while (await caret(page) > target.start) await press(page, 'ArrowLeft');
    assert.equal(await caret(page), target.start);
    await press(page, 'Control+Shift+ArrowRight', 2);
    let st = await state(page);
    assert.deepEqual(st.selection, [target.start, target.end], 'Shift+Ctrl+Right selected two words');
    await shot(page, '11-keyboard-selection');

    // C marks it; the note takes the keyboard.
    await press(page, 'c');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'note-field', null, { timeout: 10000 });
    await page.keyboard.type('Checked with the ICC page.');
    await press(page, 'Escape');
    st = await state(page);
    assert.equal(st.annotations, 1);
    assert.equal(st.editorOpen, false);

    // A second annotation further up, so that N and Shift+N have somewhere to go.
    await press(page, 'Control+Home');
    assert.equal(await caret(page), 0);
    await press(page, 'Shift+End');
    await press(page, 'q');
    await press(page, 'Escape');
    assert.equal((await state(page)).annotations, 2);
    const anns = await page.evaluate(() => window.annotator.annotations());
    const claim = anns.find((a) => a.category === 'claim');
    const quote = anns.find((a) => a.category === 'quote');

    // N: the next annotation after the caret (the claim); Shift+N: back to the quote.
    await press(page, 'Control+Home');
    await press(page, 'n');
    st = await state(page);
    assert.equal(st.selected, claim.id, 'N jumped to the claim');
    assert.equal(await caret(page), claim.start);
    await press(page, 'Shift+N');
    assert.equal((await state(page)).selected, quote.id, 'Shift+N jumped back');
    await press(page, 'n');
    assert.equal((await state(page)).selected, claim.id);

    // Enter: its note takes the keyboard; the note is edited.
    await press(page, 'Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'note-field', null, { timeout: 10000 });
    await page.keyboard.type(' Still 123 in 2023.');

    // F6: the side panel; arrows walk its controls with a visible highlight, to the verdict.
    await press(page, 'F6');
    v = await ui(page);
    assert.equal(v.texts['focus.region'], 'panel');
    const verdict = v.rects['editor.verdict'];
    let onVerdict = false;
    for (let i = 0; i < 12 && !onVerdict; i++) {
      const nav = (await ui(page)).rects['focus.nav'];
      onVerdict = nav && Math.abs(nav.y + nav.height / 2 - (verdict.y + verdict.height / 2)) < verdict.height / 2 &&
        nav.x + nav.width > verdict.x;
      if (!onVerdict) await press(page, 'ArrowDown');
    }
    assert.ok(onVerdict, 'the keyboard reached the verdict');
    await page.waitForTimeout(80);
    assert.equal(await page.evaluate(() => document.getElementById('a11y-live').textContent),
      'Verdict: Unverified, dropdown', 'the live region names the control the keys are on');
    await shot(page, '11-keyboard-panel-focus');
    await press(page, 'Space');  // opens the dropdown
    assert.ok((await ui(page)).rects['editor.verdict.popup'], 'the verdict list is open');
    await press(page, 'ArrowDown');
    await press(page, 'Space');
    const edited = (await page.evaluate(() => window.annotator.annotations())).find((a) => a.id === claim.id);
    assert.notEqual(edited.verdict, claim.verdict, 'the verdict changed: ' + edited.verdict);
    assert.equal(edited.note, 'Checked with the ICC page. Still 123 in 2023.');

    // Escape: back to the article, whose keys work again.
    await press(page, 'Escape');
    assert.equal((await ui(page)).texts['focus.region'], 'reading');

    // Ctrl+S exports; the file holds the note and the verdict.
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const doc = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const text = JSON.stringify(doc);
    assert.ok(text.includes('Checked with the ICC page. Still 123 in 2023.'), 'the edited note is exported');
    assert.equal(doc.first.items.length, 2);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('F6 or M reaches the menu bar; arrows and Space open a menu; Escape returns to the article', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await press(page, 'F6');
    await press(page, 'F6');
    let v = await ui(page);
    assert.equal(v.texts['focus.region'], 'menu');
    assert.ok(v.rects['focus.nav'], 'a highlighted menu');
    await press(page, 'Escape');
    assert.equal((await ui(page)).texts['focus.region'], 'reading');
    await press(page, 'm');  // M: straight to the menu bar
    assert.equal((await ui(page)).texts['focus.region'], 'menu');
    await press(page, 'ArrowRight');
    await press(page, 'Space');
    v = await ui(page);
    const open = Object.keys(v.rects).filter((k) => /^menu\..*\.popup$/.test(k));
    await shot(page, '11-keyboard-menu');
    assert.equal(open.length, 1, 'a menu opened: ' + Object.keys(v.rects).join(' '));
    await press(page, 'Escape');
    await press(page, 'Escape');
    assert.equal((await ui(page)).texts['focus.region'], 'reading');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('on a phone-sized window L opens the bottom sheet and puts the keyboard in it', { skip, timeout: 120000 }, async () => {
  const b = await launch({ width: 390, height: 844 });
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const closed = (await ui(page)).rects.panel;
    await press(page, 'l');
    await settle(page, 4);
    const v = await ui(page);
    assert.equal(v.texts['focus.region'], 'panel');
    assert.ok(v.rects.panel.height > closed.height * 3, 'the sheet opened');
    assert.ok(v.rects['focus.nav'], 'a control in it is highlighted');
    await shot(page, '11-keyboard-sheet');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
