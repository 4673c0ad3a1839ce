// The e2e runner's test context: the `t` each test gets (fresh browser contexts and pages,
// opening the app, screenshots, console-error watching, logs; see run.mjs for the list) and
// the per-test timeout. Used by run.mjs.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

const DEFAULT_CONTEXT = {
  colorScheme: 'light',
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  reducedMotion: 'no-preference',
};

function safeName(s) {
  return String(s).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'shot';
}

export function makeContext(browser, baseUrl, test) {
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

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
