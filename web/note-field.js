// note-field.js - a real <textarea> laid over the box the app is editing: the annotation's
// note in the editor, or an exercise's instructions or feedback (src/app/text_area.h says
// which box has it; src/platform/platform_web.cpp is its other half).
// A browser's text area wraps, grows, scrolls, checks spelling and takes input methods,
// which ImGui's text field does not. Keys typed in it stay in it: they are kept from the
// app's keyboard handling (loaded before app-glue.js and app.js, so this listener runs
// first), except the app's own shortcuts for export and text size.
(function () {
  'use strict';
  const field = document.createElement('textarea');
  field.id = 'note-field';
  field.spellcheck = true;
  field.hidden = true;
  field.setAttribute('aria-label', 'Note');
  let minHeight = 80;
  let maxHeight = 240;
  let tabMoves = false;  // Tab goes to the app's next box (the exercise's), not the page's next element

  // Tells the app (web_note_event): 0 input, 1 Escape, 2 left the field, 3 entered it, 4 its
  // height changed without typing (text set, placed anew), 5 Tab, 6 Shift+Tab (when asked).
  function tell(kind) {
    const M = window.Module;
    if (!M || !M.calledRun) return;
    const text = kind === 0 ? field.value : '';
    const bytes = new TextEncoder().encode(text);
    const ptr = M._malloc(Math.max(1, bytes.length));
    M.HEAPU8.set(bytes, ptr);
    try {
      M._web_note_event(kind, ptr, bytes.length, field.offsetHeight, document.activeElement === field ? 1 : 0);
    } finally {
      M._free(ptr);
    }
  }

  // Grows with the text between the two heights the app gives, then scrolls. Returns whether
  // its height changed.
  function fit() {
    const before = field.style.height;
    field.style.height = 'auto';
    field.style.height = Math.min(maxHeight, Math.max(minHeight, field.scrollHeight + 2)) + 'px';
    return field.style.height !== before;
  }

  field.addEventListener('input', () => { fit(); tell(0); });
  // Coming from the screen readers' mirror (a11y.js), the keyboard goes back there when the
  // note closes, so the reader keeps their place.
  let returnTo = null;
  field.addEventListener('focus', (e) => {
    const from = e.relatedTarget;
    returnTo = from && from.closest && from.closest('#a11y-mirror') ? from : null;
    tell(3);
  });
  field.addEventListener('blur', () => tell(2));
  // A paste into the field is the field's (the page's paste handler opens pasted articles).
  field.addEventListener('paste', (e) => e.stopPropagation());

  const APP_SHORTCUTS = ['s', 'S', '=', '+', '-', '0'];
  function keepKey(e) {
    if (e.target !== field) return;
    if (e.type === 'keydown' && e.key === 'Escape') {
      e.preventDefault();
      e.stopImmediatePropagation();
      tell(1);
      return;
    }
    if ((e.ctrlKey || e.metaKey) && APP_SHORTCUTS.includes(e.key)) return;  // the app's
    if (e.key === 'Tab' && tabMoves && !e.ctrlKey && !e.altKey && !e.metaKey) {  // to the next box of the app's
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.type === 'keydown') tell(e.shiftKey ? 6 : 5);
      return;
    }
    if (e.key === 'F6') {  // the app moves the keyboard on to its panel (keyboard_focus.h)
      if (e.type === 'keydown') { e.preventDefault(); field.blur(); }
      return;
    }
    e.stopImmediatePropagation();  // typing: the text area's default action still happens
  }
  window.addEventListener('keydown', keepKey, true);
  window.addEventListener('keypress', keepKey, true);

  window.AnnotatorNoteField = {
    show(x, y, width, style) {
      if (style) {
        const s = field.style;
        s.fontSize = style.fontPx + 'px';
        s.lineHeight = style.linePx + 'px';
        s.borderRadius = style.roundingPx + 'px';
        s.color = style.text;
        // See-through: the app draws the box under it (an opaque scrolling text area is
        // composited as a layer of its own, which headless Chromium's screenshots misplace).
        s.background = 'transparent';
        s.borderColor = style.border;
        s.setProperty('--placeholder', style.placeholderColor);
        field.placeholder = style.placeholder;
        field.setAttribute('aria-label', style.label || 'Note');
        minHeight = style.minHeight;
        maxHeight = style.maxHeight;
        tabMoves = !!style.tabMoves;
      }
      const c = document.getElementById('canvas').getBoundingClientRect();
      field.style.left = (c.left + x) + 'px';
      field.style.top = (c.top + y) + 'px';
      field.style.width = width + 'px';
      if (field.hidden) {
        field.hidden = false;
        if (!field.isConnected) document.body.appendChild(field);
      }
      if (fit()) tell(4);
    },
    hide() {
      const had = document.activeElement === field;
      if (had) field.blur();
      field.hidden = true;
      // (The mirror may have been rebuilt meanwhile: its element for the same place.)
      const back = returnTo && !returnTo.isConnected && window.AnnotatorA11y ? window.AnnotatorA11y.counterpart(returnTo) : returnTo;
      if (had && back && back.isConnected) back.focus({ preventScroll: true });
      returnTo = null;
    },
    setText(text) {
      if (field.value !== text) field.value = text;
      if (fit() && !field.hidden) tell(4);
    },
    insert(text) {
      field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
      fit();
      tell(0);
    },
    focus() {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    },
  };
})();
