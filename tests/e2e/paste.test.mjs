// paste.test.mjs - opening articles without a file: pasting text on the page (opens it as a
// new document at once, undoable), dropping an HTML page (turned into readable text), and
// the scripting API's loadArticle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { state, dropFile } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('pasting an article opens it as a document, and undo brings the old one back', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const sample = await page.evaluate(() => window.annotator.articleText());
    const pasted = 'Ελληνικά και кириллица: a pasted article\r\n\r\nIts first paragraph says 42 things.\r\n\r\nIts second one “quotes” — and dashes.';
    await page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, pasted);
    await settle(page);
    // Nothing is discarded any more, so nothing is asked: the sample stays in the library.
    const st = await state(page);
    assert.equal(st.confirm, null);
    assert.equal(st.title, 'Ελληνικά και кириллица: a pasted article');
    assert.equal(await page.evaluate(() => window.annotator.articleText()), pasted.replace(/\r\n/g, '\n'));
    await shot(page, '09-pasted-article');

    await page.keyboard.press('Control+z');
    await settle(page);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), sample);
    await page.keyboard.press('Control+Shift+z');
    await settle(page);
    assert.equal((await state(page)).title, 'Ελληνικά και кириллица: a pasted article');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('an HTML file becomes readable text; loadArticle opens another document', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const html = '<!doctype html><html><head><title>A saved page</title><style>p{color:red}</style>' +
      '<script>var x = "<p>not text</p>";</script></head><body><h1>A saved page</h1>' +
      '<p>First &amp; foremost, a paragraph.</p><p>Second&rsquo;s here.</p></body></html>';
    await dropFile(page, 'story.html', html, 'text/html');
    assert.equal((await state(page)).confirm, null, 'opening never asks: nothing is discarded');
    const text = await page.evaluate(() => window.annotator.articleText());
    assert.ok(text.includes('First & foremost, a paragraph.'), text);
    assert.ok(text.includes('Second’s here.'), text);
    assert.ok(!text.includes('not text') && !text.includes('color:red'), text);

    const r = await page.evaluate(() => window.annotator.loadArticle('Short title line\n\nBody text.', { title: 'Given title', url: 'https://example.org/a' }));
    assert.equal(r.ok, true);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), 'Short title line\n\nBody text.');
    const bad = await page.evaluate(() => { try { window.annotator.loadArticle('   '); return 'no error'; } catch (e) { return e.message; } });
    assert.match(bad, /empty/);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
