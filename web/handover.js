// handover.js - "Annotate this page": the bookmarklet, the panel that offers it (Help menu),
// and the app's side of the hand-over, by which the page the bookmarklet ran on gives the
// annotator its HTML and address with postMessage. The protocol is in docs/EMBEDDING.md.
// Loaded after app-glue.js; adds window.annotator.bookmarklet() and AnnotatorHandover.
(function () {
  'use strict';
  const PROTOCOL = 1;
  const MAX_HTML_CHARS = 64 * 1024 * 1024;
  // Where this app was served from, without a fragment or query: the bookmarklet opens it.
  const APP_ADDRESS = location.origin + location.pathname;

  // [SECTION] The bookmarklet: runs in the page being read. Self-contained and short; it
  // only talks to the tab it opened, at the annotator's origin.
  function bookmarkletSource(app) {
    return '(function(){' +
      'var a=' + JSON.stringify(app) + ',o=new URL(a).origin,w=window.open(a+"#handover","_blank");' +
      'if(!w){alert("The annotator could not open a new tab: allow pop-ups for this site.");return;}' +
      'var h=document.documentElement.outerHTML,u=location.href;' +
      'function m(e){var d=e.data;' +
      'if(e.source!==w||e.origin!==o||!d||d.type!=="annotator:ready"||d.protocol!==' + PROTOCOL + ')return;' +
      'window.removeEventListener("message",m);' +
      'w.postMessage({type:"annotator:page",protocol:' + PROTOCOL + ',url:u,html:h},o);}' +
      'window.addEventListener("message",m);})();';
  }
  function bookmarklet() { return 'javascript:' + encodeURIComponent(bookmarkletSource(APP_ADDRESS)); }

  // [SECTION] The app's side of the hand-over. Only a tab opened for it (by the bookmarklet,
  // or anything else that follows the protocol) with #handover, and only its opener's
  // messages, are listened to; one page is accepted.
  function isPageMessage(d, origin) {
    if (!d || typeof d !== 'object' || d.type !== 'annotator:page' || d.protocol !== PROTOCOL) return false;
    if (typeof d.html !== 'string' || d.html.length === 0 || d.html.length > MAX_HTML_CHARS) return false;
    if (typeof d.url !== 'string') return false;
    let url;
    try { url = new URL(d.url); } catch (e) { return false; }
    // The page must be the one it says it is: its address at the sender's own origin.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin;
  }

  function listenForPage() {
    const opener = window.opener;
    if (!opener || location.hash !== '#handover') return;
    let accepted = false;
    window.addEventListener('message', (e) => {
      if (accepted || e.source !== opener || !isPageMessage(e.data, e.origin)) return;
      accepted = true;
      history.replaceState(null, '', location.pathname + location.search);  // a reload is a normal start
      let reply;
      try {
        const r = window.annotator.openPage(e.data.html, e.data.url);
        reply = { type: 'annotator:opened', protocol: PROTOCOL, ok: true, title: r.title, length: r.length };
      } catch (err) {
        reply = { type: 'annotator:opened', protocol: PROTOCOL, ok: false, error: err.message };
      }
      try { opener.postMessage(reply, e.origin); } catch (err) { /* the page went away */ }
    });
    // Say so once the app can take the page; the message carries nothing, so any origin
    // may see it.
    window.annotator.ready.then(() => {
      try { opener.postMessage({ type: 'annotator:ready', protocol: PROTOCOL }, '*'); } catch (e) { /* gone */ }
    }, () => {});
  }

  // [SECTION] The panel under Help: the link to drag to the bookmarks bar.
  let panel = null;
  function showBookmarklet() {
    if (!panel) panel = buildPanel();
    panel.querySelector('a').href = bookmarklet();
    panel.hidden = false;
    panel.querySelector('button').focus();
  }
  function buildPanel() {
    const p = document.createElement('div');
    p.id = 'bookmarklet-panel';
    p.setAttribute('role', 'dialog');
    p.setAttribute('aria-labelledby', 'bookmarklet-title');
    p.style.cssText = 'position:fixed;left:50%;top:20%;transform:translateX(-50%);max-width:32em;' +
      'padding:1em 1.5em;background:#fff;color:#222;border:1px solid #888;border-radius:6px;' +
      'box-shadow:0 4px 24px rgba(0,0,0,.3);font:16px/1.45 system-ui,sans-serif;z-index:10';
    p.innerHTML =
      '<h2 id="bookmarklet-title" style="margin:0 0 .5em;font-size:1.2em">Annotate this page</h2>' +
      '<p>Drag this link to your bookmarks bar:</p>' +
      '<p style="text-align:center"><a id="bookmarklet-link" style="display:inline-block;padding:.4em .9em;' +
      'border:1px solid #36c;border-radius:4px;color:#36c;text-decoration:none">Annotate this page</a></p>' +
      '<p>Then, on a news page, click the bookmark: the annotator opens in a new tab with the ' +
      'page\'s article, and the page\'s address becomes the source of your annotations.</p>' +
      '<p id="bookmarklet-hint" style="color:#666;font-size:.9em">A few sites stop other tabs ' +
      'from talking to them; there, save the page (Ctrl+S) and open the file instead.</p>' +
      '<p style="text-align:right;margin-bottom:0"><button type="button">Close</button></p>';
    p.querySelector('a').addEventListener('click', (e) => {
      e.preventDefault();
      p.querySelector('#bookmarklet-hint').textContent =
        'Drag the link to the bookmarks bar rather than clicking it here; click the bookmark on a news page.';
    });
    const close = () => { p.hidden = true; document.getElementById('canvas').focus(); };
    p.querySelector('button').addEventListener('click', close);
    p.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); e.stopPropagation(); }, true);
    document.body.appendChild(p);
    return p;
  }

  window.AnnotatorHandover = { showBookmarklet, bookmarkletSource };
  if (window.annotator) window.annotator.bookmarklet = bookmarklet;
  listenForPage();
})();
