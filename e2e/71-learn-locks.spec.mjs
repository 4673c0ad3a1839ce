// Chapters 7 and 8 of the course as a student meets them, in English and in 中文: the real
// Lock lab beside each step, without its time controls or safety banner until the student has
// answered; the article's server without leases (a wrong answer: the run shows nobody is
// granted again and the checker's deadlock), the wait after a crash with leases (a refused
// guess, then the TTL, right within the tolerance), Back restoring the answered step, a paused
// holder's stale write without fencing (right) and with fencing (wrong); the lab's link from
// the course; screenshots at 1280×800 and 390×844.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frames, until } from './helpers.mjs';
import { course as steps, coursePage, ROOT } from './learn-helpers.mjs';


// The lessons' settings, read from the core's source: the TTL of the crash lesson.
const lease = readFileSync(join(ROOT, 'crates', 'ringlock-lock', 'src', 'lessons', 'lease.rs'), 'utf8');
const TTL = Number(lease.match(/Lesson::HolderCrash => Settings \{\s*workers: \d+,\s*ttl: ([\d_]+)/)[1].replace(/_/g, ''));
const locks = readFileSync(join(ROOT, 'src', 'learn', 'locks.rs'), 'utf8');
const TOLERANCE = Number(locks.match(/WAIT_TOLERANCE: f64 = ([\d.]+)/)[1]);
const millis = (text) => Number(text.replace(/[^\d]/g, ''));

async function walk(t, lang, phone = false) {
  const { assert } = t;
  const page = await coursePage(t, lang, { phone });
  await t.open('/#learn=7.1', { page });
  const c = steps(page, lang);
  const shot = async (name, opts = {}) => {
    await page.evaluate(() => document.fonts.ready);
    await frames(page, 3);
    t.log(await t.screenshot(`learn-locks-${lang}${phone ? '-phone' : ''}-${name}`, { page, ...opts }));
  };

  // 7.1: the article's server without leases; answered wrong.
  await c.at('7.1', 'NlTitle');
  await c.hidden({ lab: true });
  await shot('7-1-predict');
  await c.pick(c.l('NlLater'));
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.step.locator('tr.theory td').textContent(), c.l('Never'));
  // The run played: the lab's clock is at its end, and its safety banner reports the deadlock.
  await c.lab.locator('.lab-monitor.unsafe').waitFor();
  assert.ok((await c.after()).includes(lang === 'en' ? 'deadlock' : '死锁'));
  await shot('7-1-outcome', { fullPage: phone });

  // 7.2: a refused guess, then the TTL itself: right within the tolerance.
  await c.next();
  await c.at('7.2', 'LsTitle');
  await c.hidden({ lab: true });
  await c.guess('soon', 'MillisLabel');
  await c.step.getByText(c.f('BadMillis')).waitFor();
  await shot('7-2-predict');
  await c.guess(TTL, 'MillisLabel');
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  const wait = millis(await c.measured());
  assert.ok(wait <= TTL && TTL - wait <= TOLERANCE, `measured wait ${wait} vs TTL ${TTL}`);
  assert.equal(millis(await c.step.locator('tr.guess td').textContent()), TTL);
  assert.ok((await c.step.locator('tr.theory td').textContent()).includes(lang === 'en' ? '2,000 ms' : '2,000 毫秒'));
  await c.lab.locator('.lab-monitor').waitFor();
  await shot('7-2-outcome', { fullPage: phone });

  // Back: 7.1 as it was left (answered, wrong); the keyboard returns to 7.2, answered.
  await c.back();
  await c.at('7.1', 'NlTitle');
  await c.step.locator('.learn-outcome').waitFor();
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  await page.keyboard.press('ArrowRight');
  await c.at('7.2', 'LsTitle');
  assert.equal(millis(await c.measured()), wait);

  // 8.1: no fencing: storage takes the stale write (right).
  await c.next();
  await c.at('8.1', 'PsTitle');
  await c.hidden({ lab: true });
  await c.pick(c.l('WriteTaken'));
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  assert.equal(await c.measured(), c.l('Accepted'));
  await c.lab.locator('.lab-monitor.unsafe').waitFor();

  // 8.2: with fencing: the student expects the same (wrong); storage rejects it.
  await c.next();
  await c.at('8.2', 'FcTitle');
  await c.hidden({ lab: true });
  await shot('8-2-predict');
  await c.pick(c.l('WriteTaken'));
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.measured(), c.l('Rejected'));
  await c.lab.locator('.lab-monitor').waitFor();
  await shot('8-2-outcome', { fullPage: phone });
  // Chapter 9 follows (walked in 72-learn-people).
  assert.ok(!(await c.step.getByRole('button', { name: new RegExp(c.f('Next')) }).isDisabled()));
  const m = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(m[0] <= m[1], `the page scrolls sideways: ${m}`);
  return { page, c };
}

export default [
  {
    name: 'chapters 7 and 8 in English: predict, the real lock lab answers, Back',
    fn: async (t) => {
      const { page, c } = await walk(t, 'en');
      // One click to the Lock lab, with the step's run in it.
      await page.getByRole('button', { name: c.f('FreeLockLab') }).click();
      await page.locator('#panel-lab').waitFor();
      await until(async () => (await page.evaluate(() => location.hash)).includes('lv=1'), { message: 'the run in the lab' });
    },
  },
  {
    name: '中文: chapters 7 and 8, with no English left in them',
    fn: async (t) => {
      const { page, c } = await walk(t, 'zh');
      const texts = await page.locator('.learn-step').evaluate((el) => el.innerText);
      for (const word of ['Next', 'Back', 'Worker', 'lease', 'storage', 'the ']) {
        t.assert.ok(!texts.includes(word), `English "${word}" in 中文: ${texts}`);
      }
      t.assert.ok(texts.includes(c.f('Next')));
    },
  },
  { name: 'chapters 7 and 8 on a phone, English', fn: (t) => walk(t, 'en', true) },
  { name: 'chapters 7 and 8 on a phone, 中文', fn: (t) => walk(t, 'zh', true) },
];
