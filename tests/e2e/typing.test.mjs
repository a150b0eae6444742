// typing.test.mjs - typing the way the world types (issue 11, "Typing"): an input method's
// composition (pinyin, kana), a dead-key sequence and AltGr characters reach the search
// field, the evidence field and the note, each character once. Driven through Chromium's
// DevTools protocol as the system would: Input.imeSetComposition while composing (with
// the keyCode-229 keys an input method sends), then Input.insertText to commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { findRange, dragSelect, state, ui, clickNamed } from './helpers.mjs';

const skip = missingPrerequisite() || false;

// Keys an input method swallows: keydown with keyCode 229 ("Process"), then keyup.
async function imeKey(cdp, code) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code, windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
}

// Types `reading` key by key as composition updates, shows `shown`, then commits `commit`.
async function compose(page, cdp, reading, commit) {
  let sofar = '';
  for (const ch of reading) {
    await imeKey(cdp, 'Key' + ch.toUpperCase());
    sofar += ch;
    await cdp.send('Input.imeSetComposition', { text: sofar, selectionStart: sofar.length, selectionEnd: sofar.length });
  }
  await cdp.send('Input.imeSetComposition', { text: commit, selectionStart: commit.length, selectionEnd: commit.length });
  await settle(page, 2);
  await cdp.send('Input.insertText', { text: commit });
  await settle(page, 2);
}

// A dead key (´ on a French or German layout), then e: é.
async function deadKey(page, cdp, accent, letter, result) {
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.imeSetComposition', { text: accent, selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: letter, code: 'Key' + letter.toUpperCase(), windowsVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: result });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: letter, code: 'Key' + letter.toUpperCase(), windowsVirtualKeyCode: letter.toUpperCase().charCodeAt(0) });
  await settle(page, 2);
}

// AltGr with a key: € on E, @ on Q (German), as Chromium on Linux reports it: an AltGraph
// key held (keyCode 225), then the key with its character and no Ctrl or Alt.
async function altGr(page, cdp, code, ch) {
  const vk = code.slice(3).charCodeAt(0);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'AltGraph', code: 'AltRight', windowsVirtualKeyCode: 225 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, code, windowsVirtualKeyCode: vk, text: ch, unmodifiedText: ch });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, code, windowsVirtualKeyCode: vk });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'AltGraph', code: 'AltRight', windowsVirtualKeyCode: 225 });
  await settle(page, 2);
}

function agentBox(page) {
  return page.evaluate(() => {
    const a = document.getElementById('text-agent');
    const r = a.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, focused: document.activeElement === a,
      composing: a.classList.contains('composing'), value: a.value };
  });
}

test('input methods, dead keys and AltGr type into the note, the search and the evidence field', { skip, timeout: 180000 }, async () => {
  const b = await launch();
  const { page, context } = b;
  try {
    await openApp(page, b.server.url);
    const cdp = await context.newCDPSession(page);

    // The note (a real text area of the page): a Japanese note composed with kana.
    await dragSelect(page, await findRange(page, '123 countries'));
    await page.keyboard.press('c');
    await page.waitForFunction(() => window.annotator.state().wantTextInput, null, { timeout: 20000 });
    await compose(page, cdp, 'nihon', '日本');
    await deadKey(page, cdp, '\u00B4', 'e', 'é');
    await altGr(page, cdp, 'KeyE', '€');
    await page.keyboard.press('Escape');
    await settle(page);
    let anns = await page.evaluate(() => window.annotator.annotations());
    assert.equal(anns[0].note, '日本é€', 'the note holds each composed, accented and AltGr character once');

    // The search field (ImGui's own): the text agent holds the keyboard at its caret.
    const search = await clickNamed(page, 'list.search');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 10000 });
    // Composing: the agent stands at the field's caret, showing what is being composed.
    for (const ch of 'nihon') await imeKey(cdp, 'Key' + ch.toUpperCase());
    await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
    await settle(page, 3);
    const agent = await agentBox(page);
    assert.ok(agent.focused && agent.composing, 'the agent has the keyboard and shows the composition');
    assert.ok(agent.y >= search.y - 4 && agent.y <= search.y + search.height, `at the field's line (${agent.y} vs ${search.y})`);
    assert.ok(agent.x >= search.x && agent.x <= search.x + search.width, 'at the field\'s caret');
    await shot(page, '11-typing-composing-search');
    let texts = (await ui(page)).texts;
    assert.ok(!/search/.test(texts['list.count']), 'nothing typed before the composition is committed: ' + texts['list.count']);
    await cdp.send('Input.insertText', { text: '日本' });
    await settle(page, 3);
    texts = (await ui(page)).texts;
    assert.equal(texts['list.count'], '1 of 1 shown: search \u201C日本\u201D', 'the committed text, once, with no n, i, h, o');
    assert.equal((await agentBox(page)).value, '', 'the agent is emptied after each commit');
    // Backspace is still the field's key: two presses remove the two characters.
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('Backspace');
      await settle(page, 2);
    }
    await deadKey(page, cdp, '^', 'e', 'ê');
    await altGr(page, cdp, 'KeyQ', '@');
    await page.keyboard.type('x');
    texts = (await ui(page)).texts;
    assert.equal(texts['list.count'], '0 of 1 shown: search \u201Cê@x\u201D', 'dead key, AltGr and a plain key, each once');
    await clickNamed(page, 'list.clearSearch');

    // The evidence field of the editor: pinyin, a dead key, AltGr, an emoji from the picker.
    await clickNamed(page, 'list.row0');
    assert.equal((await state(page)).editorOpen, true);
    await page.keyboard.press('Tab');  // out of the note
    await clickNamed(page, 'editor.newEvidence');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-agent', null, { timeout: 10000 });
    await compose(page, cdp, 'xinwen', '新闻');
    await deadKey(page, cdp, '\u00B4', 'e', 'é');
    await altGr(page, cdp, 'KeyE', '€');
    await cdp.send('Input.insertText', { text: '🙂' });
    await page.keyboard.type(' ok');
    await page.keyboard.press('Enter');
    await settle(page);
    anns = await page.evaluate(() => window.annotator.annotations());
    assert.deepEqual(anns[0].links, ['新闻é€🙂 ok']);
    // What was typed is drawn, not "?": the fonts for it are fetched like an article's.
    await page.waitForFunction(() => window.annotator.state().missingGlyphs === 0, null, { timeout: 30000 });
    await settle(page, 3);
    await shot(page, '11-typing-evidence');
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a tap on a text field focuses the agent inside the gesture (phone keyboards open)', { skip, timeout: 120000 }, async () => {
  const b = await launch({ width: 390, height: 844, hasTouch: true });
  const { page } = b;
  try {
    await openApp(page, b.server.url);
    await clickNamed(page, 'sheet.handle');
    const r = (await ui(page)).rects['list.search'];
    assert.ok(r, 'the search field is in the sheet');
    await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
    await settle(page, 4);
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    assert.equal(focused, 'text-agent');
    await page.keyboard.insertText('Fès');
    await settle(page, 3);
    assert.match((await ui(page)).texts['list.count'], /search \u201CFès\u201D/);
  } finally {
    await b.close();
  }
});
