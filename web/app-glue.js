// app-glue.js - what the browser forces the app to do in JavaScript: fetch the fonts and
// the sample article, keep the autosave in IndexedDB, open and drop files, paste, download,
// wake the idle frame loop on input, and expose window.annotator (docs/EMBEDDING.md).
// The app's side of every call here is src/platform/platform_web.cpp.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const statusLine = document.getElementById('status');
  const encoder = new TextEncoder();
  const MAX_FILE_BYTES = 64 * 1024 * 1024;
  function showStatus(text) { statusLine.textContent = text; }

  // [SECTION] IndexedDB: the autosave. One object store, one record per key, written in
  // call order (IndexedDB runs read-write transactions on one store in order).
  const DB_NAME = 'article-annotator';
  const STORE = 'state';
  const KEYS = ['article', 'annotations', 'ui', 'dismissed'];
  const dbPromise = new Promise((resolve) => {
    let req;
    try { req = indexedDB.open(DB_NAME, 1); } catch (e) { console.warn('IndexedDB unavailable', e); resolve(null); return; }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => { console.warn('IndexedDB unavailable', req.error); resolve(null); };
  });
  let pendingWrites = 0;
  let idleWaiters = [];
  function writeDone() {
    pendingWrites--;
    if (pendingWrites === 0) { idleWaiters.forEach((f) => f()); idleWaiters = []; }
  }
  function storageWrite(key, value, remove) {
    pendingWrites++;
    dbPromise.then((db) => {
      if (!db) { writeDone(); return; }
      const tx = db.transaction(STORE, 'readwrite');
      if (remove) tx.objectStore(STORE).delete(key); else tx.objectStore(STORE).put(value, key);
      tx.oncomplete = writeDone;
      tx.onerror = tx.onabort = () => {
        writeDone();
        showStatus('Your work could not be saved in this browser: ' + (tx.error ? tx.error.message : 'unknown error'));
      };
    });
  }
  const savedPromise = dbPromise.then((db) => new Promise((resolve) => {
    const out = {};
    if (!db) { resolve(out); return; }
    const tx = db.transaction(STORE, 'readonly');
    for (const k of KEYS) {
      const r = tx.objectStore(STORE).get(k);
      r.onsuccess = () => { if (typeof r.result === 'string') out[k] = r.result; };
    }
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => resolve(out);
  }));

  // [SECTION] Start-up downloads, in parallel with the WebAssembly module.
  const FONTS = ['NotoSerif-Regular.ttf', 'NotoSerif-Bold.ttf', 'NotoSans-Regular.ttf'];
  function fetchBytes(url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then((b) => new Uint8Array(b));
  }
  const fontsPromise = Promise.all(FONTS.map((n) => fetchBytes('fonts/' + n).then((b) => [n, b])));
  const samplePromise = fetch('assets/putin-xi-belt-and-road.txt')
    .then((r) => (r.ok ? r.text() : '')).catch(() => '');

  // [SECTION] Calls into the app: web_call(method, bytes) -> UTF-8 answer.
  function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
  }
  function call(method, data) {
    const bytes = typeof data === 'string' ? encoder.encode(data) : (data || new Uint8Array(0));
    const ptr = Module._malloc(Math.max(1, bytes.length));
    Module.HEAPU8.set(bytes, ptr);
    try {
      const res = Module.ccall('web_call', 'number', ['string', 'number', 'number'], [method, ptr, bytes.length]);
      return Module.UTF8ToString(res);
    } finally {
      Module._free(ptr);
    }
  }
  function callNamed(method, name, bytes) { return call(method, concat(encoder.encode(name + '\n'), bytes)); }
  function callJson(method, data) {
    const r = JSON.parse(call(method, data));
    if (r && r.error) throw new Error(r.error);
    return r;
  }

  async function openFile(file) {
    if (file.size > MAX_FILE_BYTES) {
      call('notice', '"' + file.name + '" is too large to open (' + Math.round(file.size / 1048576) + ' MB; the limit is 64 MB).');
      return;
    }
    try {
      callNamed('file', file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (e) {
      call('notice', '"' + file.name + '" could not be read: ' + e.message);
    }
  }

  // [SECTION] Outbound: what the app asks of the page (EM_JS in platform_web.cpp).
  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  window.AnnotatorHost = {
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    openFileDialog(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.onchange = () => { if (input.files && input.files[0]) openFile(input.files[0]); };
      input.click();
    },
    storageSave(key, value) { storageWrite(key, value, false); },
    storageRemove(key) { storageWrite(key, null, true); },
    clipboardWrite(text) {
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
    },
    fetchResource(path) {
      fetchBytes(path)
        .then((b) => { callNamed('resource', path.split('/').pop(), b); })
        .catch((e) => call('notice', 'A file the page needs could not be loaded (' + e.message + ').'));
    },
    fail(message) {
      showStatus('The annotator cannot run here: ' + message + '.');
      rejectReady(new Error(message));
    },
    notifyReady() {
      window.annotatorFirstFrameMs = performance.now();  // since navigation: the benchmark reads it
      showStatus('');
      resolveReady();
    },
  };

  // [SECTION] Input that wakes the idle frame loop; browser shortcuts the app takes over.
  const wake = () => { if (Module._web_wake) Module._web_wake(); };
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'resize',
    'focus', 'blur', 'visibilitychange', 'pointerdown', 'pointerup']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  canvas.addEventListener('mousedown', (e) => { if (Module._web_mouse_down) Module._web_mouse_down(e.detail || 1); }, true);
  window.addEventListener('keydown', (e) => {
    // Text size, undo, redo, export, open: the app's, not the browser's (copy and paste stay
    // the browser's, so the clipboard events still happen).
    if ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0', 'z', 'Z', 'y', 's', 'a'].includes(e.key)) {
      e.preventDefault();
    }
  }, true);
  // Leaving the page: the app writes the last reading position now.
  const flushApp = () => { if (Module._web_wake) call('flush', ''); };
  window.addEventListener('pagehide', flushApp);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushApp(); });
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    // Rich text (copied from a web page) goes through the same extraction as an opened page.
    const html = e.clipboardData ? e.clipboardData.getData('text/html') : '';
    if ((text || html) && Module._web_wake) {
      e.preventDefault();
      if (html) call('paste.html', JSON.stringify({ html, text }));
      else call('paste', text);
    }
  });
  window.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  window.addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (f) openFile(f);
  });

  // [SECTION] The Emscripten module and start-up.
  async function boot() {
    try {
      const [fonts, saved, sample] = await Promise.all([fontsPromise, savedPromise, samplePromise]);
      for (const [name, bytes] of fonts) callNamed('font', name, bytes);
      callJson('boot', JSON.stringify({
        article: saved.article || '', annotations: saved.annotations || '',
        ui: saved.ui || '', dismissed: saved.dismissed || '', sample,
      }));
      wake();
    } catch (e) {
      showStatus('The annotator could not start: ' + e.message);
      rejectReady(e);
    }
  }
  window.Module = {
    canvas,
    postRun: [boot],
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    onAbort: (what) => { showStatus('The annotator stopped: ' + what); rejectReady(new Error(String(what))); },
  };

  // [SECTION] window.annotator: the scripting API (docs/EMBEDDING.md).
  window.annotator = {
    ready,
    articleText() { return callJson('api.articleText').value; },
    exportJson() { return callJson('api.exportJson').value; },
    importJson(text) { return JSON.parse(call('api.importJson', String(text))); },
    loadArticle(text, opts = {}) {
      return callJson('api.loadArticle', JSON.stringify({ text: String(text), title: opts.title || '', url: opts.url || '' }));
    },
    openPage(html, url) {
      return callJson('api.openPage', JSON.stringify({ html: String(html), url: String(url || '') }));
    },
    rangeRect(start, end) {
      const r = callJson('api.rangeRect', JSON.stringify({ start, end }));
      const c = canvas.getBoundingClientRect();
      return { x: r.x + c.left + window.scrollX, y: r.y + c.top + window.scrollY, width: r.width, height: r.height };
    },
    state() { return callJson('api.state'); },
    annotations() { return callJson('api.annotations'); },
    suggestions() { return callJson('api.suggestions'); },
    undo() { callJson('api.undo'); },
    redo() { callJson('api.redo'); },
    // Resolves when every autosave write so far has reached IndexedDB.
    flush() { return pendingWrites === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r)); },
    scrollBy(dy) { callJson('api.scrollBy', String(dy)); },
    benchFrames(n, dy) { return callJson('api.benchFrames', String(n || 60) + (dy ? ',' + dy : '')); },
  };
})();
