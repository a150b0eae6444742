// share.js - the browser's part of share links (docs/EMBEDDING.md, "Share links"): raw
// DEFLATE both ways with CompressionStream("deflate-raw") / DecompressionStream, the page's
// address in and out, and window.annotator.shareLink()'s promise. What a link holds and
// means is the app's (src/core/share_link.h, src/session/share.h); the app's side of the
// calls is src/platform/platform_web.cpp. app-glue.js connects this file to the app.
(function () {
  'use strict';
  // What the app accepts from one link once unpacked (core::kShareMaxPayload): a hostile
  // link cannot make the page unpack gigabytes.
  const MAX_PAYLOAD = 64 * 1024 * 1024;
  let host = null;  // { callParts(method, [[key, string | Uint8Array]]) -> JSON text }
  const pending = new Map();  // share id -> { resolve, reject } of shareLink()

  async function deflate(bytes) {
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  async function inflate(bytes) {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const parts = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_PAYLOAD) {
        reader.cancel().catch(() => {});
        throw new Error('the link unpacks to more than ' + (MAX_PAYLOAD >> 20) + ' MB');
      }
      parts.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  }

  function answer(id, text) {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    let r;
    try { r = JSON.parse(text); } catch (e) { p.reject(new Error('the app gave no link')); return; }
    if (r.error) p.reject(new Error(r.error));
    else if (r.kind === 'tooLong') p.reject(new Error('the link would be ' + r.length + ' characters, more than browsers accept; export the file instead'));
    else p.resolve(r.link);
  }

  function failed(id, e) {
    const message = (e && (e.message || e.name)) || String(e);
    const text = host.callParts('share.failed', [['!id', String(id)], ['error', message]]);
    answer(id, text);
  }

  function addressBase() { return location.href.split('#')[0]; }

  window.AnnotatorShare = {
    connect(h) { host = h; },

    // From the app: both payloads compressed, handed back with the page's address.
    compress(id, full, lean) {
      Promise.all([deflate(full), deflate(lean)]).then(([f, l]) => {
        answer(id, host.callParts('share.compressed', [['!id', String(id)], ['base', addressBase()], ['full', f], ['lean', l]]));
      }, (e) => failed(id, e));
    },

    // From the app: a link's bytes unpacked (or why not).
    decompress(id, bytes) {
      inflate(bytes).then((text) => {
        host.callParts('share.payload', [['!id', String(id)], ['text', text]]);
      }, (e) => failed(id, e));
    },

    clearFragment() {
      if (location.hash.startsWith('#share=')) history.replaceState(history.state, '', addressBase());
    },

    // window.annotator.shareLink(): resolves to the link's text.
    link() {
      return new Promise((resolve, reject) => {
        let r;
        try { r = JSON.parse(host.callParts('api.shareLink', [])); } catch (e) { reject(e); return; }
        if (r.error) { reject(new Error(r.error)); return; }
        pending.set(r.id, { resolve, reject });
      });
    },

    // At start-up and when the address changes: a share link in it opens.
    openFromAddress() {
      if (host && location.hash.startsWith('#share=')) host.callParts('share.fragment', [['text', location.hash]]);
    },
  };

  window.addEventListener('hashchange', () => window.AnnotatorShare.openFromAddress());
})();
