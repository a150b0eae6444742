// evidence.test.mjs - evidence links (issue 15, item 8): a link opens in a new tab with a
// plain click (the app stays as it was); editing it is a separate button; something that
// is not a web address ("see p. 4 of the report") is kept as a source note, shown
// differently and not opened; hovering the highlight lists the links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;

test('a link opens in a new tab on click; a source note stays a note; hover lists them', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    const r = await findRange(page, '123 countries');
    await dragSelect(page, r);
    await page.keyboard.press('c');
    await settle(page);
    await page.keyboard.press('Tab');  // out of the note field
    // A link (a page of the test server stands in for the web) and a source note.
    const link = b.server.url + 'assets/putin-xi-belt-and-road.txt';
    await clickNamed(page, 'editor.newEvidence');
    await page.keyboard.type(link);
    await page.keyboard.press('Enter');
    await settle(page);
    await clickNamed(page, 'editor.newEvidence');
    await page.keyboard.type('see p. 4 of the report');
    await page.keyboard.press('Enter');
    await settle(page);
    const anns = await page.evaluate(() => window.annotator.annotations());
    assert.deepEqual(anns[0].links, [link, 'see p. 4 of the report'], 'both kept, in order');
    const v = await ui(page);
    assert.ok(v.rects['editor.evidence0.link'], 'the address is shown as a link');
    assert.ok(v.rects['editor.evidence1.note'], 'the other as a source note');
    assert.equal(v.rects['editor.evidence1.link'], undefined, 'which is not a link');
    await shot(page, '15-50-evidence');

    // One click on the link: a new tab with that page; the editor stays as it was.
    const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 15000 }), clickNamed(page, 'editor.evidence0.link')]);
    await tab.waitForLoadState();
    assert.equal(tab.url(), link);
    await tab.close();
    assert.equal((await state(page)).editorOpen, true);
    assert.equal((await ui(page)).rects['editor.evidence0.edit'], undefined, 'a click opens, it does not edit');

    // A click on the source note opens nothing.
    let opened = false;
    const onPage = () => { opened = true; };
    context.on('page', onPage);
    await clickNamed(page, 'editor.evidence1.note');
    await page.waitForTimeout(500);
    context.off('page', onPage);
    assert.equal(opened, false);

    // Editing is its own button; "www." addresses get their https://.
    await clickNamed(page, 'editor.evidence0.editButton');
    assert.ok((await ui(page)).rects['editor.evidence0.edit'], 'now editable as text');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('www.icc-cpi.int/states-parties');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal((await page.evaluate(() => window.annotator.annotations()))[0].links[0], 'https://www.icc-cpi.int/states-parties');

    // Hovering the highlight lists both.
    await page.keyboard.press('Escape');
    await settle(page);
    const hl = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.end]);
    await settle(page);
    await page.mouse.move(hl.x + hl.width / 2, hl.y + hl.height / 2);
    await settle(page, 4);
    const tv = await ui(page);
    assert.ok(tv.rects['reading.tooltip'], 'the hover note shows');
    assert.equal(tv.texts['reading.tooltipLinks'], 'https://www.icc-cpi.int/states-parties\nsee p. 4 of the report\n');
    await shot(page, '15-51-evidence-hover');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
