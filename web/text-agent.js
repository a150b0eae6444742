// text-agent.js - typing into the app's own text fields (search, evidence links, dialogs)
// the way the system types: a hidden <textarea> holds the keyboard whenever one of them is
// active, so dead keys, AltGr, input methods (pinyin, kana), the emoji picker, dictation and
// phone keyboards all work. What the reader commits goes to the app as text
// (web_text_input -> ImGui's AddInputCharactersUTF8); editing keys (Backspace, arrows,
// Enter, Ctrl+A...) still reach the app as keys. The app places the textarea at the text
// caret (so the input method's candidate window opens beside it) and says when it is
// wanted: src/platform/platform_web.cpp, text_agent_update. Loaded before app.js, so that
// its key listeners run before GLFW's.
(function () {
  'use strict';
  const agent = document.createElement('textarea');
  agent.id = 'text-agent';
  agent.setAttribute('aria-hidden', 'true');
  agent.setAttribute('autocomplete', 'off');
  agent.setAttribute('autocapitalize', 'off');
  agent.spellcheck = false;
  agent.tabIndex = -1;
  let wanted = false;
  let composing = false;

  function send(text) {
    const M = window.Module;
    if (!text || !M || !M.calledRun) return;
    const bytes = new TextEncoder().encode(text);
    const ptr = M._malloc(bytes.length + 1);
    M.HEAPU8.set(bytes, ptr);
    M.HEAPU8[ptr + bytes.length] = 0;
    try { M._web_text_input(ptr, bytes.length); } finally { M._free(ptr); }
  }
  function clear() { if (!composing) agent.value = ''; }

  agent.addEventListener('compositionstart', () => {
    composing = true;
    agent.classList.add('composing');
  });
  agent.addEventListener('compositionupdate', () => {
    // The text being composed shows in the textarea itself, at the caret.
    if (window.Module && window.Module.calledRun) window.Module._web_wake();
  });
  agent.addEventListener('compositionend', (e) => {
    composing = false;
    agent.classList.remove('composing');
    send(e.data);
    agent.value = '';
  });
  agent.addEventListener('input', (e) => {
    // Composed text is committed by compositionend (Chrome sends its last input before it,
    // Firefox after: either way once). Line breaks and pastes are the app's keys and paste.
    if (e.isComposing || composing || e.inputType === 'insertCompositionText' ||
        e.inputType === 'insertFromComposition') return;
    if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph' ||
        e.inputType === 'insertFromPaste' || e.inputType.startsWith('delete')) {
      clear();
      return;
    }
    send(e.data != null ? e.data : agent.value);
    clear();
  });

  // Keys pressed in the textarea: the characters arrive as input events above, so GLFW must
  // not also type them (keypress); keys that belong to the input method (keyCode 229, Dead)
  // are the input method's alone.
  function keepKey(e) {
    if (e.target !== agent) return;
    if (e.type === 'keypress' || e.isComposing || composing || e.keyCode === 229 || e.key === 'Dead' ||
        e.key === 'Process') {
      e.stopImmediatePropagation();
    }
  }
  window.addEventListener('keydown', keepKey, true);
  window.addEventListener('keypress', keepKey, true);
  window.addEventListener('keyup', keepKey, true);

  // A phone opens its keyboard only for a focus inside a touch or click: focus again at the
  // end of the tap that activated the field.
  function focusInGesture() { if (wanted && document.activeElement !== agent) agent.focus({ preventScroll: true }); }
  window.addEventListener('pointerup', () => setTimeout(focusInGesture, 0), true);
  window.addEventListener('touchend', focusInGesture, true);

  window.AnnotatorTextAgent = {
    // The app's text field is active (`on`) with its caret at x, y (CSS pixels from the
    // canvas's top-left), line height h.
    update(on, x, y, h, fontPx) {
      wanted = on;
      if (!agent.isConnected) document.body.appendChild(agent);
      if (!on) {
        if (composing) return;  // let the input method finish
        agent.classList.remove('active');
        if (document.activeElement === agent) agent.blur();
        agent.value = '';
        return;
      }
      const c = document.getElementById('canvas').getBoundingClientRect();
      agent.style.left = (c.left + x) + 'px';
      agent.style.top = (c.top + y) + 'px';
      agent.style.height = h + 'px';
      agent.style.fontSize = fontPx + 'px';
      agent.classList.add('active');
      const note = document.getElementById('note-field');
      if (document.activeElement !== agent && document.activeElement !== note) {
        agent.focus({ preventScroll: true });
      }
    },
    get active() { return wanted; },
    get composing() { return composing; },
  };
})();
