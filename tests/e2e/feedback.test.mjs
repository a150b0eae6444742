// feedback.test.mjs - navigation and feedback (issue 15, items 6 and 7): the hover note of
// three overlapping annotations is whole on screen near the window's bottom and never
// covers the editor's Delete button; a search filter is visible, explains "0 of N" and
// clears (and does not follow the reader to another article); Delete says what it did and
// offers Undo; Export says which file it wrote; suggested claims outline only the
// strongest few.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui, box, clickNamed, markClaim, closeDialog } from './helpers.mjs';

const skip = missingPrerequisite() || false;
const SIZES = [[1280, 800], [800, 600], [390, 844]];

const inside = (r, outer) => r.x >= outer.x - 0.5 && r.y >= outer.y - 0.5 &&
  r.x + r.width <= outer.x + outer.width + 0.5 && r.y + r.height <= outer.y + outer.height + 0.5;
const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// Three annotations over the same words, each with a note, made through the scripting API.
function overlapping(text, needle) {
  const cps = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(needle))).length;
  const spans = [[start, start + Array.from(needle).length], [start, start + 10], [start + 4, start + 20]];
  return JSON.stringify(spans.map(([s, e], i) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'commenting', value: `Note ${i + 1}: ` + 'checked against the ICC list of states parties. '.repeat(2) },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.icc-cpi.int/states-parties' }],
    target: { selector: [{ type: 'TextPositionSelector', start: s, end: e }, { type: 'TextQuoteSelector', exact: cps.slice(s, e).join('') }] },
  })));
}

for (const [width, height] of SIZES) {
  test(`the hover note of three overlapping annotations is whole and off the editor (${width}x${height})`, { skip, timeout: 180000 }, async () => {
    const b = await launch({ width, height });
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      const text = await page.evaluate(() => window.annotator.articleText());
      const needle = 'illegally deporting children from Ukraine';
      await page.evaluate((j) => window.annotator.importJson(j), overlapping(text, needle));
      await closeDialog(page);  // the import report
      // Open one in the editor, so its Delete button is on screen (on a phone the list is
      // in the bottom sheet: open it first).
      if (width < 700) await clickNamed(page, 'sheet.handle');
      await clickNamed(page, 'list.row0');
      await page.keyboard.press('Tab');
      const r = await findRange(page, needle);
      // Bring the words near the bottom of the article's view, then hover them.
      const view = await box(page, 'reading.view');
      let hl = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.start + 8]);
      await page.evaluate((dy) => window.annotator.scrollBy(dy), hl.y - (view.y + view.height - hl.height * 2.2));
      await settle(page);
      await page.evaluate(() => window.annotator.fixedTimeStep(true));
      await page.evaluate(() => window.annotator.stepFrames(30));
      const v0 = await ui(page);
      const line = v0.rects['reading.selectedLine'];
      assert.ok(line, 'the highlight is in view');
      // On the sixth letter, where all three overlap (already in view: rangeRect does not move it).
      const at = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start + 5, r.start + 6]);
      await settle(page);
      await page.mouse.move(at.x, at.y + at.height / 2);
      await settle(page, 4);
      await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
      await settle(page, 4);
      const v = await ui(page);
      const tip = v.rects['reading.tooltip'];
      assert.ok(tip, 'the hover note shows');
      assert.equal(v.texts['reading.tooltipCount'], '3', 'for all three annotations');
      assert.ok(inside(tip, { x: 0, y: 0, width, height }), `whole in the window (${JSON.stringify(tip)})`);
      assert.ok(inside(tip, v.rects['reading.view']), 'within the article');
      assert.ok(!overlaps(tip, v.rects['editor.delete'] || { x: -9, y: -9, width: 1, height: 1 }), 'not over Delete');
      assert.ok(tip.y + tip.height <= line.y + 1, 'above the line: there was no room below');
      await shot(page, `15-40-hover-three-${width}x${height}`);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
}

test('a search filter is said, explains 0 of N, clears, and stays with its article', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await markClaim(page, '123 countries');
    await clickNamed(page, 'list.search');
    await page.keyboard.type('budget');
    await settle(page);
    let v = await ui(page);
    assert.match(v.texts['list.count'], /^0 of 1 shown: search \u201cbudget\u201d$/);
    assert.ok(v.rects['list.clearSearch'] && v.rects['list.clearFilters'], 'ways to clear it are on screen');
    await shot(page, '15-41-filter');
    await clickNamed(page, 'list.clearSearch');
    v = await ui(page);
    assert.equal(v.texts['list.count'], '1 annotation');

    // A search typed for one article does not hide the next article's annotations.
    await clickNamed(page, 'list.search');
    await page.keyboard.type('countries');
    await page.mouse.click(300, 400);  // leave the field
    await settle(page);
    assert.match((await ui(page)).texts['list.count'], /^1 of 1 shown/);
    await page.evaluate(() => window.annotator.loadArticle('Another article\n\nThe budget grew by 4%.'));
    await settle(page);
    v = await ui(page);
    assert.equal(v.texts['list.count'], '0 annotations', 'the new article starts unfiltered');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Delete says what it deleted and offers Undo; Export says which file it wrote', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await dragSelect(page, await findRange(page, '123 countries'));
    await page.keyboard.press('c');
    await settle(page);
    await page.keyboard.press('Tab');
    await clickNamed(page, 'editor.delete');
    let v = await ui(page);
    assert.equal((await state(page)).annotations, 0);
    assert.match(v.texts.toast, /^Annotation deleted \(\u201c123 countries\u201d\)\. Ctrl\+Z brings it back\.$/);
    assert.ok(v.rects['toast.action'], 'with an Undo button');
    assert.ok(inside(v.rects.toast, v.rects['reading.view']), 'shown over the article, whole');
    await shot(page, '15-42-deleted-notice');
    await clickNamed(page, 'toast.action');
    assert.equal((await state(page)).annotations, 1, 'Undo brought it back');

    // The Delete key says it too.
    await clickNamed(page, 'list.row0');
    await page.keyboard.press('Tab');
    await page.mouse.move(300, 500);
    await page.keyboard.press('Delete');
    await settle(page);
    assert.equal((await state(page)).annotations, 0);
    assert.match((await ui(page)).texts.toast, /^Annotation deleted/);
    await page.keyboard.press('Control+z');
    await settle(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    await settle(page);
    v = await ui(page);
    assert.equal(v.texts.toast, `Exported 1 annotation to \u201c${download.suggestedFilename()}\u201d in your downloads.`);
    await shot(page, '15-43-exported-notice');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('suggested claims: only the strongest few are outlined', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await clickNamed(page, 'menu.Claims');
    await clickNamed(page, 'Claims/Suggest claims');
    const v = await ui(page);
    const all = await page.evaluate(() => window.annotator.suggestions());
    const outlined = Number(v.texts['reading.outlined']);
    const text = await page.evaluate(() => window.annotator.articleText());
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim()).length;
    assert.ok(all.length > outlined, `${all.length} suggestions, ${outlined} outlined`);
    assert.ok(outlined <= Math.ceil(paragraphs / 4), `at most one per four paragraphs (${outlined} of ${paragraphs})`);
    // The outlined ones are the highest scores.
    const chosen = v.texts['reading.outlinedFirst'].split(',').map(Number);
    const weakestChosen = Math.min(...chosen.map((i) => all[i].score));
    const strongestLeft = Math.max(...all.filter((s, i) => !chosen.includes(i)).map((s) => s.score));
    assert.ok(weakestChosen >= strongestLeft);
    await page.mouse.move(1000, 700);
    await settle(page);
    await shot(page, '15-44-strongest-suggestions');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
