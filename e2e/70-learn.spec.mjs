// The Learn tab as a student meets it: a first visit lands on chapter 1; every chapter is
// walked in English and in 中文, answering some predictions right, some wrong, skipping one,
// using Back, the keyboard and "restart chapter"; the outcome stays hidden until answered; the
// measured numbers equal an independent computation (Node's SHA-1); links and stored progress
// fall back cleanly; screenshots of a prediction and an outcome at 1280×800 and 390×844.
import { frames, generatedKeys, movedBetween, placement, position, until } from './helpers.mjs';
import { catalogue, course, coursePage, F, L, preferenceList } from './learn-helpers.mjs';

const H = catalogue('shell', 'text.rs');

const FOUR = ['node1', 'node2', 'node3', 'node4'].map((name) => ({ name }));
const FIVE = [...FOUR, { name: 'node5' }];
const pct = (part, whole) => `${((part * 100) / whole).toFixed(1)}%`;

// Each node's share of the ring from scratch: a point closes the arc since the point before it.
function shares(nodes, v) {
  const points = nodes.flatMap(([name, w]) => Array.from({ length: v * w }, (_, i) => [position(`${name}#${i}`), name]));
  points.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out = Object.fromEntries(nodes.map(([n]) => [n, 0]));
  const size = 2n ** 64n;
  points.forEach(([p, n], k) => {
    const prev = points[(k + points.length - 1) % points.length][0];
    out[n] += Number((p - prev + size) % size) / Number(size);
  });
  return out;
}
const EIGHT = Array.from({ length: 8 }, (_, i) => [`node${i + 1}`, 1]);
// Keys whose first r distinct nodes clockwise (16 points each) are all dead.
function lostAt(r, keys, dead = ['node1', 'node2']) {
  const names = ['node1', 'node2', 'node3', 'node4', 'node5'];
  return keys.filter((k) => preferenceList(names, 16, k, r).every((n) => dead.includes(n)));
}
// Jump consistent hash from the paper's pseudo-code (BigInt: 64-bit arithmetic).
function jumpHash(key, n) {
  let b = -1n;
  let j = 0n;
  const mask = (1n << 64n) - 1n;
  while (j < BigInt(n)) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & mask;
    j = BigInt(Math.floor(Number(b + 1n) * (Number(1n << 31n) / Number((key >> 33n) + 1n))));
  }
  return Number(b);
}
const busiest = (v) => Math.max(...Object.values(shares(EIGHT, v))) * 100;

// Independent numbers: 4 → 5 nodes under mod N (1,000 keys) and on the ring (16 points each).
const keys1000 = generatedKeys(1000);
const modMoved = movedBetween(placement(FOUR, 16, keys1000), placement(FIVE, 16, keys1000));

// Click a node's point (its only virtual node) on the course's ring, where a student would.
async function clickPoint(page, node) {
  const box = await page.locator(`.learn-ring line.ring-tick[aria-label*="${node}#0"]`).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function walk(t, lang) {
  const { assert } = t;
  const page = await coursePage(t, lang, { firstVisit: true });
  await t.open('/', { page });
  const c = course(page, lang);
  // A first visit lands on chapter 1, with the course first in the tab list.
  const tabs = page.getByRole('tab');
  assert.equal(await tabs.first().textContent(), H[lang].TabLearn);
  assert.equal(await tabs.first().getAttribute('aria-selected'), 'true');
  await c.at('1.1', 'PlacementTitle');
  assert.ok((await c.step.locator('.learn-narration').textContent()).includes('node1: '));
  assert.ok(await c.step.getByRole('button', { name: new RegExp(c.f('Back')) }).isDisabled());

  // 1.2: a choice, answered right.
  await c.next();
  await c.at('1.2', 'MoveCostTitle');
  await c.hidden();
  await c.pick(c.l('CostCopy'));
  assert.match(await c.verdict(), new RegExp(c.f('Right')));

  // 2.1: a choice, answered wrong; the after-text names modulo hashing.
  await c.next();
  await c.at('2.1', 'FormulaTitle');
  await c.hidden();
  await c.pick(c.l('FormulaRing'));
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));

  // 2.2: a refused guess, then a wrong one; measured equals the independent count.
  await c.next();
  await c.at('2.2', 'ModJoinTitle');
  await c.hidden();
  await c.guess('lots');
  await c.step.getByText(c.f('NotANumber')).waitFor();
  await c.hidden();
  await c.guess(30);
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.measured(), pct(modMoved.mod, 1000));
  assert.equal(await c.step.locator('tr.theory td').textContent(), '80.0%');
  assert.equal(await c.step.locator('tr.guess td').textContent(), '30%');

  // Back restores 2.1 as it was left (answered, wrong), and Next returns to 2.2 answered.
  await c.back();
  await c.at('2.1', 'FormulaTitle');
  await c.outcome().waitFor();
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  await page.keyboard.press('ArrowRight');
  await c.at('2.2', 'ModJoinTitle');
  assert.equal(await c.measured(), pct(modMoved.mod, 1000));

  // 3.1: the first node clockwise, picked right by clicking its point on the ring (the key is
  // named in the question).
  await page.keyboard.press('PageDown');
  await c.at('3.1', 'ClockwiseTitle');
  await c.hidden();
  assert.equal(await c.step.locator('.learn-pick-hint').textContent(), c.f('PickOnRing'));
  const key = (await c.step.locator('.learn-ask').textContent()).match(/user:\d+/)[0];
  const owner = placement(FOUR, 1, [key]).ring[key];
  await clickPoint(page, owner);
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  assert.ok((await c.step.locator('.learn-after').textContent()).includes(owner));

  // 3.2: "show me", then the ring's join moved what the brute force says.
  await c.next();
  await c.at('3.2', 'RingJoinTitle');
  await c.hidden();
  await c.step.getByRole('button', { name: c.f('ShowMe') }).click();
  assert.equal(await c.verdict(), c.f('Skipped'));
  assert.equal(await c.measured(), pct(modMoved.ring, 1000));

  // 3.3: a wrong node; the successor takes everything.
  await c.next();
  await c.at('3.3', 'KillTitle');
  await c.hidden();
  const keys200 = generatedKeys(200);
  const before = placement(FOUR, 1, keys200).ring;
  const after = placement(FOUR.filter((n) => n.name !== 'node1'), 1, keys200).ring;
  const taker = after[keys200.find((k) => before[k] === 'node1')];
  const wrong = ['node2', 'node3', 'node4'].find((n) => n !== taker);
  // A click on the dying node itself is not one of the options: only a look.
  await clickPoint(page, 'node1');
  await c.hidden();
  // The keyboard picks too: focus the wrong node's point, then Enter.
  await page.locator(`.learn-ring line.ring-tick[aria-label*="${wrong}#0"]`).focus();
  await page.keyboard.press('Enter');
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.ok((await c.step.locator('.learn-after').textContent()).includes(taker));

  // 4.1: a wrong guess of the busiest share at V = 1; measured from scratch.
  await c.next();
  await c.at('4.1', 'VOneTitle');
  await c.hidden();
  await c.guess(5);
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.measured(), `${busiest(1).toFixed(1)}%`);

  // 4.2: the right guess at V = 160.
  await c.next();
  await c.at('4.2', 'VManyTitle');
  await c.hidden();
  await c.guess(busiest(160).toFixed(1));
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  assert.equal(await c.measured(), `${busiest(160).toFixed(1)}%`);

  // 4.3: weight 2 gives about twice the share.
  await c.next();
  await c.at('4.3', 'WeightTitle');
  await c.hidden();
  await c.pick(c.l('WeightTwice'));
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  const w = shares([['node1', 2], ['node2', 1], ['node3', 1], ['node4', 1]], 160);
  assert.equal(await c.measured(), `${(w.node1 * 100).toFixed(1)}%`);

  // 5.1: R = 1, a rack of two dies; the loss measured from scratch.
  await c.next();
  await c.at('5.1', 'RepOneTitle');
  await c.hidden();
  await c.guess(40);
  assert.equal(await c.measured(), pct(lostAt(1, keys1000).length, 1000));
  // 5.2: R = 2, a key that kept a copy, picked wrongly.
  await c.next();
  await c.at('5.2', 'RepTwoTitle');
  await c.hidden();
  const lost2 = lostAt(2, keys1000);
  const options = await c.step.locator('.learn-option').allTextContents();
  assert.equal(options.filter((k) => lost2.includes(k)).length, 1, 'one option lost every copy');
  await c.pick(options.find((k) => !lost2.includes(k)));
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.measured(), pct(lost2.length, 1000));
  // 5.3: R = 3, skipped: nothing is lost.
  await c.next();
  await c.at('5.3', 'RepThreeTitle');
  await c.hidden();
  await c.step.getByRole('button', { name: c.f('ShowMe') }).click();
  assert.equal(await c.measured(), '0.0%');

  // Chapter 6: one question per algorithm; the comparison table appears only once answered.
  const jumpMoved = keys1000.filter((k) => jumpHash(position(k), 4) !== jumpHash(position(k), 5)).length;
  const answers = [
    ['6.1', 'JumpTitle', 'JumpNew', true],
    ['6.2', 'RvTitle', 'RvAll', false],
    ['6.3', 'MgTitle', null, null],
    ['6.4', 'BdTitle', 'BdLess', true],
    ['6.5', 'RdTitle', 'RdSlots', true],
  ];
  for (const [code, title, option, right] of answers) {
    await c.next();
    await c.at(code, title);
    await c.hidden();
    assert.equal(await page.locator('.learn-table').count(), 0, 'no table before the answer');
    if (option) await c.pick(c.l(option));
    else await c.step.getByRole('button', { name: c.f('ShowMe') }).click();
    if (right !== null) assert.match(await c.verdict(), new RegExp(right ? c.f('Right') : c.f('Wrong').slice(0, 6)));
    await page.locator('.learn-table').waitFor();
    if (code === '6.1') {
      assert.equal(await c.measured(), pct(jumpMoved, 1000));
      await page.waitForTimeout(800);
      t.log(await t.screenshot(`learn-walk-${lang}-table`, { page }));
    }
  }
  // The lock chapters follow (walked in 71-learn-locks).
  assert.ok(!(await c.step.getByRole('button', { name: new RegExp(c.f('Next')) }).isDisabled()));

  // Restart the chapter: back to 6.1, its question asked again; Back still reaches 5.3 answered.
  await c.step.getByRole('button', { name: c.f('Restart') }).click();
  await c.at('6.1', 'JumpTitle');
  await c.hidden();
  await page.keyboard.press('PageUp');
  await c.at('5.3', 'RepThreeTitle');
  await c.outcome().waitFor();
  return { page, c };
}

export default [
  {
    name: 'a first-time visitor lands on the course and walks every chapter in English',
    fn: async (t) => {
      const { page } = await walk(t, 'en');
      // Progress is remembered: a reload without a link goes back to the Ring tab (returning
      // visitor), and the Learn tab opens where the student was.
      await page.goto(t.url('/'));
      await page.locator('#panel-ring').waitFor();
      await page.getByRole('tab', { name: H.en.TabLearn }).click();
      await until(async () => (await page.evaluate(() => location.hash)).endsWith('learn=5.3'), { message: 'stored step' });
    },
  },
  {
    name: '中文: the whole course, with no English left in it',
    fn: async (t) => {
      const { page, c } = await walk(t, 'zh');
      const texts = await page.locator('#panel-learn').evaluate((el) => el.innerText);
      for (const word of ['Next', 'Back', 'Chapter', 'Predict', 'Show me', 'keys', 'the ']) {
        t.assert.ok(!texts.includes(word), `English "${word}" in 中文: ${texts}`);
      }
      t.assert.ok(texts.includes(c.f('Next')));
    },
  },
  {
    name: 'links name a step; a bad link or a corrupted store opens chapter 1, never panics',
    fn: async (t) => {
      const { assert } = t;
      const page = t.page;
      await t.open('/#learn=2.2');
      const c = course(page, 'en');
      await c.at('2.2', 'ModJoinTitle');
      await c.hidden();
      await t.open('/#learn=9.x');
      await page.getByText(F.en.BadLink).waitFor();
      await c.at('1.1', 'PlacementTitle');
      await page.getByRole('button', { name: F.en.Dismiss }).click();
      assert.equal(await page.getByText(F.en.BadLink).count(), 0);
      await page.evaluate(() => localStorage.setItem('ringlock.learn', '{"oops":'));
      await t.open('/#v=1&n=a,b&vn=4&k=20&s=ring');
      await page.getByRole('tab', { name: H.en.TabLearn }).click();
      await c.at('1.1', 'PlacementTitle');
      // One click to the free lab, with the course's ring in it.
      await page.getByRole('button', { name: F.en.FreeLab }).click();
      await page.locator('#panel-ring').waitFor();
      await until(async () => (await page.evaluate(() => location.hash)).includes('n=node1,node2,node3,node4'), { message: 'the course ring in the lab' });
    },
  },
  ...['light', 'dark'].flatMap((scheme) =>
    ['en', 'zh'].flatMap((lang) =>
      [false, true].map((phone) => ({
        name: `screenshot learn-${scheme}-${lang}${phone ? '-phone' : ''}`,
        fn: async (t) => {
          const page = await coursePage(t, lang, { phone, colorScheme: scheme });
          await t.open('/#learn=2.2', { page });
          const c = course(page, lang);
          await c.at('2.2', 'ModJoinTitle');
          await page.evaluate(() => document.fonts.ready);
          await frames(page, 3);
          const name = `learn-${scheme}-${lang}${phone ? '-phone' : ''}`;
          t.log(await t.screenshot(`${name}-predict`, { page }));
          await c.guess(75);
          await c.outcome().waitFor();
          await page.waitForTimeout(1500);
          t.log(await t.screenshot(`${name}-outcome`, { page, fullPage: phone }));
          const m = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
          t.assert.ok(m[0] <= m[1], `the page scrolls sideways: ${m}`);
        },
      })),
    ),
  ),
];
