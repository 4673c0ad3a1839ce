// Screenshots for review, into e2e/screenshots/: the default page in light and dark
// (prefers-color-scheme, theme "System"), at 1280×800 and on a 390×844 phone, in English and
// 中文 — the viewport and the full page — plus the page after a kill with the moved keys shown.
// Each shot also checks the basics a screenshot review would catch first: the page does not
// scroll sideways, the language and scheme are the intended ones.
import { frames, openApp } from './helpers.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await frames(page, 3);
}

async function pageMetrics(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    height: document.documentElement.scrollHeight,
  }));
}

function shot({ scheme, lang, phone }) {
  const name = `ring-${scheme}-${lang}${phone ? '-phone' : ''}`;
  return {
    name,
    fn: async (t) => {
      const { assert } = t;
      const page = await t.newPage({ colorScheme: scheme, locale: lang === 'zh' ? 'zh-CN' : 'en-US', ...(phone ? PHONE : DESKTOP) });
      const u = await openApp(t, '/', { page, lang });
      await u.ringFigure.waitFor();
      await settle(page);
      assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
      assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), scheme === 'dark');
      const m = await pageMetrics(page);
      t.log(`${await t.screenshot(name, { page })}`);
      t.log(`${await t.screenshot(`${name}-full`, { page, fullPage: true })} (${m.innerWidth}×${m.height})`);
      assert.ok(m.scrollWidth <= m.innerWidth, `the page scrolls sideways: ${m.scrollWidth} > ${m.innerWidth}`);
    },
  };
}

function killShot({ scheme, lang, phone }) {
  const name = `kill-${scheme}-${lang}${phone ? '-phone' : ''}`;
  return {
    name,
    fn: async (t) => {
      // Reduced motion: the moved keys are drawn at once in their final state (a ring in the new
      // owner's colour around each), so the shot does not depend on animation timing.
      const page = await t.newPage({
        colorScheme: scheme,
        locale: lang === 'zh' ? 'zh-CN' : 'en-US',
        reducedMotion: 'reduce',
        ...(phone ? PHONE : DESKTOP),
      });
      const u = await openApp(t, '/', { page, lang });
      await u.killButton('node1').click();
      await u.movesCause('R.ChangeKilled', 'node1').waitFor();
      t.assert.equal(await u.ringMoved(), 104);
      await settle(page);
      // The click may have scrolled (phone): shoot from the top, then the counter in view.
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      t.log(`${await t.screenshot(name, { page })}`);
      t.log(`${await t.screenshot(`${name}-full`, { page, fullPage: true })}`);
      await u.moves.scrollIntoViewIfNeeded();
      await settle(page);
      t.log(`${await t.screenshot(`${name}-counter`, { page })}`);
    },
  };
}

const tests = [];
for (const phone of [false, true]) {
  for (const lang of ['en', 'zh']) {
    for (const scheme of ['light', 'dark']) tests.push(shot({ scheme, lang, phone }));
  }
}
tests.push(killShot({ scheme: 'light', lang: 'en', phone: false }));
tests.push(killShot({ scheme: 'dark', lang: 'zh', phone: false }));
tests.push(killShot({ scheme: 'light', lang: 'en', phone: true }));
tests.push(killShot({ scheme: 'dark', lang: 'zh', phone: true }));

export default tests;
