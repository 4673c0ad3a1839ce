// The course as the specs drive it: its catalogues read from the source (like helpers.mjs
// reads the ring's), and a driver for the step in view: move, answer, read the outcome.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTable as catalogue } from './catalogue.mjs';
import { fill, frames, position, until } from './helpers.mjs';

export { catalogue };
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The course's frame (controls) and chapters 1–8's narration. */
export const F = catalogue('learn', 'text', 'frame.rs');
export const L = catalogue('learn', 'text', 'course.rs');

/** A browser page in a language, at the desktop or the phone size. */
export function coursePage(t, lang, { phone = false, firstVisit = false, colorScheme } = {}) {
  return t.newPage({
    firstVisit,
    ...(colorScheme ? { colorScheme } : {}),
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 },
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
}

/**
 * The step in view. `text` is the catalogue its titles and options come from (chapters 1–8's
 * by default; `at` and `pick` take that catalogue's keys).
 */
export function course(page, lang, text = L) {
  const f = (k, ...a) => fill(F[lang][k], ...a);
  const step = page.locator('.learn-step');
  const lab = page.locator('.learn-lab');
  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  return {
    f,
    l: (k) => text[lang][k],
    step,
    lab,
    hash,
    title: () => step.locator('.learn-title').textContent(),
    next: () => step.getByRole('button', { name: new RegExp(f('Next')) }).click(),
    back: () => step.getByRole('button', { name: new RegExp(f('Back')) }).click(),
    showMe: () => step.getByRole('button', { name: f('ShowMe') }).click(),
    question: () => step.locator('.learn-question'),
    outcome: () => step.locator('.learn-outcome'),
    verdict: () => step.locator('.learn-verdict').textContent(),
    measured: () => step.locator('tr.measured td').textContent(),
    theory: () => step.locator('tr.theory td').textContent(),
    after: () => step.locator('.learn-after').textContent(),
    right: async () => new RegExp(f('Right')).test(await step.locator('.learn-verdict').textContent()),
    async at(code, titleKey) {
      await until(async () => (await hash()).endsWith(`learn=${code}`), { message: `learn=${code} in the link` });
      await until(async () => (await this.title()) === text[lang][titleKey], { message: `${titleKey} shown` });
    },
    // Before an answer: a question and no outcome; a hosted lab shows neither its time
    // controls nor its safety banner.
    async hidden({ lab: hosted = false } = {}) {
      await step.locator('.learn-question').waitFor();
      if ((await step.locator('.learn-outcome').count()) !== 0) throw new Error('the outcome shows before a guess');
      if (!hosted) return;
      await lab.locator('.lab-hosted').waitFor();
      for (const sel of ['.lab-controls', '.lab-monitor']) {
        if ((await lab.locator(sel).count()) !== 0) throw new Error(`${sel} before a guess`);
      }
    },
    async guess(value, label = 'PercentLabel') {
      await step.getByLabel(f(label)).fill(String(value));
      await step.getByRole('button', { name: f('Check') }).click();
    },
    // An option by its text (a node's button reads "node3 · 120°": pass "node3 ·").
    pick: (label) => step.locator('.learn-option', { hasText: label }).click(),
  };
}

/** The first `r` distinct nodes clockwise from a key (its preference list), from scratch. */
export function preferenceList(names, vnodes, key, r) {
  const points = names.flatMap((n) => Array.from({ length: vnodes }, (_, i) => [position(`${n}#${i}`), n]));
  points.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const p = position(key);
  let i = points.findIndex(([q]) => q >= p);
  if (i < 0) i = 0;
  const list = [];
  for (let j = 0; j < points.length && list.length < r; j++) {
    const n = points[(i + j) % points.length][1];
    if (!list.includes(n)) list.push(n);
  }
  return list;
}

/** What a screenshot of the course needs: fonts loaded, frames painted. */
export async function courseShot(t, page, name, opts = {}) {
  await page.evaluate(() => document.fonts.ready);
  await frames(page, 3);
  t.log(await t.screenshot(name, { page, ...opts }));
}
