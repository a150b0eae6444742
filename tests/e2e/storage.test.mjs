// storage.test.mjs - nothing typed is lost, in a real browser with real IndexedDB: a note
// survives two quick reloads, the last keystrokes before a reload are kept, two tabs of one
// browser both keep their annotations, a storage that cannot be read (test hook) writes
// nothing until the reader decides, a full storage says what to do, the previous version's
// records move into the library untouched, a long file shows progress before the work, and
// a tab still loading learns what another tab saved meanwhile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, settle, shot, missingPrerequisite, ARTIFACTS } from './browser.mjs';
import { findRange, dragSelect, state, dropFile, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;

async function ready(page) {
  await page.waitForFunction(() => window.annotator !== undefined);
  await page.evaluate(() => window.annotator.ready);
  await settle(page);
}

// Marks `needle` as a claim with the keyboard and leaves the note field focused.
async function claim(page, needle) {
  await page.bringToFront();  // a page in the background draws no frames
  await dragSelect(page, await findRange(page, needle));
  await page.keyboard.press('c');
  await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
}

const notes = (page) => page.evaluate(() => window.annotator.annotations().map((a) => a.note));

test('a note typed just before a reload survives it, and the next quick reload too', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await claim(page, '123 countries');
    await page.keyboard.type('first part');
    await page.waitForTimeout(2500);  // joins the annotation (a pause)
    await page.keyboard.type(' and the last keys');
    await page.reload();  // at once: no flush, no pause
    await ready(page);
    assert.deepEqual(await notes(page), ['first part and the last keys']);
    await page.reload();  // again, straight after starting
    await ready(page);
    assert.deepEqual(await notes(page), ['first part and the last keys']);
    await page.waitForTimeout(500);
    await page.reload();
    await ready(page);
    assert.deepEqual(await notes(page), ['first part and the last keys']);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('two tabs of one browser: annotations made in either both survive', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    const second = await context.newPage();
    second.on('pageerror', (e) => b.errors.push(String(e)));
    await openApp(second, b.server.url);
    assert.equal((await state(second)).documentId, (await state(page)).documentId);

    // Told by the other tab: the annotation appears in the second tab without a reload.
    await claim(page, '123 countries');
    await page.keyboard.type('made in tab one');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.flush());
    await second.waitForFunction(() => window.annotator.annotations().length === 1, null, { timeout: 10000 });
    await settle(second);
    await shot(second, '20-second-tab');

    // The second tab deaf to the first (test hook): only the revision check stands
    // between them. Each adds one; none is lost.
    await second.evaluate(() => { window.annotatorTestHooks = { ignoreOtherTabs: true }; });
    await claim(page, 'Belt and Road summit');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.flush());
    await claim(second, 'Kyrgyzstan');
    await second.keyboard.type('made in tab two');
    await second.keyboard.press('Escape');
    await second.evaluate(() => window.annotator.flush());
    await page.waitForTimeout(300);
    await second.evaluate(() => window.annotator.flush());
    const inSecond = await second.evaluate(() => window.annotator.annotations().map((a) => a.exact).sort());
    assert.deepEqual(inSecond, ['123 countries', 'Belt and Road summit', 'Kyrgyzstan']);
    await page.waitForFunction(() => window.annotator.annotations().length === 3, null, { timeout: 10000 });

    await second.close();
    await page.reload();
    await ready(page);
    const after = await page.evaluate(() => window.annotator.annotations().map((a) => [a.exact, a.note]).sort());
    assert.deepEqual(after, [['123 countries', 'made in tab one'], ['Belt and Road summit', ''], ['Kyrgyzstan', 'made in tab two']]);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// The other tab writes while this one is still loading: its start-up read is older than
// the write, and the news arrives before the WebAssembly runs. Held until the app has
// started, the news still brings the annotation; mouse and keys while loading do nothing.
test('a tab still loading hears what another tab saved meanwhile; input while loading is harmless', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => window.annotator.flush());
    const second = await context.newPage();
    second.on('pageerror', (e) => b.errors.push(String(e)));
    let release;
    const held = new Promise((r) => { release = r; });
    await second.route('**/app.wasm*', async (route) => { await held; await route.continue(); });
    await second.goto(b.server.url);
    await second.waitForFunction(() => window.AnnotatorStorage !== undefined);
    await second.waitForTimeout(1000);  // its start-up read is done
    await second.mouse.move(200, 200);
    await second.mouse.move(300, 250);
    await second.keyboard.press('Shift');
    assert.equal(await second.evaluate(() => window.Module.calledRun === true), false, 'the module is held');

    await claim(page, '123 countries');
    await page.keyboard.type('made while the other loads');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.loadArticle('A second article\n\nOpened while the other tab loads.', { title: 'Second article' }));
    await page.evaluate(() => window.annotator.flush());
    await page.waitForTimeout(500);  // the news has reached the loading tab

    const early = await second.evaluate(() => {
      try { window.annotator.state(); return 'answered'; } catch (e) { return e.message; }
    });
    assert.match(early, /not started yet/);
    release();
    await second.bringToFront();
    await ready(second);
    await second.waitForFunction(() => window.annotator.annotations().length === 1, null, { timeout: 10000 });
    assert.deepEqual(await notes(second), ['made while the other loads']);
    // The library learnt of the article opened in the other tab meanwhile.
    await second.waitForFunction(() => window.annotator.documents().some((d) => d.title === 'Second article'), null, { timeout: 10000 });
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a storage that cannot be read says so and writes nothing until the reader decides', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    await claim(page, '123 countries');
    await page.keyboard.type('saved work');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.loadArticle('Another\n\nText with 4 words.'));
    await page.evaluate(() => window.annotator.flush());

    await context.addInitScript(() => { window.annotatorTestHooks = { failReads: 'UnknownError: Internal error opening backing store' }; });
    await page.reload();
    await ready(page);
    const st = await state(page);
    assert.equal(st.confirm, 'Your saved work could not be read');
    assert.equal(st.saving.blocked, true);
    await page.mouse.move(640, 700);
    await settle(page);
    await shot(page, '21-storage-unreadable');
    // Continue without saving (the second button), then work: nothing reaches storage.
    await clickNamed(page, 'confirm.alt');
    await settle(page);
    assert.equal((await state(page)).confirm, null);
    await claim(page, 'Belt and Road summit');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.flush());

    await context.clearCookies();
    await page.evaluate(() => { window.annotatorTestHooks = {}; });
    const fresh = await context.newPage();
    await fresh.addInitScript(() => { window.annotatorTestHooks = {}; });
    await openApp(fresh, b.server.url);
    const docs = await fresh.evaluate(() => window.annotator.documents());
    assert.deepEqual(docs.map((d) => d.title).sort(), ['Another', 'Russia’s Vladimir Putin visits ‘dear friend’ Xi Jinping in China']);
    const sample = docs.find((d) => d.title !== 'Another');
    assert.equal(sample.annotations, 1);
    await fresh.evaluate((id) => window.annotator.openDocument(id), sample.id);
    assert.deepEqual(await notes(fresh), ['saved work']);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a full storage says so plainly with the way out, and saving resumes', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => { window.annotatorTestHooks = { failWrites: 'quota' }; });
    await claim(page, '123 countries');
    await page.keyboard.type('kept in the tab');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.annotator.state().saving.failing, null, { timeout: 10000 });
    const st = await state(page);
    assert.equal(st.saving.quota, true);
    assert.match(st.saving.detail, /no room left/);
    assert.match(st.saving.detail, /File > Library/);
    assert.match(st.saving.detail, /export/i);
    assert.deepEqual(st.notices, [], 'no dialog: the keys typed stay in the note');
    // flush() settles although every write fails (the bookkeeping used to jam here).
    const settled = await page.evaluate(() => Promise.race([
      window.annotator.flush().then(() => 'settled'),
      new Promise((r) => setTimeout(() => r('stuck'), 5000))]));
    assert.equal(settled, 'settled');
    assert.deepEqual(await notes(page), ['kept in the tab']);
    await page.mouse.move(640, 700);
    await settle(page);
    await shot(page, '22-storage-full');

    // Room again (the reader deleted something elsewhere): the next change saves everything.
    await page.evaluate(() => { window.annotatorTestHooks = {}; });
    await claim(page, 'Belt and Road summit');
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.annotator.flush());
    assert.equal((await state(page)).saving.failing, false);
    await page.reload();
    await ready(page);
    const after = await page.evaluate(() => window.annotator.annotations().map((a) => [a.exact, a.note]).sort());
    assert.deepEqual(after, [['123 countries', 'kept in the tab'], ['Belt and Road summit', '']]);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a connection closed under a write: reported, opened again, saved; flush never hangs', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => { window.annotatorTestHooks = { closeDatabase: true }; });
    await claim(page, '123 countries');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.annotator.state().saving.failing, null, { timeout: 10000 });
    assert.match((await state(page)).saving.message, /^Not saved: /);
    // Tried again after a pause, on a connection opened again.
    await page.waitForFunction(() => !window.annotator.state().saving.failing, null, { timeout: 15000 });
    const settled = await page.evaluate(() => Promise.race([
      window.annotator.flush().then(() => 'settled'),
      new Promise((r) => setTimeout(() => r('stuck'), 5000))]));
    assert.equal(settled, 'settled');
    await page.reload();
    await ready(page);
    assert.equal((await state(page)).annotations, 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the previous version's saved work moves into the library, its records untouched", { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    // Version 1's layout, written from a page of the same origin before the app starts.
    await page.goto(b.server.url + 'assets/putin-xi-belt-and-road.txt');
    const text = 'An old article\n\nThe old version kept 12 notes about 3 towns.';
    const cps = Array.from(text);
    const quote = '12 notes';
    const start = Array.from(text.slice(0, text.indexOf(quote))).length;
    const id = 'urn:uuid:33333333-3333-4333-8333-333333333333';
    const records = {
      article: JSON.stringify({ version: 1, title: 'An old article', url: 'https://example.org/old', text }),
      annotations: JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [{ type: 'Annotation', id,
          body: [{ type: 'TextualBody', value: 'a saved note', purpose: 'commenting' }],
          target: { selector: [{ type: 'TextPositionSelector', start, end: start + quote.length },
            { type: 'TextQuoteSelector', exact: cps.slice(start, start + quote.length).join('') }] } }] },
      }),
      ui: JSON.stringify({ version: 1, fontPx: 23, dark: true, draft: { id, note: 'a saved note, then more typed' } }),
      dismissed: JSON.stringify({ sha256: 'not this article', keys: ['1:2'] }),
    };
    await page.evaluate((recs) => new Promise((resolve, reject) => {
      const req = indexedDB.open('article-annotator', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('state');
      req.onsuccess = () => {
        const tx = req.result.transaction('state', 'readwrite');
        for (const [k, v] of Object.entries(recs)) tx.objectStore('state').put(v, k);
        tx.oncomplete = () => { req.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    }), records);

    b.errors.length = 0;  // the text page's missing icon
    await openApp(page, b.server.url);
    const st = await state(page);
    assert.equal(st.title, 'An old article');
    assert.equal(st.fontPx, 23);
    assert.equal(st.dark, true);
    assert.deepEqual(await notes(page), ['a saved note, then more typed']);
    const docs = await page.evaluate(() => window.annotator.documents());
    assert.equal(docs.length, 1);
    assert.equal(docs[0].source, 'saved before the library');
    await page.evaluate(() => window.annotator.flush());
    await shot(page, '23-migrated');

    const old = await page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.open('article-annotator');
      req.onsuccess = () => {
        const db = req.result;
        const tx = db.transaction(['state', 'library'], 'readonly');
        const out = { state: {}, marker: null };
        for (const k of ['article', 'annotations', 'ui', 'dismissed']) {
          const r = tx.objectStore('state').get(k);
          r.onsuccess = () => { out.state[k] = r.result; };
        }
        const m = tx.objectStore('library').get('migrated-v1');
        m.onsuccess = () => { out.marker = m.result; };
        tx.oncomplete = () => { db.close(); resolve(out); };
      };
    }));
    assert.deepEqual(old.state, records, 'the old records are left exactly as they were');
    assert.ok(old.marker, 'moved once');
    await page.reload();
    await ready(page);
    assert.equal((await page.evaluate(() => window.annotator.documents())).length, 1);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a long article shows progress before the work starts', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(() => {
      window.statusSeen = [];
      new MutationObserver(() => window.statusSeen.push(document.getElementById('status').textContent))
        .observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
    });
    const para = 'The committee heard that 42 schools had closed since 2019, the report said. ';
    const big = 'A long report\n\n' + Array.from({ length: 2000 }, (_, i) => `(${i}) ` + para.repeat(8)).join('\n\n');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await dropFile(page, 'long-report.txt', big, 'text/plain');
    await page.waitForFunction(() => window.annotator.state().title === 'A long report', null, { timeout: 30000 });
    const seen = await page.evaluate(() => window.statusSeen);
    assert.ok(seen.some((t) => /^Opening “long-report\.txt” \(\d+\.\d MB\)…$/.test(t)), JSON.stringify(seen));
    assert.equal(seen[seen.length - 1], '', 'the message goes when the work is done');
    assert.deepEqual(b.errors, []);
    void path;
  } finally {
    await b.close();
  }
});
