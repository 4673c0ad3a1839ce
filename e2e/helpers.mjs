// Shared helpers for the e2e specs (not a spec itself: the runner only loads *.spec.mjs).
//
// - The message catalogue is read from src/i18n/common.rs and src/ring/text/{panels,view}.rs,
//   so every text and accessible name the specs look for is the one the app is built from
//   (`make dist` first when src/ changed, as `make test` does).
// - `ui(page, lang)` gives locators by role and accessible name, plus readers for the numbers a
//   user sees (node and key counts, a node's keys, the moved-keys counters).
// - An independent oracle of the README's hashing convention (Node's crypto SHA-1), to check
//   positions, owners and moved counts without trusting the app.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------ catalogue

function unescapeRust(s) {
  return s.replace(/\\(n|t|"|\\|')/g, (_, c) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\', "'": "'" })[c]);
}

function loadCatalogue() {
  const tables = {
    C: ['i18n', 'common.rs'],
    P: ['ring', 'text', 'panels.rs'],
    R: ['ring', 'text', 'view.rs'],
  };
  const out = { en: {}, zh: {} };
  const entry = /(\w+)\s*=>\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*;/g;
  for (const [prefix, file] of Object.entries(tables)) {
    const text = readFileSync(join(ROOT, 'src', ...file), 'utf8');
    let m;
    let n = 0;
    while ((m = entry.exec(text))) {
      out.en[`${prefix}.${m[1]}`] = unescapeRust(m[2]);
      out.zh[`${prefix}.${m[1]}`] = unescapeRust(m[3]);
      n++;
    }
    if (n < 10) throw new Error(`e2e/helpers: could not read the catalogue in src/${file.join('/')}`);
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

// ------------------------------------------------------------------ waiting

/**
 * Poll `fn` until it returns a truthy value (returned), like expect.poll; throws with `message`
 * and the last value after `timeout` ms. Intervals grow 16 → 250 ms: polling, not fixed sleeps.
 */
export async function until(fn, { timeout = 10_000, message = 'condition' } = {}) {
  const start = Date.now();
  let last;
  let wait = 16;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeout) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 250);
  }
}

/** Poll until `read()` equals `expected` (deep for arrays); returns it. */
export async function untilEqual(read, expected, message, timeout = 10_000) {
  let seen;
  await until(
    async () => {
      seen = await read();
      return JSON.stringify(seen) === JSON.stringify(expected);
    },
    { timeout, message: `${message} to be ${JSON.stringify(expected)}` },
  ).catch((err) => {
    err.message += ` — last seen ${JSON.stringify(seen)}`;
    throw err;
  });
  return seen;
}

/** Two animation frames: layout and paint are up to date (canvas layers included). */
export async function frames(page, n = 2) {
  await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
        step(n);
      }),
    n,
  );
}

// ------------------------------------------------------------------ page model

/**
 * Locators and readers for the app in `lang` ('en' | 'zh'). Everything is found by role and
 * accessible name from the catalogue; where the UI has no such handle the comment says so.
 * Number fields are text inputs with a numeric keyboard (role textbox), so a bad entry reaches
 * the app and is refused with a message instead of being read as empty.
 */
export function ui(page, lang = 'en') {
  const t = texts(lang);
  const region = (key) => page.getByRole('region', { name: t(key), exact: true });

  const nodes = region('P.NodesTitle');
  const vnodes = region('P.VnodesTitle');
  const keys = region('P.KeysTitle');
  const stats = region('P.StatsTitle');
  const ring = region('R.Title');
  const nodeTable = nodes.getByRole('table');
  const legend = page.getByRole('list', { name: t('R.LegendLabel'), exact: true });
  const moves = page.getByRole('status', { name: t('R.MovesLabel'), exact: true });

  const nodeRow = (name) =>
    nodeTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

  // The panel heads ("4 / 1,000 nodes · 4 live", "400 / 1,000,000 keys") are plain spans: no
  // role or name. Found by their catalogue template. (Suggested: data-testid or <output>.)
  const nodesMeta = nodes.getByText(templateRe(lang, 'P.NodesCount'));
  const keysMeta = keys.getByText(templateRe(lang, 'P.KeysCount'));
  const pointsMeta = vnodes.getByText(templateRe(lang, 'P.VnodesCount'));

  const u = {
    page,
    lang,
    t,
    nodes,
    vnodes,
    keys,
    stats,
    ring,
    nodeTable,
    legend,
    moves,
    nodeRow,

    // ----- header
    langButton: (label) => page.getByRole('group', { name: t('C.Language') }).getByRole('button', { name: label, exact: true }),
    themeSelect: page.getByRole('combobox', { name: t('C.Theme'), exact: true }),
    notice: page.getByRole('alert').filter({ hasText: templateRe(lang, 'C.BadLink', { exact: false }) }),

    // ----- nodes
    nodeName: nodes.getByRole('textbox', { name: t('P.NodeName'), exact: true }),
    nodeWeight: nodes.getByRole('textbox', { name: t('P.Weight'), exact: true }),
    addNodeButton: nodes.getByRole('button', { name: t('P.AddNode'), exact: true }),
    killButton: (name) => nodes.getByRole('button', { name: t('P.KillNamed', name), exact: true }),
    reviveButton: (name) => nodes.getByRole('button', { name: t('P.ReviveNamed', name), exact: true }),
    removeButton: (name) => nodes.getByRole('button', { name: t('P.RemoveNamed', name), exact: true }),
    rowWeight: (name) => nodes.getByRole('textbox', { name: t('P.WeightOf', name), exact: true }),
    legendChip: (name) => legend.getByRole('button', { name: new RegExp(`^${escapeRe(name)} `) }),

    // ----- vnodes
    vnodesNumber: vnodes.getByRole('textbox', { name: t('P.VnodesPerNode'), exact: true }),
    vnodesSlider: vnodes.getByRole('slider', { name: t('P.VnodesPerNode'), exact: true }),

    // ----- keys
    addKeyName: keys.getByRole('textbox', { name: t('P.AddKeyLabel'), exact: true }),
    addKeyButton: keys.getByRole('button', { name: t('P.AddKey'), exact: true }),
    removeKeyName: keys.getByRole('textbox', { name: t('P.RemoveKeyLabel'), exact: true }),
    removeKeyButton: keys.getByRole('button', { name: t('P.RemoveKey'), exact: true }),
    generateCount: keys.getByRole('textbox', { name: t('P.GenerateLabel'), exact: true }),
    generateButton: keys.getByRole('button', { name: t('P.Generate'), exact: true }),
    quickButton: (n) => keys.getByRole('button', { name: t('P.QuickAddN', grouped(n)), exact: true }),
    pasteSummary: keys.getByText(t('P.PasteSummary'), { exact: true }),
    pasteArea: keys.getByRole('textbox', { name: t('P.PasteLabel'), exact: true }),
    pasteAddButton: keys.getByRole('button', { name: t('P.PasteAdd'), exact: true }),
    pasteDiscardButton: keys.getByRole('button', { name: t('P.PasteDiscard'), exact: true }),
    pasteHeld: keys.getByRole('status').filter({ hasText: templateRe(lang, 'P.PasteHeld', { exact: false }) }),
    exportButton: keys.getByRole('button', { name: t('P.ExportCsv'), exact: true }),
    clearButton: keys.getByRole('button', { name: t('P.ClearKeys'), exact: true }),
    // The status line under the key actions (role=status, no name): the last status of the panel.
    keysStatus: keys.getByRole('status').last(),

    // ----- ring
    schemeButton: (key) =>
      page.getByRole('group', { name: t('R.SchemeGroup'), exact: true }).getByRole('button', { name: new RegExp(`^${escapeRe(t(key))}`) }),
    ringFigure: ring.getByRole('group', { name: templateRe(lang, 'R.FigureLabel') }),

    // ----- readers
    async nodeCount() {
      const m = templateRe(lang, 'P.NodesCount').exec((await nodesMeta.textContent()).trim());
      return { total: num(m[1]), live: num(m[3]) };
    },
    async keyCount() {
      const m = templateRe(lang, 'P.KeysCount').exec((await keysMeta.textContent()).trim());
      return num(m[1]);
    },
    async pointCount() {
      const m = templateRe(lang, 'P.VnodesCount').exec((await pointsMeta.textContent()).trim());
      return num(m[1]);
    },
    /** Node names in list order (the row headers). */
    async nodeNames() {
      // The row header also holds a state label that is shown only on narrow screens, so its
      // text is not the name; the row's data-node attribute is.
      return nodeTable.getByRole('rowheader').evaluateAll((els) => els.map((el) => el.closest('tr').dataset.node));
    },
    /** The text of `name`'s row under the column headed `column` (found by its header). */
    async rowCell(name, column) {
      const headers = (await nodeTable.getByRole('columnheader').allTextContents()).map((s) => s.trim());
      const index = headers.indexOf(column);
      if (index < 0) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
      const cells = nodeRow(name).locator(':scope > th, :scope > td');
      return (await cells.nth(index).textContent()).trim();
    },
    async nodeKeys(name) {
      return num(await u.rowCell(name, t('P.ColKeys')));
    },
    async nodeState(name) {
      return u.rowCell(name, t('P.ColState'));
    },
    /** Keys the table shows per node, in list order. */
    async allNodeKeys() {
      const out = {};
      for (const name of await u.nodeNames()) out[name] = await u.nodeKeys(name);
      return out;
    },
    /** The ring's moved counter ("104 keys moved (26.0%)") → 104; `null` if it shows none. */
    async ringMoved() {
      const strong = moves.getByRole('strong');
      if ((await strong.count()) === 0) return null;
      const text = (await strong.textContent()).trim();
      if (text === t('R.MovedNone')) return 0;
      if (templateRe(lang, 'R.MovedOne').test(text)) return 1;
      const m = templateRe(lang, 'R.MovedMany').exec(text);
      if (!m) throw new Error(`unexpected moved counter ${JSON.stringify(text)}`);
      return num(m[1]);
    },
    /** What the ring counter says caused the last change ("node1 died"). */
    movesCause: (key, name) => moves.getByText(t(key, name), { exact: true }),
    /** Moved counts per scheme in the statistics' "Last change" list. */
    async statsMoved() {
      const items = stats.getByRole('listitem');
      const out = {};
      const schemes = { ring: t('P.SchemeRing'), mod: t('P.SchemeModulo'), article: t('P.SchemeArticle') };
      const moved = [templateRe(lang, 'P.MovedTheory', { exact: false }), templateRe(lang, 'P.MovedPlain', { exact: false }), templateRe(lang, 'P.MovedNoKeys', { exact: false })];
      for (const text of (await items.allTextContents()).map((s) => s.trim())) {
        for (const [code, label] of Object.entries(schemes)) {
          if (!text.startsWith(label)) continue;
          const rest = text.slice(label.length).trim();
          const m = moved.map((re) => re.exec(rest)).find(Boolean);
          if (m && out[code] === undefined) out[code] = num(m[1]);
        }
      }
      return out;
    },
    /** The ring counter's comparison sentence → {ring, mod, article}. */
    async compareMoved() {
      const text = (await moves.getByText(templateRe(lang, 'R.Compare')).textContent()).trim();
      const m = templateRe(lang, 'R.Compare').exec(text);
      return { ring: num(m[1]), mod: num(m[2]), article: num(m[3]) };
    },
    async hash() {
      return page.evaluate(() => decodeURIComponent(location.hash));
    },
    /** The text of whatever an input's aria-describedby points at ('' if nothing). */
    async describedBy(locator) {
      return locator.evaluate((el) =>
        (el.getAttribute('aria-describedby') || '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => (document.getElementById(id)?.textContent || '').trim())
          .join(' '),
      );
    },
    async invalid(locator) {
      return (await locator.getAttribute('aria-invalid')) === 'true';
    },
    /** Non-empty alerts on the page (error lines and notices). */
    async alerts() {
      return (await page.getByRole('alert').allTextContents()).map((s) => s.trim()).filter(Boolean);
    },
    async addNode(name, weight) {
      await u.nodeName.fill(name);
      if (weight !== undefined) await u.nodeWeight.fill(String(weight));
      await u.addNodeButton.click();
    },
    /** Everything a refused input must leave alone. */
    async snapshot() {
      return {
        nodes: await u.nodeCount(),
        names: await u.nodeNames(),
        keys: await u.keyCount(),
        points: await u.pointCount(),
        hash: await u.hash(),
      };
    },
  };
  return u;
}

/** Open `path` and wait until the app shows its panels. */
export async function openApp(t, path = '/', { page, lang = 'en' } = {}) {
  const p = await t.open(path, { page });
  const u = ui(p, lang);
  await u.nodes.waitFor();
  await u.keys.waitFor();
  return u;
}

// ------------------------------------------------------------------ independent oracle

/** First 8 bytes of SHA-1(UTF-8 text), big-endian: the README's position. */
export function position(text) {
  return createHash('sha1').update(text, 'utf8').digest().readBigUInt64BE(0);
}
export const positionHex = (text) => createHash('sha1').update(text, 'utf8').digest().subarray(0, 8).toString('hex');
/** `int(sha1(key)) % 128`: the low 7 bits of the digest's last byte. */
export const article128 = (text) => createHash('sha1').update(text, 'utf8').digest()[19] & 0x7f;

/**
 * The README's placement, from scratch. `nodes`: [{name, weight = 1, alive = true}] in the order
 * they were added; `vnodes` per unit of weight; `keys`: names. Returns owners per scheme.
 */
export function placement(nodes, vnodes, keys) {
  const points = [];
  for (const n of nodes) {
    if (n.alive === false) continue;
    for (let i = 0; i < (n.weight ?? 1) * vnodes; i++) points.push({ pos: position(`${n.name}#${i}`), name: n.name, i });
  }
  points.sort((a, b) => (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.i - b.i));
  const live = nodes.filter((n) => n.alive !== false).map((n) => n.name);
  const ring = {};
  const mod = {};
  const article = {};
  for (const key of keys) {
    const p = position(key);
    if (points.length === 0) {
      ring[key] = mod[key] = article[key] = null;
      continue;
    }
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid].pos >= p) hi = mid;
      else lo = mid + 1;
    }
    ring[key] = points[lo === points.length ? 0 : lo].name;
    mod[key] = live[Number(p % BigInt(live.length))];
    article[key] = live[article128(key) % live.length];
  }
  return { ring, mod, article };
}

/** How many keys changed owner between two placements, per scheme. */
export function movedBetween(before, after) {
  const out = {};
  for (const scheme of ['ring', 'mod', 'article']) {
    out[scheme] = Object.keys(before[scheme]).filter((k) => before[scheme][k] !== after[scheme][k]).length;
  }
  return out;
}

/** Keys owned per node under one scheme of a placement. */
export function countsBy(owners) {
  const out = {};
  for (const owner of Object.values(owners)) if (owner !== null) out[owner] = (out[owner] || 0) + 1;
  return out;
}

export const generatedKeys = (n, from = 0) => Array.from({ length: n }, (_, i) => `key-${from + i}`);

/** The default scenario: node1..node4, 16 vnodes, key-0..key-399. */
export const DEFAULT = {
  nodes: ['node1', 'node2', 'node3', 'node4'].map((name) => ({ name })),
  vnodes: 16,
  keys: generatedKeys(400),
  fragment: 'v=1&n=node1,node2,node3,node4&vn=16&k=400&s=ring',
};

/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
