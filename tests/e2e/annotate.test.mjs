// annotate.test.mjs - the main flow in a real browser: select "123 countries" with the
// mouse, press C, type a note, export (download and scripting API give the same bytes, with
// the exact quote, code-point positions and the note), reload and find it restored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, clicks } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('select, press C, type a note, export, reload: the annotation survives', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const st0 = await state(page);
    assert.match(st0.title, /Putin visits/);
    await shot(page, '01-article');

    // Select with the real mouse.
    const range = await findRange(page, '123 countries');
    await dragSelect(page, range);
    assert.deepEqual((await state(page)).selection, [range.start, range.end]);
    await shot(page, '02-selection');

    // C creates a claim and focuses the note: typing goes straight in.
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    const typed = 'The ICC has 123 states parties';
    const pasted = ' — “checked” on the ICC site, 2023-10-17.';
    const note = typed + pasted;
    await page.keyboard.type(typed);
    // Ctrl+V into the note: the browser's paste event carries the text (curly quotes, dash).
    await page.keyboard.down('Control');
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, pasted);
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await settle(page);
    await shot(page, '03-editor');
    await page.keyboard.press('Escape');  // closes the editor, keeps the note
    await settle(page);
    const st1 = await state(page);
    assert.equal(st1.editorOpen, false);
    assert.equal(st1.annotations, 1);

    // Undo takes back the note, then the annotation; redo brings both back.
    await page.mouse.move(5, 300);
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal((await page.evaluate(() => window.annotator.annotations()))[0].note, '');
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal((await state(page)).annotations, 0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await settle(page);
    assert.equal((await page.evaluate(() => window.annotator.annotations()))[0].note, note);

    const anns = await page.evaluate(() => window.annotator.annotations());
    assert.equal(anns.length, 1);
    assert.equal(anns[0].exact, '123 countries');
    assert.equal(anns[0].category, 'claim');
    assert.equal(anns[0].note, note);

    // Export: the download and exportJson() are the same bytes.
    const exported = await page.evaluate(() => window.annotator.exportJson());
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    assert.match(download.suggestedFilename(), /^russias-vladimir-putin-visits-dear-friend-xi-jinping-in-china\.annotations\.json$/);
    const downloaded = fs.readFileSync(await download.path(), 'utf8');
    assert.equal(downloaded, exported);

    const doc = JSON.parse(exported);
    assert.equal(doc.type, 'AnnotationCollection');
    const items = doc.first.items;
    assert.equal(items.length, 1);
    const sel = [].concat(items[0].target.selector);
    const quote = sel.find((s) => s.type === 'TextQuoteSelector');
    const pos = sel.find((s) => s.type === 'TextPositionSelector');
    assert.equal(quote.exact, '123 countries');
    assert.equal(pos.start, range.start);
    assert.equal(pos.end, range.end);
    // Code points, not UTF-16 units: the text before holds curly quotes (BMP, same count),
    // so also check against the embedded article directly.
    assert.equal(Array.from(doc.article.text).slice(pos.start, pos.end).join(''), '123 countries');
    const bodies = [].concat(items[0].body);
    assert.ok(bodies.some((x) => x.value === note), 'the note is a body of the annotation');

    // Reload: the article, the annotation and its note come back from IndexedDB, and so
    // does the reading position.
    const deep = await findRange(page, 'In an interview with Chinese state broadcaster');
    await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [deep.start, deep.end]);
    await settle(page);
    await page.waitForTimeout(400);  // the reading position is saved at most 4 times a second
    await settle(page);
    const topBefore = (await state(page)).topCp;
    assert.ok(topBefore > 0, 'scrolled down');
    await page.evaluate(() => window.annotator.flush());
    await page.reload();
    await page.waitForFunction(() => window.annotator !== undefined);
    await page.evaluate(() => window.annotator.ready);
    await settle(page);
    const restored = await page.evaluate(() => window.annotator.annotations());
    assert.equal(restored.length, 1);
    assert.equal(restored[0].exact, '123 countries');
    assert.equal(restored[0].start, range.start);
    assert.equal(restored[0].note, note);
    assert.equal(await page.evaluate(() => window.annotator.exportJson()), exported);
    assert.equal((await state(page)).topCp, topBefore);
    // Hovering the highlight shows the note.
    const r = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [range.start, range.end]);
    await settle(page);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await settle(page, 4);
    await shot(page, '04-restored-hover');

    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('double-click selects a word, triple-click a paragraph, shift-click extends', { skip, timeout: 60000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const w = await findRange(page, 'Kyrgyzstan');
    const r = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [w.start, w.end]);
    await settle(page);
    const y = r.y + r.height / 2;
    // Clicks a frame apart, as a hand makes them (two in one frame would be one to ImGui).
    await clicks(page, r.x + r.width / 2, y, 2);
    assert.deepEqual((await state(page)).selection, [w.start, w.end]);

    await page.waitForTimeout(600);
    await clicks(page, r.x + r.width / 2, y, 3);
    const para = await findRange(page, 'Earlier this month, Putin visited Kyrgyzstan');
    const sel = (await state(page)).selection;
    assert.equal(sel[0], para.start);
    const text = await page.evaluate(() => window.annotator.articleText());
    assert.equal(Array.from(text).slice(sel[0], sel[1]).join('').endsWith('not an ICC member.'), true);

    // Click at the start of "Kyrgyzstan", shift-click after it.
    await page.waitForTimeout(500);  // not a fourth click
    await page.mouse.click(r.x + 1, y);
    await settle(page);
    // Shift goes down a frame before the click and up a frame after, as a hand does (under
    // load, a press and a click in one frame once read as a plain click).
    await page.keyboard.down('Shift');
    await settle(page);
    await page.mouse.click(r.x + r.width - 1, y);
    await settle(page);
    await page.keyboard.up('Shift');
    await settle(page);
    assert.deepEqual((await state(page)).selection, [w.start, w.end]);

    // Keyboard: Shift+Right extends by a character, Ctrl+Shift+Right by a word.
    await page.keyboard.press('Shift+ArrowRight');
    await settle(page);
    assert.deepEqual((await state(page)).selection, [w.start, w.end + 1]);
    await page.keyboard.press('Control+Shift+ArrowRight');
    await settle(page);
    const sel2 = (await state(page)).selection;
    assert.equal(Array.from(text).slice(sel2[0], sel2[1]).join(''), 'Kyrgyzstan but');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
