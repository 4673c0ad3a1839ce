// Accessibility, measured: axe-core (npm `axe-core`, every rule it runs by default: WCAG 2.x A
// and AA, best practices) on every tab, in the light and the dark theme, in English and in
// 中文. Each page is checked as a user meets it: the four tabs from the tab list, the course
// on a ring step and on a lock step (before and after an answer), the glossary opened from the
// header, the Ring tab's load table unfolded, and the Lock lab after a lesson has played.
// 0 violations; on failure every violation is printed (rule, impact, target, help).
//
// axe is evaluated in the page with `page.evaluate`, not added as a <script> element, so a
// strict Content-Security-Policy (no inline scripts) does not block it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { frames, texts, until } from './helpers.mjs';
import { catalogue, course, coursePage } from './learn-helpers.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHELL = catalogue('shell', 'text.rs');
const LAB = catalogue('lab', 'text', 'mod.rs');

/** `promise`, or an error naming `step` if it has not settled within `ms`: a stalled step
 * says which one it was, instead of the whole test running into its own timeout. */
function within(step, promise, ms = 30_000) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`axe: "${step}" did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Run axe on the whole page; returns its violations, one line per element. */
async function axe(page) {
  if (!(await within('check for axe', page.evaluate(() => typeof window.axe === 'object')))) {
    await within('load axe', page.evaluate(AXE_SOURCE));
  }
  // Fonts and two frames: colours, sizes and positions are final before contrast is measured.
  await within('document.fonts.ready', page.evaluate(() => document.fonts.ready));
  await within('two frames', frames(page, 2));
  return within('axe.run', page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: n.impact || v.impact,
        target: n.target.join(' '),
        help: v.help,
        detail: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }), 60_000);
}

/** Check the page as it is now; collects what axe finds under `where`. */
function checker(t, found, prefix) {
  return async (page, where) => {
    const violations = await axe(page);
    t.log(`${prefix} ${where}: ${violations.length} violation(s)`);
    for (const v of violations) found.push(`${prefix} ${where}: [${v.impact}] ${v.id} at ${v.target}: ${v.help} (${v.detail})`);
  };
}

async function tab(page, lang, key) {
  const name = SHELL[lang][key];
  const button = page.getByRole('tab', { name, exact: true });
  await button.click();
  await until(async () => (await button.getAttribute('aria-selected')) === 'true', { message: `${key} selected` });
  await page.getByRole('tabpanel', { name, exact: true }).waitFor();
}

async function sweep(t, lang, theme) {
  const found = [];
  const check = checker(t, found, `${lang}/${theme}`);
  const page = await coursePage(t, lang, { colorScheme: theme });
  // A ring of 12 nodes with keys: its load table, unfolded, is taller than its box and scrolls.
  await t.open('/#v=1&n=a,b,c,d,e,f,g,h,i,j,k,l&vn=8&k=600&s=ring', { page });
  await page.getByRole('combobox', { name: texts(lang)('C.Theme'), exact: true }).selectOption(theme);
  await until(async () => (await page.evaluate(() => document.documentElement.dataset.theme)) === theme, { message: `theme ${theme}` });
  t.assert.equal(await page.evaluate(() => document.documentElement.lang), lang === 'en' ? 'en' : 'zh-CN');

  // The Ring tab, then its load table unfolded, then the glossary open over it.
  await tab(page, lang, 'TabRing');
  await check(page, 'Ring');
  await t.screenshot(`axe-${lang}-${theme}-nodes`, { locator: page.locator('.nodes-panel') });
  await page.locator('details.chart-table > summary').click();
  await page.locator('details.chart-table table').waitFor();
  t.assert.ok(await page.locator('.chart-table .table-wrap').evaluate((el) => el.scrollHeight > el.clientHeight), 'the load table scrolls');
  await check(page, 'Ring, load table open');
  const glossary = page.locator('header details.glossary');
  await glossary.locator('summary').click();
  await until(async () => (await glossary.getAttribute('open')) !== null, { message: 'glossary open' });
  await check(page, 'glossary open');
  await glossary.locator('summary').click();

  // The Lock lab as it opens, then after a lesson played to its end.
  await tab(page, lang, 'TabLab');
  await check(page, 'Lock lab');
  await page.getByRole('button', { name: LAB[lang].LessonFence, exact: true }).click();
  await page.locator('.lab-lesson .lesson-show').click();
  await page.locator('.lab-lesson .lesson-jump').click();
  await until(async () => !(await page.locator('.lab-lesson .lesson-jump').isEnabled()), { message: 'the lesson at its end' });
  await page.locator('.lab-lesson .lesson-outcome').waitFor();
  await check(page, 'Lock lab, lesson played');
  await t.screenshot(`axe-${lang}-${theme}-lab-workers`, { locator: page.locator('.lab-workers') });

  // Algorithms, then with 60 keys placed by a real client (its key → server table scrolls).
  await tab(page, lang, 'TabAlgo');
  await check(page, 'Algorithms');
  await page.locator('textarea.compat-keys').fill(Array.from({ length: 60 }, (_, i) => `user:${i}`).join('\n'));
  await until(async () => (await page.locator('.compat-table tbody tr').count()) === 60, { message: '60 keys placed' });
  await check(page, 'Algorithms, keys placed');

  // The course: a ring step and a lock step, each before and after its answer.
  await tab(page, lang, 'TabLearn');
  await check(page, 'Learn');
  const c = course(page, lang);
  await page.evaluate(() => (location.hash = 'learn=3.2'));
  await c.at('3.2', 'RingJoinTitle');
  await check(page, 'Learn 3.2 (ring step)');
  await c.showMe();
  await c.outcome().waitFor();
  await check(page, 'Learn 3.2 answered');
  await page.evaluate(() => (location.hash = 'learn=7.1'));
  await c.at('7.1', 'NlTitle');
  await c.lab.locator('.lab-hosted').waitFor();
  await check(page, 'Learn 7.1 (lock step)');
  await c.pick(c.l('NlLater'));
  await c.lab.locator('.lab-monitor.unsafe').waitFor();
  await check(page, 'Learn 7.1 answered');

  await t.screenshot(`axe-${lang}-${theme}-learn-lock`, { page });
  t.assert.equal(found.length, 0, `${found.length} accessibility violation(s):\n  ${found.join('\n  ')}`);
}

/** A phone, opened from a link whose ring and lab parts are both bad: two notices on every tab. */
async function phone(t, lang, theme) {
  const found = [];
  const check = checker(t, found, `${lang}/${theme}/phone`);
  const page = await coursePage(t, lang, { phone: true, colorScheme: theme });
  await t.open('/#v=1&vn=abc&lv=1&ls=x', { page });
  await page.locator('.notice[role="alert"]').first().waitFor();
  await page.locator('.lab-notice').waitFor();
  for (const key of ['TabRing', 'TabLab', 'TabAlgo', 'TabLearn']) {
    await tab(page, lang, key);
    await check(page, SHELL.en[key]);
  }
  t.assert.equal(found.length, 0, `${found.length} accessibility violation(s):\n  ${found.join('\n  ')}`);
}

export default [
  ...['en', 'zh'].flatMap((lang) =>
    ['light', 'dark'].map((theme) => ({
      name: `no axe violations: every tab, ${lang}, ${theme}`,
      timeout: 120_000,
      fn: (t) => sweep(t, lang, theme),
    })),
  ),
  {
    name: 'no axe violations: a phone, with a bad link\'s notices, every tab',
    timeout: 120_000,
    fn: (t) => phone(t, 'en', 'light'),
  },
];
