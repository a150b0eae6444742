// helpers.mjs - steps the end-to-end tests share: find text in the article, select it with
// the real mouse, create an annotation with a key, drop a file on the page, catch a download.
import fs from 'node:fs';
import { settle } from './browser.mjs';

// Code-point range of the first occurrence of `needle` in the open article.
export async function findRange(page, needle) {
  return page.evaluate((n) => {
    const t = window.annotator.articleText();
    const i = t.indexOf(n);
    if (i < 0) throw new Error('not in the article: ' + n);
    const start = Array.from(t.slice(0, i)).length;
    return { start, end: start + Array.from(n).length };
  }, needle);
}

// Drags across [start, end) with the mouse, as a reader would (the range must sit on one line).
export async function dragSelect(page, { start, end }) {
  const r = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [start, end]);
  await settle(page);
  const y = r.y + r.height / 2;
  await page.mouse.move(r.x + 1, y);
  await page.mouse.down();
  await page.mouse.move(r.x + r.width * 0.5, y, { steps: 5 });
  await page.mouse.move(r.x + r.width - 1, y, { steps: 5 });
  await page.mouse.up();
  await settle(page);
  return r;
}

// Selects `needle` with the mouse, marks it as a claim with C, and leaves the note with
// Escape (which closes the editor). Returns its code-point range.
export async function markClaim(page, needle) {
  const r = await findRange(page, needle);
  await dragSelect(page, r);
  await page.keyboard.press('c');
  await settle(page);
  await page.keyboard.press('Escape');
  await settle(page);
  return r;
}

// The file the browser downloads while `action` runs: its suggested name and its text.
export async function download(page, action) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), action()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync(await d.path(), 'utf8') };
}

// RFC 4180 rows (quoted fields may hold commas, doubled quotes and line breaks; CRLF rows).
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export async function state(page) {
  return page.evaluate(() => window.annotator.state());
}

// Dispatches a drop of a file with `content` on the page, as dragging it from the desktop does.
export async function dropFile(page, name, content, type = 'application/json') {
  await page.evaluate(([n, c, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([c], n, { type: t }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, content, type]);
  // The page reads the file asynchronously.
  await page.waitForTimeout(100);
  await settle(page);
}

// `n` clicks at one point (double- and triple-click), each press in its own frame.
export async function clicks(page, x, y, n) {
  await page.mouse.move(x, y);
  for (let i = 1; i <= n; i++) {
    await page.mouse.down({ clickCount: i });
    await page.mouse.up({ clickCount: i });
    await settle(page, 1);
  }
  await settle(page);
}

// What the last frame drew where (window.annotator.ui(): named boxes and texts).
export async function ui(page) {
  await settle(page, 2);
  return page.evaluate(() => window.annotator.ui());
}

// The box the last frame drew for `name`, waiting (as playwright waits for an element) up
// to `timeout` ms for it to be drawn: panels slide in, menus open a frame late under load.
// Fails the test when it never is.
export async function box(page, name, timeout = 8000) {
  const until = Date.now() + timeout;
  for (;;) {
    const r = (await ui(page)).rects[name];
    if (r) return r;
    if (Date.now() > until) throw new Error(`nothing named ${name} on screen`);
    await page.waitForTimeout(50);
  }
}

// Waits until no dialog is drawn (a dialog closed by a key goes a frame or more later under
// load, and a click before then lands on it).
export async function dialogClosed(page, timeout = 8000) {
  const until = Date.now() + timeout;
  while ((await ui(page)).rects.dialog) {
    if (Date.now() > until) throw new Error('the dialog stayed open');
    await page.waitForTimeout(50);
  }
}

// Closes the dialog a call just opened (an import's report) with Escape: waits for it to be
// drawn first (under load it opens a frame or more later, and an Escape before then is
// lost), then until it is gone.
export async function closeDialog(page) {
  await box(page, 'dialog');
  await page.keyboard.press('Escape');
  await dialogClosed(page);
}

// Clicks the middle of what the last frame drew as `name`, with the real mouse.
export async function clickNamed(page, name, options = {}) {
  const r = await box(page, name);
  await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2, options);
  await settle(page);
  return r;
}

// Waits until the reading view has stopped moving (its smooth scroll reached its target).
export async function scrollSettled(page, timeout = 10000) {
  const t0 = Date.now();
  for (;;) {
    const s = (await ui(page)).texts['reading.scroll'];
    const [pos, target] = s.split(',').map(Number);
    if (Math.abs(pos - target) < 0.01) return { pos, target, max: Number(s.split(',')[2]) };
    if (Date.now() - t0 > timeout) throw new Error('the view kept moving: ' + s);
    await page.waitForTimeout(50);
  }
}

// [start, end] of a probe text such as "reading.firstLine".
export function span(text) {
  const [start, end] = text.split(',').map(Number);
  return { start, end };
}

// Keeps the app drawing frame after frame, as it does while a hand moves the mouse (an
// idle app draws its first frame after a pause with a long time step, which hides
// animation bugs).
export async function wiggle(page, x, y) {
  await page.mouse.move(x, y);
  await page.mouse.move(x + 6, y + 4, { steps: 4 });
}
