// Build a ring by hand: add nodes (name + weight), see them in the list and the legend; add
// keys (generate N, one by name, a quick amount), watch the key count follow.
import { openApp, until, untilEqual } from './helpers.mjs';

const EMPTY = '/#v=1&n=&vn=16&k=0&s=ring';

export default [
  {
    name: 'add nodes by name and weight: list, legend, counts and link follow',
    fn: async (t) => {
      const u = await openApp(t, EMPTY);
      const { assert } = t;
      assert.deepEqual(await u.nodeCount(), { total: 0, live: 0 });
      await u.nodes.getByText(u.t('P.NoNodes'), { exact: true }).waitFor();
      await u.ring.getByText(u.t('R.NoNodes'), { exact: true }).waitFor();
      assert.equal(await u.nodeName.getAttribute('placeholder'), 'node1', 'suggested name on an empty ring');

      await u.addNode('alpha', 1);
      await u.nodeRow('alpha').waitFor();
      await u.legendChip('alpha').waitFor();
      assert.equal(await u.nodeName.inputValue(), '', 'the name field is cleared once the node is on the ring');
      assert.deepEqual(await u.nodeCount(), { total: 1, live: 1 });

      await u.addNode('beta', 3);
      await u.nodeRow('beta').waitFor();
      assert.equal(await u.rowWeight('beta').inputValue(), '3');
      assert.equal(await u.rowWeight('alpha').inputValue(), '1');
      assert.equal(await u.nodeState('beta'), u.t('P.Live'));
      await u.movesCause('R.ChangeAdded', 'beta').waitFor();

      // An empty name takes the suggestion shown as the placeholder.
      assert.equal(await u.nodeName.getAttribute('placeholder'), 'node3');
      await u.addNode('', 2);
      await u.nodeRow('node3').waitFor();
      assert.equal(await u.rowWeight('node3').inputValue(), '2');

      assert.deepEqual(await u.nodeNames(), ['alpha', 'beta', 'node3'], 'list keeps the order nodes were added');
      assert.deepEqual(await u.nodeCount(), { total: 3, live: 3 });
      for (const name of ['alpha', 'beta', 'node3']) await u.legendChip(name).waitFor();
      assert.equal(await u.legend.getByRole('listitem').count(), 3);
      // 16 vnodes per unit of weight: (1 + 3 + 2) × 16.
      assert.equal(await u.pointCount(), 96);
      await u.ringFigure.waitFor();
      const label = await u.ringFigure.getAttribute('aria-label');
      assert.equal(label, u.t('R.FigureLabel', 3, 96, 0));
      await u.stats.getByText(u.t('P.NoKeysYet'), { exact: true }).waitFor();
      await untilEqual(u.hash, '#v=1&n=alpha,beta*3,node3*2&vn=16&k=0&s=ring', 'location.hash');
    },
  },
  {
    name: 'add keys: generate N, one by name, a quick amount; the key count follows',
    fn: async (t) => {
      const u = await openApp(t, '/#v=1&n=alpha,beta*3,gamma&vn=16&k=0&s=ring');
      const { assert } = t;
      assert.equal(await u.keyCount(), 0);
      assert.ok(await u.exportButton.isDisabled(), 'Export CSV is disabled without keys');
      assert.ok(await u.clearButton.isDisabled(), 'Clear all keys is disabled without keys');

      await u.generateCount.fill('250');
      await u.generateButton.click();
      await untilEqual(u.keyCount, 250, 'key count');
      await u.keysStatus.filter({ hasText: u.t('P.KeysAdded', 250) }).waitFor();
      // Every key has exactly one owner: the rows add up to the total.
      const perNode = await u.allNodeKeys();
      t.log('keys per node after +250:', perNode);
      assert.equal(Object.values(perNode).reduce((a, b) => a + b, 0), 250);
      assert.ok(perNode.beta > perNode.alpha && perNode.beta > perNode.gamma, 'weight 3 owns the most keys');
      assert.equal(await u.ringFigure.getAttribute('aria-label'), u.t('R.FigureLabel', 3, 80, 250));

      await u.addKeyName.fill('user:42');
      await u.addKeyButton.click();
      await untilEqual(u.keyCount, 251, 'key count');
      await u.keysStatus.filter({ hasText: u.t('P.KeysAddedOne') }).waitFor();
      assert.equal(await u.addKeyName.inputValue(), '', 'the key field is cleared once added');
      // The lookup of a key added by name is traced step by step.
      await u.ring.getByText(u.t('R.LookupTitle', 'user:42'), { exact: true }).waitFor();
      // The counter says keys added move nothing. (Its idle form is a status without the
      // "Keys moved by the last change" name, so it is found by its text inside the ring panel.)
      await u.ring.getByRole('status').filter({ hasText: u.t('R.MovesKeysAdded') }).waitFor();

      await u.quickButton(100).click();
      await untilEqual(u.keyCount, 351, 'key count');
      await u.keysStatus.filter({ hasText: u.t('P.KeysAdded', 100) }).waitFor();
      await untilEqual(u.hash, '#v=1&n=alpha,beta*3,gamma&vn=16&k=350&kn=user:42&s=ring', 'location.hash');

      await u.removeKeyName.fill('key-7');
      await u.removeKeyButton.click();
      await untilEqual(u.keyCount, 350, 'key count');
      await u.keysStatus.filter({ hasText: u.t('P.KeysRemovedOne') }).waitFor();
      await untilEqual(u.hash, '#v=1&n=alpha,beta*3,gamma&vn=16&k=350&kn=user:42&kr=key-7&s=ring', 'location.hash');

      await u.clearButton.click();
      await untilEqual(u.keyCount, 0, 'key count');
      await u.keysStatus.filter({ hasText: u.t('P.KeysCleared', 350) }).waitFor();
      await until(async () => (await u.nodeKeys('beta')) === 0, { message: 'beta to own no keys' });
    },
  },
];
