// library.test.mjs - the library of documents in a real browser: every article opened stays
// (File > Library lists it; delete with undo; export any; open any), window.annotator's
// documents() and openDocument(id), an import file's own article opened as a document of its
// own, the collection properties of an imported file kept, and undo across documents
// leaving no suggestion of one article selected on the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, clickNamed, closeDialog } from './helpers.mjs';

const skip = missingPrerequisite() || false;

// Places at 1280x800 with the default interface font (see the screenshots named below).
const FILE_MENU = [26, 12];
const LIBRARY_ITEM = [45, 198];  // last item of File (16-file-menu.png)
// Library window rows (17-library.png): row n (from 0) at y = 248 + 19 n for one-line titles.
const rowY = (n) => 248 + 19 * n;
const OPEN_X = 891, EXPORT_X = 949, DELETE_X = 1009;

async function reload(page) {
  await page.evaluate(() => window.annotator.flush());
  await page.reload();
  await page.waitForFunction(() => window.annotator !== undefined);
  await page.evaluate(() => window.annotator.ready);
  await settle(page);
}

async function pasteText(page, text) {
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await settle(page);
}

async function openLibrary(page) {
  await page.mouse.click(...FILE_MENU);
  await settle(page);
  await shot(page, '16-file-menu');
  await page.mouse.click(...LIBRARY_ITEM);
  await settle(page);
  await page.mouse.move(640, 760);
  await settle(page);
  assert.equal((await state(page)).libraryOpen, true);
}

test('File > Library keeps every article opened: open, export and delete with undo', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const sampleTitle = (await state(page)).title;
    await dragSelect(page, await findRange(page, '123 countries'));
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    await page.keyboard.type('ICC membership');
    await page.keyboard.press('Escape');
    await settle(page);

    // Two more articles: neither asks, neither discards the sample.
    const loaded = await page.evaluate(() => window.annotator.loadArticle('Second article\n\nIt has 12 paragraphs.', { title: 'Second article', url: 'https://example.org/second' }));
    assert.equal(loaded.ok, true);
    await pasteText(page, 'Third article\n\nPasted, with 3 numbers.');
    const st = await state(page);
    assert.equal(st.confirm, null);
    assert.equal(st.title, 'Third article');
    const docs = await page.evaluate(() => window.annotator.documents());
    assert.deepEqual(docs.map((d) => d.title), ['Third article', 'Second article', sampleTitle]);
    for (const d of docs) {
      assert.match(d.id, /^urn:uuid:/);
      assert.match(d.modified, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(typeof d.source, 'string');
    }
    assert.deepEqual(docs.map((d) => d.annotations), [0, 0, 1]);
    assert.deepEqual(docs.map((d) => d.source), ['pasted', 'scripting API', 'sample']);

    await openLibrary(page);
    await shot(page, '17-library');

    // Delete "Second article" (row 1) with the mouse; Ctrl+Z brings it back.
    await page.mouse.click(DELETE_X, rowY(1));
    await settle(page);
    await page.mouse.move(640, 760);
    await settle(page);
    await shot(page, '18-library-deleted');
    assert.deepEqual((await page.evaluate(() => window.annotator.documents())).map((d) => d.title), ['Third article', sampleTitle]);
    await page.keyboard.press('Control+z');
    await settle(page);
    assert.deepEqual((await page.evaluate(() => window.annotator.documents())).map((d) => d.title), ['Third article', 'Second article', sampleTitle]);

    // Export the sample (row 2) without opening it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.mouse.click(EXPORT_X, rowY(2))]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.label, sampleTitle);
    assert.equal(exported.first.items.length, 1);
    assert.equal((await state(page)).title, 'Third article');

    // Open it: the library closes, the sample is there with its annotation.
    await page.mouse.click(OPEN_X, rowY(2));
    await settle(page);
    const opened = await state(page);
    assert.equal(opened.title, sampleTitle);
    assert.equal(opened.annotations, 1);
    assert.equal(opened.libraryOpen, false);

    // A reload keeps all three; openDocument(id) opens any of them.
    await reload(page);
    const after = await page.evaluate(() => window.annotator.documents());
    assert.equal(after.length, 3);
    const third = after.find((d) => d.title === 'Third article');
    const r = await page.evaluate((id) => window.annotator.openDocument(id), third.id);
    assert.equal(r.title, 'Third article');
    assert.equal((await state(page)).documentId, third.id);
    const bad = await page.evaluate(() => window.annotator.openDocument('urn:uuid:nope').then(() => 'opened', (e) => e.message));
    assert.match(bad, /no such document/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the file's own article opens as a document of its own; the open one keeps the import", { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const original = await page.evaluate(() => window.annotator.articleText());
    const sampleId = (await state(page)).documentId;
    // A file for an edited version, made outside the app (so the library does not hold it).
    const edited = original.replace('a man in a suit', 'Editor’s note: updated.\n\na man in a suit');
    const cps = Array.from(edited);
    const quote = '123 countries that are members of the ICC';
    const start = Array.from(edited.slice(0, edited.indexOf(quote))).length;
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Edited version',
      article: { title: 'Edited version', text: edited },
      first: { type: 'AnnotationPage', items: [{
        type: 'Annotation', id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
        body: [{ type: 'TextualBody', value: 'from the file', purpose: 'commenting' }],
        target: { selector: [{ type: 'TextPositionSelector', start, end: start + Array.from(quote).length },
          { type: 'TextQuoteSelector', exact: cps.slice(start, start + Array.from(quote).length).join('') }] },
      }] },
    });
    const report = await page.evaluate((j) => window.annotator.importJson(j), file);
    assert.equal(report.articleDiffers, true);
    await settle(page);
    await shot(page, '19-import-other-version');
    await clickNamed(page, 'report.openInstead');  // "Open the file's version as a document" (19-import-other-version.png)
    const st = await state(page);
    assert.equal(st.title, 'Edited version');
    assert.equal(await page.evaluate(() => window.annotator.articleText()), edited);
    const docs = await page.evaluate(() => window.annotator.documents());
    assert.equal(docs.length, 2, 'opened beside the sample, not instead of it');
    // The sample kept the annotation the import gave it.
    await page.evaluate((id) => window.annotator.openDocument(id), sampleId);
    assert.equal((await state(page)).annotations, 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("an import keeps the file's collection properties; undo across documents forgets the other's suggestion", { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      id: 'https://example.org/collections/7',
      'x:reviewedBy': { name: 'Desk 3' },
      items: [{ type: 'Annotation', body: [], target: { selector: { type: 'TextQuoteSelector', exact: '123 countries' } } }],
    });
    const r = await page.evaluate((j) => window.annotator.importJson(j), file);
    assert.equal(r.exact + r.moved, 1, JSON.stringify(r));  // a quote alone: found where it is
    await closeDialog(page);  // else the menu click below can land on the closing report
    const out = JSON.parse(await page.evaluate(() => window.annotator.exportJson()));
    assert.equal(out.id, 'https://example.org/collections/7');
    assert.deepEqual(out['x:reviewedBy'], { name: 'Desk 3' });

    // A second article with its suggestions shown; one of them clicked.
    await page.evaluate(() => window.annotator.loadArticle('Second\n\nThe mayor said 300 people came, up from 12 last year. Prices rose by 12 percent in March.'));
    await settle(page);
    await clickNamed(page, 'menu.Claims');
    await clickNamed(page, 'Claims/Suggest claims');
    await page.waitForFunction(() => window.annotator.state().showSuggestions, null, { timeout: 10000 });
    await settle(page);
    const sug = await page.evaluate(() => window.annotator.suggestions());
    assert.ok(sug.length >= 1);
    const box = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [sug[0].start, sug[0].end]);
    await settle(page);
    await page.mouse.click(box.x + 10, box.y + box.height / 2);
    await settle(page);
    assert.equal((await state(page)).currentSuggestion, 0);
    await page.mouse.move(5, 400);
    await page.keyboard.press('Control+z');  // back to the sample
    await settle(page);
    const st = await state(page);
    assert.notEqual(st.title, 'Second');
    assert.equal(st.currentSuggestion, -1, 'A must not accept a sentence of the other article');
    await page.keyboard.press('a');
    await settle(page);
    assert.equal((await state(page)).annotations, 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('an internal error reaches the page as a readable message, quotes and all', { skip, timeout: 60000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const reply = await page.evaluate(() => {
      // What app-glue.js does for every call, with a method that throws on purpose.
      const text = 'a "quoted" word and a back\\slash';
      const bytes = new TextEncoder().encode(text);
      const ptr = Module._malloc(bytes.length);
      Module.HEAPU8.set(bytes, ptr);
      const res = Module.ccall('web_call', 'number', ['string', 'number', 'number'], ['test.throw', ptr, bytes.length]);
      Module._free(ptr);
      return Module.UTF8ToString(res);
    });
    const parsed = JSON.parse(reply);
    assert.equal(parsed.error, 'internal error: a "quoted" word and a back\\slash');
  } finally {
    await b.close();
  }
});
