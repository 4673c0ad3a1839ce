// The Algorithms tab, end to end: every algorithm on the same keys and the same change, checked
// against an independent SHA-1 ring computed here in Node; jump's refusal to lose a middle
// bucket; the real-client panel with npm hashring's public vector, a line-numbered error, the
// Redis slot of `foo`, and the CSV export. Screenshots in light and dark.
import { placement, generatedKeys, until } from './helpers.mjs';

const NODES = ['a', 'b', 'c', 'd'];
const LINK = `/#v=1&n=${NODES.join(',')}&vn=16&k=2000&s=ring&t=algo`;

async function openAlgorithms(t, page) {
  const p = await t.open(LINK, { page });
  await p.locator('.algo-table tbody tr[data-algo]').first().waitFor();
  return p;
}

const movedOf = (p, code) => p.locator(`.algo-table tr[data-algo="${code}"] td.moved`).getAttribute('data-moved');

export default [
  {
    name: 'every algorithm runs on the ring’s keys; the ring row matches an independent computation',
    fn: async (t) => {
      const p = await openAlgorithms(t);
      t.assert.equal(await p.getByRole('tab', { selected: true }).getAttribute('id'), 'tab-algo');
      const codes = await p.locator('.algo-table tbody tr[data-algo]').evaluateAll((rows) => rows.map((r) => r.dataset.algo));
      t.assert.ok(codes.length >= 9, `one row per algorithm: ${codes}`);
      for (const code of ['ring', 'modulo', 'article', 'jump', 'rendezvous', 'redis-cluster']) {
        t.assert.ok(codes.some((c) => c.startsWith(code)), `a ${code} row in ${codes}`);
      }
      // Kill b: the ring moves exactly b's keys, computed here from the README's convention.
      await p.locator('select.algo-change').selectOption('kill');
      await p.locator('select.algo-victim').selectOption('b');
      const keys = generatedKeys(2000);
      const before = placement(NODES.map((name) => ({ name })), 16, keys);
      const owned = Object.values(before.ring).filter((o) => o === 'b').length;
      await until(async () => Number(await movedOf(p, 'ring')) === owned, { message: `ring row moved ${owned}` });
      // Jump cannot lose a middle bucket, and says so.
      const jump = p.locator('.algo-table tr[data-algo="jump"]');
      await until(async () => (await jump.getAttribute('class'))?.includes('refused'), { message: 'jump refuses' });
      t.assert.ok((await jump.locator('.refusal').textContent()).length > 20, 'the refusal is explained');
      await t.screenshot('algorithms-light-en', { page: p, fullPage: true });
    },
  },
  {
    name: 'the real-client panel places keys as libketama does, explains bad lines, and exports CSV',
    fn: async (t) => {
      const p = await openAlgorithms(t);
      const servers = p.locator('textarea.compat-servers');
      const keys = p.locator('textarea.compat-keys');
      await servers.fill('192.168.0.102:11212\n192.168.0.103:11212\n192.168.0.104:11212');
      await keys.fill('foo\npewpew');
      await p.locator('select.compat-client').selectOption('libketama');
      const serverOf = (key) =>
        p.locator('.compat-table tbody tr').filter({ has: p.locator('td.key', { hasText: new RegExp(`^${key}$`) }) }).locator('td.server');
      // npm hashring's test vector: foo → .102, pewpew → .103.
      await until(async () => (await serverOf('foo').textContent()) === '192.168.0.102:11212', { message: 'foo → .102' });
      t.assert.equal(await serverOf('pewpew').textContent(), '192.168.0.103:11212');
      const download = p.waitForEvent('download');
      await p.locator('button.compat-export').click();
      const file = await download;
      const text = await new Promise((resolve, reject) => {
        file.createReadStream().then((s) => {
          let out = '';
          s.on('data', (c) => (out += c));
          s.on('end', () => resolve(out));
          s.on('error', reject);
        }, reject);
      });
      t.assert.deepEqual(text.trim().split(/\r?\n/), ['key,server', 'foo,192.168.0.102:11212', 'pewpew,192.168.0.103:11212']);
      // Redis Cluster: CRC16("foo") mod 16384 = 12182, shown beside the key.
      await p.locator('select.compat-client').selectOption('redis');
      await until(async () => (await p.locator('.compat-table tbody tr').first().textContent()).includes('12182'), { message: 'slot 12182' });
      // A bad line is named by its number; the placement above it is not lost.
      await servers.fill('192.168.0.102:11212\nnot-a-server');
      const error = p.locator('.compat-server-status [role=alert]');
      await error.waitFor();
      t.assert.match(await error.textContent(), /2/);
    },
  },
  {
    name: 'the Maglev table at M = 7 and two algorithms side by side follow the chosen change',
    fn: async (t) => {
      const p = await openAlgorithms(t);
      await p.locator('select.algo-change').selectOption('kill');
      await p.locator('select.algo-victim').selectOption('b');
      await p.locator('select.algo-maglev-m').selectOption('7');
      const before = p.locator('.maglev-cells.before li');
      const after = p.locator('.maglev-cells.after li');
      await until(async () => (await before.count()) === 7 && (await after.count()) === 7, { message: '7 cells before and after' });
      // The summary counts exactly the outlined cells; b's slots all moved, so at least one did.
      const changed = Number(await p.locator('.maglev-changed').getAttribute('data-changed'));
      t.assert.equal(await p.locator('.maglev-cells.after li.changed').count(), changed);
      t.assert.ok(changed >= 1, `slots changed: ${changed}`);
      // Side by side: each side's moved count is its table row's.
      const sides = p.locator('.algo-pair .pair-side');
      await until(async () => (await sides.count()) === 2, { message: 'two sides' });
      for (let i = 0; i < 2; i++) {
        const code = await sides.nth(i).getAttribute('data-algo');
        const moved = await sides.nth(i).locator('.pair-moved').getAttribute('data-moved');
        t.assert.equal(moved, await movedOf(p, code), `${code}: side and table agree`);
      }
      await t.screenshot('algorithms-maglev-pair', { page: p, fullPage: true });
    },
  },
  {
    name: 'the Algorithms tab in dark mode and on a phone',
    fn: async (t) => {
      const dark = await t.newPage({ colorScheme: 'dark' });
      await openAlgorithms(t, dark);
      await t.screenshot('algorithms-dark-en', { page: dark, fullPage: true });
      const phone = await t.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await openAlgorithms(t, phone);
      const wide = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      t.assert.ok(wide <= 1, `no sideways scrolling on a phone (${wide}px)`);
      // No control sticks out of its panel (a long algorithm name once widened its select).
      const sticking = await phone.evaluate(() => [...document.querySelectorAll('.algo .panel select, .algo .panel input, .algo .panel button')]
        .filter((el) => {
          const panel = el.closest('.panel').getBoundingClientRect();
          return el.getBoundingClientRect().right > panel.right + 1;
        })
        .map((el) => el.className || el.tagName));
      t.assert.deepEqual(sticking, [], 'controls fit their panels on a phone');
      await t.screenshot('algorithms-phone-en', { page: phone, fullPage: true });
    },
  },
];
