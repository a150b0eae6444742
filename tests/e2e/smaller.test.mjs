// smaller.test.mjs - the smaller points of issue 15, item 11: a double-click takes an amount
// with its currency and per cent signs; an opened web page's headings are set as headings;
// an import error speaks plainly with the technical detail one click away; a file made for
// another version of the article says how the two versions differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, state, ui, clickNamed, clicks, dropFile } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('double-click takes "£1.2bn" and "12%" whole', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.loadArticle('Deal\n\nThe deal is worth \u00a31.2bn, up 12% on last year, and \u20ac300m more in 2025.'));
    await settle(page);
    const text = await page.evaluate(() => window.annotator.articleText());
    for (const word of ['\u00a31.2bn', '12%', '\u20ac300m']) {
      const w = await findRange(page, word);
      const r = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [w.start + 1, w.start + 2]);
      await settle(page);
      await page.waitForTimeout(600);  // not a third click of the last word
      await clicks(page, r.x + r.width / 2, r.y + r.height / 2, 2);
      const sel = (await state(page)).selection;
      assert.equal(Array.from(text).slice(sel[0], sel[1]).join(''), word);
    }
    await shot(page, '15-70-amount-selected');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('an opened web page shows its headings as headings', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const html = '<!doctype html><html><head><title>Budget 2025</title></head><body>' +
      '<h1>Budget 2025</h1><p>The council cut the budget by 12%.</p>' +
      '<h2>What the mayor said</h2><p>The mayor said the cut was needed.</p>' +
      '<h2>What happens next</h2><p>A vote is due in March.</p></body></html>';
    await dropFile(page, 'budget.html', html, 'text/html');
    await page.keyboard.press('Enter');  // "Open" in the question
    await settle(page);
    assert.equal((await state(page)).title, 'Budget 2025');
    assert.equal((await ui(page)).texts['reading.headingBlocks'], '2', 'the two <h2> are set as headings');
    await shot(page, '15-71-html-headings');
    // They stay headings after a reload (the autosave keeps them).
    await page.evaluate(() => window.annotator.flush());
    await page.reload();
    await page.evaluate(() => window.annotator.ready);
    await settle(page);
    assert.equal((await ui(page)).texts['reading.headingBlocks'], '2');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('an import error in plain words, the technical detail behind Details', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await dropFile(page, 'page.json', JSON.stringify({ type: 'AnnotationPage', items: [{ type: 'Annotation', target: 5 }] }));
    let v = await ui(page);
    assert.ok(v.texts.notice, 'a notice');
    assert.doesNotMatch(v.texts.notice, /AnnotationPage|items\[|target|expected/, 'no jargon: ' + v.texts.notice);
    assert.match(v.texts.notice, /"page\.json" could not be imported\. Annotation 1 in the file is incomplete or damaged/);
    assert.equal(v.texts['notice.detail'], undefined, 'the detail waits for a click');
    await shot(page, '15-72-import-error');
    await clickNamed(page, 'notice.details');
    v = await ui(page);
    assert.match(v.texts['notice.detail'], /items\[0\]\.target/, 'the importer\u2019s own words');
    await shot(page, '15-73-import-error-details');
    await clickNamed(page, 'notice.ok');
    assert.deepEqual((await state(page)).notices, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a file for another version of the article says how the versions differ', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const original = await page.evaluate(() => window.annotator.articleText());
    const edited = original.replace('a man in a suit steps off', 'Editor\u2019s note: updated with the summit\u2019s schedule.\n\na man in a suit steps off');
    await page.evaluate((t) => window.annotator.loadArticle(t), edited);  // same title
    const file = await page.evaluate(() => window.annotator.exportJson());
    await page.evaluate((t) => window.annotator.loadArticle(t), original);
    await settle(page);
    await dropFile(page, 'edited.annotations.json', file);
    const v = await ui(page);
    const said = v.texts['report.versions'];
    assert.match(said, /^Both are titled \u201cRussia\u2019s Vladimir Putin visits/);
    const words = [...said.matchAll(/(\d+) words, the file\u2019s (\d+)/g)][0];
    assert.ok(words && Number(words[2]) === Number(words[1]) + 7, 'the two lengths in words: ' + said);
    assert.match(said, /paragraph 3/);
    assert.match(said, /Editor\u2019s note/);
    await shot(page, '15-74-other-version');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
