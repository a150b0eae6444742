// share.test.mjs - share and publish in the app (issue 9): a share link made from the sample
// article with ten annotations opens in a fresh browser with the same annotations; a long
// article's link carries the annotations only and they anchor once the receiver opens the
// article; damaged links say so and change nothing; File > Export as... downloads every form
// and each parses; the HTML report downloaded from the app runs nothing and loads nothing
// with hostile notes. Everything is clicked by name (window.annotator.ui()).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { launch, openApp, settle, shot, missingPrerequisite, CHROMIUM, ARGS } from './browser.mjs';
import { findRange, dragSelect, state, ui, clickNamed, markClaim, download, parseCsv } from './helpers.mjs';
import { brownText } from './long-text.mjs';

const skip = missingPrerequisite() || false;
const SAMPLE_TITLE = 'Russia\u2019s Vladimir Putin visits \u2018dear friend\u2019 Xi Jinping in China';

// Ten phrases of the sample article, each on one line, with the key that marks them.
const TEN = [
  ['Belt and Road summit', 'c'], ['130 countries', 's'], ['dear friend', 'q'], ['Wednesday', 'd'],
  ['Hague-based', 'p'], ['arrest warrant', 'c'], ['123 countries', 's'],
  ['Kyrgyzstan', 'p'], ['former Soviet republic', 'c'], ['signature international projects', 'o'],
];

const NOTE = 'Checked: 130 or 140? See #3 & ask “Ana” 100% – ok';

// What a link carries, read as any program would: base64url, then raw DEFLATE (Node's zlib).
function decodeLink(link) {
  const m = /#share=v1\.([A-Za-z0-9_-]+)$/.exec(link);
  assert.ok(m, 'the link ends in #share=v1. and base64url: ' + link.slice(0, 80));
  return JSON.parse(zlib.inflateRawSync(Buffer.from(m[1], 'base64url')).toString('utf8'));
}

// Clicks `name` once a frame has drawn it (a menu's items appear a frame after it opens; a
// loaded machine may need a few).
async function clickShown(page, name, timeout = 10000) {
  const t0 = Date.now();
  while (!(await ui(page)).rects[name]) {
    if (Date.now() - t0 > timeout) throw new Error(`nothing named ${name} appeared`);
    await page.waitForTimeout(50);
  }
  return clickNamed(page, name);
}

// Closes the import report with Escape, as a reader does (again if a key was lost).
async function closeReport(page) {
  for (let i = 0; i < 5 && (await state(page)).report !== null; i++) {
    await page.keyboard.press('Escape');
    await settle(page);
  }
  assert.equal((await state(page)).report, null, 'the import report closed');
}

async function waitForText(page, name, timeout = 10000) {
  const t0 = Date.now();
  for (;;) {
    const t = (await ui(page)).texts[name];
    if (t !== undefined) return t;
    if (Date.now() - t0 > timeout) throw new Error(`nothing named ${name} appeared`);
    await page.waitForTimeout(50);
  }
}

// File > Share link..., until the dialog shows the link; returns its probe texts.
async function shareFromMenu(page) {
  await clickNamed(page, 'menu.File');
  await clickShown(page, 'File/Share link\u2026');
  const t0 = Date.now();
  for (;;) {
    const t = (await ui(page)).texts;
    if (t['share.status'] && t['share.status'] !== 'making') return t;
    if (Date.now() - t0 > 10000) throw new Error('the link was never made: ' + JSON.stringify(t));
    await page.waitForTimeout(50);
  }
}

function summary(anns) {
  return anns.map((a) => ({ exact: a.exact, start: a.start, end: a.end, category: a.category, note: a.note,
                            verdict: a.verdict, anchor: a.anchor }))
    .sort((a, b) => a.start - b.start);
}

async function openLink(page, link) {
  await page.goto(link);
  await page.waitForFunction(() => window.annotator !== undefined);
  await page.evaluate(() => window.annotator.ready);
  await settle(page);
}

test('a share link of the sample with ten annotations opens in a fresh browser with the same annotations',
  { skip, timeout: 240000 }, async () => {
    const sender = await launch();
    const receiver = await launch();
    try {
      const { page } = sender;
      await openApp(page, sender.server.url);
      for (const [i, [phrase, key]] of TEN.entries()) {
        await dragSelect(page, await findRange(page, phrase));
        await page.keyboard.press(key);
        await settle(page);
        // A note typed by the reader travels too (with characters a URL would mangle).
        if (i === 0) await page.keyboard.type(NOTE);
        await page.keyboard.press('Escape');
        await settle(page);
      }
      const sent = summary(await page.evaluate(() => window.annotator.annotations()));
      assert.equal(sent.length, 10);
      assert.ok(sent.every((a) => a.anchor === 'exact'));
      assert.ok(sent.some((a) => a.note === NOTE), 'the note was typed');

      const t = await shareFromMenu(page);
      assert.equal(t['share.status'], 'full', 'the sample is short enough to travel with its text');
      const link = t['share.link'];
      assert.ok(link.startsWith(sender.server.url + '#share=v1.'), link.slice(0, 80));
      assert.equal(Number(t['share.length']), link.length, 'the length shown is the link\'s');
      assert.equal(t['share.warning'] !== undefined, link.length > 8000, 'warned exactly above 8,000 characters');
      await shot(page, 'share-01-link-dialog');
      // The scripting API gives the same link.
      assert.equal(await page.evaluate(() => window.annotator.shareLink()), link);
      // What it carries is the W3C file with the article.
      const carried = decodeLink(link);
      assert.equal(carried.type, 'AnnotationCollection');
      assert.equal(carried.article.title, SAMPLE_TITLE);
      assert.equal(carried.article.text, await page.evaluate(() => window.annotator.articleText()));
      assert.equal(carried.first.items.length, 10);
      await clickShown(page, 'share.close');

      // A fresh browser (its own profile) opens the link.
      const r = receiver.page;
      await openLink(r, link);
      await r.waitForFunction(() => window.annotator.state().annotations === 10, null, { timeout: 15000 });
      const st = await state(r);
      assert.equal(st.title, SAMPLE_TITLE);
      assert.deepEqual(summary(await r.evaluate(() => window.annotator.annotations())), sent);
      assert.equal(st.report.exact, 10, JSON.stringify(st.report));
      assert.deepEqual(await r.evaluate(() => window.annotator.sharedLink()),
        { title: SAMPLE_TITLE, url: '', annotations: 10, waiting: false, adopted: false });
      assert.equal(await r.evaluate(() => location.hash), '', 'the link is taken out of the address');
      await shot(r, 'share-02-opened');
      // Undo takes the annotations back, redo brings them; nothing is lost on a reload.
      await closeReport(r);
      await r.evaluate(() => window.annotator.undo());
      assert.equal((await state(r)).annotations, 0);
      await r.evaluate(() => window.annotator.redo());
      assert.equal((await state(r)).annotations, 10);
      await r.evaluate(() => window.annotator.flush());
      await r.reload();
      await r.waitForFunction(() => window.annotator !== undefined);
      await r.evaluate(() => window.annotator.ready);
      await settle(r);
      assert.equal((await state(r)).annotations, 10, 'a reload neither loses nor doubles them');
      assert.deepEqual(sender.errors, []);
      assert.deepEqual(receiver.errors, []);
    } finally {
      await sender.close();
      await receiver.close();
    }
  });

test('a long article\'s link carries the annotations only; they anchor once the receiver opens the article',
  { skip, timeout: 240000 }, async () => {
    const sender = await launch();
    const receiver = await launch();
    try {
      const text = brownText(200000);
      const url = 'https://news.example.org/long-read';
      const { page } = sender;
      await openApp(page, sender.server.url);
      // A middling article still travels with its text, but its link is long: warned.
      await page.evaluate((t) => window.annotator.loadArticle(t, { title: 'Middling' }), brownText(30000));
      await settle(page);
      const mid = await shareFromMenu(page);
      assert.equal(mid['share.status'], 'full');
      assert.ok(mid['share.link'].length > 8000 && mid['share.link'].length <= 32 * 1024, String(mid['share.link'].length));
      assert.match(mid['share.warning'], /Longer than 8,000 characters/);
      await shot(page, 'share-03a-long-link-warning');
      await clickShown(page, 'share.close');
      await page.evaluate(([t, u]) => window.annotator.loadArticle(t, { title: 'A long read', url: u }), [text, url]);
      await settle(page);
      const quotes = ['read as one long article', 'The Fulton County Grand Jury'];
      for (const q of quotes) {
        await dragSelect(page, await findRange(page, q));
        await page.keyboard.press('c');
        await settle(page);
        await page.keyboard.press('Escape');
        await settle(page);
      }
      const sent = summary(await page.evaluate(() => window.annotator.annotations()));
      assert.equal(sent.length, 2);

      const t = await shareFromMenu(page);
      assert.equal(t['share.status'], 'annotations');
      const link = t['share.link'];
      assert.ok(link.length < 32 * 1024, 'the lean link fits: ' + link.length);
      await shot(page, 'share-03-long-link-dialog');
      const carried = decodeLink(link);
      assert.equal(carried.article.text, undefined, 'no article text in the link');
      assert.match(carried.article.sha256, /^[0-9a-f]{64}$/);
      assert.equal(carried.article.url, url);
      assert.equal(carried.first.items.length, 2);
      await clickShown(page, 'share.close');

      // The receiver is told which article to open; nothing is added yet.
      const r = receiver.page;
      await openLink(r, link);
      const waiting = await waitForText(r, 'share.waiting');
      assert.match(waiting, /2 annotations on \u201cA long read\u201d/);
      const before = await state(r);
      assert.equal(before.annotations, 0);
      assert.equal(before.documents, 1);
      await shot(r, 'share-04-waiting');
      await clickShown(r, 'share.ok');
      // The receiver opens the article (here through the scripting API, as the bookmarklet does).
      await r.evaluate(([tx, u]) => window.annotator.loadArticle(tx, { title: 'A long read', url: u }), [text, url]);
      await settle(r);
      const got = summary(await r.evaluate(() => window.annotator.annotations()));
      assert.deepEqual(got, sent);
      const st = await state(r);
      assert.equal(st.report.exact, 2, JSON.stringify(st.report));
      assert.match(st.report.source, /share link/);
      assert.equal((await r.evaluate(() => window.annotator.sharedLink())).adopted, true);
      assert.equal(await r.evaluate(() => location.hash), '');
      await shot(r, 'share-05-anchored');
      assert.deepEqual(sender.errors, []);
      assert.deepEqual(receiver.errors, []);
    } finally {
      await sender.close();
      await receiver.close();
    }
  });

test('damaged and foreign share links show a message and lose nothing', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await markClaim(page, '123 countries');
    const before = { anns: await page.evaluate(() => window.annotator.annotations()),
                     docs: await page.evaluate(() => window.annotator.documents()) };
    const good = await page.evaluate(() => window.annotator.shareLink());
    const payload = good.slice(good.indexOf('#share=v1.') + 10);
    const cases = [
      ['#share=v1.' + payload.slice(0, 40) + '%20' + payload.slice(40), /damaged/],  // mangled by a chat app
      ['#share=v1.' + payload.slice(0, payload.length >> 1), /cannot be unpacked|damaged/],  // cut short
      ['#share=v9.' + payload, /newer version/],
      ['#share=' + payload, /#share=v1\./],
      ['#share=v1.' + Buffer.from(zlib.deflateRawSync('{"not": "annotations"}')).toString('base64url'), /not an annotation file|which article/],
    ];
    let n = 0;
    for (const [fragment, why] of cases) {
      await page.goto(b.server.url + fragment);  // the same page: the address's fragment changes
      await page.waitForFunction(() => window.annotator.state().notices.length > 0, null, { timeout: 10000 });
      const st = await state(page);
      assert.match(st.notices[0], /^This share link could not be opened: /);
      assert.match(st.notices[0], why, fragment.slice(0, 30));
      const shown = (await ui(page)).texts.notice;
      assert.match(shown, /share link could not be opened/);
      if (n++ === 0) await shot(page, 'share-06-damaged');
      await clickShown(page, 'notice.ok');
      assert.deepEqual(await page.evaluate(() => window.annotator.annotations()), before.anns);
      assert.deepEqual(await page.evaluate(() => window.annotator.documents()), before.docs);
      assert.equal(await page.evaluate(() => location.hash), '', 'the damaged link is not kept to be said again');
    }
    // A fragment of another kind is not ours to judge.
    await page.goto(b.server.url + '#section-2');
    await settle(page);
    assert.deepEqual((await state(page)).notices, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// Each payload would set window.__pwned (or open a dialog) if it ever ran.
const HOSTILE_NOTES = [
  '<script>window.__pwned = "script"</script>',
  '"><img src=x onerror="window.__pwned=\'img\'">',
  '</style></textarea><svg onload="window.__pwned=\'svg\'">',
];

// Downloads the open document in `probe`'s form through File > Export as....
async function exportAs(page, probe, fill = async () => {}) {
  await clickNamed(page, 'menu.File');
  await clickShown(page, 'File/Export as\u2026');
  await clickShown(page, probe);
  await fill();
  return download(page, () => clickShown(page, 'export.download'));
}

test('File > Export as downloads every form, each parses; the HTML report runs and loads nothing',
  { skip, timeout: 240000 }, async () => {
    const b = await launch();
    const { page } = b;
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      await openApp(page, b.server.url);
      // Three annotations with hostile notes, one with a verdict.
      const text = await page.evaluate(() => window.annotator.articleText());
      const items = ['130 countries', '123 countries', 'arrest warrant'].map((q, i) => ({
        type: 'Annotation', id: 'urn:x:' + i,
        body: [{ type: 'TextualBody', purpose: 'commenting', value: HOSTILE_NOTES[i] },
               { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
               ...(i === 0 ? [{ type: 'TextualBody', purpose: 'assessing', value: 'mostly-true' }] : [])],
        target: { selector: { type: 'TextQuoteSelector', exact: q } },
      }));
      assert.ok(text.includes('130 countries'));
      const rep = await page.evaluate((j) => window.annotator.importJson(j), JSON.stringify(items));
      assert.equal(rep.exact + rep.moved, 3, JSON.stringify(rep));
      await closeReport(page);

      // The HTML report, from the dialog.
      await clickNamed(page, 'menu.File');
      await clickShown(page, 'File/Export as\u2026');
      await clickShown(page, 'export.html');
      await shot(page, 'share-07-export-dialog');
      await clickShown(page, 'export.cancel');
      const html = await exportAs(page, 'export.html');
      assert.match(html.name, /\.report\.html$/);
      const context = await browser.newContext();
      const rp = await context.newPage();
      const requests = [], dialogs = [];
      rp.on('request', (q) => requests.push(q.url()));
      rp.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      await rp.route('**/*', (route) => route.request().url().endsWith('/report.html')
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.text })
        : route.abort());
      await rp.goto('http://report.invalid/report.html');
      await rp.waitForTimeout(300);
      const seen = await rp.evaluate(() => ({
        pwned: window.__pwned, text: document.body.innerText,
        elements: ['script', 'img', 'svg', 'iframe'].map((t) => document.getElementsByTagName(t).length),
        marks: document.querySelectorAll('mark').length,
      }));
      assert.equal(seen.pwned, undefined, 'a payload ran');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(requests, ['http://report.invalid/report.html'], 'nothing but the page is fetched');
      assert.deepEqual(seen.elements, [0, 0, 0, 0]);
      for (const n of HOSTILE_NOTES) assert.ok(seen.text.includes(n), 'shown literally: ' + n);
      assert.equal(seen.marks, 3);
      await shot(rp, 'share-08-app-report');
      await context.close();

      // CSV: a header and one row per annotation, the notes as written.
      const csv = await exportAs(page, 'export.csv');
      assert.match(csv.name, /\.csv$/);
      const rows = parseCsv(csv.text);
      assert.deepEqual(rows[0].slice(0, 4), ['id', 'exact', 'prefix', 'suffix']);
      assert.equal(rows.length, 4);
      const note = rows[0].indexOf('note');
      assert.deepEqual(rows.slice(1).map((r) => r[note]).sort(), [...HOSTILE_NOTES].sort());

      // Markdown: the quotes.
      const md = await exportAs(page, 'export.markdown');
      assert.match(md.name, /\.md$/);
      for (const q of ['130 countries', '123 countries', 'arrest warrant']) assert.ok(md.text.includes(q));

      // W3C JSON: the app's own file, three annotations.
      const w3c = await exportAs(page, 'export.w3c');
      assert.match(w3c.name, /\.annotations\.json$/);
      assert.equal(JSON.parse(w3c.text).first.items.length, 3);

      // ClaimReview with the dialog's details typed in: the verified annotation only.
      const cr = await exportAs(page, 'export.claimreview', async () => {
        await clickShown(page, 'export.url');
        await page.keyboard.type('https://checks.example/putin-xi');
        await clickShown(page, 'export.publisher');
        await page.keyboard.type('Example Checks');
        await settle(page);
        await shot(page, 'share-09-claimreview-dialog');
      });
      assert.match(cr.name, /\.claimreview\.jsonld$/);
      const reviews = JSON.parse(cr.text);
      assert.equal(reviews.length, 1);
      assert.equal(reviews[0]['@type'], 'ClaimReview');
      assert.equal(reviews[0].url, 'https://checks.example/putin-xi');
      assert.equal(reviews[0].author.name, 'Example Checks');
      assert.equal(reviews[0].reviewRating.alternateName, 'Mostly true');
      assert.match(reviews[0].datePublished, /^\d{4}-\d\d-\d\d$/);
      // Two unverified ones are left out, and the dialog says so.
      const warned = await waitForText(page, 'export.warnings');
      assert.match(warned, /2 unverified annotations have no verdict/);
      await shot(page, 'share-10-claimreview-warnings');
      await clickShown(page, 'export.cancel');
      assert.equal((await ui(page)).rects.dialog, undefined, 'the dialog closed');
      assert.deepEqual(b.errors, []);
    } finally {
      await browser.close();
      await b.close();
    }
  });

// Drops several files on the page at once, as dragging a selection from the desktop does.
async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [n, c] of list) dt.items.add(new File([c], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForTimeout(100);
  await settle(page);
}

test('several files dropped at once: ids met twice are reported, page notes listed by their note, nothing replaced',
  { skip, timeout: 120000 }, async () => {
    const b = await launch();
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      const dated = { created: '2026-11-01T10:00:00Z', modified: '2026-11-01T10:00:00Z' };
      const one = (note, extra = {}) => ({ type: 'Annotation', id: 'urn:x:1', bodyValue: note, ...dated, ...extra,
        target: { selector: { type: 'TextQuoteSelector', exact: '123 countries' } } });
      const pageNote = { type: 'Annotation', id: 'urn:x:page', bodyValue: 'Page note: the headline oversells it', ...dated,
        target: 'https://www.aljazeera.com/news/putin-xi' };
      await dropFiles(page, [
        ['a.json', JSON.stringify([one('first')])],
        ['b.json', JSON.stringify([one('says something else', { modified: '2026-11-02T10:00:00Z' }), pageNote])],
        ['broken.json', '{"items": ['],
      ]);
      await page.waitForFunction(() => window.annotator.state().report !== null, null, { timeout: 10000 });
      const st = await state(page);
      assert.equal(st.report.source, '3 files');
      assert.equal(st.annotations, 3, 'both versions of urn:x:1 and the page note');
      assert.deepEqual(st.report.orphanNotes, ['Page note: the headline oversells it']);
      assert.deepEqual(st.report.orphans, [], 'no empty quote for the page note');
      const notices = (await ui(page)).texts['report.notices'];
      assert.match(notices, /b\.json: \[0\]: its id urn:x:1 is also used by a\.json \[0\], which says something else/);
      assert.match(notices, /broken\.json: not imported/);
      await shot(page, 'share-11-several-files-report');
      await closeReport(page);
      // A single import of the changed one again: reported, the document's own kept.
      const r = await page.evaluate((j) => window.annotator.importJson(j),
        JSON.stringify([one('changed again', { modified: '2026-11-03T10:00:00Z' })]));
      assert.equal(r.notices.length, 1, JSON.stringify(r));
      const anns = await page.evaluate(() => window.annotator.annotations());
      assert.equal(anns.find((a) => a.id === 'urn:x:1').note, 'first');
      assert.equal(anns.length, 4);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });

test('several files made on an older version of the article: the report offers that version, with their annotations',
  { skip, timeout: 120000 }, async () => {
    const b = await launch();
    const { page } = b;
    try {
      await openApp(page, b.server.url);
      const sampleId = (await page.evaluate(() => window.annotator.documents())).find((d) => d.open).id;
      // Two people annotated an older copy (one sentence differs) and sent their files.
      const older = (await page.evaluate(() => window.annotator.articleText()))
        .replace('123 countries that are members', '124 countries that are members');
      const made = await page.evaluate((t) => window.annotator.loadArticle(t), older);
      await settle(page);
      await markClaim(page, '124 countries');
      const first = await page.evaluate(() => window.annotator.exportJson());
      await page.evaluate(() => window.annotator.undo());
      await markClaim(page, 'Kyrgyzstan');
      const second = await page.evaluate(() => window.annotator.exportJson());
      await page.evaluate((id) => window.annotator.deleteDocument(id), made.id);
      await page.evaluate((id) => window.annotator.openDocument(id), sampleId);
      await settle(page);
      assert.equal((await page.evaluate(() => window.annotator.documents())).length, 1);

      await dropFiles(page, [['ada.json', first], ['ben.json', second]]);
      await page.waitForFunction(() => window.annotator.state().report !== null, null, { timeout: 10000 });
      assert.equal((await state(page)).report.articleDiffers, true);
      const v = await ui(page);
      assert.match(v.texts['report.versions'], /words, theirs \d+\. They differ from paragraph \d+ on/);
      assert.ok(v.rects['report.openInstead'], 'the report offers their version');
      await shot(page, 'share-12-several-files-older-version');
      await clickNamed(page, 'report.openInstead');
      await settle(page);
      const docs = await page.evaluate(() => window.annotator.documents());
      assert.equal(docs.length, 2, 'their version is a document beside the open one');
      const opened = docs.find((d) => d.open);
      assert.equal(opened.source, 'ada.json, ben.json');
      assert.equal(await page.evaluate(() => window.annotator.articleText()), older);
      const anns = await page.evaluate(() => window.annotator.annotations());
      assert.deepEqual(anns.map((a) => [a.exact, a.anchor]).sort(), [['124 countries', 'exact'], ['Kyrgyzstan', 'exact']]);
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  });
