// scripts.test.mjs - every script on screen (issues 11 and 12) in a real browser: a mixed
// article (CJK, emoji, Indic, Thai, Arabic, Hebrew...) is drawn with no missing glyph, the
// fonts for other scripts fetched only when a document needs them; Chinese wraps between
// ideographs; Arabic reads right to left, a word selected with the mouse is that word, its
// highlight lies over it, and Shift+arrows move the caret on screen (left is forward).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { state, findRange, dragSelect, ui, box, dropFile } from './helpers.mjs';

const skip = missingPrerequisite() || false;

const MIXED = [
  'Every script on screen',
  'English: the minister said 123 countries signed the accord.',
  '中文：世界卫生组织今天表示，全球疫苗接种率有所上升。',
  '日本語：東京都は新しい計画を発表しました。ひらがなとカタカナ。',
  '한국어: 서울시는 새로운 계획을 발표했습니다.',
  'Emoji: 😀 🎉 👍 ✅',
  'Ελληνικά: Η κυβέρνηση ανακοίνωσε νέα μέτρα.',
  'Русский: Правительство объявило новые меры.',
  'हिन्दी: सरकार ने नए उपायों की घोषणा की।',
  'ไทย: รัฐบาลประกาศมาตรการใหม่',
  'العربية: أعلنت الحكومة عن إجراءات جديدة في عام 2024.',
  'עברית: הממשלה הודיעה על צעדים חדשים.',
].join('\n\n');

const ARABIC = [
  'الحكومة تعلن خطة جديدة',
  'أعلنت الحكومة اليوم عن خطة جديدة لدعم التعليم في المدارس الحكومية، وقال الوزير إن الخطة ستشمل ' +
    'أكثر من 500 مدرسة في جميع أنحاء البلاد خلال العام المقبل.',
  'وأضاف أن منظمة الصحة العالمية (WHO) رحبت بالقرار.',
].join('\n\n');

// The script fonts the page asks for, by file name, as they are requested. They come packed
// (NAME.gz): the names without it.
function scriptFontRequests(page) {
  const names = [];
  page.on('request', (r) => { if (r.url().includes('/fonts/scripts/')) names.push(r.url().split('/').pop().replace(/\.gz$/, '')); });
  return names;
}

async function waitDrawn(page, timeout = 60000) {
  await page.waitForFunction(() => window.annotator.state().missingGlyphs === 0, null, { timeout });
  await settle(page, 5);
}

// Lines the view shows whole, as [start, end) code point ranges.
async function visibleLines(page) {
  const t = (await ui(page)).texts['reading.visibleLines'];
  return t.split(';').filter(Boolean).map((s) => s.split(',').map(Number));
}

test('a mixed article draws every character and fetches only the fonts it needs', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  const fetched = scriptFontRequests(page);
  try {
    await openApp(page, b.server.url);
    await page.evaluate((t) => window.annotator.loadArticle(t), MIXED);
    await waitDrawn(page);
    const st = await state(page);
    assert.equal(st.missingGlyphs, 0, 'missing: ' + st.missingCodePoints.join(' '));
    assert.equal(st.shapedLayout, true, 'laid out by the text engine');
    // The article has kana: its kanji (and the Chinese line's hanzi) take the Japanese face.
    for (const f of ['cjk-ja-1.ttf', 'hangul-1.ttf', 'symbols.ttf', 'devanagari.ttf', 'thai.ttf', 'arabic.ttf', 'hebrew.ttf']) {
      assert.ok(st.scriptFonts.includes(f), f + ' loaded: ' + st.scriptFonts.join(' '));
    }
    assert.ok(fetched.includes('cjk-ja-1.ttf'), 'fetched: ' + fetched.join(' '));
    assert.ok(!fetched.includes('cjk-1.ttf') && !fetched.includes('cjk-2.ttf') && !fetched.includes('bengali.ttf') &&
      !fetched.includes('georgian.ttf'), 'no font the article does not need: ' + fetched.join(' '));
    await shot(page, '60-mixed-scripts');

    // A note in another script reaches the interface fonts too.
    const r = await findRange(page, 'minister');
    await dragSelect(page, r);
    await page.keyboard.press('c');
    await settle(page);
    assert.equal((await page.evaluate(() => window.annotator.annotations()))[0].exact, 'minister');
    // The note field has focus: a note in Georgian (a script the article does not use)
    // fetches its font; the list shows the note.
    await page.keyboard.insertText('შემოწმება 核实 ✅');
    await settle(page, 5);
    assert.equal((await page.evaluate(() => window.annotator.annotations()))[0].note, 'შემოწმება 核实 ✅');
    await page.waitForFunction(() => window.annotator.state().scriptFonts.includes('georgian.ttf'), null, { timeout: 30000 });
    await waitDrawn(page);
    await page.keyboard.press('Escape');
    await settle(page, 5);
    await shot(page, '60-mixed-scripts-note');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// A kanji shared with Chinese is drawn the way each language writes it: 骨 (bone) differs
// between the Chinese and the Japanese face. The glyph drawn for it is read back as pixels.
test('kanji in a Japanese article take Japanese shapes; the same character in Chinese keeps the Chinese one', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page } = b;
  const fetched = scriptFontRequests(page);
  try {
    await openApp(page, b.server.url);
    const glyph = async () => {
      const r = await findRange(page, '骨骨骨');
      const box = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.start + 1]);
      await settle(page, 3);
      return page.screenshot({ clip: { x: Math.round(box.x), y: Math.round(box.y), width: 24, height: 24 } });
    };
    const zh = await page.evaluate(() => window.annotator.loadArticle('中文标题\n\n骨骨骨，这是中文。'));
    await waitDrawn(page);
    const chinese = await glyph();
    assert.ok(fetched.includes('cjk-1.ttf') && !fetched.includes('cjk-ja-1.ttf'), 'Chinese: the shared face only: ' + fetched.join(' '));
    await page.evaluate(() => window.annotator.loadArticle('日本語の見出し\n\n骨骨骨、これは日本語です。'));
    await page.waitForFunction(() => window.annotator.state().scriptFonts.includes('cjk-ja-1.ttf'), null, { timeout: 60000 });
    await waitDrawn(page);
    const japanese = await glyph();
    assert.ok(!japanese.equals(chinese), 'the Japanese shape differs from the Chinese one');
    await shot(page, '61b-japanese-kanji');
    // Back to the Chinese document: its character looks as before (the comparison means something).
    await page.evaluate((id) => window.annotator.openDocument(id), zh.id);
    await waitDrawn(page);
    assert.ok((await glyph()).equals(chinese), 'the Chinese document draws the same pixels again');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Chinese wraps between ideographs, not only at spaces', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const han = '世界卫生组织今天表示全球疫苗接种率有所上升专家认为这一趋势将会持续下去'.repeat(6);
    const text = '标题\n\nABC ' + han + '。\n\nEnd.';
    await page.evaluate((t) => window.annotator.loadArticle(t), text);
    await waitDrawn(page);
    const cps = Array.from(text);
    const paraStart = cps.indexOf('A');
    const lines = (await visibleLines(page)).filter(([s]) => s >= paraStart && s < paraStart + 4 + Array.from(han).length);
    assert.ok(lines.length >= 3, 'the paragraph wraps onto several lines: ' + JSON.stringify(lines));
    // The first line takes ideographs after "ABC ", where the old layout broke at the space.
    assert.ok(lines[0][1] > paraStart + 4 + 5, 'ideographs fill the first line: ' + JSON.stringify(lines[0]));
    const isHan = (c) => /\p{Script=Han}/u.test(c);
    for (const [, end] of lines.slice(0, -1)) {
      assert.ok(isHan(cps[end - 1]) && isHan(cps[end]), `break at ${end} between two ideographs`);
    }
    await shot(page, '61-chinese-wrap');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('Arabic reads right to left; a word selected with the mouse is that word', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate((t) => window.annotator.loadArticle(t), ARABIC);
    await waitDrawn(page);
    const view = (await ui(page)).rects['reading.view'];
    const word = 'التعليم';
    const r = await findRange(page, word);
    const box = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.end]);
    // Right to left: the paragraph's first word stands at the right of the column; its first
    // letter right of its last.
    const first = await findRange(page, 'أعلنت');
    const fb = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [first.start, first.end]);
    assert.ok(fb.x > view.x + view.width / 2, 'the first word at the right: ' + JSON.stringify(fb));
    const a = await page.evaluate((s) => window.annotator.rangeRect(s, s + 1), first.start);
    const z = await page.evaluate((s) => window.annotator.rangeRect(s, s + 1), first.end - 1);
    assert.ok(a.x > z.x, `first letter (x ${a.x}) right of the last (x ${z.x})`);
    assert.ok(box.width > 10, 'the word has a box: ' + JSON.stringify(box));
    // The line's first logical character lies right of its last.
    const line = (await visibleLines(page)).find(([s, e]) => s <= first.start && first.start < e);
    const lineEnd = await page.evaluate((s) => window.annotator.rangeRect(s, s + 1), line[1] - 2);
    assert.ok(a.x > lineEnd.x + view.width / 4, `line start (x ${a.x}) far right of its end (x ${lineEnd.x})`);

    await dragSelect(page, r);
    const sel = (await state(page)).selection;
    assert.deepEqual(sel, [r.start, r.end], 'the selection is the word, in logical offsets');
    // The drag ended at the word's right edge: its first letter. Shift+Left moves the caret
    // left on screen, which in Arabic is forward in the text; Shift+Right brings it back.
    await page.keyboard.press('Shift+ArrowLeft');
    await settle(page);
    assert.deepEqual((await state(page)).selection, [r.start + 1, r.end]);
    await page.keyboard.press('Shift+ArrowRight');
    await settle(page);
    assert.deepEqual((await state(page)).selection, [r.start, r.end]);
    await page.keyboard.press('c');
    await settle(page);
    const anns = await page.evaluate(() => window.annotator.annotations());
    assert.equal(anns.length, 1);
    assert.equal(anns[0].exact, word);
    assert.equal(anns[0].start, r.start);
    assert.equal(anns[0].end, r.end);
    // The highlight is drawn over the word's glyphs: where rangeRect says the word is.
    const hl = (await ui(page)).rects['reading.selectedBox'];
    assert.ok(Math.abs(hl.x - box.x) < 2 && Math.abs(hl.width - box.width) < 2,
      `highlight ${JSON.stringify(hl)} over the word ${JSON.stringify(box)}`);
    await shot(page, '62-arabic-selected');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

const HEBREW = [
  'הממשלה הודיעה על תוכנית חדשה',
  'הממשלה הודיעה היום על תוכנית חדשה לתמיכה בחינוך בבתי הספר, והשר אמר שהתוכנית תכלול ' +
    'בתי ספר רבים בכל רחבי הארץ בשנה הבאה.',
].join('\n\n');

test('a long right-to-left note wraps in reading order: its first words on the first line', { skip, timeout: 120000 }, async () => {
  const b = await launch({ width: 800, height: 600 });
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await page.evaluate((t) => window.annotator.loadArticle(t), HEBREW);
    await waitDrawn(page);
    // The title is set in the script's bold cut (fetched with the regular one).
    await page.waitForFunction(() => window.annotator.state().scriptFonts.includes('hebrew-bold.ttf'), null, { timeout: 30000 });
    await waitDrawn(page);
    const r = await findRange(page, 'בחינוך');
    await dragSelect(page, r);
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    const note = 'לפי משרד החינוך מדובר במאה ועשרים בתי ספר בלבד ולא בכל רחבי הארץ כפי שנאמר בהודעה ' +
      'ולכן הטענה מוגזמת ויש לבדוק אותה מול הנתונים הרשמיים של המשרד';
    await page.keyboard.insertText(note);
    await page.keyboard.press('Escape');
    await waitDrawn(page);
    const hl = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.end]);
    await settle(page);
    await page.mouse.move(hl.x + hl.width / 2, hl.y + hl.height / 2);
    await box(page, 'reading.tooltip');
    const shown = (await ui(page)).texts['reading.tooltipNote'];
    const lines = shown.split('\n');
    assert.ok(lines.length >= 3, 'the note wraps: ' + shown);
    // Each line is drawn left to right in visual order: read back right to left, the lines
    // from top to bottom are the note from its start.
    const read = lines.map((l) => Array.from(l).reverse().join(''));
    assert.ok(note.startsWith(read[0]), 'the first line holds the first words: ' + read[0]);
    assert.equal(read.join(' '), note, 'top to bottom, the whole note in order');
    // The list's row shows the note's first words too (cut where it goes on, at the left),
    // whole characters only.
    const row = (await ui(page)).texts['list.rowNote0'];
    assert.ok(row.startsWith('\u2026'), 'cut at the left: ' + row);
    assert.ok(!row.includes('\uFFFD'), 'no broken character: ' + row);
    assert.ok(note.startsWith(Array.from(row.slice(1)).reverse().join('')), 'the first words: ' + row);
    await shot(page, '63-hebrew-note-wrapped');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// A page marked dir="rtl" sets every paragraph right to left, as the browser showed it, even
// one that starts with a Latin name or a number (its text alone would make it left to right).
test('a web page marked right to left keeps its direction, also after a reload', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    const para = (i) => `<p>WHO ${2020 + i}: أعلنت منظمة الصحة العالمية اليوم عن خطة جديدة لدعم المستشفيات في المدن ` +
      `والقرى، وقال المتحدث إن الخطة ستشمل أكثر من ${100 + i} مستشفى خلال العام المقبل في جميع أنحاء البلاد.</p>`;
    const html = '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خطة جديدة للمستشفيات</title></head>' +
      '<body><article><h1>خطة جديدة للمستشفيات</h1>' + [0, 1, 2, 3, 4].map(para).join('') + '</article></body></html>';
    await dropFile(page, 'page.html', html, 'text/html');
    await page.waitForFunction(() => window.annotator.articleText().includes('WHO 2020'), null, { timeout: 20000 });
    await waitDrawn(page);
    const check = async () => {
      const view = (await ui(page)).rects['reading.view'];
      const r = await findRange(page, 'WHO 2020');
      const box = await page.evaluate(([s, e]) => window.annotator.rangeRect(s, e), [r.start, r.end]);
      // Right to left: "WHO 2020", first in the text, stands at the paragraph's right end.
      assert.ok(box.x > view.x + view.width / 2, 'the first words at the right: ' + JSON.stringify(box));
    };
    await check();
    await shot(page, '64-rtl-page');
    await page.evaluate(() => window.annotator.flush());
    await page.reload();
    await page.waitForFunction(() => window.annotator !== undefined);
    await page.evaluate(() => window.annotator.ready);
    await waitDrawn(page);
    await check();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// The budget holds for the bytes the page really downloads from a server that compresses
// nothing (the test server, like `./build-wasm.sh serve`): the module and the fonts come
// gzipped and the page unpacks them (app-glue.js fetchPacked).
test('a Latin article fetches no script font and downloads under 2 MB', { skip, timeout: 120000 }, async () => {
  const b = await launch();
  const { page } = b;
  const sizes = new Map();
  page.on('response', async (r) => {
    try {
      const body = await r.body();
      sizes.set(r.url(), { raw: body.length, gzip: gzipSync(body).length, encoding: r.headers()['content-encoding'] || '' });
    } catch { /* redirects have no body */ }
  });
  try {
    await openApp(page, b.server.url);
    await settle(page, 10);
    const st = await state(page);
    assert.equal(st.missingGlyphs, 0);
    assert.equal(st.shapedLayout, false, 'Latin keeps the fast layout');
    assert.deepEqual(st.scriptFonts, []);
    const urls = [...sizes.keys()];
    assert.ok(!urls.some((u) => u.includes('/fonts/scripts/')), 'no script font: ' + urls.join(' '));
    assert.ok(urls.some((u) => u.endsWith('/app.wasm.gz')) && !urls.some((u) => u.endsWith('/app.wasm')),
      'the module comes packed: ' + urls.join(' '));
    assert.ok([...sizes.values()].every((n) => n.encoding === ''), 'the server compressed nothing itself');
    const raw = [...sizes.values()].reduce((s, n) => s + n.raw, 0);
    console.log(`Latin article page: ${raw} bytes downloaded`);
    assert.ok(raw < 2 * 1000 * 1000, `download ${raw} bytes`);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
