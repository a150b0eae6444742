// touch.js - fingers on the canvas, handed to the app as they happen (src/app/touch.cpp
// decides what they mean: scrolling, a long press that selects a word, dragging a
// selection handle, a tap). The browser's own handling is turned off for the canvas: no
// page scrolling or zooming, no emulated mouse events, and Emscripten's GLFW does not see
// them (it would turn every touch into a click at the last mouse position).
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const PHASE = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
  function forward(e) {
    if (e.target !== canvas) return;  // the note field and the page's own elements keep theirs
    e.preventDefault();
    e.stopPropagation();
    // A touch elsewhere leaves the note field, as a click on the canvas does.
    const note = document.getElementById('note-field');
    if (e.type === 'touchstart' && note && document.activeElement === note) note.blur();
    if (!window.Module || !Module.calledRun) return;
    const r = canvas.getBoundingClientRect();
    for (const t of e.changedTouches) {
      Module._web_touch(PHASE[e.type], t.identifier, t.clientX - r.left, t.clientY - r.top);
    }
  }
  // On the window, capturing: before GLFW's listeners on the canvas.
  for (const type of Object.keys(PHASE)) window.addEventListener(type, forward, { capture: true, passive: false });
})();
