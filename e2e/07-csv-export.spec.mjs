// CSV export: a real download, header `key,position_hex,owner`, one row per key, and every
// position and owner checked against an independent computation in Node (crypto SHA-1, the
// README's convention) — with the README's own example pinned as well.
import { readFile } from 'node:fs/promises';
import { DEFAULT, generatedKeys, openApp, parseCsv, placement, positionHex, untilEqual } from './helpers.mjs';

async function download(t, u) {
  const [file] = await Promise.all([u.page.waitForEvent('download'), u.exportButton.click()]);
  t.assert.equal(file.suggestedFilename(), 'ringlock-placement.csv');
  const path = await file.path();
  const text = await readFile(path, 'utf8');
  t.assert.equal(await file.failure(), null);
  return text;
}

export default [
  {
    name: 'export the default ring: header, one row per key, positions and owners from SHA-1',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const text = await download(t, u);
      const lines = text.split('\n');
      assert.equal(lines[0], 'key,position_hex,owner');
      assert.equal(lines.at(-1), '', 'ends with a newline');
      const rows = parseCsv(text);
      assert.equal(rows.length, (await u.keyCount()) + 1, 'rows = keys + header');
      assert.equal(rows.length, 401);

      // Two keys by hand, the README's example among them.
      const byKey = new Map(rows.slice(1).map(([key, hex, owner]) => [key, { hex, owner }]));
      assert.equal(byKey.get('key-0').hex, '5bc8ee5784ee5a1c', "README: key-0 → 0x5bc8ee5784ee5a1c");
      for (const key of ['key-0', 'key-399']) {
        assert.equal(byKey.get(key).hex, positionHex(key), `${key}: first 8 bytes of SHA-1, hex`);
      }
      // Every key: position and owner on the ring, from scratch.
      const oracle = placement(DEFAULT.nodes, DEFAULT.vnodes, DEFAULT.keys);
      assert.deepEqual([...byKey.keys()].sort(), [...DEFAULT.keys].sort(), 'exactly key-0 … key-399');
      for (const [key, { hex, owner }] of byKey) {
        assert.equal(hex, positionHex(key), `${key} position`);
        assert.equal(owner, oracle.ring[key], `${key} owner`);
      }
      // Rows come in ring order.
      const hexes = rows.slice(1).map((r) => r[1]);
      assert.deepEqual(hexes, [...hexes].sort(), 'rows sorted by position');
      t.log(`${rows.length - 1} rows, first ${rows[1].join(',')}, last ${rows.at(-1).join(',')}`);
    },
  },
  {
    name: 'export after a kill, a quoted key name and hash mod N: owners follow the scheme shown',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.killButton('node1').click();
      await u.movesCause('R.ChangeKilled', 'node1').waitFor();
      const odd = 'a,"b" c';
      await u.addKeyName.fill(odd);
      await u.addKeyButton.click();
      await untilEqual(u.keyCount, 401, 'key count');
      await u.schemeButton('R.SchemeModulo').click();
      await untilEqual(() => u.schemeButton('R.SchemeModulo').getAttribute('aria-pressed'), 'true', 'Modulo pressed');

      const text = await download(t, u);
      assert.ok(text.includes('\n"a,""b"" c",'), 'RFC 4180 quoting of a name with a comma and quotes');
      const rows = parseCsv(text);
      assert.equal(rows.length, 402);
      const nodes = DEFAULT.nodes.map((n) => (n.name === 'node1' ? { ...n, alive: false } : n));
      const keys = [...generatedKeys(400), odd];
      const oracle = placement(nodes, DEFAULT.vnodes, keys);
      for (const [key, hex, owner] of rows.slice(1)) {
        assert.equal(hex, positionHex(key), `${key} position`);
        assert.equal(owner, oracle.mod[key], `${key} owner under hash mod N`);
      }
      assert.ok(!rows.slice(1).some((r) => r[2] === 'node1'), 'a dead node owns nothing');

      // And under the article's code.
      await u.schemeButton('R.SchemeArticle').click();
      await untilEqual(() => u.schemeButton('R.SchemeArticle').getAttribute('aria-pressed'), 'true', 'Article pressed');
      const article = parseCsv(await download(t, u));
      for (const [key, , owner] of article.slice(1)) assert.equal(owner, oracle.article[key], `${key} owner under the article's code`);
    },
  },
];
