// a11y.test.mjs - the mirror for screen readers (issue 11): Chromium's accessibility tree
// (DevTools Accessibility.getFullAXTree) holds the article's text, each annotation as a
// mark whose description gives its category, verdict and note, the annotation list as
// buttons, and a live region that says what happened; focus and selection in the mirror
// move the app, and the app's selection moves the focus in the mirror. The mirror is sent
// only when something changed, and holds only the paragraphs near the view of a 5 MB text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, dropFile, state, ui } from './helpers.mjs';
import { brownText } from './long-text.mjs';

const skip = missingPrerequisite() || false;

async function axTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const val = (p) => (p && p.value !== undefined ? String(p.value) : '');
  // A mark's name is prohibited by ARIA: its text is that of its children.
  const textOf = (n) => val(n.name) || (n.childIds || []).map((id) => byId.get(id)).filter(Boolean).map(textOf).join('');
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: val(n.role), name: val(n.role) === 'mark' ? textOf(n) : val(n.name), description: val(n.description),
    live: (n.properties || []).some((p) => p.name === 'live' && val(p.value) === 'polite'),
    children: (n.childIds || []).map((id) => byId.get(id)).filter(Boolean),
  }));
}

async function liveText(page) {
  await page.waitForTimeout(80);  // the live region is emptied, then filled a moment later
  return page.evaluate(() => document.getElementById('a11y-live').textContent);
}

test('the accessibility tree holds the article, each annotation with its note, and the list', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    const cdp = await context.newCDPSession(page);
    await dragSelect(page, await findRange(page, '123 countries'));
    await page.keyboard.press('c');
    await settle(page);
    assert.equal(await liveText(page), 'Claim added: 123 countries', 'the live region says what happened');
    await page.keyboard.type('The ICC lists 124 now.');
    await page.keyboard.press('Escape');
    await dragSelect(page, await findRange(page, 'dear friend'));
    await page.keyboard.press('q');
    await settle(page);
    await page.keyboard.press('Escape');
    await settle(page);
    const anns = await page.evaluate(() => window.annotator.annotations());
    assert.equal(anns.length, 2);

    const tree = await axTree(cdp);
    const text = await page.evaluate(() => window.annotator.articleText());
    const firstSentence = text.split('\n').filter(Boolean)[1].slice(0, 60);
    assert.ok(tree.some((n) => n.role === 'StaticText' && n.name.includes(firstSentence.slice(0, 40))),
      'the article\'s text is in the tree: ' + firstSentence);
    const heading = tree.find((n) => n.role === 'heading');
    assert.ok(heading && heading.name.length > 10, 'the title is a heading');
    const marks = tree.filter((n) => n.role === 'mark');
    const claimMark = marks.find((n) => n.name === '123 countries');
    assert.ok(claimMark, 'the claim is a mark named by its quote: ' + marks.map((m) => m.name).join(' | '));
    assert.match(claimMark.description, /Claim/);
    assert.match(claimMark.description, /Verdict: /);
    assert.match(claimMark.description, /The ICC lists 124 now\./, 'its note describes it');
    assert.ok(marks.some((n) => n.name.includes('dear friend') && /Quote/.test(n.description)));
    const list = tree.find((n) => n.role === 'list' && n.children.length === 2);
    assert.ok(list, 'the annotation list is a list of two');
    const buttons = tree.filter((n) => n.role === 'button' && /\u201C123 countries\u201D/.test(n.name));
    assert.equal(buttons.length, 1);
    assert.match(buttons[0].name, /^Claim, .*: \u201C123 countries\u201D\. Note: The ICC lists 124 now\.$/);
    assert.ok(tree.some((n) => n.role === 'status' && n.live), 'a polite live region');
    assert.ok(tree.some((n) => n.role === 'menubar'), 'the menus have a menu bar role');
    const snapshot = await page.locator('#a11y-mirror').ariaSnapshot();
    assert.match(snapshot, /mark: 123 countries/);

    // Mirror -> app: focusing a list button selects that annotation.
    const [early, late] = anns.slice().sort((x, y) => x.start - y.start);
    await page.focus(`#a11y-list button[data-id="${early.id}"]`);
    await settle(page);
    assert.equal((await state(page)).selected, early.id);
    // App -> mirror: N moves the app to the next annotation, and the focus here follows.
    await page.keyboard.press('n');
    await settle(page, 4);
    assert.equal((await state(page)).selected, late.id);
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return { ids: e.dataset.ids || e.dataset.id || '', current: e.getAttribute('aria-current') };
    });
    assert.ok(focused.ids.split(' ').includes(late.id), 'the focus followed: ' + JSON.stringify(focused));
    assert.equal(focused.current, 'true');
    // Selecting text in the mirror selects it in the app.
    await page.keyboard.press('Escape');
    const r = await findRange(page, 'Belt and Road');
    await page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.getElementById('a11y-article'), NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(needle);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + needle.length);
          document.getSelection().removeAllRanges();
          document.getSelection().addRange(range);
          return;
        }
      }
      throw new Error('not in the mirror: ' + needle);
    }, 'Belt and Road');
    await settle(page, 4);
    assert.deepEqual((await state(page)).selection, [r.start, r.end]);
    // C from the mirror marks it; the note takes the keyboard, and Escape gives it back here.
    await page.focus('#a11y-list button');
    await page.keyboard.press('c');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'note-field', null, { timeout: 10000 });
    assert.equal(await liveText(page), 'Claim added: Belt and Road');
    await page.keyboard.type('Marked from the mirror.');
    await page.keyboard.press('Escape');
    await settle(page, 4);
    assert.ok(await page.evaluate(() => document.activeElement.closest('#a11y-mirror') !== null), 'back in the mirror');
    const added = (await page.evaluate(() => window.annotator.annotations())).find((a) => a.exact === 'Belt and Road');
    assert.equal(added.note, 'Marked from the mirror.');

    // App -> mirror: a selection made in the app (Ctrl+A) is the mirror's selection too.
    await page.focus('#a11y-article p');
    await page.keyboard.press('Control+a');
    await settle(page, 4);
    const selected = await page.evaluate(() => document.getSelection().toString());
    const last = text.trim().split('\n').filter(Boolean).pop();
    assert.ok(selected.includes(firstSentence.slice(0, 40)) && selected.includes(last.slice(-30)),
      'the whole article is selected in the mirror');
    await page.keyboard.press('Escape');

    // A notice is an alertdialog in the mirror, and is announced.
    await dropFile(page, 'broken.json', '{"type": "AnnotationCollection", ');
    await settle(page, 4);
    const dlg = (await axTree(cdp)).find((n) => n.role === 'alertdialog');
    assert.ok(dlg, 'the notice is an alertdialog');
    assert.match(dlg.description + ' ' + dlg.name, /broken\.json/);
    assert.match(await liveText(page), /broken\.json/);

    // Sent when something changes, not every frame.
    const n0 = Number((await ui(page)).texts['a11y.updates']);
    await page.evaluate(() => window.annotator.stepFrames(30));
    const n1 = Number((await ui(page)).texts['a11y.updates']);
    assert.equal(n1, n0, 'thirty frames without a change send nothing');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a 5 MB article: the mirror holds the paragraphs near the view, and follows the view', { skip, timeout: 240000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const text = brownText(5 * 1024 * 1024);
    await page.evaluate((t) => window.annotator.loadArticle(t, { title: 'Brown' }), text);
    await settle(page);
    const count = () => page.evaluate(() => document.querySelectorAll('#a11y-article [data-s]').length);
    const firstStart = () => page.evaluate(() => Number(document.querySelector('#a11y-article > [data-s]').dataset.s));
    const n = await count();
    assert.ok(n > 20 && n < 400, `a window of paragraphs, not the whole text (${n} elements)`);
    assert.equal(await firstStart(), 0);
    const t0 = Date.now();
    await page.evaluate(() => window.annotator.scrollBy(2000000));
    await settle(page, 4);
    const moved = await firstStart();
    assert.ok(moved > 100000, 'the window moved with the view: ' + moved);
    assert.ok(Date.now() - t0 < 5000);
    const st = await state(page);
    assert.ok(moved <= st.topCp, 'it holds the paragraph at the top of the view');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
