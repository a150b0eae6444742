// report.test.mjs - the HTML report (`annotator export --format html`) opened in Chromium with
// hostile titles, quotes, notes, categories, authors and links: nothing runs, nothing is
// fetched, every string shows literally, links exist only for http(s). Checked twice: as
// written (with its Content-Security-Policy), and with that policy removed, so escaping alone
// is shown to hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, ARGS, ROOT, ARTIFACTS } from './browser.mjs';
import { startServer } from './server.mjs';

const ANNOTATOR = path.join(ROOT, 'build', 'native', 'annotator');
function missing() {
  let reason = null;
  if (!fs.existsSync(ANNOTATOR)) reason = `no ${ANNOTATOR} (build it first)`;
  else if (!fs.existsSync(CHROMIUM)) reason = `no browser at ${CHROMIUM}`;
  if (reason && process.env.ANNOTATOR_E2E_REQUIRED) throw new Error(reason);
  return reason;
}
const skip = missing() || false;

// Each payload would set window.__pwned (or open a dialog, or fetch) if it ever ran.
const HOSTILE = {
  title: 'Budget </title><script>window.__pwned="title"</script>',
  quote: '</style><script>window.__pwned="quote"</script>',
  note: '"><img src=x onerror="window.__pwned=\'note\'"></textarea><script>alert(1)</script>',
  category: '</textarea><svg onload="window.__pwned=\'category\'">',
  author: '<iframe src="http://127.0.0.1:9/frame"></iframe>',
  links: [
    'javascript:window.__pwned="link"',
    'data:text/html,<script>window.__pwned="data"</script>',
    'https://evidence.example/"><script>window.__pwned="href"</script>',
  ],
};

function hostileFile() {
  const text = `${HOSTILE.title}\n\nThe report said ${HOSTILE.quote} and more.\n\nA second paragraph with 12% in it.\n`;
  const cps = (s) => Array.from(s).length;
  const at = (needle) => {
    const i = text.indexOf(needle);
    return { start: cps(text.slice(0, i)), end: cps(text.slice(0, i)) + cps(needle) };
  };
  const item = (id, range, category, verdict, note, extra = {}) => ({
    id, type: 'Annotation',
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: category },
      { type: 'TextualBody', purpose: 'assessing', value: verdict },
      { type: 'TextualBody', purpose: 'commenting', value: note },
      ...HOSTILE.links.map((l) => ({ type: 'TextualBody', purpose: 'linking', value: l })),
    ],
    target: { selector: [{ type: 'TextPositionSelector', ...range }] },
    ...extra,
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: HOSTILE.title,
    article: { title: HOSTILE.title, url: 'javascript:window.__pwned="source"', text },
    items: [
      item('urn:x:1', at(HOSTILE.quote), HOSTILE.category, 'false', HOSTILE.note,
           { creator: { type: 'Person', name: HOSTILE.author } }),
      item('urn:x:2', at('12%'), 'statistic', 'misleading', 'plain note'),
      { id: 'urn:x:3', type: 'Annotation', bodyValue: HOSTILE.note,
        target: { selector: { type: 'TextQuoteSelector', exact: 'Words this article never had, not even close.' } } },
    ],
  };
}

async function inspect(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [], dialogs = [], errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForTimeout(300);  // time for anything that would load or run
  const seen = await page.evaluate(() => ({
    pwned: window.__pwned,
    text: document.body.innerText,
    title: document.title,
    elements: ['script', 'img', 'iframe', 'svg', 'textarea', 'object', 'embed']
      .map((t) => [t, document.getElementsByTagName(t).length]),
    hrefs: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
    marks: Array.from(document.querySelectorAll('mark'), (m) => ({
      text: m.textContent,
      described: (m.getAttribute('aria-describedby') || '').split(' ')
        .map((id) => document.getElementById(id) !== null),
    })),
    headings: Array.from(document.querySelectorAll('h1, h2'), (h) => h.textContent),
  }));
  return { page, context, requests, dialogs, errors, seen };
}

test('the HTML report runs nothing, loads nothing and shows hostile strings literally',
  { skip, timeout: 120000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-report-'));
    const server = await startServer(dir);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    try {
      fs.writeFileSync(path.join(dir, 'hostile.json'), JSON.stringify(hostileFile()));
      execFileSync(ANNOTATOR, ['export', path.join(dir, 'hostile.json'), '--format', 'html',
                               '-o', path.join(dir, 'report.html')]);
      const report = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
      // The same page without its policy: escaping alone must hold.
      const bare = report.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
      assert.notEqual(bare, report, 'the report has a Content-Security-Policy meta tag');
      fs.writeFileSync(path.join(dir, 'no-csp.html'), bare);

      for (const name of ['report.html', 'no-csp.html']) {
        const url = server.url + name;
        const { page, context, requests, dialogs, errors, seen } = await inspect(browser, url);
        assert.equal(seen.pwned, undefined, `${name}: a payload ran`);
        assert.deepEqual(dialogs, [], `${name}: a dialog opened`);
        assert.deepEqual(errors, [], `${name}: page errors`);
        assert.deepEqual(requests, [url], `${name}: only the page itself is fetched`);
        for (const [tag, n] of seen.elements) assert.equal(n, 0, `${name}: a <${tag}> element was made`);
        for (const href of seen.hrefs)
          assert.ok(/^(https?:|#)/.test(href), `${name}: a link that is not http(s): ${href}`);
        assert.ok(seen.hrefs.some((h) => h.startsWith('https://evidence.example/%22%3E%3Cscript')));
        // Every string shows as the text it is.
        assert.equal(seen.title, `Fact-check report: ${HOSTILE.title}`);
        for (const s of [HOSTILE.title, HOSTILE.quote, HOSTILE.category, HOSTILE.author, ...HOSTILE.links])
          assert.ok(seen.text.includes(s), `${name}: not shown literally: ${s}`);
        assert.ok(seen.text.includes(HOSTILE.note.split('\n')[0]));
        // Two annotations in the text, each mark described by notes that exist.
        assert.ok(seen.marks.some((m) => m.text === HOSTILE.quote));
        assert.ok(seen.marks.some((m) => m.text === '12%'));
        for (const m of seen.marks) assert.ok(m.described.length > 0 && m.described.every(Boolean));
        assert.deepEqual(seen.headings.slice(1),
          ['Summary', 'The article', 'Notes', 'Not found in the article']);
        if (name === 'report.html') {
          fs.mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: path.join(ARTIFACTS, 'report-hostile.png'), fullPage: true });
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
