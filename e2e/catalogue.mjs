// The app's message catalogue as the e2e specs read it, and the text helpers built on it.
//
// The catalogue is read from src/i18n/common.rs and src/ring/text/{panels,view}.rs, so every
// text and accessible name the specs look for is the one the app is built from (`make dist`
// first when src/ changed, as `make test` does). Keys are prefixed by their table: `C.` common,
// `P.` panels, `R.` the ring view. Specs import these through helpers.mjs.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function unescapeRust(s) {
  return s.replace(/\\(n|t|"|\\|')/g, (_, c) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\', "'": "'" })[c]);
}

const ENTRY = /(\w+)\s*=>\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*;/g;

/** One catalogue (`Key => "English", "中文";`) read from a source file under src/. */
export function readTable(...file) {
  const text = readFileSync(join(ROOT, 'src', ...file), 'utf8');
  const out = { en: {}, zh: {} };
  for (const m of text.matchAll(ENTRY)) {
    out.en[m[1]] = unescapeRust(m[2]);
    out.zh[m[1]] = unescapeRust(m[3]);
  }
  if (Object.keys(out.en).length < 3) throw new Error(`e2e/catalogue: could not read the catalogue in src/${file.join('/')}`);
  return out;
}

function loadCatalogue() {
  const tables = {
    C: ['i18n', 'common.rs'],
    P: ['ring', 'text', 'panels.rs'],
    R: ['ring', 'text', 'view.rs'],
  };
  const out = { en: {}, zh: {} };
  for (const [prefix, file] of Object.entries(tables)) {
    const table = readTable(...file);
    if (Object.keys(table.en).length < 10) throw new Error(`e2e/catalogue: could not read the catalogue in src/${file.join('/')}`);
    for (const lang of ['en', 'zh']) {
      for (const [k, v] of Object.entries(table[lang])) out[lang][`${prefix}.${k}`] = v;
    }
  }
  return out;
}

export const CATALOGUE = loadCatalogue();

/** Fill `{0}`, `{1}`, … like the app's `fill` (in order). */
export function fill(template, ...args) {
  let out = template;
  args.forEach((a, i) => {
    out = out.split(`{${i}}`).join(String(a));
  });
  return out;
}

/** `t(key, ...args)`: the catalogue text in `lang`, placeholders filled. */
export function texts(lang = 'en') {
  const table = CATALOGUE[lang];
  if (!table) throw new Error(`unknown language ${lang}`);
  return (key, ...args) => {
    const template = table[key];
    if (template === undefined) throw new Error(`catalogue has no ${key}`);
    return fill(template, ...args);
  };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export { escapeRe };

/**
 * A RegExp for a catalogue template: placeholders become capture groups (`{n}` → group),
 * everything else is literal. `exact` anchors it.
 */
export function templateRe(lang, key, { exact = true, fixed = {} } = {}) {
  const template = CATALOGUE[lang][key];
  if (template === undefined) throw new Error(`catalogue has no ${key}`);
  const src = template
    .split(/(\{\d\})/)
    .map((part) => {
      const m = /^\{(\d)\}$/.exec(part);
      if (!m) return escapeRe(part);
      return m[1] in fixed ? escapeRe(String(fixed[m[1]])) : '(.+?)';
    })
    .join('');
  return new RegExp(exact ? `^${src}$` : src);
}

/** "1,234,567" → 1234567 (the app groups digits with commas in both languages). */
export function num(text) {
  const m = /-?[\d,]+(\.\d+)?/.exec(String(text));
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(m[0].replace(/,/g, ''));
}

/** 1234567 → "1,234,567", as the app writes counts. */
export const grouped = (n) => Number(n).toLocaleString('en-US');
