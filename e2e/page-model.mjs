// The Ring page as the e2e specs see it: locators by role and accessible name from the
// catalogue, and readers for the numbers a user sees (node and key counts, a node's keys, the
// moved-keys counters). Specs import these through helpers.mjs.

import { escapeRe, grouped, num, templateRe, texts } from './catalogue.mjs';

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
    /** Every row of a long node list (the first rows only are drawn until "Show all"). */
    async showAllNodes() {
      const all = nodes.getByRole('button', { name: templateRe(lang, 'P.ShowAllNodes') });
      if ((await all.count()) === 0) return;
      await all.click();
      await nodes.getByRole('button', { name: t('P.ShowFewerNodes'), exact: true }).waitFor();
    },
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
