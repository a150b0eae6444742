// a11y.js - the document as DOM for screen readers and other assistive technology (issue
// 11). The canvas is a picture to them; this keeps a visually hidden (not display:none)
// copy of what it shows: the article's paragraphs near the view as headings and
// paragraphs, each annotation a <mark> described (aria-describedby) by its category,
// verdict and note, the annotation list as buttons, the open dialog, and a live region
// that says what happened. The app sends it what changed (src/app/a11y_mirror.cpp, only
// when something did); focus and selection here move the app's selection and view, and the
// app's selection moves focus here while the reader is here. Loaded before app.js, so that
// keys meant for these elements do not reach the app's keyboard handling as well.
(function () {
  'use strict';
  const root = document.createElement('div');
  root.id = 'a11y-mirror';
  root.innerHTML =
    '<div id="a11y-live" role="status" aria-live="polite" aria-atomic="true"></div>' +
    '<div role="menubar" aria-label="Application">' +
    '<button type="button" role="menuitem" data-region="2">Menus (M or F6 from the article)</button>' +
    '<button type="button" role="menuitem" data-region="1">Side panel: editor and annotation list (L from the article)</button>' +
    '<button type="button" role="menuitem" data-region="0">Article: caret with arrows, keys C S Q D P O mark, N next annotation</button>' +
    '</div>' +
    '<main id="a11y-article" aria-label="Article"></main>' +
    '<section id="a11y-annotations" aria-labelledby="a11y-list-title">' +
    '<h2 id="a11y-list-title">Annotations</h2><ul id="a11y-list"></ul></section>' +
    '<div id="a11y-notes" hidden></div>' +
    '<div id="a11y-dialog" role="alertdialog" aria-modal="true" aria-labelledby="a11y-dialog-title" ' +
    'aria-describedby="a11y-dialog-text" tabindex="-1" hidden><h2 id="a11y-dialog-title"></h2>' +
    '<p id="a11y-dialog-text"></p></div>';
  const live = root.querySelector('#a11y-live');
  const article = root.querySelector('#a11y-article');
  const list = root.querySelector('#a11y-list');
  const notes = root.querySelector('#a11y-notes');
  const dialog = root.querySelector('#a11y-dialog');
  let state = { selection: [0, 0], selected: '' };
  let annotations = [];

  function call(method, data) {
    const M = window.Module;
    if (!M || !M.calledRun) return null;  // not started yet
    const bytes = new TextEncoder().encode(String(data));
    const ptr = M._malloc(Math.max(1, bytes.length));
    M.HEAPU8.set(bytes, ptr);
    try {
      return M.UTF8ToString(M.ccall('web_call', 'number', ['string', 'number', 'number'], [method, ptr, bytes.length]));
    } finally {
      M._free(ptr);
    }
  }
  const descId = (id) => 'a11y-desc-' + id;

  function describe(a) {
    return a.category + '. Verdict: ' + a.verdict + '.' + (a.note ? ' Note: ' + a.note : ' No note.');
  }

  // One paragraph: its text cut at annotation boundaries; annotated pieces are <mark>s.
  function renderParagraph(item) {
    const el = document.createElement(item.h === 1 ? 'h1' : item.h === 2 ? 'h2' : 'p');
    el.tabIndex = -1;
    el.dataset.s = item.s;
    const cps = Array.from(item.t);
    const s = item.s, e = item.s + cps.length;
    const here = annotations.filter((a) => !a.orphan && a.s < e && a.e > s);
    const cuts = new Set([s, e]);
    for (const a of here) { cuts.add(Math.max(a.s, s)); cuts.add(Math.min(a.e, e)); }
    const points = Array.from(cuts).sort((x, y) => x - y);
    for (let k = 0; k + 1 < points.length; k++) {
      const a0 = points[k], a1 = points[k + 1];
      const text = cps.slice(a0 - s, a1 - s).join('');
      const over = here.filter((a) => a.s <= a0 && a.e >= a1);
      const seg = document.createElement(over.length ? 'mark' : 'span');
      seg.dataset.s = a0;
      seg.textContent = text;
      if (over.length) {
        seg.tabIndex = -1;
        seg.dataset.ids = over.map((a) => a.id).join(' ');
        seg.setAttribute('aria-describedby', over.map((a) => descId(a.id)).join(' '));
      }
      el.appendChild(seg);
    }
    return el;
  }

  function renderDoc(doc) {
    annotations = doc.annotations;
    notes.replaceChildren(...annotations.map((a) => {
      const d = document.createElement('span');
      d.id = descId(a.id);
      d.textContent = describe(a);
      return d;
    }));
    article.setAttribute('aria-label', 'Article: ' + doc.title);
    const parts = [];
    if (doc.first > 0) parts.push(Object.assign(document.createElement('p'), { textContent: '(' + doc.first + ' paragraphs above; they appear here as the article scrolls)' }));
    for (const item of doc.items) parts.push(renderParagraph(item));
    const below = doc.paragraphs - doc.first - doc.items.length;
    if (below > 0) parts.push(Object.assign(document.createElement('p'), { textContent: '(' + below + ' more paragraphs below)' }));
    // The reader's place survives the new content: the element at the same offset takes the focus.
    const had = article.contains(document.activeElement) ? document.activeElement.dataset.s : undefined;
    article.replaceChildren(...parts);
    if (had !== undefined) {
      const again = article.querySelector('[data-s="' + had + '"]');
      if (again) again.focus({ preventScroll: true });
    }
    const hadButton = list.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
    list.replaceChildren(...annotations.map((a) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.id = a.id;
      b.textContent = a.category + ', ' + a.verdict + ': \u201C' + a.quote + '\u201D' + (a.note ? '. Note: ' + a.note : '');
      li.appendChild(b);
      return li;
    }));
    if (hadButton !== undefined) {
      const again = list.querySelector('button[data-id="' + hadButton + '"]');
      if (again) again.focus({ preventScroll: true });
    }
  }

  // The app's selected annotation: aria-current here, and the focus follows it while the
  // reader is in this mirror.
  // The DOM position of code point `cp` in the article's window, or null when not there.
  function positionOf(cp) {
    for (const seg of article.querySelectorAll('span[data-s], mark[data-s]')) {
      const s = Number(seg.dataset.s);
      const text = seg.firstChild ? seg.firstChild.data : '';
      const cps = Array.from(text);
      if (cp >= s && cp <= s + cps.length) return [seg.firstChild || seg, cps.slice(0, cp - s).join('').length];
    }
    return null;
  }

  function renderState(st) {
    const changed = st.selected !== state.selected;
    const moved = st.selection[0] !== state.selection[0] || st.selection[1] !== state.selection[1];
    state = st;
    // A selection made in the app (keys, mouse) becomes the mirror's while the reader is here.
    if (moved && st.selection[0] !== st.selection[1] && root.contains(document.activeElement)) {
      const a = positionOf(st.selection[0]), b = positionOf(st.selection[1]);
      if (a && b) {
        const range = document.createRange();
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
        const sel = document.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      }
    }
    for (const el of root.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
    let target = null;
    if (st.selected) {
      for (const el of root.querySelectorAll('mark[data-ids], #a11y-list button')) {
        const ids = el.dataset.ids ? el.dataset.ids.split(' ') : [el.dataset.id];
        if (ids.includes(st.selected)) {
          el.setAttribute('aria-current', 'true');
          if (!target) target = el;
        }
      }
    }
    if (changed && target && root.contains(document.activeElement) && document.activeElement !== target &&
        !(document.activeElement.dataset.ids || '').split(' ').includes(st.selected)) {
      target.focus({ preventScroll: true });
    }
    if (st.dialog) {
      dialog.hidden = false;
      dialog.querySelector('#a11y-dialog-title').textContent = st.dialog.title;
      dialog.querySelector('#a11y-dialog-text').textContent = st.dialog.text;
      if (root.contains(document.activeElement)) dialog.focus({ preventScroll: true });
    } else {
      dialog.hidden = true;
    }
  }

  // [SECTION] From the reader: focus, selection and presses in the mirror go to the app.
  root.addEventListener('focusin', (e) => {
    const t = e.target;
    if (t.dataset && t.dataset.ids) {
      const ids = t.dataset.ids.split(' ');
      if (!ids.includes(state.selected)) call('a11y.select', ids[0]);
    } else if (t.dataset && t.dataset.id) {
      if (t.dataset.id !== state.selected) call('a11y.select', t.dataset.id);
    } else if (t.dataset && t.dataset.s !== undefined && t.parentNode === article) {
      call('a11y.selection', t.dataset.s + ',' + t.dataset.s);  // a paragraph: bring it into view
    }
  });
  root.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    if (b.dataset.id) call('a11y.select', b.dataset.id);
    else if (b.dataset.region) call('a11y.region', b.dataset.region);
  });
  // Code point offset of a DOM position inside the article, or null.
  function offsetOf(node, offset) {
    const seg = node.nodeType === 3 ? node.parentNode : node.childNodes[offset] || node;
    if (!seg || !article.contains(seg) || !seg.dataset || seg.dataset.s === undefined) return null;
    if (node.nodeType !== 3) return Number(seg.dataset.s);
    return Number(seg.dataset.s) + Array.from(node.data.slice(0, offset)).length;
  }
  document.addEventListener('selectionchange', () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !article.contains(sel.anchorNode)) return;
    const a = offsetOf(sel.anchorNode, sel.anchorOffset), f = offsetOf(sel.focusNode, sel.focusOffset);
    if (a === null || f === null) return;
    if (a === state.selection[0] && f === state.selection[1]) return;
    call('a11y.selection', a + ',' + f);
  });
  // Keys for the mirror's own elements stay theirs (a button's Enter or Space, moving about
  // with arrows); letters still reach the app, so C marks and N jumps from here too.
  const OWN_KEYS = ['Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
  function keepKey(e) {
    if (!root.contains(e.target) || e.ctrlKey || e.metaKey) return;
    if (OWN_KEYS.includes(e.key) || e.type === 'keypress') e.stopImmediatePropagation();
  }
  window.addEventListener('keydown', keepKey, true);
  window.addEventListener('keypress', keepKey, true);
  window.addEventListener('keyup', keepKey, true);

  function attach() { if (!root.isConnected) document.body.insertBefore(root, document.body.firstChild); }
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);

  // The system's preferences, as bits for the app (platform::system_preferences): 1 dark,
  // 2 reduced motion, 4 more contrast. A change wakes the app.
  const queries = [matchMedia('(prefers-color-scheme: dark)'), matchMedia('(prefers-reduced-motion: reduce)'),
    matchMedia('(prefers-contrast: more)')];
  for (const q of queries) {
    q.addEventListener('change', () => { if (window.Module && window.Module.calledRun) window.Module._web_wake(); });
  }

  window.AnnotatorA11y = {
    preferences() { return queries.reduce((bits, q, i) => bits | (q.matches ? 1 << i : 0), 0); },
    update(msg) {
      attach();
      if (msg.doc) renderDoc(msg.doc);
      if (msg.state) renderState(msg.state);
    },
    // The element now standing for `old` (an element of an earlier rendering): the same
    // annotation's button or the same offset in the article.
    counterpart(old) {
      const d = old.dataset || {};
      if (d.id) return list.querySelector('button[data-id="' + d.id + '"]');
      if (d.s !== undefined) return article.querySelector('[data-s="' + d.s + '"]');
      return null;
    },
    announce(text) {
      attach();
      // Emptied first, so that the same words said twice are announced twice.
      live.textContent = '';
      setTimeout(() => { live.textContent = text; }, 30);
    },
  };
})();
