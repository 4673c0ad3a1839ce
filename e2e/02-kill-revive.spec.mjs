// Kill a node: the ring's moved counter equals the keys that node owned just before (read from
// its row); the modulo and article counters show numbers, and all three equal an independent
// computation in Node (SHA-1 per the README). Revive it: the same keys move back.
import { DEFAULT, countsBy, movedBetween, openApp, placement, untilEqual } from './helpers.mjs';

const withDead = (dead) => DEFAULT.nodes.map((n) => (n.name === dead ? { ...n, alive: false } : n));

async function killAndRevive(t, u, name) {
  const { assert } = t;
  const before = placement(DEFAULT.nodes, DEFAULT.vnodes, DEFAULT.keys);
  const after = placement(withDead(name), DEFAULT.vnodes, DEFAULT.keys);
  const expected = movedBetween(before, after);

  const owned = await u.nodeKeys(name);
  assert.equal(owned, countsBy(before.ring)[name], `${name}'s row agrees with the oracle`);
  const rowsBefore = await u.allNodeKeys();

  await u.killButton(name).click();
  await u.movesCause('R.ChangeKilled', name).waitFor();
  const ringMoved = await u.ringMoved();
  t.log(`kill ${name}: row said ${owned} keys; counter ${ringMoved}; oracle`, expected);
  assert.equal(ringMoved, owned, `ring counter = keys ${name} owned just before`);

  const stats = await u.statsMoved();
  assert.deepEqual(stats, expected, 'Last change: ring / hash mod N / article counts (oracle)');
  assert.deepEqual(await u.compareMoved(), expected, 'the comparison sentence under the counter');
  assert.ok(stats.mod > stats.ring && stats.article > stats.ring, 'modulo schemes move more keys than the ring');

  // The node is dead everywhere; every other node only gained keys; nothing got lost.
  await u.reviveButton(name).waitFor();
  assert.equal(await u.nodeState(name), u.t('P.Dead'));
  assert.equal(await u.nodeKeys(name), 0);
  await u.legend.getByRole('button', { name: `${name} ${u.t('R.LegendDead')}`, exact: true }).waitFor();
  assert.deepEqual(await u.nodeCount(), { total: 4, live: 3 });
  const rowsAfter = await u.allNodeKeys();
  for (const other of Object.keys(rowsBefore).filter((n) => n !== name)) {
    assert.ok(rowsAfter[other] >= rowsBefore[other], `${other} lost keys when ${name} died`);
  }
  assert.equal(Object.values(rowsAfter).reduce((a, b) => a + b, 0), DEFAULT.keys.length);
  assert.deepEqual(rowsAfter, { ...countsBy(after.ring), [name]: 0 }, 'rows after the kill (oracle)');
  // Where the moved keys went: the flows add up to the count.
  // (A flow is "from → to count" in separate spans with no role: innerText puts the count on
  // its own last line.)
  const flows = (await u.moves.getByRole('list').getByRole('listitem').allInnerTexts()).map((s) => s.trim());
  const flowSum = flows.reduce((sum, f) => sum + Number(f.split('\n').pop().replace(/,/g, '')), 0);
  assert.equal(flowSum, owned, `flows ${JSON.stringify(flows)} add up to the moved count`);
  await u.stats.getByText(u.t('P.CheckLeave', owned, name), { exact: true }).waitFor();
  await untilEqual(u.hash, `#${DEFAULT.fragment.replace(name, `${name}!`)}`, 'location.hash');

  await u.reviveButton(name).click();
  await u.movesCause('R.ChangeRevived', name).waitFor();
  assert.equal(await u.ringMoved(), owned, 'reviving moves the same number of keys back');
  assert.deepEqual(await u.statsMoved(), expected, 'and the same numbers under every scheme');
  assert.equal(await u.nodeKeys(name), owned, `${name} owns its keys again`);
  assert.deepEqual(await u.allNodeKeys(), rowsBefore, 'every row is back to where it was');
  await u.stats.getByText(u.t('P.CheckJoin', owned, name), { exact: true }).waitFor();
  await untilEqual(u.hash, `#${DEFAULT.fragment}`, 'location.hash');
}

export default [
  {
    name: 'kill node1 then revive it: moved counters match its row and the oracle',
    fn: async (t) => {
      const u = await openApp(t, '/');
      await u.stats.getByText(u.t('P.NoChangeYet'), { exact: true }).waitFor();
      await killAndRevive(t, u, 'node1');
    },
  },
  {
    name: 'kill node3 then revive it (a different arc set)',
    fn: async (t) => {
      const u = await openApp(t, '/');
      await killAndRevive(t, u, 'node3');
    },
  },
  {
    name: 'under hash mod N the counter and the rows follow the modulo placement',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.schemeButton('R.SchemeModulo').click();
      await untilEqual(() => u.schemeButton('R.SchemeModulo').getAttribute('aria-pressed'), 'true', 'Modulo pressed');
      const before = placement(DEFAULT.nodes, DEFAULT.vnodes, DEFAULT.keys);
      assert.deepEqual(await u.allNodeKeys(), countsBy(before.mod), 'rows show keys per node under hash mod N');
      await untilEqual(u.hash, '#v=1&n=node1,node2,node3,node4&vn=16&k=400&s=mod', 'location.hash');

      await u.killButton('node2').click();
      await u.movesCause('R.ChangeKilled', 'node2').waitFor();
      const expected = movedBetween(before, placement(withDead('node2'), DEFAULT.vnodes, DEFAULT.keys));
      assert.equal(await u.ringMoved(), expected.mod, 'the counter shows the scheme on screen');
      assert.deepEqual(await u.statsMoved(), expected);
      t.log('hash mod N, kill node2:', expected);
    },
  },
];
