// Chapters 7 and 8 of the course as a student meets them, in English and in 中文: the real
// Lock lab beside each step, without its time controls or safety banner until the student has
// answered; the article's server without leases (a wrong answer: the run shows nobody is
// granted again and the checker's deadlock), the wait after a crash with leases (a refused
// guess, then the TTL, right within the tolerance), Back restoring the answered step, a paused
// holder's stale write without fencing (right) and with fencing (wrong); the lab's link from
// the course; screenshots at 1280×800 and 390×844.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fill, frames, until } from './helpers.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function table(...file) {
  const text = readFileSync(join(ROOT, 'src', ...file), 'utf8');
  const entry = /(\w+)\s*=>\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*;/g;
  const out = { en: {}, zh: {} };
  let m;
  while ((m = entry.exec(text))) {
    out.en[m[1]] = m[2].replace(/\\"/g, '"');
    out.zh[m[1]] = m[3].replace(/\\"/g, '"');
  }
  return out;
}
const F = table('learn', 'text', 'frame.rs');
const L = table('learn', 'text', 'course.rs');

// The lessons' settings, read from the core's source: the TTL of the crash lesson.
const lease = readFileSync(join(ROOT, 'crates', 'ringlock-lock', 'src', 'lessons', 'lease.rs'), 'utf8');
const TTL = Number(lease.match(/Lesson::HolderCrash => Settings \{\s*workers: \d+,\s*ttl: ([\d_]+)/)[1].replace(/_/g, ''));
const course = readFileSync(join(ROOT, 'src', 'learn', 'course.rs'), 'utf8');
const TOLERANCE = Number(course.match(/WAIT_TOLERANCE: f64 = ([\d.]+)/)[1]);
const millis = (text) => Number(text.replace(/[^\d]/g, ''));

function steps(page, lang) {
  const f = (k, ...a) => fill(F[lang][k], ...a);
  const step = page.locator('.learn-step');
  const lab = page.locator('.learn-lab');
  return {
    f,
    l: (k) => L[lang][k],
    step,
    lab,
    next: () => step.getByRole('button', { name: new RegExp(f('Next')) }).click(),
    back: () => step.getByRole('button', { name: new RegExp(f('Back')) }).click(),
    verdict: () => step.locator('.learn-verdict').textContent(),
    measured: () => step.locator('tr.measured td').textContent(),
    after: () => step.locator('.learn-after').textContent(),
    async at(code, titleKey) {
      await until(async () => (await page.evaluate(() => decodeURIComponent(location.hash))).endsWith(`learn=${code}`), { message: `learn=${code}` });
      await until(async () => (await step.locator('.learn-title').textContent()) === L[lang][titleKey], { message: `${titleKey} shown` });
    },
    async hidden() {
      // Before an answer: the question and the lab at time 0, no outcome, no time controls,
      // no safety banner.
      await step.locator('.learn-question').waitFor();
      await lab.locator('.lab-hosted').waitFor();
      for (const sel of ['.learn-outcome']) {
        if ((await step.locator(sel).count()) !== 0) throw new Error(`${sel} before a guess`);
      }
      for (const sel of ['.lab-controls', '.lab-monitor']) {
        if ((await lab.locator(sel).count()) !== 0) throw new Error(`${sel} before a guess`);
      }
    },
    pick: (key) => step.locator('.learn-option', { hasText: L[lang][key] }).click(),
    async guess(value) {
      await step.getByLabel(f('MillisLabel')).fill(String(value));
      await step.getByRole('button', { name: f('Check') }).click();
    },
  };
}

async function walk(t, lang, phone = false) {
  const { assert } = t;
  const page = await t.newPage({
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  await t.open('/#learn=7.1', { page });
  const c = steps(page, lang);
  const shot = async (name, opts = {}) => {
    await page.evaluate(() => document.fonts.ready);
    await frames(page, 3);
    t.log(await t.screenshot(`learn-locks-${lang}${phone ? '-phone' : ''}-${name}`, { page, ...opts }));
  };

  // 7.1: the article's server without leases; answered wrong.
  await c.at('7.1', 'NlTitle');
  await c.hidden();
  await shot('7-1-predict');
  await c.pick('NlLater');
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.step.locator('tr.theory td').textContent(), c.l('Never'));
  // The run played: the lab's clock is at its end, and its safety banner reports the deadlock.
  await c.lab.locator('.lab-monitor.unsafe').waitFor();
  assert.ok((await c.after()).includes(lang === 'en' ? 'deadlock' : '死锁'));
  await shot('7-1-outcome', { fullPage: phone });

  // 7.2: a refused guess, then the TTL itself: right within the tolerance.
  await c.next();
  await c.at('7.2', 'LsTitle');
  await c.hidden();
  await c.guess('soon');
  await c.step.getByText(c.f('BadMillis')).waitFor();
  await shot('7-2-predict');
  await c.guess(TTL);
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
  await c.hidden();
  await c.pick('WriteTaken');
  assert.match(await c.verdict(), new RegExp(c.f('Right')));
  assert.equal(await c.measured(), c.l('Accepted'));
  await c.lab.locator('.lab-monitor.unsafe').waitFor();

  // 8.2: with fencing: the student expects the same (wrong); storage rejects it.
  await c.next();
  await c.at('8.2', 'FcTitle');
  await c.hidden();
  await shot('8-2-predict');
  await c.pick('WriteTaken');
  assert.match(await c.verdict(), new RegExp(c.f('Wrong').slice(0, 6)));
  assert.equal(await c.measured(), c.l('Rejected'));
  await c.lab.locator('.lab-monitor').waitFor();
  await shot('8-2-outcome', { fullPage: phone });
  assert.ok(await c.step.getByRole('button', { name: new RegExp(c.f('Next')) }).isDisabled());
  await c.step.getByText(c.f('Done')).waitFor();
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
