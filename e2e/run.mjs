#!/usr/bin/env node
// End-to-end test runner for Ringlock.
//
//   node e2e/run.mjs [spec-name-substring ...]
//
// Serves dist/ (the `trunk build --release` output) on a free 127.0.0.1 port with a tiny static
// server, launches Debian's Chromium through playwright-core (never downloads a browser) and runs
// every e2e/*.spec.mjs in file-name order.
//
// A spec module exports either
//   export default async function (t) { ... }                     // one test, named after the file
// or
//   export default [{ name: 'does x', fn: async (t) => { ... } }, ...]
// A test object may also carry `allowConsoleErrors: true` and `timeout: ms`.
//
// `t` gives each test:
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

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, createReadStream } from 'node:fs';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const E2E_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(E2E_DIR, '..');
const DIST_DIR = resolve(process.env.DIST_DIR || join(ROOT, 'dist'));
const SCREENSHOT_DIR = join(E2E_DIR, 'screenshots');
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
const DEFAULT_CONTEXT = {
  colorScheme: 'light',
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  reducedMotion: 'no-preference',
};

// ------------------------------------------------------------------ static server

// The strict policy of index.html's <meta http-equiv>, sent as a header too, as README's
// "Hosting" tells a server to: every spec runs under it, and Chromium reports each violation as
// a console error, which fails the test.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function startStaticServer(root) {
  const indexHtml = join(root, 'index.html');
  const server = createServer((req, res) => {
    const send = (status, file) => {
      const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP };
      if (!file) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      headers['Content-Type'] = MIME[extname(file).toLowerCase()] || 'application/octet-stream';
      headers['Content-Length'] = statSync(file).size;
      res.writeHead(status, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400);
    }
    const file = resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + sep)) return send(403);
    if (isFile(file)) return send(200, file);
    if (isFile(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    if (pathname === '/favicon.ico') return send(204);
    // SPA fallback: unknown routes get index.html; a missing asset (has an extension) is a 404
    // so that a broken asset reference shows up as an error instead of as HTML.
    if (!extname(pathname) || (req.headers.accept || '').includes('text/html')) {
      return send(200, indexHtml);
    }
    return send(404);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

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

// ------------------------------------------------------------------ test context

function safeName(s) {
  return String(s).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'shot';
}

function makeContext(browser, baseUrl, test) {
  const contexts = [];
  const errors = [];
  const allow = { all: !!test.allowConsoleErrors, patterns: [] };
  const logs = [];

  const watch = (page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        errors.push(`console.error: ${msg.text()}${where}`);
      }
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message || err}`));
    page.on('crash', () => errors.push('page crashed'));
    page.setDefaultTimeout(30_000);
    page.setDefaultNavigationTimeout(30_000);
  };

  // Every page is a returning visitor's (the app opens on the Ring tab, as the specs before the
  // course expect) unless `firstVisit: true` asks for a first-time visitor (who lands on Learn).
  const newPage = async ({ firstVisit = false, ...opts } = {}) => {
    const ctx = await browser.newContext({ ...DEFAULT_CONTEXT, ...opts });
    if (!firstVisit) {
      await ctx.addInitScript(() => {
        try {
          if (!localStorage.getItem('ringlock.visited')) localStorage.setItem('ringlock.visited', '1');
        } catch (_) {}
      });
    }
    contexts.push(ctx);
    const page = await ctx.newPage();
    watch(page);
    return page;
  };

  const t = {
    page: null,
    baseUrl,
    assert,
    newPage,
    url: (path = '/') => new URL(path, baseUrl + '/').href,
    async open(path = '/', { page } = {}) {
      const p = page || t.page;
      await p.goto(t.url(path), { waitUntil: 'load' });
      await p.waitForFunction(() => {
        const el = document.querySelector('#app') || document.querySelector('main');
        return !!el && (el.children.length > 0 || el.textContent.trim().length > 0);
      });
      return p;
    },
    async screenshot(name, { page, fullPage = false, locator } = {}) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const file = join(SCREENSHOT_DIR, safeName(String(name).replace(/\.png$/i, '')) + '.png');
      await (locator || page || t.page).screenshot({ path: file, ...(locator ? {} : { fullPage }) });
      return file;
    },
    allowConsoleErrors(pattern) {
      if (pattern === undefined) allow.all = true;
      else allow.patterns.push(pattern instanceof RegExp ? pattern : new RegExp(String(pattern)));
    },
    get consoleErrors() {
      return [...errors];
    },
    log(...args) {
      logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    },
  };

  const unexpectedErrors = () =>
    allow.all ? [] : errors.filter((e) => !allow.patterns.some((re) => re.test(e)));
  const close = async () => {
    for (const ctx of contexts) await ctx.close().catch(() => {});
  };
  return { t, unexpectedErrors, close, logs };
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
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
