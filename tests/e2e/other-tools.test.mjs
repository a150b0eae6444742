// other-tools.test.mjs - files from other annotation tools open in the app the way our own do:
// a Hypothesis search response through importJson and a Recogito export dropped on the page.
// The Hypothesis page note and the XPath-only annotation are kept (orphaned), not refused, and
// export writes the page note's target back as it came.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, settle, missingPrerequisite, ROOT } from './browser.mjs';
import { dropFile } from './helpers.mjs';

const skip = missingPrerequisite() || false;
const ARTICLE = 'Budget “cuts” rose by 12% in 2025.\n\nThe mayor said the parks budget fell by a third.\n';
const fixture = (name) => fs.readFileSync(path.join(ROOT, 'tests', 'data', name), 'utf8');

test('Hypothesis and Recogito files import into the app', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate((t) => window.annotator.loadArticle(t, { title: 'Budget', url: 'https://news.example.org/budget' }), ARTICLE);
    await settle(page);

    const report = await page.evaluate((j) => window.annotator.importJson(j), fixture('hypothesis_api_search.json'));
    assert.equal(report.error, undefined, JSON.stringify(report));
    assert.equal(report.exact, 1, JSON.stringify(report));
    assert.equal(report.orphaned, 2, JSON.stringify(report));  // the page note and the XPath-only one
    await page.keyboard.press('Escape');
    let anns = await page.evaluate(() => window.annotator.annotations());
    const placed = anns.find((a) => a.anchor !== 'orphaned');
    assert.equal(placed.exact, '12%');
    assert.equal(placed.category, 'statistic');
    assert.equal(placed.verdict, 'false');
    assert.match(placed.note, /Reply from Bea/);
    assert.ok(anns.some((a) => a.note.startsWith('Page note:')));

    const exported = JSON.parse(await page.evaluate(() => window.annotator.exportJson()));
    const note = exported.first.items.find((it) => it.id === 'https://hypothes.is/a/Pg9note0000-budget2');
    assert.deepEqual(note.target, [{ source: 'https://news.example.org/budget' }]);

    await dropFile(page, 'recogito.json', fixture('recogito_text_annotator.json'));
    await page.waitForFunction(() => window.annotator.state().report !== null, null, { timeout: 10000 });
    anns = await page.evaluate(() => window.annotator.annotations());
    const recogito = anns.find((a) => a.id === 'urn:uuid:5f6b3c2e-8f0a-4b8e-9d2c-1a7e4b9c0d11');
    assert.ok(recogito, JSON.stringify(anns.map((a) => a.id)));
    assert.equal(recogito.exact, '12%');
    assert.equal(recogito.category, 'statistic');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
