// The protocols people really use, end to end: each lesson is one click, a skipped question and a jump to its outcome,
// and the monitor and metrics show the failure it teaches (or its absence).
import { until } from './helpers.mjs';

async function lesson(t, id) {
  // Each lesson in a page of its own, so two can be compared.
  const p = await t.open('/#v=1&n=a,b&vn=4&k=10&s=ring&t=lab', { page: await t.newPage() });
  await p.locator(`button[data-lesson="${id}"]`).click();
  await p.locator('.lab-lesson .lesson-show').click(); // skip the question
  await p.locator('.lab-lesson .lesson-jump').click(); // jump to the outcome
  await until(async () => (await p.locator('.lab-lesson .lesson-jump').isDisabled()), { message: `${id} at its end` });
  return p;
}

const violated = (p) => p.locator('.violations li[data-invariant]').evaluateAll((lis) => lis.map((li) => li.dataset.invariant));
const metric = async (p, key) => Number((await p.locator(`[data-metric="${key}"] dd`).textContent()).replace(/[^0-9.]/g, ''));

export default [
  {
    name: 'ZooKeeper: the predecessor watch wakes one waiter per handoff, watching all wakes the herd',
    fn: async (t) => {
      const zk = await lesson(t, 'zk');
      t.assert.equal(await metric(zk, 'wakeups'), 1);
      t.assert.deepEqual(await violated(zk), []);
      const herd = await lesson(t, 'herd');
      const wakeups = await metric(herd, 'wakeups');
      t.assert.ok(wakeups > 5, `the herd: ${wakeups} wake-ups per handoff`);
      const [few, many] = [await metric(zk, 'messages'), await metric(herd, 'messages')];
      t.log(`messages per grant: predecessor ${few}, herd ${many}; wake-ups per handoff ${wakeups}`);
      t.assert.ok(many > few * 2, `many more messages per grant (${few} → ${many})`);
      t.assert.deepEqual(await violated(herd), [], 'slower, still safe');
    },
  },
  {
    name: 'Redis and Redlock: a failover and a clock jump each give two holders; a delayed restart does not',
    fn: async (t) => {
      const failover = await lesson(t, 'failover');
      t.assert.ok((await violated(failover)).includes('lease-exclusion'), 'the promoted replica granted the lock again');
      t.assert.match(await failover.locator('.lab-server').textContent(), /Failed over/);

      const jump = await lesson(t, 'clockjump');
      t.assert.equal(await jump.locator('.redis-node').count(), 5);
      const broken = await violated(jump);
      t.assert.ok(broken.includes('holder-exclusion') && !broken.includes('lease-exclusion'), `Kleppmann's case: ${broken}`);
      await t.screenshot('lab-redlock-clockjump', { page: jump, fullPage: true });

      const restart = await lesson(t, 'restart');
      t.assert.ok((await violated(restart)).includes('holder-exclusion'), 'a restart without persistence breaks safety');
      const delayed = await lesson(t, 'restart-delayed');
      t.assert.deepEqual(await violated(delayed), [], 'a restart delayed past the TTL keeps it');
    },
  },
  {
    name: "etcd: a lease expires during a pause; storage's revision guard rejects the stale revision",
    fn: async (t) => {
      const p = await lesson(t, 'etcd');
      const storage = await p.locator('.lab-storage').textContent();
      t.assert.match(storage, /#33\s*rejected: storage has seen #\d+/, 'the paused owner\'s write with revision 33 is refused');
      t.assert.deepEqual(await violated(p), [], 'the resource stays in order');
      t.assert.match(await p.locator('.lab-server').textContent(), /etcd \(concurrency\.Mutex\)/);
    },
  },
];
