// browser.mjs - starts Debian's Chromium headless with SwiftShader WebGL (see the project's
// toolchain notes) through playwright-core, each time with a fresh profile, and opens the
// app; helpers shared by the end-to-end tests and the UI benchmark.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, WEB_DIR } from './server.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// Skips (with the reason) when the page or the browser is missing, instead of failing
// on a machine that has not built the app.
// Why the browser tests cannot run here, or null. build-wasm.sh sets ANNOTATOR_E2E_REQUIRED:
// there a missing app or browser is a failure, not a skip.
export function missingPrerequisite() {
  let reason = null;
  if (!fs.existsSync(path.join(WEB_DIR, 'app.wasm'))) reason = `no app in ${WEB_DIR} (build it first)`;
  else if (!fs.existsSync(CHROMIUM)) reason = `no browser at ${CHROMIUM}`;
  if (reason && process.env.ANNOTATOR_E2E_REQUIRED) throw new Error(reason);
  return reason;
}

// Launches a persistent context with a fresh user-data-dir (so IndexedDB survives reloads
// within one test but never leaks between tests).
// `hasTouch`: a touch screen (phones, tablets), for touch tests.
export async function launch({ width = 1280, height = 800, dpr = 1, hasTouch = false } = {}) {
  const server = await startServer();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotator-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    deviceScaleFactor: dpr,
    hasTouch,
    acceptDownloads: true,
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return {
    server, context, page, errors,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Opens the app and waits until it has drawn the article.
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.annotator !== undefined);
  await page.evaluate(() => window.annotator.ready);
  await settle(page);
}

// Two animation frames: what the app drew reflects every call made before.
export async function settle(page, frames = 3) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = (k) => (k <= 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  }), frames);
}

export async function shot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name + '.png');
  await page.screenshot({ path: file });
  return file;
}
