// The Algorithms tab, continued: every control survives a share link; a Redis join moves the
// keys of exactly the slots redis-cli's rebalance hands over (checked here with CRC16 in
// Node); each algorithm's own circle before and after; a 100,000-key comparison shows its
// progress and ends with measured lookup times; the rendezvous score bars.
import { generatedKeys, until } from './helpers.mjs';

const movedOf = (p, code) => p.locator(`.algo-table tr[data-algo="${code}"] td.moved`).getAttribute('data-moved');

/** CRC16/XMODEM, as Redis Cluster hashes keys (no hash tags in generated keys). */
function crc16(text) {
  let crc = 0;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

async function settled(p) {
  await p.locator('.algo-table tbody tr[data-algo]').first().waitFor();
  await until(async () => (await p.locator('.algo-working').count()) === 0, { message: 'comparison finished', timeout: 60_000 });
}

export default [
  {
    name: 'every control of the tab survives the share link',
    fn: async (t) => {
      const p = await t.open('/#v=1&n=a,b,c,d&vn=16&k=2000&s=ring&t=algo');
      await settled(p);
      await p.locator('select.algo-change').selectOption('kill');
      await p.locator('select.algo-victim').selectOption('c');
      await p.locator('input.algo-eps').fill('0.5');
      await p.locator('select.algo-maglev-m').selectOption('251');
      await p.locator('select.algo-pick-a').selectOption('jump');
      await p.locator('select.algo-pick-b').selectOption('redis-cluster');
      await p.locator('input.algo-replicas-r').fill('2');
      await p.locator('select.compat-client').selectOption('redis');
      await p.locator('textarea.compat-servers').fill('10.0.0.1:7000\n10.0.0.2:7000\n10.0.0.3:7000');
      await p.locator('textarea.compat-keys').fill('foo\n{user1000}.following\nbar');
      await p.locator('select.compat-gone').selectOption('10.0.0.2:7000');
      const moved = await movedOf(p, 'maglev');
      const link = p.url();
      t.assert.match(link, /ac=kill/);

      const q = await t.newPage();
      await t.open(link.replace(/^https?:\/\/[^/]+/, ''), { page: q });
      await settled(q);
      const value = (sel) => q.locator(sel).inputValue();
      t.assert.equal(await value('select.algo-change'), 'kill');
      t.assert.equal(await value('select.algo-victim'), 'c');
      t.assert.equal(await value('input.algo-eps'), '0.50');
      t.assert.equal(await value('select.algo-maglev-m'), '251');
      t.assert.equal(await value('select.algo-pick-a'), 'jump');
      t.assert.equal(await value('select.algo-pick-b'), 'redis-cluster');
      t.assert.equal(await value('input.algo-replicas-r'), '2');
      t.assert.equal(await value('select.compat-client'), 'redis');
      t.assert.equal(await value('textarea.compat-servers'), '10.0.0.1:7000\n10.0.0.2:7000\n10.0.0.3:7000');
      t.assert.equal(await value('textarea.compat-keys'), 'foo\n{user1000}.following\nbar');
      t.assert.equal(await value('select.compat-gone'), '10.0.0.2:7000');
      t.assert.equal(await movedOf(q, 'maglev'), moved, 'the same change, the same M, the same result');
      t.assert.equal(await q.locator('.algo-notice').count(), 0);
    },
  },
  {
    name: 'a Redis join moves exactly the keys of the slots redis-cli rebalances to the new master',
    fn: async (t) => {
      const p = await t.open('/#v=1&n=a,b,c&vn=16&k=3000&s=ring&t=algo&ap=ring,redis-cluster');
      await settled(p);
      // 3 masters + 1 empty, rebalanced: the new one takes 0-1364, 5461-6826 and 10923-12287.
      const taken = [[0, 1364], [5461, 6826], [10923, 12287]];
      const expected = generatedKeys(3000)
        .map((k) => crc16(k) % 16384)
        .filter((s) => taken.some(([a, b]) => s >= a && s <= b)).length;
      t.assert.equal(Number(await movedOf(p, 'redis-cluster')), expected);
      const flows = await p.locator('.algo-table tr[data-algo="redis-cluster"] .flows li').allTextContents();
      t.assert.ok(flows.every((f) => f.includes('→ new-node')), `every flow goes to the new master: ${flows}`);
      // Its circle: three ranges before, six after (the new master's three pieces between).
      const band = p.locator('.pair-side[data-algo="redis-cluster"] .band path');
      t.assert.equal(await band.count(), 6);
      await p.locator('.pair-phase .phase-before').click();
      await until(async () => (await band.count()) === 3, { message: 'three slot ranges before' });
      t.assert.equal(await p.locator('.pair-grid').getAttribute('data-phase'), 'before');
      await t.screenshot('algorithms-pair-before', { locator: p.locator('.algo-pair') });
      await p.locator('.pair-phase .phase-play').click();
      await until(async () => (await p.locator('.pair-grid').getAttribute('data-phase')) === 'after', {
        message: 'playing switches to after by itself',
      });
      await p.locator('.pair-phase .phase-play').click();
      await t.screenshot('algorithms-pair-after', { locator: p.locator('.algo-pair') });
    },
  },
  {
    name: 'a 100,000-key comparison shows its progress, then lookup times measured in the page',
    timeout: 120_000,
    fn: async (t) => {
      const p = await t.open('/#v=1&n=a,b,c,d,e&vn=16&k=100000&s=ring&t=algo');
      const status = p.locator('.algo-working');
      await status.waitFor({ timeout: 60_000 });
      t.assert.match(await status.textContent(), /algorithms placed 100,000 keys/);
      await settled(p);
      t.assert.equal(await p.locator('.algo-table tbody tr[data-algo]').count(), 11);
      const times = p.locator('.lookup-time .timing[data-ns]');
      await until(async () => (await times.count()) === 11, { message: 'eleven lookup times', timeout: 30_000 });
      const ns = await times.evaluateAll((cells) => cells.map((c) => Number(c.dataset.ns)));
      t.assert.ok(ns.every((n) => n > 0 && n < 1e6), `plausible times: ${ns}`);
      t.assert.match(await p.locator('tr[data-algo="ring"] .lookup-time').textContent(), /1\.0× ring/);
      // Rendezvous scores every node per lookup: slower than the ring's binary search.
      const ring = ns[0];
      const rendezvous = Number(await p.locator('tr[data-algo="rendezvous"] .timing').getAttribute('data-ns'));
      t.log(`ring ${ring.toFixed(0)} ns, rendezvous ${rendezvous.toFixed(0)} ns per lookup`);
      await t.screenshot('algorithms-100k-table', { locator: p.locator('.algo-compare') });
    },
  },
  {
    name: 'a 1,000,000-key link opened on this tab: the build shows here, never "no keys", then its keys are compared',
    timeout: 180_000,
    fn: async (t) => {
      const p = await t.open('/#v=1&n=a,b,c,d,e&vn=16&k=1000000&s=ring&t=algo');
      const status = p.locator('.algo .build-status');
      await status.waitFor({ timeout: 30_000 });
      t.assert.match(await status.textContent(), /1,000,000/);
      t.assert.equal(await p.locator('.algo-empty', { hasText: 'The ring has no keys yet' }).count(), 0, 'no "the ring has no keys" while they are placed');
      await status.waitFor({ state: 'detached', timeout: 60_000 });
      // The comparison takes the first 100,000 of them, and says so.
      await until(async () => /^100,000 keys/.test((await p.locator('.algo-keys').textContent()) ?? ''), { message: 'the comparison uses the link\'s keys', timeout: 120_000 });
      t.assert.match(await p.locator('.algo-capped').textContent(), /1,000,000/);
    },
  },
  {
    name: 'rendezvous score bars: the owner first, the runner-up marked, an empty key refused',
    fn: async (t) => {
      const p = await t.open('/#v=1&n=a,b,c,d&vn=16&k=200&s=ring&t=algo');
      const panel = p.locator('.algo-scores');
      await panel.waitFor();
      const rows = panel.locator('li.score-row');
      t.assert.equal(await rows.count(), 4);
      t.assert.equal(await rows.first().getAttribute('class').then((c) => c.includes('owner')), true);
      t.assert.equal(await rows.nth(1).getAttribute('class').then((c) => c.includes('runner-up')), true);
      const input = panel.locator('input').first();
      await input.fill('user:42');
      const owner = await rows.first().getAttribute('data-node');
      t.assert.ok(['a', 'b', 'c', 'd'].includes(owner));
      await input.fill('');
      await until(async () => (await panel.locator('.field-error').textContent()).length > 5, { message: 'an error' });
      t.assert.equal(await input.getAttribute('aria-invalid'), 'true');
      const chip = panel.locator('button').filter({ hasText: /^key-/ }).first();
      await chip.click();
      await until(async () => (await rows.count()) === 4, { message: 'bars again' });
      await t.screenshot('algorithms-scores', { locator: panel });
    },
  },
];
