// import.test.mjs - importing annotation files in a real browser: a file made for a
// slightly edited version of the article (the report counts exact, moved, fuzzy and
// orphaned annotations and lists the orphans), and a malformed file (a plain-language
// message; the annotations already there are untouched).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, settle, shot, missingPrerequisite, ARTIFACTS } from './browser.mjs';
import { findRange, dragSelect, state, dropFile, clickNamed, closeDialog } from './helpers.mjs';

const skip = missingPrerequisite() || false;

// The sample with three edits: a paragraph added near the top (what follows moves), a typo
// in one quoted passage (it can only be found approximately), and the added paragraph
// itself quoted (it does not exist in the original: an orphan).
function editedArticle(original) {
  const added = 'Editor’s note: this paragraph was added in an update to the story.';
  const marker = 'a man in a suit steps off';
  let t = original.replace(marker, added + '\n\n' + marker);
  t = t.replace('illegally deporting children from Ukraine', 'illegaly deporting children from Ukraine');
  return { text: t, added };
}

test('a file for an edited article is anchored and reported', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const original = await page.evaluate(() => window.annotator.articleText());
    const { text, added } = editedArticle(original);

    // Make the file with the app itself: open the edited article, put quote-only
    // annotations on it (the importer anchors them), export.
    await page.evaluate((t) => window.annotator.loadArticle(t, { title: 'Edited version' }), text);
    const quotes = [
      'Putin is attending China’s Belt and Road summit',  // before the edit: exact
      '123 countries that are members of the ICC',       // after the added paragraph: moved
      'illegaly deporting children from Ukraine',        // the typo: fuzzy
      added,                                             // not in the original: orphaned
    ];
    const items = quotes.map((q, i) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:uuid:00000000-0000-4000-8000-00000000000' + i,
      body: [{ type: 'TextualBody', value: 'note ' + i, purpose: 'commenting' }],
      target: { selector: { type: 'TextQuoteSelector', exact: q } },
    }));
    const made = await page.evaluate((j) => window.annotator.importJson(j), JSON.stringify(items));
    assert.equal(made.error, undefined, JSON.stringify(made));
    await closeDialog(page);  // close that report
    const file = await page.evaluate(() => window.annotator.exportJson());
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const filePath = path.join(ARTIFACTS, 'edited-article.annotations.json');
    fs.writeFileSync(filePath, file);

    // Back to the original article, then File > Import annotations (a browser shows a file
    // dialog only after a click). The menu's place at 1280x800 and the default text size.
    await page.evaluate((t) => window.annotator.loadArticle(t), original);
    await settle(page);
    await page.mouse.click(26, 12);
    await settle(page);
    await shot(page, '04b-file-menu');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.mouse.click(95, 117)]);
    await chooser.setFiles(filePath);
    await page.waitForFunction(() => window.annotator.state().report !== null, null, { timeout: 10000 });
    await settle(page);
    const { report } = await state(page);
    assert.equal(report.exact, 1, JSON.stringify(report));
    assert.equal(report.moved, 1, JSON.stringify(report));
    assert.equal(report.fuzzy, 1, JSON.stringify(report));
    assert.equal(report.orphaned, 1, JSON.stringify(report));
    assert.deepEqual(report.orphans, [added]);
    assert.equal(report.articleDiffers, true);
    await shot(page, '05-import-report');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal((await state(page)).report, null);

    const anns = await page.evaluate(() => window.annotator.annotations());
    assert.equal(anns.length, 4);
    const fuzzy = anns.find((a) => a.anchor === 'fuzzy');
    assert.ok(fuzzy.exact.includes('illegally deporting children'), 're-anchored onto the original text');
    assert.equal(anns.find((a) => a.anchor === 'orphaned').exact, added);
    await shot(page, '06-imported');

    // The report offers the article the file carries: it opens as a document (here the
    // "Edited version" already in the library, made above), every annotation exact; one
    // Ctrl+Z goes back.
    await page.evaluate((j) => window.annotator.importJson(j), file);
    await settle(page);
    await clickNamed(page, 'report.openInstead');  // "Open the file's version as a document" (see 05-import-report.png)
    const st = await state(page);
    assert.equal(st.report, null);
    assert.equal(st.title, 'Edited version');
    assert.equal(await page.evaluate(() => window.annotator.articleText()), text);
    const carried = await page.evaluate(() => window.annotator.annotations());
    assert.equal(carried.length, 4);
    assert.ok(carried.every((a) => a.anchor === 'exact'), JSON.stringify(carried.map((a) => a.anchor)));
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), original);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a malformed file shows a message and changes nothing', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await dragSelect(page, await findRange(page, 'Belt and Road forum'));
    await page.keyboard.press('s');  // a statistic, to have something to lose
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    await page.keyboard.press('Escape');
    await settle(page);
    const before = await page.evaluate(() => window.annotator.exportJson());
    const articleBefore = await page.evaluate(() => window.annotator.articleText());

    // Through the scripting API: the error comes back, nothing changes.
    const r = await page.evaluate(() => window.annotator.importJson('{"type": "AnnotationCollection", "items": [ {"oops'));
    assert.ok(typeof r.error === 'string' && r.error.length > 0, JSON.stringify(r));
    assert.equal(await page.evaluate(() => window.annotator.exportJson()), before);

    // Dropped on the page: a visible message naming the file.
    await dropFile(page, 'broken.json', '{"type": "AnnotationCollection", "first": {"items": [ {"target": 5} ]}}');
    const st = await state(page);
    assert.equal(st.notices.length, 1);
    assert.match(st.notices[0], /broken\.json/);
    assert.match(st.notices[0], /could not be imported/);
    await shot(page, '07-malformed-message');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal((await state(page)).notices.length, 0);
    assert.equal(await page.evaluate(() => window.annotator.exportJson()), before);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), articleBefore);

    // Not JSON at all, and invalid UTF-8 as an article: messages, no change.
    await dropFile(page, 'notes.json', 'this is not json');
    assert.match((await state(page)).notices[0], /notes\.json/);
    await page.keyboard.press('Enter');
    // Closed before the next drop (under load the key can take a few frames).
    await page.waitForFunction(() => window.annotator.state().notices.length === 0);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array([0x48, 0x69, 0xff, 0xfe, 0x21])], 'latin1.txt', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.annotator.state().notices.length === 1);
    assert.match((await state(page)).notices[0], /latin1\.txt.*invalid UTF-8 at byte 2/);
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.evaluate(() => window.annotator.exportJson()), before);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
