#!/usr/bin/env node
// Trunk post_build hook (run by post-build.mjs before csp-loader.mjs), release builds only:
// splits the app's wasm in two with crates/ringlock-split, so a first visit downloads only
// what its first view runs (docs/benchmarks.md, "First-load bytes").
//
// 1. The release wasm keeps its function names (index.html: `data-wasm-opt-params="-g …"`);
//    `ringlock-split split` cuts it by the names in scripts/split-keep.txt into the primary,
//    written over `ringlock-app-…_bg.wasm` without names, and `ringlock-app-…_more.wasm`.
//    The constants only moved code reaches move too: the link keeps one data segment per
//    constant (.cargo/config.toml, `--no-merge-data-segments`) and wasm-opt leaves them whole
//    (index.html, `-sp memory-packing`).
// 2. trunk's inline loader gets scripts/split-loader.js and calls it instead of `init`:
//    the secondary comes after the first view (a first visit) or beside the primary (a link
//    or a returning visitor, whose first view the primary does not cover).
// 3. The wasm preload's integrity is recomputed for the primary.
// The named module is kept at target/split/ringlock-app.named.wasm for `make split-profile`,
// which rewrites scripts/split-keep.txt from what the first views run, and the primary's
// function names at target/split/primary-names.tsv, to read a stack trace (`wasm-function[i]`).
//
// Environment (set by trunk): TRUNK_STAGING_DIR, TRUNK_HTML_FILE, TRUNK_PROFILE, TRUNK_SOURCE_DIR.
// RINGLOCK_SPLIT=off keeps one module; RINGLOCK_SPLIT_NAMES=1 keeps the function names in both
// halves, for a profiler (`--dist` apart: never ship it).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

function fail(message) {
  console.error(`split: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: this script runs as a trunk post_build hook');
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log('split: debug build, one module');
  process.exit(0);
}
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const htmlPath = join(staging, basename(process.env.TRUNK_HTML_FILE || 'index.html'));

const wasms = readdirSync(staging).filter((f) => /^ringlock-app-[0-9a-f]+_bg\.wasm$/.test(f));
if (wasms.length !== 1) fail(`expected one ringlock-app-…_bg.wasm in the build, found ${wasms.length}`);
const wasm = wasms[0];
const more = wasm.replace(/_bg\.wasm$/, '_more.wasm');

const named = join(source, 'target', 'split', 'ringlock-app.named.wasm');
mkdirSync(join(source, 'target', 'split'), { recursive: true });
copyFileSync(join(staging, wasm), named);
const primaryTmp = join(staging, `${wasm}.primary`);
// RINGLOCK_SPLIT=off keeps every function in the primary (the rest is empty): the same code as a
// split build, in one module, to compare the two.
const keepList = process.env.RINGLOCK_SPLIT === 'off' ? '-' : join(source, 'scripts', 'split-keep.txt');
const report = execFileSync('cargo', [
  'run', '--quiet', '--release', '--locked', '-p', 'ringlock-split', '--',
  'split', named, keepList, primaryTmp, join(staging, more),
  join(source, 'target', 'split', 'primary-names.tsv'),
], { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
renameSync(primaryTmp, join(staging, wasm));
console.log(report.trim());

let html = readFileSync(htmlPath, 'utf8');
const INIT = /await init\(\{\s*module_or_path:\s*(['"`])([^'"`]+_bg\.wasm)\1\s*\}\)/;
const found = INIT.exec(html);
if (!found) fail(`trunk's loader in ${basename(htmlPath)} has no \`await init({ module_or_path: … })\``);
// Mirrors Tab::initial: with no link and no visit before, the app opens on the course.
const eager = `(location.hash.length>1||(()=>{try{return localStorage.getItem("ringlock.visited")!==null}catch{return true}})())`;
const loader = readFileSync(join(source, 'scripts', 'split-loader.js'), 'utf8').replace(/^\s*\/\/.*\n/gm, '');
html = html.replace(found[0], `await ringlockSplitStart(init,{primary:"./${wasm}",secondary:"./${more}",eager:${eager}})`);
const MODULE = /(<script\b[^>]*type=["']?module["']?[^>]*>)([\s\S]*?ringlockSplitStart)/;
if (!MODULE.test(html)) fail('cannot find trunk\'s module loader to put the split loader in');
html = html.replace(MODULE, (_, open, body) => `${open}${loader}${body}`);

// The preload of the wasm (`<link … href=./ringlock-app-…_bg.wasm integrity=…>`, attributes in
// any order) vouches for the file trunk wrote; it now has to vouch for the primary.
const integrity = `sha384-${createHash('sha384').update(readFileSync(join(staging, wasm))).digest('base64')}`;
const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => tag.includes(`./${wasm}`));
for (const tag of preloads) {
  const INTEGRITY = /\bintegrity=("[^"]*"|'[^']*'|[^\s>]+)/;
  if (INTEGRITY.test(tag)) html = html.replace(tag, tag.replace(INTEGRITY, `integrity="${integrity}"`));
}
writeFileSync(htmlPath, html);
console.log(`split: ${wasm} is the primary, ${more} the rest; the loader starts with ringlockSplitStart`);
