#!/usr/bin/env node
// Records which wasm functions the app's first views run, for the module split
// (crates/ringlock-split, scripts/split.mjs): the names it writes stay in the primary module.
//
//   node scripts/split-profile.mjs DIST INSTRUMENTED.wasm NAMES.tsv OUT.txt   (make split-profile)
//
// DIST is a release build; INSTRUMENTED.wasm is `ringlock-split instrument` of its named
// module, NAMES.tsv the index → name table written beside it. Each first view opens in a fresh
// headless Chromium context with the instrumented module in place of the app's; the import
// `ringlock_split.hit(i)` records function i's first call. The first view is a first visit's
// (the course, chapter 1; a link or a returning visitor fetches the rest beside the primary,
// scripts/split-loader.js), in English and 中文 (chosen before, or the browser's language),
// light and dark, wide and narrow.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/run-server.mjs';

const [dist, instrumented, namesPath, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/split-profile.mjs DIST INSTRUMENTED.wasm NAMES.tsv OUT.txt');
  process.exit(2);
}

const copy = mkdtempSync(join(tmpdir(), 'ringlock-profile-'));
cpSync(dist, copy, { recursive: true });
const wasmName = readdirSync(copy).find((f) => /^ringlock-app-.*_bg\.wasm$/.test(f));
for (const f of readdirSync(copy)) if (f.startsWith(wasmName) && f !== wasmName) rmSync(join(copy, f));
for (const f of readdirSync(copy)) if (/_more\.wasm$/.test(f)) rmSync(join(copy, f));
cpSync(instrumented, join(copy, wasmName));
for (const f of readdirSync(copy)) if (f.startsWith('index.html.')) rmSync(join(copy, f));
const html = readFileSync(join(copy, 'index.html'), 'utf8').replace(/ integrity=("[^"]*"|\S+?)(?=[ >])/g, '');
writeFileSync(join(copy, 'index.html'), html);

const names = new Map(readFileSync(namesPath, 'utf8').trim().split('\n').map((l) => {
  const tab = l.indexOf('\t');
  return [Number(l.slice(0, tab)), l.slice(tab + 1)];
}));

const VIEWS = [];
for (const [lang, locale] of [['en', 'en-US'], ['zh', 'zh-CN']]) {
  for (const stored of [false, true]) {
    for (const theme of ['light', 'dark']) {
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        VIEWS.push({
          lang: stored ? lang : null, locale, theme, viewport,
          name: `first visit, ${stored ? `${lang} chosen` : `browser in ${locale}`}, ${theme}, ${viewport.width}×${viewport.height}`,
        });
      }
    }
  }
}

const server = await startStaticServer(copy);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const hits = new Set();
try {
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.theme, locale: view.locale });
    await context.addInitScript((lang) => {
      if (lang) localStorage.setItem('ringlock.lang', JSON.stringify(lang));
      window.__hits = [];
      const add = (imports) => ({ ...imports, ringlock_split: { hit: (i) => window.__hits.push(i) } });
      const streaming = WebAssembly.instantiateStreaming;
      const plain = WebAssembly.instantiate;
      WebAssembly.instantiateStreaming = (source, imports) => streaming(source, add(imports));
      WebAssembly.instantiate = (source, imports) => plain(source, add(imports));
    }, view.lang);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.waitForSelector('[role="tablist"]', { timeout: 60_000 });
    // Views drawn in stages (`Later`) are part of the first view.
    await page.waitForFunction(() => !document.querySelector('.later'), null, { timeout: 60_000 });
    await page.waitForTimeout(1500);
    const found = await page.evaluate(() => window.__hits);
    if (errors.length) throw new Error(`${view.name}: ${errors.join('; ')}`);
    const before = hits.size;
    for (const i of found) hits.add(i);
    console.log(`split-profile: ${view.name}: ${found.length} functions ran, ${hits.size - before} new`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(copy, { recursive: true, force: true });
}

const kept = [...hits].map((i) => names.get(i)).filter(Boolean).sort();
const header = [
  '# Functions a first visit\'s first view runs: they stay in the primary module (scripts/split.mjs).',
  '# Written by `make split-profile` (scripts/split-profile.mjs); a name no longer in the build is ignored.',
];
writeFileSync(out, [...header, ...kept].join('\n') + '\n');
console.log(`split-profile: ${kept.length} functions written to ${out}`);
