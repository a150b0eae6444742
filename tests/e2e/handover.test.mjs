// handover.test.mjs - "Annotate this page": a news-like page served from a second origin
// runs the bookmarklet; the annotator opens in a new tab with only the article's text and
// the page's address as the annotations' source. Also: the panel under Help, messages
// that do not follow the protocol (or come from elsewhere) being ignored, and rich-text
// paste going through the same extraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { startServer } from './server.mjs';
import { state, findRange, dragSelect, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;

const HEADLINE = 'Council expands bus network';
const PARAGRAPHS = [
  'The city council voted on Tuesday to expand the bus network, adding twelve routes, three night lines and a new depot in the northern district, officials said.',
  'Supporters of the plan, including the transport union and several business groups, argued that the change would cut commuting times by a fifth, although critics said the figures had not been checked independently.',
  'The project will cost 48 million euros over four years, according to the budget published last month, and will be paid for partly by a regional grant, partly by higher parking fees in the centre.',
  'Opposition members, who abstained, said the council had ignored a report from its own auditors, which warned in March that ridership forecasts were too optimistic.',
];
const ARTICLE_TEXT = [HEADLINE, ...PARAGRAPHS].join('\n\n');
const NEWS_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${HEADLINE} | City Herald</title><meta property="og:site_name" content="City Herald"><link rel="icon" href="data:,"></head>
<body><header><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<main><article><h1>${HEADLINE}</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<div class="share-tools"><a href="#">Share on Facebook</a></div></article>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/a">Mayor resigns after audit</a></li></ol></aside></main>
<section id="comments"><h2>3 comments</h2><p>Great news, finally, for everyone who rides these buses!</p></section>
<footer><p>Copyright City Herald</p></footer>
<iframe id="frame" src="frame.html"></iframe>
</body></html>`;

// The news site: a second server, so a second origin (another port).
async function startNewsSite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-news-'));
  fs.writeFileSync(path.join(dir, 'news.html'), NEWS_HTML);
  fs.writeFileSync(path.join(dir, 'frame.html'), '<!doctype html><p>an embedded frame</p>');
  const server = await startServer(dir);
  return { ...server, pageUrl: server.url + 'news.html', async stop() { await server.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

async function waitForArticle(page, title) {
  await page.waitForFunction((t) => window.annotator && window.annotator.state && (() => {
    try { return window.annotator.state().title === t; } catch (e) { return false; }
  })(), title, { timeout: 60000 });
  await settle(page);
}

test('the bookmarklet hands a page from another origin to a new annotator tab', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const news = await startNewsSite();
  try {
    const app = b.page;
    await openApp(app, b.server.url);
    const sample = await app.evaluate(() => window.annotator.articleText());

    // The panel under Help offers the same link that window.annotator.bookmarklet() returns.
    const bookmarklet = await app.evaluate(() => window.annotator.bookmarklet());
    assert.ok(bookmarklet.startsWith('javascript:'), bookmarklet.slice(0, 40));
    assert.ok(decodeURIComponent(bookmarklet).includes(JSON.stringify(b.server.url)), 'names the app\'s address');
    // Help > "Annotate this page: the bookmarklet…", clicked by name (menus move as menus are added).
    await clickNamed(app, 'menu.Help');
    await clickNamed(app, 'Help/Annotate this page: the bookmarklet\u2026');
    assert.equal(await app.getAttribute('#bookmarklet-link', 'href'), bookmarklet);
    assert.ok(await app.isVisible('#bookmarklet-panel'));
    await shot(app, '20-bookmarklet-panel');
    await app.click('#bookmarklet-panel button');
    assert.ok(!(await app.isVisible('#bookmarklet-panel')));

    // A reader on the news site clicks the bookmark (a real click: pop-ups need one).
    const reader = await b.context.newPage();
    await reader.goto(news.pageUrl);
    await reader.evaluate((href) => {
      window.replies = [];
      window.addEventListener('message', (e) => { if (e.data && e.data.type === 'annotator:opened') window.replies.push(e.data); });
      const a = document.createElement('a');
      a.id = 'bookmark';
      a.href = href;
      a.textContent = 'Annotate this page';
      document.body.prepend(a);
    }, bookmarklet);
    const [tab] = await Promise.all([b.context.waitForEvent('page'), reader.click('#bookmark')]);
    await waitForArticle(tab, HEADLINE);

    assert.equal(await tab.evaluate(() => window.annotator.articleText()), ARTICLE_TEXT);
    const st = await state(tab);
    assert.equal(st.confirm, null, 'opened without asking: the reader asked for it');
    assert.equal(new URL(tab.url()).hash, '', 'the #handover mark is gone, so a reload starts normally');
    await reader.waitForFunction(() => window.replies.length === 1);
    const reply = (await reader.evaluate(() => window.replies))[0];
    assert.deepEqual([reply.ok, reply.title], [true, HEADLINE]);
    await shot(tab, '21-handed-over-article');

    // An annotation on it names the page as its source.
    await tab.bringToFront();
    await dragSelect(tab, await findRange(tab, '48 million euros'));
    await tab.keyboard.press('c');
    await tab.keyboard.press('Escape');
    await settle(tab);
    const exported = JSON.parse(await tab.evaluate(() => window.annotator.exportJson()));
    const items = exported.first ? exported.first.items : exported.items;
    assert.equal(items.length, 1);
    assert.equal(items[0].target.source, news.pageUrl);

    // Nothing is lost: undo goes back to the article that was open.
    await tab.evaluate(() => { window.annotator.undo(); window.annotator.undo(); });
    await settle(tab);
    assert.equal(await tab.evaluate(() => window.annotator.articleText()), sample);
    assert.deepEqual(b.errors, []);
  } finally {
    await news.stop();
    await b.close();
  }
});

test('only protocol messages from the opener, about the opener\'s own page, are accepted', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const news = await startNewsSite();
  try {
    // The news page opens the annotator itself, as a browser extension following the
    // documented protocol would, and then tries messages that must be ignored.
    const reader = b.page;
    await reader.goto(news.pageUrl);
    const appUrl = b.server.url + '#handover';
    const [tab] = await Promise.all([
      b.context.waitForEvent('page'),
      reader.evaluate((u) => {
        window.ready = false;
        window.addEventListener('message', (e) => { if (e.data && e.data.type === 'annotator:ready') window.ready = true; });
        window.w = window.open(u, '_blank');
      }, appUrl),
    ]);
    await reader.waitForFunction(() => window.ready, null, { timeout: 60000 });
    await tab.waitForFunction(() => window.annotator.state().title.length > 0);
    const sampleTitle = (await state(tab)).title;
    const origin = new URL(news.pageUrl).origin;

    await reader.evaluate(([html, url]) => {
      const page = (extra) => ({ type: 'annotator:page', protocol: 1, url, html, ...extra });
      window.w.postMessage({ type: 'something-else', html, url }, '*');           // not the protocol
      window.w.postMessage(page({ protocol: 2 }), '*');                            // another version
      window.w.postMessage(page({ url: 'https://elsewhere.example/story' }), '*'); // not its own address
      window.w.postMessage(page({ html: 42 }), '*');                               // no HTML
      // Same origin, but another window than the opener: an embedded frame.
      document.getElementById('frame').contentWindow.eval(
        'parent.w.postMessage(' + JSON.stringify(page({})) + ', "*")');
    }, [NEWS_HTML, news.pageUrl]);
    await tab.waitForTimeout(1000);
    await settle(tab);
    assert.equal((await state(tab)).title, sampleTitle, 'nothing was opened');
    assert.equal(origin, new URL(news.pageUrl).origin);

    // The real thing is then accepted.
    await reader.evaluate(([html, url]) => window.w.postMessage({ type: 'annotator:page', protocol: 1, url, html }, '*'),
      [NEWS_HTML, news.pageUrl]);
    await waitForArticle(tab, HEADLINE);
    assert.equal(await tab.evaluate(() => window.annotator.articleText()), ARTICLE_TEXT);
    // And only once.
    await reader.evaluate(([url]) => window.w.postMessage({ type: 'annotator:page', protocol: 1, url, html: '<p>Second page</p>' }, '*'),
      [news.pageUrl]);
    await tab.waitForTimeout(500);
    assert.equal((await state(tab)).title, HEADLINE);
    assert.deepEqual(b.errors, []);
  } finally {
    await news.stop();
    await b.close();
  }
});

test('rich text pasted from a page opens its article, through the same extraction', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate(([html, text]) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, [NEWS_HTML, 'Home Sport Weather ' + ARTICLE_TEXT + ' 3 comments']);
    await settle(page);
    // A new document of the library: nothing to confirm, the sample stays.
    assert.equal((await state(page)).confirm, null);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), ARTICLE_TEXT);
    assert.equal((await page.evaluate(() => window.annotator.documents())).length, 2);

    // Markup with no text in it: the plain text is used.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/html', '<img src="chart.png">');
      dt.setData('text/plain', 'A chart of bus routes\n\nWith a caption.');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await settle(page);
    assert.equal(await page.evaluate(() => window.annotator.articleText()), 'A chart of bus routes\n\nWith a caption.');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
