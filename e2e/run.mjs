#!/usr/bin/env node
// End-to-end test runner for Ringlock.
//
//   node e2e/run.mjs [spec-name-substring ...]
//
// Serves dist/ (the `trunk build --release` output) on a free 127.0.0.1 port with a tiny static
// server (run-server.mjs), launches Debian's Chromium through playwright-core (never downloads a
// browser) and runs every e2e/*.spec.mjs in file-name order.
//
// A spec module exports either
//   export default async function (t) { ... }                     // one test, named after the file
// or
//   export default [{ name: 'does x', fn: async (t) => { ... } }, ...]
// A test object may also carry `allowConsoleErrors: true` and `timeout: ms`.
//
// `t` gives each test (made in run-context.mjs):
//   t.page                     fresh page in a fresh browser context (light scheme, 1280x800, en-US)
//   t.baseUrl                  e.g. http://127.0.0.1:40123 (no trailing slash); t.url(path) joins
//   t.open(path = '/', {page}) goto + wait until #app or <main> has content; returns the page
//   t.newPage({colorScheme, viewport, locale, firstVisit, ...contextOptions})  another fresh context
//                              + page; a returning visitor's unless firstVisit (then Learn opens)
//   t.screenshot(name, {page, fullPage, locator})  PNG into e2e/screenshots/<name>(.png) of the
//                              page, or of one element when `locator` is given; returns the path
//   t.assert                   node:assert/strict
//   t.allowConsoleErrors(re?)  opt out of failing on console errors (all, or those matching re)
//   t.consoleErrors            errors collected so far (console 'error' messages and pageerrors)
//   t.log(...)                 print indented under the test
// Console 'error' messages and uncaught page errors fail the test unless it opts out.
//
// Environment:
//   DIST_DIR        directory to serve (default: <repo>/dist)
//   E2E_BASE_URL    test an already running server instead (e.g. http://127.0.0.1:8080 from
//                   `make serve`); DIST_DIR is then not served
//   CHROMIUM_PATH   browser binary (default: /usr/bin/chromium)
//   E2E_TIMEOUT     per-test timeout in ms (default 60000)
//   E2E_HEADED=1    show the browser (needs a display)
//
// Ends with exactly one line `N passed, M failed`; exits 1 if any test failed or none ran.

import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SCREENSHOT_DIR, makeContext, withTimeout } from './run-context.mjs';
import { startStaticServer } from './run-server.mjs';

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(E2E_DIR, '..');
const DIST_DIR = resolve(process.env.DIST_DIR || join(ROOT, 'dist'));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TEST_TIMEOUT = Number(process.env.E2E_TIMEOUT || 60_000);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ------------------------------------------------------------------ spec discovery

async function loadSpecs(filters) {
  const files = readdirSync(E2E_DIR)
    .filter((f) => f.endsWith('.spec.mjs'))
    .sort()
    .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
  const tests = [];
  for (const file of files) {
    const spec = file.replace(/\.spec\.mjs$/, '');
    let mod;
    try {
      mod = await import(pathToFileURL(join(E2E_DIR, file)).href);
    } catch (err) {
      tests.push({ spec, name: '(load)', fn: () => { throw err; } });
      continue;
    }
    const exp = mod.default ?? mod.tests;
    if (typeof exp === 'function') {
      tests.push({ spec, name: exp.name && exp.name !== 'default' ? exp.name : spec, fn: exp });
    } else if (Array.isArray(exp)) {
      exp.forEach((t, i) => {
        if (!t || typeof t.fn !== 'function') {
          tests.push({ spec, name: (t && t.name) || `#${i + 1}`, fn: () => { throw new Error(`${file}: test #${i + 1} has no fn`); } });
        } else {
          tests.push({ ...t, spec, name: t.name || `#${i + 1}` });
        }
      });
    } else {
      tests.push({ spec, name: '(load)', fn: () => { throw new Error(`${file}: default export must be a function or an array of {name, fn}`); } });
    }
  }
  return tests;
}

// ------------------------------------------------------------------ main

async function main() {
  const filters = process.argv.slice(2);
  let passed = 0;
  let failed = 0;
  let server = null;
  let browser = null;

  const finish = (code) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(code);
  };

  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    console.error(`e2e: cannot load playwright-core (${err.message}); run scripts/setup.sh test (npm ci)`);
    return finish(1);
  }

  const tests = await loadSpecs(filters);
  if (tests.length === 0) {
    console.error(`e2e: no tests found (e2e/*.spec.mjs${filters.length ? ` matching ${filters.join(', ')}` : ''})`);
    return finish(1);
  }

  let baseUrl = (process.env.E2E_BASE_URL || '').replace(/\/+$/, '');
  try {
    if (!baseUrl) {
      if (!existsSync(join(DIST_DIR, 'index.html'))) {
        throw new Error(`${DIST_DIR}/index.html not found: run \`trunk build --release\` first (or set DIST_DIR / E2E_BASE_URL)`);
      }
      server = await startStaticServer(DIST_DIR);
      baseUrl = `http://127.0.0.1:${server.address().port}`;
    }
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run scripts/setup.sh test (apt-get install chromium) or set CHROMIUM_PATH`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: process.env.E2E_HEADED !== '1',
      args: CHROMIUM_ARGS,
    });
  } catch (err) {
    console.error(`e2e: setup failed: ${err.stack || err.message}`);
    if (server) server.close();
    failed = tests.length;
    return finish(1);
  }

  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  console.log(`e2e: ${tests.length} test(s) against ${baseUrl} with ${CHROMIUM_PATH} (${browser.version()})`);

  for (const test of tests) {
    const label = `${test.spec} › ${test.name}`;
    const started = Date.now();
    const { t, unexpectedErrors, close, logs } = makeContext(browser, baseUrl, test);
    let error = null;
    try {
      t.page = await t.newPage();
      await withTimeout(Promise.resolve().then(() => test.fn(t)), test.timeout || TEST_TIMEOUT, label);
      const errs = unexpectedErrors();
      if (errs.length) {
        error = new Error(`${errs.length} console error(s) on the page:\n      ${errs.join('\n      ')}`);
      }
    } catch (err) {
      error = err;
      const errs = unexpectedErrors();
      if (errs.length && error && error.message) {
        error.message += `\n    page console errors:\n      ${errs.join('\n      ')}`;
      }
    }
    if (error && t.page && !t.page.isClosed() && t.page.url() !== 'about:blank') {
      await t.screenshot(`FAILED-${test.spec}-${test.name}`).catch(() => {});
    }
    await close();
    const ms = Date.now() - started;
    if (error) {
      failed++;
      console.log(`  ✗ ${label} (${ms} ms)`);
      for (const line of logs) console.log(`      ${line}`);
      const text = String((error && (error.stack || error.message)) || error);
      console.log(text.split('\n').map((l) => `      ${l}`).join('\n'));
    } else {
      passed++;
      console.log(`  ✓ ${label} (${ms} ms)`);
      for (const line of logs) console.log(`      ${line}`);
    }
  }

  await browser.close().catch(() => {});
  if (server) {
    server.closeAllConnections?.();
    await new Promise((ok) => server.close(ok));
  }
  finish(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(`e2e: runner crashed: ${err.stack || err}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
