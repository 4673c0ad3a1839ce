// Locks sharded on the hash ring, as a student plays them in English and 中文 at 1280×800 and
// 390×844: each of the six lessons asks before it tells, then its run shows what its fix does
// (two holders without one, none with the wait or the hand-off; the stale write accepted with
// per-node tokens and rejected with epoch tokens), and the ring shows which lock moved where.
// The lock positions are checked against an independent SHA-1 of the lock names.
import { position, until } from './helpers.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const LESSONS = [
  { id: 'shard-kill', locks: 3, answer: 'yes', broken: ['lease-exclusion', 'holder-exclusion'], lost: true },
  { id: 'shard-wait', locks: 3, answer: 'no', broken: [], lost: false },
  { id: 'shard-node-tokens', locks: 1, answer: 'yes', stale: 'accepted', lost: true },
  { id: 'shard-epoch', locks: 1, answer: 'no', stale: 'rejected', lost: true },
  { id: 'shard-join', locks: 8, answer: 'yes', broken: ['lease-exclusion', 'holder-exclusion'], lost: true },
  { id: 'shard-handoff', locks: 8, answer: 'no', broken: [], lost: false },
];

const violated = (p) => p.locator('.violations li[data-invariant]').evaluateAll((lis) => lis.map((li) => li.dataset.invariant));

function walk({ lang, phone }) {
  const name = `shard-${lang}${phone ? '-phone' : ''}`;
  return {
    name,
    fn: async (t) => {
      const { assert } = t;
      const page = await t.newPage({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', reducedMotion: 'reduce', ...(phone ? PHONE : DESKTOP) });
      await page.addInitScript((l) => localStorage.setItem('ringlock.lang', JSON.stringify(l)), lang);
      await t.open('/#v=1&n=a,b&vn=4&k=10&s=ring&t=lab', { page });
      for (const l of LESSONS) {
        await page.locator(`button[data-lesson="${l.id}"]`).click();
        const card = page.locator('.lab-lesson');
        await card.locator('.lesson-question').waitFor();
        assert.equal(await card.locator('.lesson-outcome').count(), 0, `${l.id}: no outcome before a guess`);
        assert.equal(await page.locator('.shard-svg .shard-lock').count(), l.locks, `${l.id}: its lock names on the ring`);
        if (l.id === 'shard-kill') t.log(await t.screenshot(`${name}-ask`, { page }));
        await card.locator(`.lesson-choice[data-choice="${l.answer}"]`).click();
        await card.locator('.lesson-jump').click();
        await until(async () => (await card.locator('.lesson-outcome').count()) > 0, { message: `${l.id}: its outcome` });
        assert.equal(await card.locator('.lesson-verdict.right').count(), 1, `${l.id}: the answer the run gives is judged right`);
        const told = await card.locator('.lesson-outcome-text').textContent();
        assert.ok(!/[{}?]/.test(told), `${l.id}: every number filled: ${told}`);
        t.log(`${l.id}: ${told}`);
        if (l.broken) assert.deepEqual((await violated(page)).filter((v) => v.endsWith('exclusion')).sort(), [...l.broken].sort(), l.id);
        if (l.stale) {
          const storage = await page.locator('.lab-storage').textContent();
          t.log(`${l.id}: ${storage.slice(0, 160)}`);
        }
        assert.ok((await page.locator('.shard-lock.moved').count()) >= 1, `${l.id}: the change moved a lock`);
        assert.equal((await page.locator('.shard-lock.lost').count()) > 0, l.lost, `${l.id}: a held lock moved without its record`);
        if (['shard-kill', 'shard-node-tokens', 'shard-handoff'].includes(l.id)) {
          await page.locator('.shard-ring').scrollIntoViewIfNeeded();
          t.log(await t.screenshot(`${name}-${l.id}`, { page }));
        }
      }
      // The ring's geometry is SHA-1's: sorted by an independent hash, the lock names come in
      // the same clockwise order as the marks' angles.
      const marks = await page.locator('.shard-svg .shard-lock').evaluateAll((gs) =>
        gs.map((g) => {
          const c = g.querySelector('circle');
          const [x, y] = [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))];
          return { lock: Number(g.dataset.lock), angle: (Math.atan2(x, -y) * 180) / Math.PI + 360 };
        }),
      );
      const byAngle = [...marks].sort((a, b) => (a.angle % 360) - (b.angle % 360)).map((m) => m.lock);
      const bySha = [...marks].sort((a, b) => (position(`lock${a.lock + 1}`) < position(`lock${b.lock + 1}`) ? -1 : 1)).map((m) => m.lock);
      assert.deepEqual(byAngle, bySha, 'locks in SHA-1 order around the ring');
    },
  };
}

const tests = [];
for (const phone of [false, true]) for (const lang of ['en', 'zh']) tests.push(walk({ lang, phone }));
export default tests;
