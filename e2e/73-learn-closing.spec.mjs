// Chapters 10 and 11 of the course as a student meets them, in English and in 中文: the
// article's formula and code checked (a node picked, the 128-bucket cap guessed right, the
// in-process lock, L beside Jain's index), then the challenges and the FAQ (a node's data
// gone at R = 1, the keys left with one copy at R = 2, the lock's queue, a plain DEL and the
// safe release, microservices, the central server's answer). Numbers are checked against
// Node's own SHA-1; a wrong answer, a right one, "show me" and Back are all used; the course
// ends; screenshots at 1280×800 and 390×844 in both languages.
import { article128, generatedKeys } from './helpers.mjs';
import { catalogue, course, courseShot, coursePage, noEnglish, preferenceList } from './learn-helpers.mjs';

const AR = catalogue('learn', 'text', 'article.rs');
const CL = catalogue('learn', 'text', 'closing.rs');
const FOUR = ['node1', 'node2', 'node3', 'node4'];
const FIVE = [...FOUR, 'node5'];
const pct = (part, whole) => `${((part * 100) / whole).toFixed(1)}%`;
const keys400 = generatedKeys(400);
const keys1000 = generatedKeys(1000);
const num = (text) => Number(text.replace(/,/g, ''));

async function walk(t, lang, phone = false) {
  const { assert } = t;
  const page = await coursePage(t, lang, { phone });
  const shot = (name, opts) => courseShot(t, page, `learn-closing-${lang}${phone ? '-phone' : ''}-${name}`, opts);
  const right = (c) => c.verdict().then((v) => assert.match(v, new RegExp(c.f('Right'))));
  const wrong = (c) => c.verdict().then((v) => assert.match(v, new RegExp(c.f('Wrong').slice(0, 6))));

  // 10.1: the formula is the code's last step. The key and its bucket are named; the owner is
  // nodes[b mod 4], picked by clicking its point on the ring.
  await t.open('/#learn=10.1', { page });
  let c = course(page, lang, AR);
  await c.at('10.1', 'FmTitle');
  await c.hidden();
  const key = (await c.step.locator('.learn-narration').textContent()).match(/user:\d+|key-\d+/)[0];
  const b = article128(key);
  assert.ok((await c.step.locator('.learn-narration').textContent()).includes(`b = ${b}`), `bucket ${b} of ${key}`);
  const owner = FOUR[b % 4];
  await shot('10-1-predict');
  await c.pick(owner);
  await right(c);
  assert.ok((await c.after()).includes(`${b} mod 4 = ${b % 4}`));

  // 10.2: 128 nodes, node129 joins: no bucket moves (b < 128 ≤ N), so nothing moves.
  await c.next();
  await c.at('10.2', 'CapTitle');
  await c.hidden();
  const moved = keys1000.filter((k) => article128(k) % 128 !== article128(k) % 129).length;
  await c.guess(1);
  await right(c);
  assert.equal(await c.measured(), pct(moved, 1000));
  assert.equal(moved, 0);
  await shot('10-2-outcome', { fullPage: phone });

  // 10.3: threading.Lock on two nodes: one holder per node.
  await c.next();
  await c.at('10.3', 'LlTitle');
  await c.hidden({ lab: true });
  await c.pick(AR[lang].LlOne);
  await wrong(c);
  await c.lab.locator('.lab-monitor.unsafe').waitFor();

  // 10.4: L cannot tell a fair lock from an unfair one; Jain's index can. The measured L is the
  // total over N the narration states.
  await c.next();
  await c.at('10.4', 'FrTitle');
  await c.hidden({ lab: true });
  await c.pick(AR[lang].FrSame);
  await right(c);
  const [grants, workers, l] = (await c.after()).match(/([\d,]+)\/([\d,]+) = ([\d.]+)/).slice(1);
  assert.equal((num(grants) / num(workers)).toFixed(2), l);
  await shot('10-4-outcome', { fullPage: phone });

  // 11.1: node3 dies at R = 1: its keys' data is gone. Counted from scratch.
  await c.next();
  c = course(page, lang, CL);
  await c.at('11.1', 'ConsTitle');
  await c.hidden();
  const lost = keys1000.filter((k) => preferenceList(FIVE, 160, k, 1)[0] === 'node3').length;
  await c.pick(CL[lang].ConsGone);
  await right(c);
  assert.ok((await c.measured()).includes(pct(lost, 1000)), `${lost} keys lost`);
  assert.equal(await page.locator('.learn-copies tbody tr').count(), 5, 'the copies of five keys');

  // 11.2: at R = 2 nothing is lost, but the keys with a copy on node3 keep one: a wrong guess.
  await c.next();
  await c.at('11.2', 'FtTitle');
  await c.hidden();
  const single = keys1000.filter((k) => preferenceList(FIVE, 160, k, 2).includes('node3')).length;
  await c.guess(90);
  await wrong(c);
  assert.equal(await c.measured(), pct(single, 1000));
  const copies = page.locator('.learn-copies');
  assert.ok((await copies.locator('del.copy').count()) > 0, 'node3 struck out');
  await shot('11-2-outcome', { fullPage: phone });

  // Back to 11.1 as it was left, then on again.
  await c.back();
  await c.at('11.1', 'ConsTitle');
  await c.outcome().waitFor();
  await c.next();
  await c.at('11.2', 'FtTitle');
  await c.outcome().waitFor();

  // 11.3: the queue's wait: "show me".
  await c.next();
  await c.at('11.3', 'PfTitle');
  await c.hidden({ lab: true });
  await c.showMe();
  assert.equal(await c.verdict(), c.f('Skipped'));

  // 11.4: a plain DEL deletes another worker's key (right); 11.5: the safe release still
  // overlaps on expiry (the student says it never does: wrong).
  await c.next();
  await c.at('11.4', 'DelTitle');
  await c.hidden({ lab: true });
  await c.pick(CL[lang].DelYes);
  await right(c);
  await c.lab.locator('.lab-monitor.unsafe').waitFor();
  await c.next();
  await c.at('11.5', 'CasTitle');
  await c.hidden({ lab: true });
  await c.pick(CL[lang].CasNever);
  await wrong(c);

  // 11.6 and 11.7: the FAQ.
  await c.next();
  await c.at('11.6', 'McTitle');
  await c.hidden();
  await c.pick(CL[lang].McOn);
  await right(c);
  await c.next();
  await c.at('11.7', 'LsvTitle');
  await c.hidden({ lab: true });
  await shot('11-7-predict');
  await c.pick(CL[lang].LsvComplete);
  await wrong(c);
  await c.step.getByText(c.f('Done')).waitFor();
  assert.ok(await c.step.getByRole('button', { name: new RegExp(c.f('Next')) }).isDisabled());
  await shot('11-7-outcome', { fullPage: phone });
  const m = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(m[0] <= m[1], `the page scrolls sideways: ${m}`);
  return { page, c };
}

// Each walks 13 steps, most of them with a real run: about 40 s on an idle machine, more than
// the default minute on a loaded one.
const WALK_MS = 150_000;

export default [
  { name: 'chapters 10 and 11 in English: the article checked, challenges and FAQ', timeout: WALK_MS, fn: (t) => walk(t, 'en') },
  {
    name: '中文: chapters 10 and 11, with no English left in them',
    timeout: WALK_MS,
    fn: async (t) => {
      const { page } = await walk(t, 'zh');
      await noEnglish(t, page);
    },
  },
  { name: 'chapters 10 and 11 on a phone, English', timeout: WALK_MS, fn: (t) => walk(t, 'en', true) },
  { name: 'chapters 10 and 11 on a phone, 中文', timeout: WALK_MS, fn: (t) => walk(t, 'zh', true) },
];
