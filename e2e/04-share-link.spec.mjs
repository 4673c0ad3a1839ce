// Share links: a link opens exactly its scenario (nodes, dead state, weights, vnodes, keys,
// scheme); every change rewrites location.hash (without new history entries) and the new link
// reopens the same thing; a link pasted into an open tab loads; a malformed link opens the
// default scenario with a visible notice.
import { DEFAULT, openApp, ui, until, untilEqual } from './helpers.mjs';

const LINK = 'v=1&n=alpha,beta*2,gamma!&vn=8&k=50&s=ring';

async function expectDefault(t, u, why) {
  const { assert } = t;
  assert.deepEqual(await u.nodeNames(), ['node1', 'node2', 'node3', 'node4'], `${why}: default nodes`);
  assert.deepEqual(await u.nodeCount(), { total: 4, live: 4 }, why);
  assert.equal(await u.keyCount(), 400, why);
  assert.equal(await u.vnodesNumber.inputValue(), '16', why);
}

/** [fragment, the reason the notice should give (English), what it is] */
const MALFORMED = (t) => [
  ['v=1&vn=abc', t('C.LinkField', 'vn'), 'vnodes not a number'],
  ['garbage', t('C.LinkVersion'), 'not key=value'],
  ['v=1&n=a,a', t('C.DuplicateNode', 'a'), 'duplicate node'],
  ['v=2&n=a', t('C.LinkVersion'), 'unknown version'],
  ['n=a,b&k=5', t('C.LinkVersion'), 'no version'],
  ['v=1&n=a&vn=5000', t('C.VnodesOutOfRange', 5000, 1, '1,024'), 'vnodes over the limit'],
  ['v=1&n=a*0', t('C.WeightOutOfRange', 0, 1, 100), 'weight 0'],
  ['v=1&n=a*x', t('C.LinkField', 'n'), 'weight not a number'],
  ['v=1&n=a&k=2000000', t('C.TooManyKeys', '2,000,000', '1,000,000'), 'keys over the limit'],
  ['v=1&n=%zz', t('C.LinkField', 'n'), 'bad percent escape'],
  ['v=1&n=a&s=ketama', t('C.LinkField', 's'), 'unknown scheme'],
  ['v=1&n=a%09b', t('C.ControlCharacter'), 'control character in a name'],
  [`v=1&n=${'x'.repeat(65)}`, t('C.NameTooLong', 64), '65-character name'],
  [`v=1&n=${Array.from({ length: 11 }, (_, i) => `w${i}*100`).join(',')}&vn=1024`, t('C.TooManyPoints', '1,126,400', '1,048,576'), 'too many vnodes in all'],
];

export default [
  {
    name: 'a share link opens its nodes, dead state, weights, vnodes and keys',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, `/#${LINK}`);
      assert.equal(await u.notice.count(), 0, 'no notice for a good link');
      assert.deepEqual(await u.nodeNames(), ['alpha', 'beta', 'gamma']);
      assert.equal(await u.nodeState('alpha'), u.t('P.Live'));
      assert.equal(await u.nodeState('gamma'), u.t('P.Dead'));
      await u.reviveButton('gamma').waitFor();
      assert.equal(await u.nodeKeys('gamma'), 0);
      assert.equal(await u.rowWeight('beta').inputValue(), '2');
      assert.equal(await u.rowWeight('alpha').inputValue(), '1');
      assert.deepEqual(await u.nodeCount(), { total: 3, live: 2 });
      assert.equal(await u.keyCount(), 50);
      assert.equal(await u.nodeKeys('alpha') + (await u.nodeKeys('beta')), 50, 'live nodes own every key');
      assert.equal(await u.vnodesNumber.inputValue(), '8');
      assert.equal(await u.pointCount(), 32, 'dead nodes stay drawn: (1 + 2 + 1) × 8');
      assert.equal(await u.ringFigure.getAttribute('aria-label'), u.t('R.FigureLabel', 3, 32, 50));
      await u.legend.getByRole('button', { name: `gamma ${u.t('R.LegendDead')}`, exact: true }).waitFor();
      assert.equal(await u.schemeButton('R.SchemeRing').getAttribute('aria-pressed'), 'true');
      assert.equal(await u.hash(), `#${LINK}`, 'the link is already in canonical form');
    },
  },
  {
    name: 'every change rewrites location.hash (replaceState) and the new link reopens it',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, `/#${LINK}`);
      const page = u.page;
      const historyLength = await page.evaluate(() => history.length);

      await u.reviveButton('gamma').click();
      await untilEqual(u.hash, '#v=1&n=alpha,beta*2,gamma&vn=8&k=50&s=ring', 'hash after revive');
      await u.killButton('alpha').click();
      await untilEqual(u.hash, '#v=1&n=alpha!,beta*2,gamma&vn=8&k=50&s=ring', 'hash after kill');

      await u.vnodesNumber.fill('12');
      await u.vnodesNumber.press('Enter');
      await untilEqual(u.hash, '#v=1&n=alpha!,beta*2,gamma&vn=12&k=50&s=ring', 'hash after vnodes');
      assert.equal(await u.pointCount(), 48);

      await u.rowWeight('beta').fill('5');
      await u.rowWeight('beta').press('Enter');
      await untilEqual(u.hash, '#v=1&n=alpha!,beta*5,gamma&vn=12&k=50&s=ring', 'hash after weight');

      await u.addNode('δέλτα 4', 3);
      await u.quickButton(100).click();
      await u.addKeyName.fill('x y,z');
      await u.addKeyButton.click();
      await u.schemeButton('R.SchemeArticle').click();
      const final = '#v=1&n=alpha!,beta*5,gamma,δέλτα 4*3&vn=12&k=150&kn=x y,z&s=article';
      await untilEqual(u.hash, final, 'hash after node, keys and scheme');
      // Names are percent-encoded in the raw fragment (a comma in a key name cannot split it).
      const raw = await page.evaluate(() => location.hash);
      assert.ok(raw.includes('kn=x%20y%2Cz'), raw);
      assert.ok(raw.includes('n=alpha!,beta*5,gamma,%CE%B4%CE%AD%CE%BB%CF%84%CE%B1%204*3'), raw);
      assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entry per click');

      const before = { names: await u.nodeNames(), keys: await u.allNodeKeys(), count: await u.keyCount() };
      const copy = await t.newPage();
      const v = await openApp(t, `/${raw}`, { page: copy });
      assert.equal(await v.notice.count(), 0);
      assert.deepEqual(await v.nodeNames(), before.names);
      assert.equal(await v.keyCount(), before.count);
      assert.deepEqual(await v.allNodeKeys(), before.keys, 'the same owners under the same scheme');
      assert.equal(await v.schemeButton('R.SchemeArticle').getAttribute('aria-pressed'), 'true');
      assert.equal(await v.rowWeight('δέλτα 4').inputValue(), '3');
      assert.equal(await v.nodeState('alpha'), v.t('P.Dead'));
    },
  },
  {
    name: 'a link pasted into the open tab loads it and forgets the last change',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.killButton('node1').click();
      await u.movesCause('R.ChangeKilled', 'node1').waitFor();

      await u.page.evaluate((f) => { location.hash = f; }, LINK);
      await untilEqual(u.nodeNames, ['alpha', 'beta', 'gamma'], 'nodes of the pasted link');
      assert.equal(await u.keyCount(), 50);
      // The last change belonged to the old scenario: neither counter may still show it.
      await u.stats.getByText(u.t('P.NoChangeYet'), { exact: true }).waitFor();
      await u.ring.getByRole('status').filter({ hasText: u.t('R.MovesHint') }).waitFor();
      assert.equal(await u.ringMoved(), null, 'no moved counter after loading a link');

      await u.page.evaluate(() => { location.hash = '#v=1&vn=abc'; });
      await u.notice.waitFor();
      await expectDefault(t, u, 'malformed link pasted into the tab');
    },
  },
  {
    name: 'malformed links open the default scenario (node1..node4) with a notice',
    timeout: 90_000,
    fn: async (t) => {
      const { assert } = t;
      const page = t.page;
      const en = ui(page).t;
      for (const [fragment, reason, what] of MALFORMED(en)) {
        await page.goto('about:blank');
        const u = await openApp(t, `/#${fragment}`);
        await u.notice.waitFor();
        const text = (await u.notice.textContent()).trim();
        assert.ok(text.startsWith(en('C.BadLink', reason)), `${what}: notice says ${JSON.stringify(text)}, expected ${JSON.stringify(en('C.BadLink', reason))}`);
        assert.ok(await u.notice.isVisible());
        await expectDefault(t, u, what);
        await untilEqual(u.hash, `#${DEFAULT.fragment}`, `${what}: the link shows the default scenario`);
        t.log(`#${fragment.length > 40 ? `${fragment.slice(0, 40)}…` : fragment} → ${text}`);
      }
      // The notice can be dismissed, and the page works normally afterwards.
      const u = ui(page);
      await u.notice.getByRole('button', { name: en('C.Dismiss'), exact: true }).click();
      await until(async () => (await u.notice.count()) === 0, { message: 'the notice to go away' });
      await u.killButton('node4').click();
      await u.movesCause('R.ChangeKilled', 'node4').waitFor();
    },
  },
  {
    name: 'the notice is worded in 中文 too',
    fn: async (t) => {
      const page = await t.newPage({ locale: 'zh-CN' });
      const u = await openApp(t, '/#v=1&n=a,a', { page, lang: 'zh' });
      await u.notice.waitFor();
      const expected = u.t('C.BadLink', u.t('C.DuplicateNode', 'a'));
      t.assert.ok((await u.notice.textContent()).startsWith(expected), expected);
      await u.notice.getByRole('button', { name: u.t('C.Dismiss'), exact: true }).waitFor();
    },
  },
];
