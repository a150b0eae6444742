// app-glue.js - what the browser forces the app to do in JavaScript: fetch the fonts and
// the sample article, hand the app's storage writes and reads to web/storage.js, open and
// drop files, paste, download, show progress before long work, wake the idle frame loop on
// input, and expose window.annotator (docs/EMBEDDING.md). The app's side of every call
// here is src/platform/platform_web.cpp.
(function () {
  'use strict';
  const canvas = document.getElementById('canvas');
  const statusLine = document.getElementById('status');
  const encoder = new TextEncoder();
  const MAX_FILE_BYTES = 64 * 1024 * 1024;
  function showStatus(text) { statusLine.textContent = text; }

  // [SECTION] Storage: web/storage.js keeps the library in IndexedDB; this file hands the
  // app's writes and reads to it and the answers back.
  const storage = window.AnnotatorStorage;
  const savedPromise = storage.readBoot().then(
    (entries) => entries,
    (e) => [['!error', (e && (e.message || e.name)) || 'unknown error']]);
  let batch = null;  // the write being described by the app (storageBegin ... storageCommit)

  // [SECTION] Start-up downloads, in parallel with the WebAssembly module.
  const FONTS = ['NotoSerif-Regular.ttf', 'NotoSerif-Bold.ttf', 'NotoSans-Regular.ttf'];
  function fetchBytes(url) {
    return fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    }).then((b) => new Uint8Array(b));
  }
  // The module and the fonts are the bulk of the page: the build also writes them gzipped
  // (NAME.gz), fetched and unpacked here whatever the server does, so a Latin article's
  // page downloads about half the bytes. Without DecompressionStream or the .gz file, the
  // plain one.
  function fetchPacked(url) {
    if (typeof DecompressionStream !== 'function') return fetchBytes(url);
    return fetch(url + '.gz').then((r) => {
      if (!r.ok) return fetchBytes(url);
      return r.arrayBuffer().then((b) => {
        const bytes = new Uint8Array(b);
        // A server that sent it with Content-Encoding: gzip has unpacked it already.
        if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
        return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')))
          .arrayBuffer().then((u) => new Uint8Array(u));
      });
    }).catch(() => fetchBytes(url));
  }
  const fontsPromise = Promise.all(FONTS.map((n) => fetchPacked('fonts/' + n).then((b) => [n, b])));
  const samplePromise = fetch('assets/putin-xi-belt-and-road.txt')
    .then((r) => (r.ok ? r.text() : '')).catch(() => '');

  // [SECTION] Calls into the app: web_call(method, bytes) -> UTF-8 answer.
  function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
  }
  // Text goes straight into the module's memory (encodeInto): a 5 MB article is not
  // encoded into a temporary array and copied again.
  function call(method, data) {
    if (!running()) throw new Error('the annotator has not started yet (await annotator.ready)');
    const text = typeof data === 'string';
    const cap = text ? data.length * 3 : (data ? data.length : 0);
    const ptr = Module._malloc(Math.max(1, cap));
    let len = cap;
    if (text) len = encoder.encodeInto(data, Module.HEAPU8.subarray(ptr, ptr + cap)).written;
    else if (data) Module.HEAPU8.set(data, ptr);
    try {
      const res = Module.ccall('web_call', 'number', ['string', 'number', 'number'], [method, ptr, len]);
      return Module.UTF8ToString(res);
    } finally {
      Module._free(ptr);
    }
  }
  // Entries in the framing of src/session/transfer.h ("KEY\tLENGTH\n" + bytes), written in
  // place; the length is padded to 12 digits so it can be filled in after the value.
  function callEntries(method, entries) {
    if (!running()) throw new Error('the annotator has not started yet (await annotator.ready)');
    let cap = 0;
    for (const [k, v] of entries) cap += k.length * 3 + 14 + v.length * 3;
    const ptr = Module._malloc(Math.max(1, cap));
    const heap = Module.HEAPU8;
    let at = ptr;
    for (const [k, v] of entries) {
      at += encoder.encodeInto(k + '\t', heap.subarray(at, ptr + cap)).written;
      const lenAt = at;
      at += 13;
      const n = encoder.encodeInto(v, heap.subarray(at, ptr + cap)).written;
      encoder.encodeInto(String(n).padStart(12, '0') + '\n', heap.subarray(lenAt, lenAt + 13));
      at += n;
    }
    try {
      const res = Module.ccall('web_call', 'number', ['string', 'number', 'number'], [method, ptr, at - ptr]);
      return Module.UTF8ToString(res);
    } finally {
      Module._free(ptr);
    }
  }
  // Entries of text or bytes (files, compressed links) in the same framing.
  function callParts(method, parts) {
    const chunks = [];
    for (const [k, v] of parts) {
      const value = typeof v === 'string' ? encoder.encode(v) : v;
      chunks.push(encoder.encode(k + '\t' + value.length + '\n'), value);
    }
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) { all.set(c, at); at += c.length; }
    return call(method, all);
  }
  function callNamed(method, name, bytes) { return call(method, concat(encoder.encode(name + '\n'), bytes)); }
  function callJson(method, data) {
    const r = JSON.parse(call(method, data));
    if (r && r.error) throw new Error(r.error);
    return r;
  }

  // Long work runs on the page's only thread: say so first and let the message be drawn.
  const LONG_WORK_BYTES = 512 * 1024;
  function nextPaint() { return new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); }
  async function withProgress(text, bytes, work) {
    if (bytes < LONG_WORK_BYTES) return work();
    showStatus(text);
    document.body.classList.add('busy');
    await nextPaint();
    try { return work(); } finally { showStatus(''); document.body.classList.remove('busy'); }
  }

  async function openFile(file) {
    if (file.size > MAX_FILE_BYTES) {
      call('notice', '"' + file.name + '" is too large to open (' + Math.round(file.size / 1048576) + ' MB; the limit is 64 MB).');
      return;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const verb = /\.json(ld)?$/i.test(file.name) ? 'Importing' : 'Opening';
      await withProgress(verb + ' \u201c' + file.name + '\u201d (' + (file.size / 1048576).toFixed(1) + ' MB)\u2026',
        file.size, () => callNamed('file', file.name, bytes));
    } catch (e) {
      call('notice', '"' + file.name + '" could not be read: ' + e.message);
    }
  }

  // Several files at once (a class's hand-ins, annotation files imported together): read
  // them all, then one call, so the app scores the class once and reports ids met twice
  // across the files. Entries in the framing of src/session/transfer.h, bytes as read.
  async function openFiles(list) {
    const files = Array.from(list || []);
    if (files.length <= 1) { if (files[0]) await openFile(files[0]); return; }
    const parts = [];
    let total = 0;
    for (const f of files) {
      if (f.size > MAX_FILE_BYTES) {
        call('notice', '"' + f.name + '" is too large to open (' + Math.round(f.size / 1048576) + ' MB; the limit is 64 MB).');
        continue;
      }
      let bytes;
      try { bytes = new Uint8Array(await f.arrayBuffer()); } catch (e) {
        call('notice', '"' + f.name + '" could not be read: ' + e.message);
        continue;
      }
      parts.push(encoder.encode(f.name.replace(/[\t\n]/g, ' ') + '\t' + bytes.length + '\n'), bytes);
      total += bytes.length;
    }
    const buf = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) { buf.set(p, at); at += p.length; }
    await withProgress('Opening ' + files.length + ' files\u2026', total, () => call('files', buf));
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
    openFileDialog(accept, multiple) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = !!multiple;
      input.onchange = () => { if (input.files && input.files.length) openFiles(input.files); };
      input.click();
    },
    storageBegin(id) { batch = { id, checks: [], puts: [], removes: [], prefixes: [] }; },
    storageCheck(key, rev) { batch.checks.push([key, rev]); },
    storagePut(key, value) { batch.puts.push([key, value]); },
    storageRemove(key, prefix) { (prefix ? batch.prefixes : batch.removes).push(key); },
    storageCommit() {
      const b = batch;
      batch = null;
      storage.write(b).then((o) => {
        if (o.ok) call('storage.written', String(b.id));
        else {
          call('storage.failed', JSON.stringify({ id: b.id, kind: o.kind, message: o.message }));
          setTimeout(wake, 3100);  // the app tries again after a pause; an idle page needs a frame for it
        }
      });
    },
    storageRead(id, keys, prefixes) {
      storage.read(keys, prefixes).then(
        (entries) => callEntries('storage.read', [['!id', String(id)]].concat(entries)),
        (e) => callEntries('storage.read', [['!id', String(id)], ['!error', (e && e.message) || 'unknown error']]));
    },
    clipboardWrite(text) {
      if (navigator.clipboard) navigator.clipboard.writeText(text).catch(() => {});
    },
    fetchResource(path) {
      (/\.(ttf|otf)$/.test(path) ? fetchPacked(path) : fetchBytes(path))
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
  // The module's exports exist as soon as app.js has run, but call into nothing until the
  // WebAssembly has started (calledRun): input, a paste or another tab's news can come
  // while the page is still loading.
  const running = () => Module.calledRun === true;
  const wake = () => { if (running()) Module._web_wake(); };
  for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keydown', 'keyup', 'resize',
    'focus', 'blur', 'visibilitychange', 'pointerdown', 'pointerup']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  canvas.addEventListener('mousedown', (e) => { if (running()) Module._web_mouse_down(e.detail || 1); }, true);
  window.addEventListener('keydown', (e) => {
    // Text size, undo, redo, export, open: the app's, not the browser's (copy and paste stay
    // the browser's, so the clipboard events still happen).
    if ((e.ctrlKey || e.metaKey) && ['=', '+', '-', '0', 'z', 'Z', 'y', 's', 'a'].includes(e.key)) {
      e.preventDefault();
    }
  }, true);
  // Leaving the page: the app takes the last keys and writes everything now; what is still
  // on its way to IndexedDB is copied to localStorage (the next start applies it).
  const flushApp = () => {
    if (running()) call('flush', '');
    storage.rescue();
  };
  // Another tab's writes. Until the app has what storage held at start-up (boot), the keys
  // wait: the start-up read may have been made before those writes.
  let booted = false;
  const changedBeforeBoot = [];
  storage.onRemoteChange((keys) => {
    if (booted) call('storage.changed', JSON.stringify(keys));
    else changedBeforeBoot.push(...keys);
  });
  window.addEventListener('pagehide', flushApp);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushApp(); });
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    // Rich text (copied from a web page) goes through the same extraction as an opened page.
    const html = e.clipboardData ? e.clipboardData.getData('text/html') : '';
    if ((text || html) && running()) {
      e.preventDefault();
      withProgress('Opening the pasted text (' + (text.length / 1048576).toFixed(1) + ' MB)\u2026', text.length,
        () => (html ? call('paste.html', JSON.stringify({ html, text })) : call('paste', text)));
    }
  });
  window.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  window.addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) openFiles(e.dataTransfer.files);
  });

  // [SECTION] The Emscripten module and start-up.
  async function boot() {
    try {
      const [fonts, saved, sample] = await Promise.all([fontsPromise, savedPromise, samplePromise]);
      for (const [name, bytes] of fonts) callNamed('font', name, bytes);
      const r = JSON.parse(callEntries('boot', saved.concat([['!sample', sample]])));
      if (r && r.error) throw new Error(r.error);
      booted = true;
      if (changedBeforeBoot.length) call('storage.changed', JSON.stringify(changedBeforeBoot.splice(0)));
      window.AnnotatorShare.connect({ callParts });
      window.AnnotatorShare.openFromAddress();  // a share link opens in the library
      wake();
    } catch (e) {
      showStatus('The annotator could not start: ' + e.message);
      rejectReady(e);
    }
  }
  window.Module = {
    canvas,
    // The module through fetchPacked (compiled from bytes rather than streamed).
    instantiateWasm(imports, receive) {
      fetchPacked('app.wasm')
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((r) => receive(r.instance, r.module))
        .catch((e) => { showStatus('The annotator could not start: ' + (e && e.message || e)); rejectReady(e); });
      return {};
    },
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
    // Several annotation files at once: [[name, text], ...] -> the import report.
    importFiles(files) { return JSON.parse(callParts('api.importFiles', files.map(([n, t]) => [String(n), String(t)]))); },
    // The open document as a link (a promise of its text; see "Share links").
    shareLink() { return window.AnnotatorShare.link(); },
    // What the last share link opened carried ({title, url, annotations, waiting, adopted}) or null.
    sharedLink() { return callJson('api.sharedLink').value; },
    // The open document as FORMAT ('w3c', 'html', 'csv', 'markdown', 'claimreview'):
    // {filename, mime, text, warnings}; options {url, publisher, date} for ClaimReview.
    exportAs(format, options = {}) { return callJson('api.exportAs', JSON.stringify({ format, ...options })); },
    loadArticle(text, opts = {}) {
      const r = JSON.parse(callEntries('api.loadArticle', [['text', String(text)], ['title', String(opts.title || '')], ['url', String(opts.url || '')]]));
      if (r && r.error) throw new Error(r.error);
      return r;
    },
    documents() { return callJson('api.documents'); },
    // Resolves when the document is open (it may first be read from storage).
    async openDocument(id) {
      let r = callJson('api.openDocument', String(id));
      while (r.outcome === '') {
        await new Promise((res) => requestAnimationFrame(res));
        r = callJson('api.openOutcome', String(id));
      }
      if (r.outcome !== 'ok') throw new Error(r.outcome);
      return { ok: true, id: String(id), title: callJson('api.state').title };
    },
    deleteDocument(id) { callJson('api.deleteDocument', String(id)); },
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
    // Resolves when every change so far has reached IndexedDB (or failed to).
    async flush() {
      if (running()) call('flush', '');
      await storage.idle();
    },
    scrollBy(dy) { callJson('api.scrollBy', String(dy)); },
    // How long the parts of the last long command took (benchmark).
    timings() { return callJson('api.timings'); },
    // Classroom exercises (docs/CLASSROOM.md): what the open document's exercise is, and the
    // class view's figures (the same the table shows).
    classroom() { return callJson('api.classroom'); },
    // Shows a tab of the class view: 0 students, 1 key claims, 2 heat map, 3 agreement.
    classTab(i) { callJson('api.classTab', String(i)); },
    // Opens files as if dropped together: [{name, text}]. Resolves to {classView, loadMs}.
    openFiles(files) {
      const r = JSON.parse(callEntries('files', files.map((f) => [String(f.name).replace(/[\t\n]/g, ' '), String(f.text)])));
      if (r && r.error) throw new Error(r.error);
      return r;
    },
    // For tests: named boxes (CSS pixels, page coordinates) and texts of the last frame.
    ui() {
      const r = callJson('api.ui');
      const c = canvas.getBoundingClientRect();
      for (const b of Object.values(r.rects)) { b.x += c.left + window.scrollX; b.y += c.top + window.scrollY; }
      return r;
    },
    // For tests: every frame counts 1/60 s (animations run as on a fast display); draw n now.
    fixedTimeStep(on) { callJson('api.fixedTimeStep', on ? '1' : '0'); },
    stepFrames(n) { callJson('api.stepFrames', String(n || 1)); },
    benchFrames(n, dy) { return callJson('api.benchFrames', String(n || 60) + (dy ? ',' + dy : '')); },
  };
})();
