// classroom.test.mjs - a classroom exercise from end to end (issue 8, docs/CLASSROOM.md): the
// teacher marks three key claims and makes the exercise; three students, each in a browser
// context of their own, open the student file, give their names, mark (one right, one partly,
// one wrong) and hand in; the teacher opens the key with the three hand-ins (and two files
// that must not be scored) at once. The class view's figures (and the table's cells) equal
// the command line's `annotator score` on the same files; the grades CSV downloads and
// parses; sorting, the heat map's "who marked it" and a feedback file work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, ARGS, ROOT, ARTIFACTS, openApp, settle, shot, missingPrerequisite } from './browser.mjs';
import { startServer } from './server.mjs';
import { findRange, dragSelect, clickNamed, box, ui, download, parseCsv, state } from './helpers.mjs';

const ANNOTATOR = path.join(ROOT, 'build', 'native', 'annotator');
function missing() {
  const m = missingPrerequisite();
  if (m) return m;
  if (!fs.existsSync(ANNOTATOR)) {
    if (process.env.ANNOTATOR_E2E_REQUIRED) throw new Error(`no ${ANNOTATOR}`);
    return `no ${ANNOTATOR} (build it first)`;
  }
  return null;
}
const skip = missing() || false;

const ARTICLE = [
  'City budget grows',
  '',
  'The council raised spending on parks by 12% this year.',
  '',
  'The mayor said crime fell to its lowest level since 1990.',
  '',
  'Officials expect the new bridge to open in March.',
  '',
  'Residents were not asked about any of it.',
].join('\n');

// Drops files on the page together, as dragging a selection of files from the desktop does.
async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  await page.waitForFunction((n) => window.annotator.state().documents >= 0 && n >= 0, files.length);
  await page.waitForTimeout(200);  // the page reads the files asynchronously
  await settle(page);
}

// Selects `needle` with the mouse and marks it with a category's key (c claim, s statistic).
async function mark(page, needle, key, note = '') {
  await dragSelect(page, await findRange(page, needle));
  await page.keyboard.press(key);
  await settle(page);
  if (note) {
    await page.keyboard.type(note);  // the note field has the keyboard
    await settle(page);
  }
  await page.keyboard.press('Escape');  // out of the note field
  await settle(page);
}

// A click as a hand makes it: the pointer rests on the thing a moment before pressing (ImGui
// 1.86 may miss a tab clicked in the very frame the pointer arrives).
async function handClick(page, name) {
  const r = await box(page, name);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2, { steps: 3 });
  await settle(page);
  await page.mouse.down();
  await settle(page);
  await page.mouse.up();
  await settle(page);
}

// A part of the page, for docs/CLASSROOM.md (test-artifacts/docs-NAME.png).
async function docShot(page, name, clip) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'docs-' + name + '.png'), clip });
}

async function studentHandsIn(browser, url, studentFile, name, marks, shotName) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await openApp(page, url);
    await dropFiles(page, [studentFile]);
    // The article opened as a document with the exercise; the name is asked once.
    await page.waitForFunction(() => (window.annotator.classroom().document || {}).kind === 'student');
    let c = await page.evaluate(() => window.annotator.classroom());
    assert.equal(c.document.kind, 'student');
    assert.equal(c.askingName, true, 'the name is asked when the exercise opens');
    let v = await ui(page);
    assert.match(v.texts['student.instructions'], /three claims/);
    await handClick(page, 'student.nameField');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await settle(page);
    c = await page.evaluate(() => window.annotator.classroom());
    assert.equal(c.askingName, false);
    assert.equal(c.document.student, name);
    if (shotName) {
      // The teacher left claim suggestions off (a new exercise's default): the menu says why.
      await clickNamed(page, 'menu.Claims');
      await box(page, 'Claims/off');
      await shot(page, 'class-student-claims-off');
      await clickNamed(page, 'Claims/Suggest claims');
      assert.equal((await state(page)).showSuggestions, false, 'no suggestions in this exercise');
      await page.keyboard.press('Escape');
      await settle(page);
      assert.equal((await ui(page)).rects['Claims/off'], undefined, 'the menu closed');
    }
    for (const [needle, key, note] of marks) await mark(page, needle, key, note);
    v = await ui(page);
    assert.equal(v.texts['student.name'], name);
    if (shotName) {
      await shot(page, shotName);
      await docShot(page, 'student', { x: 0, y: 0, width: 1280, height: 440 });
    }
    const handIn = await download(page, () => clickNamed(page, 'student.handIn'));
    assert.equal((await ui(page)).texts['student.handedIn'].includes(handIn.name), true, 'the student is told the file name');
    assert.deepEqual(errors, []);
    return { page, context, handIn };
  } catch (e) {
    await context.close();
    throw e;
  }
}

test('a class: the teacher makes an exercise, three students hand in, the class view equals the command line',
  { skip, timeout: 600000 }, async () => {
    const server = await startServer();
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-class-'));
    try {
      // [SECTION] The teacher marks the key and makes the exercise.
      const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      const teacher = await teacherContext.newPage();
      const errors = [];
      teacher.on('pageerror', (e) => errors.push(String(e)));
      await openApp(teacher, server.url);
      await teacher.evaluate((t) => window.annotator.loadArticle(t), ARTICLE);
      await settle(teacher);
      await mark(teacher, 'raised spending on parks by 12%', 's');
      await mark(teacher, 'crime fell to its lowest level since 1990', 'c');
      await mark(teacher, 'the new bridge to open in March', 'c');
      assert.equal((await teacher.evaluate(() => window.annotator.annotations())).length, 3);

      await clickNamed(teacher, 'menu.Class');
      await clickNamed(teacher, 'Class/Make exercise\u2026');
      assert.equal((await teacher.evaluate(() => window.annotator.classroom())).exerciseDialog, true);
      await handClick(teacher, 'exercise.title');
      await teacher.keyboard.down('Control');
      await settle(teacher);
      await teacher.keyboard.press('a');
      await settle(teacher);
      await teacher.keyboard.up('Control');
      await settle(teacher);
      await teacher.keyboard.type('Budget check');
      // The instructions and each feedback are the page's text area while edited: it wraps
      // and grows; out of it, each box shows its text wrapped, as students will read it.
      // Tab goes from the title into the instructions and on to the first feedback.
      const focusedField = (label) => teacher.waitForFunction((l) => document.activeElement &&
        document.activeElement.id === 'note-field' && document.activeElement.getAttribute('aria-label') === l, label);
      await teacher.keyboard.press('Tab');
      await focusedField('Instructions');
      await teacher.keyboard.type('Mark the three claims a fact-checker should check first.');
      await teacher.keyboard.press('Tab');
      await focusedField('Feedback for claim 1');
      await teacher.keyboard.type('Check the council minutes: the 12% is for two years.');
      // Shift+Tab goes back the same way: to the instructions, then out of them to the title.
      await teacher.keyboard.press('Shift+Tab');
      await focusedField('Instructions');
      await teacher.keyboard.press('Shift+Tab');
      await teacher.waitForFunction(() => document.getElementById('note-field').hidden);
      await settle(teacher, 3);
      // The title has the keyboard: Tab from it goes into the instructions again.
      await teacher.keyboard.press('Tab');
      await focusedField('Instructions');
      await handClick(teacher, 'exercise.feedback.2');
      await focusedField('Feedback for claim 3');
      const oneLine = (await ui(teacher)).rects['exercise.feedback.2'];
      await teacher.keyboard.type('The council has said March before: look up the dates it gave in 2021 and 2022, ' +
        'and whether the contractor has confirmed the schedule in writing. Ask the press office too, and compare ' +
        'what it says with the minutes of the last two council meetings before you mark the claim as checked.');
      await settle(teacher, 6);
      let drawn = (await ui(teacher)).rects;
      const field = await teacher.evaluate(() => {
        const r = document.getElementById('note-field').getBoundingClientRect();
        const c = document.getElementById('canvas').getBoundingClientRect();
        return { x: r.left - c.left, y: r.top - c.top, width: r.width, height: r.height };
      });
      const box = drawn['exercise.feedback.2'];
      assert.ok(Math.abs(field.x - box.x) <= 1 && Math.abs(field.y - box.y) <= 1, 'the text area lies over its box');
      assert.ok(Math.abs(field.width - box.width) <= 1, 'as wide as its box');
      assert.ok(box.height > oneLine.height + 10, `the box grew with the text area (${oneLine.height} -> ${box.height})`);
      assert.ok(Math.abs(field.height - box.height) <= 2, 'the box is as tall as the text area');
      await shot(teacher, 'class-make-exercise-typing');
      // Out of the field, the text stays, wrapped in its box; the other boxes kept theirs.
      await teacher.keyboard.press('Escape');
      await teacher.waitForFunction(() => document.getElementById('note-field').hidden);
      await settle(teacher, 4);
      drawn = (await ui(teacher)).rects;
      assert.ok(drawn['exercise.feedback.2'].height > drawn['exercise.feedback.0'].height + 10,
        'a long feedback shows wrapped on more lines than a short one');
      assert.equal((await teacher.evaluate(() => window.annotator.classroom())).exerciseDialog, true, 'Escape left the field, not the dialog');
      const list = drawn['exercise.claims'];
      const last = drawn['exercise.feedback.2'];
      assert.ok(last.y + last.height <= list.y + list.height + 1, 'the list grew to show it whole');
      await shot(teacher, 'class-make-exercise');
      await docShot(teacher, 'make-exercise', (await ui(teacher)).rects.dialog);
      const made = [];
      teacher.on('download', (d) => made.push(d));
      await clickNamed(teacher, 'exercise.make');
      await teacher.waitForFunction(() => window.annotator.classroom().lastMade !== '');
      for (let i = 0; i < 50 && made.length < 2; i++) await teacher.waitForTimeout(100);
      assert.deepEqual(made.map((d) => d.suggestedFilename()).sort(), ['budget-check-key.json', 'budget-check-student.json']);
      const files = {};
      for (const d of made) files[d.suggestedFilename()] = fs.readFileSync(await d.path(), 'utf8');
      const student = JSON.parse(files['budget-check-student.json']);
      const key = JSON.parse(files['budget-check-key.json']);
      assert.equal(student.exercise.kind, 'student');
      assert.equal(student.exercise.settings.claimSuggestions, false, 'students find the claims themselves unless the teacher allows suggestions');
      assert.equal(student.exercise.title, 'Budget check');
      assert.equal(student.total, 0, 'the student file has no key in it');
      assert.equal(key.exercise.kind, 'key');
      assert.equal(key.exercise.id, student.exercise.id);
      assert.equal(key.first.items.length, 3);
      assert.ok(JSON.stringify(key.first.items).includes('the 12% is for two years'), 'the feedback is in the key');
      await clickNamed(teacher, 'exercise.close');

      // [SECTION] Three students, each in a browser context of their own.
      const studentFile = { name: 'budget-check-student.json', text: files['budget-check-student.json'] };
      const ada = await studentHandsIn(browser, server.url, studentFile, 'Ada Lovelace', [
        ['raised spending on parks by 12%', 's'],
        ['crime fell to its lowest level since 1990', 'c'],
        ['the new bridge to open in March', 'c'],
      ], 'class-student');
      const ben = await studentHandsIn(browser, server.url, studentFile, 'Ben Okri', [
        ['spending on parks', 's', 'Is 12% of the whole budget?'],
        ['crime fell', 'c'],
      ]);
      const cy = await studentHandsIn(browser, server.url, studentFile, 'Cy Twombly', [
        ['Residents were not asked', 'c'],
      ]);
      assert.equal(ada.handIn.name, 'budget-check-ada-lovelace.json');
      const handIn = JSON.parse(ada.handIn.text);
      assert.equal(handIn.exercise.kind, 'hand-in');
      assert.equal(handIn.exercise.student, 'Ada Lovelace');

      // Ada's work, name and exercise survive a reload (autosaved like any document).
      await ada.page.evaluate(() => window.annotator.flush());
      await ada.page.reload();
      await openApp(ada.page, server.url);
      const after = await ada.page.evaluate(() => window.annotator.classroom());
      assert.equal(after.document.kind, 'student');
      assert.equal(after.document.student, 'Ada Lovelace');
      assert.equal(after.askingName, false, 'the name is not asked again');
      assert.equal((await ada.page.evaluate(() => window.annotator.annotations())).length, 3);
      for (const s of [ada, ben, cy]) await s.context.close();

      // [SECTION] The teacher opens the key and every file at once.
      const hands = [ada.handIn, ben.handIn, cy.handIn];
      const copy = { name: 'copy-of-ada.json', text: ada.handIn.text };
      const broken = { name: 'broken.json', text: '{"type": "AnnotationCollection", "items": [' };
      await dropFiles(teacher, [{ name: 'budget-check-key.json', text: files['budget-check-key.json'] },
        ...hands, copy, broken]);
      // The page reads the files asynchronously: the class view opens once all are read.
      await teacher.waitForFunction(() => {
        const k = window.annotator.classroom().class;
        return k && k.students.length + k.problems.length >= 5;
      });
      await settle(teacher);
      const c = (await teacher.evaluate(() => window.annotator.classroom())).class;
      assert.ok(c, 'the class view is open');
      assert.equal(c.students.length, 3);
      assert.deepEqual(c.problems.map((p) => p.file).sort(), ['broken.json', 'copy-of-ada.json'],
        'bad files are listed by name, not scored');
      let v = await ui(teacher);
      assert.match(v.texts['class.problems'], /copy-of-ada\.json/);
      assert.match(v.texts['class.problems'], /broken\.json/);
      await shot(teacher, 'class-view-students');
      await docShot(teacher, 'class-view', { x: 0, y: 0, width: 1280, height: 360 });

      // The command line on the same files.
      for (const f of [...hands, { name: 'budget-check-key.json', text: files['budget-check-key.json'] }]) {
        fs.writeFileSync(path.join(tmp, f.name), f.text);
      }
      const args = ['score', 'budget-check-key.json', ...hands.map((h) => h.name)];
      const cli = JSON.parse(execFileSync(ANNOTATOR, args, { cwd: tmp, encoding: 'utf8' }));
      const csvCli = execFileSync(ANNOTATOR, [...args, '--csv'], { cwd: tmp, encoding: 'utf8' });
      assert.equal(cli.students.length, 3);
      const modes = ['strict', 'exact', 'partial', 'type'];
      for (const want of cli.students) {
        const got = c.students.find((s) => s.name === want.name);
        assert.ok(got, `${want.name} is in the class view`);
        assert.equal(got.file, want.file);
        assert.equal(got.annotations, want.annotations);
        for (const m of modes) {
          for (const f of ['precision', 'recall', 'f1']) {
            assert.ok(Math.abs(got.modes[m][f] - want.modes[m][f]) < 1e-12, `${want.name} ${m} ${f}`);
          }
        }
        assert.equal(got.found, want.found.length);
        assert.equal(got.partly, want.partly.length);
        assert.equal(got.missed, want.missed.length);
        assert.equal(got.extra, want.extra.length);
      }
      assert.deepEqual(c.key.map((k) => [k.id, k.found, k.partly]), cli.key.map((k) => [k.id, k.found, k.partly]));
      const close = (a, b) => (a === null ? b === null : Math.abs(a - b) < 1e-12);
      assert.ok(close(c.alpha.overall, cli.alpha.overall), 'alpha overall');
      assert.deepEqual(Object.keys(c.alpha.categories).sort(), Object.keys(cli.alpha.categories).sort());
      for (const k of Object.keys(cli.alpha.categories)) assert.ok(close(c.alpha.categories[k], cli.alpha.categories[k]), `alpha ${k}`);

      // The outcome the exercise was designed for: one right, one partly, one wrong.
      const by = Object.fromEntries(cli.students.map((s) => [s.name, s]));
      assert.equal(by['Ada Lovelace'].modes.strict.f1, 1);
      assert.equal(by['Ben Okri'].partly.length, 2);
      assert.equal(by['Ben Okri'].modes.strict.f1, 0);
      assert.ok(by['Ben Okri'].modes.partial.f1 > 0);
      assert.equal(by['Cy Twombly'].modes.partial.f1, 0);
      assert.equal(by['Cy Twombly'].extra.length, 1);

      // The table shows the same figures (two decimals), row by row.
      const cells = (row) => row.split('|');
      for (let r = 0; r < 3; r++) {
        const row = cells(v.texts['class.row.' + r]);
        const want = by[row[0]];
        assert.ok(want, 'row ' + r + ' names a student: ' + row[0]);
        assert.equal(Number(row[1]), want.annotations);
        modes.forEach((m, i) => {
          ['precision', 'recall', 'f1'].forEach((f, j) => assert.equal(row[2 + i * 3 + j], want.modes[m][f].toFixed(2), `${row[0]} ${m} ${f} shown`));
        });
        assert.deepEqual(row.slice(15, 19).map(Number), [want.found.length, want.partly.length, want.missed.length, want.extra.length]);
      }

      // Sorting: partial F1, highest first, then lowest first.
      await clickNamed(teacher, 'class.header.partial.f1');
      assert.deepEqual((await teacher.evaluate(() => window.annotator.classroom())).class.rows,
        ['Ada Lovelace', 'Ben Okri', 'Cy Twombly']);
      await clickNamed(teacher, 'class.header.partial.f1');
      assert.deepEqual((await teacher.evaluate(() => window.annotator.classroom())).class.rows,
        ['Cy Twombly', 'Ben Okri', 'Ada Lovelace']);

      // The grades CSV: downloads, parses, and has the command line's rows for the students.
      const csv = await download(teacher, () => clickNamed(teacher, 'class.csv'));
      assert.equal(csv.name, 'budget-check-grades.csv');
      const text = csv.text.replace(/^\uFEFF/, '');
      const rows = parseCsv(text), cliRows = parseCsv(csvCli);
      assert.deepEqual(rows[0], cliRows[0], 'the same header');
      for (const r of cliRows.slice(1)) {
        assert.ok(rows.some((x) => JSON.stringify(x) === JSON.stringify(r)), 'the CSV has ' + r[0]);
      }
      assert.equal(rows.length, 1 + 3 + 2, 'a row per student and per file not scored');

      // A feedback file for a student.
      const fb = JSON.parse((await download(teacher, () => clickNamed(teacher, 'class.feedback.0'))).text);
      assert.equal(fb.exercise.kind, 'feedback');

      // Key claims: how many found each.
      await handClick(teacher, 'class.tab.claims');
      v = await ui(teacher);
      assert.equal(v.texts['class.claims'].trim().split('\n').length, 3);
      await shot(teacher, 'class-view-claims');

      // The heat map: a click on the stretch all three marked... the parks sentence, which Ada
      // and Ben marked: the list names them with their notes.
      await handClick(teacher, 'class.tab.heat');
      const cls = (await teacher.evaluate(() => window.annotator.classroom())).class;
      assert.equal(cls.heatMax, 2);
      const two = cls.heat.findIndex((h) => h.students === 2);
      assert.ok(two >= 0);
      await handClick(teacher, 'class.heat.stretch.' + two);
      v = await ui(teacher);
      assert.match(v.texts['class.who'], /Ada Lovelace/);
      assert.match(v.texts['class.who'], /Ben Okri: Is 12% of the whole budget\?/, 'with their notes');
      assert.doesNotMatch(v.texts['class.who'], /Cy Twombly/);
      await shot(teacher, 'class-view-heat');
      await docShot(teacher, 'heat-map', { x: 0, y: 0, width: 1280, height: 560 });

      await handClick(teacher, 'class.tab.agreement');
      v = await ui(teacher);
      assert.equal(v.texts['class.alpha'], cli.alpha.overall === null ? '\u2013' : cli.alpha.overall.toFixed(4));
      await shot(teacher, 'class-view-agreement');
      assert.deepEqual(errors, []);
      await teacherContext.close();
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
