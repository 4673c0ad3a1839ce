// The embed view (`&embed=1`): the open tab's picture and its controls without the header or
// the tab list, still working, with a link out to the full app; the menu copies such a link.
// The presenter mode (`&present=1` or the header's toggle): larger type, the course's Next and
// Back on a clicker's PageDown and PageUp, Escape leaves, and the link keeps the mode.
// Screenshots of both at 1280×800 and 390×844, in English and 中文, light and dark.
//
// Texts come from src/shell/export/text.rs and src/learn/text/frame.rs, read here.
import { readTable } from './catalogue.mjs';
import { until } from './helpers.mjs';

const X = readTable('shell', 'export', 'text.rs');
const R = readTable('ring', 'text', 'view.rs');

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const RING = '/#v=1&n=alpha,beta,gamma&vn=12&k=120&s=ring';
const LAB = '/#v=1&n=a,b,c&vn=8&k=50&s=ring&lv=1&ls=1&t=lab';

async function open(t, path, { lang = 'en', colorScheme = 'light', viewport = LAPTOP } = {}) {
  const phone = viewport.width < 600;
  const page = await t.newPage({
    viewport,
    colorScheme,
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
    ...(lang === 'zh' ? { locale: 'zh-CN' } : {}),
  });
  await page.addInitScript((tag) => localStorage.setItem('ringlock.lang', JSON.stringify(tag)), lang === 'zh' ? 'zh-CN' : 'en');
  await t.open(path, { page });
  return page;
}

const hash = (page) => page.evaluate(() => location.hash);
const step = async (page) => (await hash(page)).match(/learn=([\d.]+)/)?.[1];

export default [
  {
    name: 'an embedded ring has no header or tabs, its controls work and it links out to the full app',
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, `${RING}&embed=1`);
      await page.locator('.ring-figure svg').waitFor();
      assert.equal(await page.locator('header.topbar').count(), 0, 'no header');
      assert.equal(await page.locator('[role=tablist]').count(), 0, 'no tab list');
      assert.equal(await page.locator('section.panels').count(), 0, 'no side panels');
      assert.ok(await page.evaluate(() => document.documentElement.hasAttribute('data-embed')));
      // The picture's own controls still work, and the link keeps the view.
      await page.getByRole('button', { name: new RegExp(`^${R.en.SchemeModulo}`) }).click();
      await until(async () => (await hash(page)).includes('s=mod&'));
      assert.match(await hash(page), /&embed=1$/, 'embed stays last in the link');
      const out = page.getByRole('link', { name: X.en.OpenFull });
      const href = await out.getAttribute('href');
      assert.ok(/s=mod(&|$)/.test(href) && !href.includes('embed'), `out link ${href}`);
      assert.equal(await out.getAttribute('target'), '_blank');
    },
  },
  {
    name: 'the export menu copies an embed link that opens the lab without chrome',
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, LAB);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const details = page.locator("details.export-menu[data-kind='lab']");
      await details.locator('summary').click();
      await details.locator("[data-export='embed']").click();
      await details.getByText(X.en.EmbedCopied).waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(link.endsWith('&t=lab&embed=1'), link);
      const embedded = await open(t, link.replace(t.baseUrl, ''));
      await embedded.locator('.lab-scene svg.scene').waitFor();
      assert.equal(await embedded.locator('header.topbar').count(), 0);
      assert.ok(await embedded.locator('.lab-cols').isVisible(), 'the scene and its controls');
      assert.ok(await embedded.locator('.lab-controls').isVisible(), 'the controls');
    },
  },
  {
    name: 'presenter mode: larger type, PageDown and PageUp walk the course, Escape leaves',
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, '/#learn=1.1');
      const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      const normal = await fontSize();
      const toggle = page.getByRole('button', { name: X.en.Present, exact: true });
      assert.equal(await toggle.getAttribute('title'), X.en.PresentHelp, 'the keys are documented on the toggle');
      await toggle.click();
      await page.getByText(X.en.PresentOn).waitFor();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
      assert.ok((await fontSize()) > normal * 1.2, 'larger type');
      await until(async () => (await hash(page)).endsWith('&present=1'));
      await page.evaluate(() => document.activeElement?.blur());
      const first = await step(page);
      await page.keyboard.press('PageDown');
      await until(async () => (await step(page)) !== first, { message: 'PageDown moves on' });
      const second = await step(page);
      assert.equal(`${first}→${second}`, '1.1→1.2', 'one step per press, not two');
      await page.keyboard.press('PageUp');
      await until(async () => (await step(page)) === first, { message: 'PageUp moves back' });
      t.log(`learn=${first} → ${second} → ${first}`);
      await page.keyboard.press('Escape');
      await until(async () => !(await hash(page)).includes('present'));
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-present')), false);
      assert.equal(await fontSize(), normal);
    },
  },
  {
    name: 'screenshots: embed and presenter views at both sizes, in both languages and both themes',
    timeout: 300_000,
    fn: async (t) => {
      for (const viewport of [LAPTOP, PHONE]) {
        for (const [lang, colorScheme] of [['en', 'light'], ['zh', 'dark'], ['en', 'dark'], ['zh', 'light']]) {
          const size = viewport === LAPTOP ? 'laptop' : 'phone';
          const ring = await open(t, `${RING}&embed=1`, { lang, colorScheme, viewport });
          await ring.locator('.ring-figure svg').waitFor();
          await t.screenshot(`83-embed-ring-${size}-${lang}-${colorScheme}`, { page: ring });
          const lab = await open(t, `${LAB}&embed=1`, { lang, colorScheme, viewport });
          await lab.locator('.lab-scene svg.scene').waitFor();
          await t.screenshot(`83-embed-lab-${size}-${lang}-${colorScheme}`, { page: lab });
          const present = await open(t, '/#learn=1.1&present=1', { lang, colorScheme, viewport });
          await present.locator('.present-bar').waitFor();
          await t.screenshot(`83-present-${size}-${lang}-${colorScheme}`, { page: present });
          for (const p of [ring, lab, present]) await p.context().close();
        }
      }
    },
  },
];
