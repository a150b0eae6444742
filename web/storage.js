// storage.js - the library's storage for web/app-glue.js: IndexedDB transactions with
// revision checks (a tab never writes over what another tab wrote without merging first),
// a BroadcastChannel telling the other tabs what changed, a copy in localStorage of the
// writes still on their way when the page is closed (IndexedDB drops them then), and the
// records of the previous version read once for the move into the library. What the
// records mean is the app's business (src/session/records.h); this file only moves them.
// Exposes window.AnnotatorStorage. Test hooks: window.annotatorTestHooks (see
// docs/EMBEDDING.md) makes reads or writes fail as a broken or full storage would.
(function () {
  'use strict';
  const DB_NAME = 'article-annotator';
  const DB_VERSION = 2;
  const LEGACY_STORE = 'state';  // version 1: one article in four records, kept as it was
  const LEGACY_KEYS = ['article', 'annotations', 'ui', 'dismissed'];
  const STORE = 'library';
  const MIGRATED_KEY = 'migrated-v1';
  const RESCUE_PREFIX = 'article-annotator-unsaved:';
  const tabId = Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 10);
  const hooks = () => window.annotatorTestHooks || {};

  // [SECTION] Opening the database
  let dbPromise = null;
  function openDb() {
    if (dbPromise) return dbPromise;
    dbPromise = new Promise((resolve, reject) => {
      if (hooks().failOpen) { reject(new Error(hooks().failOpen)); return; }
      let req;
      try { req = indexedDB.open(DB_NAME, DB_VERSION); } catch (e) { reject(e); return; }
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(LEGACY_STORE)) db.createObjectStore(LEGACY_STORE);
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => db.close();  // a newer version of the page is opening
        resolve(db);
      };
      req.onerror = () => reject(req.error || new Error('IndexedDB could not be opened'));
      req.onblocked = () => {
        // An older page in another tab holds the previous version open.
        window.dispatchEvent(new CustomEvent('annotator-storage-blocked'));
      };
    });
    return dbPromise;
  }

  function range(prefix) { return IDBKeyRange.bound(prefix, prefix + '\uffff'); }
  function revOf(value) {
    if (value === undefined) return 0;
    try { const r = JSON.parse(value).rev; return typeof r === 'number' ? r : -1; } catch (e) { return -1; }
  }
  function describe(e) { return e ? (e.message || e.name || String(e)) : 'unknown error'; }

  // [SECTION] Writes: one transaction each, checks first, all or nothing.
  const inFlight = new Map();  // id -> batch, until its transaction settles
  let idleWaiters = [];
  let rescued = false;  // a copy of the writes in flight is in localStorage
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DB_NAME) : null;
  let onRemote = () => {};

  function settle(batch, outcome) {
    if (!inFlight.has(batch.id)) return;  // each write settles once (abort and error both fire)
    inFlight.delete(batch.id);
    if (outcome.ok && channel) {
      const keys = batch.puts.map((p) => p[0]).concat(batch.removes).filter((k) => k.startsWith('meta:'));
      if (keys.length) channel.postMessage({ tab: tabId, keys });
    }
    if (inFlight.size === 0) {
      if (rescued) { try { localStorage.removeItem(RESCUE_PREFIX + tabId); } catch (e) { /* gone */ } rescued = false; }
      const w = idleWaiters;
      idleWaiters = [];
      w.forEach((f) => f());
    }
    batch.resolve(outcome);
  }

  function runBatch(db, batch, done) {
    let tx;
    try {
      tx = db.transaction(STORE, 'readwrite');
    } catch (e) {
      // The connection was closed under us (the browser, another version of the page): the
      // next write opens the database again.
      if (e && e.name === 'InvalidStateError') dbPromise = null;
      done({ ok: false, kind: 'other', message: describe(e) });
      return;
    }
    const st = tx.objectStore(STORE);
    let conflict = null;
    const apply = () => {
      for (const [key, value] of batch.puts) st.put(value, key);
      for (const key of batch.removes) st.delete(key);
      for (const prefix of batch.prefixes) st.delete(range(prefix));
    };
    if (batch.checks.length === 0) {
      apply();
    } else {
      let passed = 0;
      for (const [key, rev] of batch.checks) {
        st.get(key).onsuccess = (ev) => {
          if (conflict) return;
          const found = revOf(ev.target.result);
          if (found !== rev) {
            conflict = { key, expected: rev, found };
            tx.abort();
          } else if (++passed === batch.checks.length) {
            apply();
          }
        };
      }
    }
    tx.oncomplete = () => done({ ok: true });
    tx.onabort = () => {
      if (conflict) done({ ok: false, kind: 'conflict', message: conflict.key + ' is at revision ' + conflict.found, conflict });
      else {
        const err = tx.error;
        const quota = err && (err.name === 'QuotaExceededError' || /quota/i.test(err.message || ''));
        done({ ok: false, kind: quota ? 'quota' : 'other', message: describe(err) });
      }
    };
  }

  function write(batch) {
    return new Promise((resolve) => {
      batch.resolve = resolve;
      inFlight.set(batch.id, batch);
      const fail = hooks().failWrites;
      if (fail) {
        // As a full or broken storage answers: after a moment, nothing written.
        setTimeout(() => settle(batch, { ok: false, kind: fail === 'quota' ? 'quota' : 'other',
          message: fail === 'quota' ? 'QuotaExceededError: the quota has been exceeded' : String(fail) }), 5);
        return;
      }
      openDb().then((db) => {
        if (hooks().closeDatabase) {  // tests: the connection goes away, as browsers may do
          hooks().closeDatabase = false;
          db.close();
        }
        runBatch(db, batch, (o) => settle(batch, o));
      },
        (e) => settle(batch, { ok: false, kind: 'other', message: describe(e) }));
    });
  }

  // The page is being hidden or closed: IndexedDB may drop the writes still running, so a
  // copy goes to localStorage (synchronous) and the next start applies it.
  function rescue() {
    if (inFlight.size === 0) return;
    const list = [...inFlight.values()].map((b) => ({ checks: b.checks, puts: b.puts, removes: b.removes, prefixes: b.prefixes }));
    const key = RESCUE_PREFIX + tabId;
    try {
      localStorage.setItem(key, JSON.stringify(list));
      rescued = true;
    } catch (e) {
      // Too large for localStorage (a long article's text): keep at least the small records.
      try {
        const small = list.map((b) => Object.assign({}, b, { puts: b.puts.filter((p) => p[1].length < 262144) }));
        localStorage.setItem(key, JSON.stringify(small));
        rescued = true;
      } catch (e2) { /* nothing more can be done while the page closes */ }
    }
  }

  // [SECTION] Reads
  function readKeys(db, keys, prefixes) {
    return new Promise((resolve, reject) => {
      let tx;
      try { tx = db.transaction(STORE, 'readonly'); } catch (e) { reject(e); return; }
      const st = tx.objectStore(STORE);
      const out = [];
      for (const key of keys) {
        const r = st.get(key);
        r.onsuccess = () => { if (typeof r.result === 'string') out.push([key, r.result]); };
      }
      for (const prefix of prefixes) {
        const k = st.getAllKeys(range(prefix));
        const v = st.getAll(range(prefix));
        v.onsuccess = () => {
          // Both requests run in order in one transaction: keys are there by now.
          const ks = k.result || [];
          v.result.forEach((value, i) => { if (typeof value === 'string') out.push([String(ks[i]), value]); });
        };
      }
      tx.oncomplete = () => resolve(out);
      tx.onabort = tx.onerror = () => reject(tx.error || new Error('the read was aborted'));
    });
  }

  function read(keys, prefixes) {
    if (hooks().failReads) return Promise.reject(new Error(hooks().failReads));
    return openDb().then((db) => readKeys(db, keys, prefixes));
  }

  // Writes a closing tab could not finish: applied now, in order, with the same checks.
  // One whose check fails because it was in fact committed is dropped; one that another
  // tab overtook comes back as "recovered:KEY" records for the app to merge.
  async function replayRescued(db) {
    const recovered = [];
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(RESCUE_PREFIX)) keys.push(k);
    }
    for (const k of keys) {
      let list = [];
      try { list = JSON.parse(localStorage.getItem(k)) || []; } catch (e) { list = []; }
      for (const b of list) {
        const batch = { id: 'rescue', checks: b.checks || [], puts: b.puts || [], removes: b.removes || [], prefixes: b.prefixes || [] };
        const outcome = await new Promise((resolve) => runBatch(db, batch, resolve));
        if (outcome.ok || outcome.kind !== 'conflict') continue;
        const meta = batch.puts.find((p) => p[0].startsWith('meta:'));
        const committed = meta && revOf(meta[1]) === outcome.conflict.found;
        if (!committed) for (const [key, value] of batch.puts) if (key.startsWith('doc:')) recovered.push(['recovered:' + key, value]);
      }
      localStorage.removeItem(k);
    }
    return recovered;
  }

  // [SECTION] Start-up: everything the app needs to list the library and reopen.
  async function readBoot() {
    if (hooks().failReads) throw new Error(hooks().failReads);
    const db = await openDb();
    const recovered = await replayRescued(db);
    const entries = await readKeys(db, ['ui', MIGRATED_KEY], ['meta:', 'draft:']);
    if (!entries.some(([k]) => k === MIGRATED_KEY) && db.objectStoreNames.contains(LEGACY_STORE)) {
      const legacy = await new Promise((resolve, reject) => {
        const tx = db.transaction(LEGACY_STORE, 'readonly');
        const out = [];
        for (const k of LEGACY_KEYS) {
          const r = tx.objectStore(LEGACY_STORE).get(k);
          r.onsuccess = () => { if (typeof r.result === 'string') out.push(['legacy:' + k, r.result]); };
        }
        tx.oncomplete = () => resolve(out);
        tx.onabort = tx.onerror = () => reject(tx.error || new Error('the previous version\'s records could not be read'));
      });
      entries.push(...legacy);
    }
    return entries.concat(recovered);
  }

  if (channel) {
    channel.onmessage = (e) => {
      if (hooks().ignoreOtherTabs) return;  // tests: only the revision checks keep the tabs apart
      if (e.data && e.data.tab !== tabId) onRemote(e.data.keys || []);
    };
  }

  window.AnnotatorStorage = {
    readBoot,
    read,
    write,
    rescue,
    onRemoteChange(f) { onRemote = f; },
    // Resolves when every write so far has settled.
    idle() { return inFlight.size === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r)); },
    pendingWrites() { return inFlight.size; },
  };
})();
