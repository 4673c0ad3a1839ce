// Chapter 9 of the course, the locks people run, as a student meets it in English and in
// 中文: ZooKeeper's predecessor watches (a refused guess, then a wrong count), the herd (the
// right count, read off the waiters the step names), etcd's storage guard, Redis failover,
// Redlock with a clock jump, and locks for efficiency vs correctness; Back keeps an answer;
// the real Lock lab beside every step shows its safety banner only once answered;
// screenshots at 1280×800 and 390×844.
import { catalogue, course, courseShot, coursePage, noEnglish } from './learn-helpers.mjs';

const N = catalogue('learn', 'text', 'people.rs');
const num = (text) => Number(text.replace(/[^\d]/g, ''));

async function walk(t, lang, phone = false) {
  const { assert } = t;
  const page = await coursePage(t, lang, { phone });
  const shot = (name, opts) => courseShot(t, page, `learn-people-${lang}${phone ? '-phone' : ''}-${name}`, opts);
  await t.open('/#learn=9.1', { page });
  const c = course(page, lang, N);
  const right = async () => assert.match(await c.verdict(), new RegExp(c.f('Right')));
  const wrong = async () => assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));

  // 9.1: one release under predecessor watches: a fraction is refused, then a wrong count.
  await c.at('9.1', 'PdTitle');
  await c.hidden({ lab: true });
  await c.guess('2.5', 'CountLabel');
  await c.step.getByText(c.f('NotWhole')).waitFor();
  await shot('9-1-predict');
  await c.guess(4, 'CountLabel');
  await wrong();
  assert.equal(num(await c.measured()), 1, 'one notification: the next waiter');
  await shot('9-1-outcome', { fullPage: phone });

  // 9.2: the herd: the same release notifies every waiter the step names.
  await c.next();
  await c.at('9.2', 'HdTitle');
  await c.hidden({ lab: true });
  const before = await c.step.locator('.learn-narration').textContent();
  const waiting = Number(before.match(/(\d+) (?:workers are waiting|个工作者在等待)/)?.[1]);
  assert.ok(waiting > 1, `waiters named in: ${before}`);
  await c.guess(waiting, 'CountLabel');
  await right();
  assert.equal(num(await c.measured()), waiting);

  // Back: 9.1 as it was left; on again.
  await c.back();
  await c.at('9.1', 'PdTitle');
  await c.outcome().waitFor();
  await page.keyboard.press('ArrowRight');
  await c.at('9.2', 'HdTitle');
  await c.outcome().waitFor();

  // 9.3: etcd: the lab's storage guard rejects the stale write.
  await c.next();
  await c.at('9.3', 'EtTitle');
  await c.hidden({ lab: true });
  await c.pick(N[lang].EtStorage);
  await right();

  // 9.4 and 9.5: Redis failover and Redlock's clock jump: two holders; the safety banner says so.
  for (const [code, title, answer, check] of [
    ['9.4', 'FoTitle', 'TwoNo', wrong],
    ['9.5', 'RlTitle', 'TwoYes', right],
  ]) {
    await c.next();
    await c.at(code, title);
    await c.hidden({ lab: true });
    if (code === '9.5') {
      // Redlock's steps and its validity formula are in the text before the guess.
      assert.match(await c.step.locator('.learn-narration').textContent(), /T2 − T1/);
      await shot('9-5-predict');
    }
    await c.pick(N[lang][answer]);
    await check();
    await c.lab.locator('.lab-monitor.unsafe').waitFor();
  }
  await shot('9-5-outcome', { fullPage: phone });

  // 9.6: the account balance needs fencing; the cache refresh can live with a rare overlap.
  await c.next();
  await c.at('9.6', 'KlTitle');
  await c.hidden({ lab: true });
  await c.showMe();
  assert.equal(await c.verdict(), c.f('Skipped'));
  assert.ok(!(await c.step.getByRole('button', { name: new RegExp(c.f('Next')) }).isDisabled()));
  const m = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(m[0] <= m[1], `the page scrolls sideways: ${m}`);
  return { page };
}

export default [
  { name: 'chapter 9 in English: the locks people run', fn: (t) => walk(t, 'en') },
  {
    name: '中文: chapter 9, with no English left in it',
    fn: async (t) => {
      const { page } = await walk(t, 'zh');
      await noEnglish(t, page);
    },
  },
  { name: 'chapter 9 on a phone, English', fn: (t) => walk(t, 'en', true) },
  { name: 'chapter 9 on a phone, 中文', fn: (t) => walk(t, 'zh', true) },
];
