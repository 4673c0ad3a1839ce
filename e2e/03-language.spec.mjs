// Language: switch to 中文 and back; the texts change (catalogue strings), an open error is
// re-worded, the choice is remembered after a reload (localStorage), the browser's language is
// the default. In 中文, no English is left on screen or in accessible names. Theme choice is
// remembered too.
import { frames, openApp, ui, untilEqual } from './helpers.mjs';

/** Latin words allowed on a Chinese page: names, code, units, proper names. */
const ALLOWED_LATIN = new Set([
  'Ringlock', 'EN', 'hash', 'mod', 'sha', 'SHA', 'CSV', 'Ketama', 'Beta', 'CV', 'Shift', 'Esc',
  'user', 'apple', 'pear', 'map_to_node', 'int', 'key', 'MB', 'NV',
]);

async function latinWords(page) {
  const found = await page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext], option')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) parts.push(el.getAttribute(a) || '');
      if (el.tagName === 'OPTION') parts.push(el.textContent);
    }
    parts.push(document.title);
    return parts.join('\n');
  });
  // SHA-1 digests and positions (hex) are not words.
  const text = found.replace(/\b(0x)?[0-9a-f]{4,}\b/gi, ' ');
  const words = new Set(text.match(/[A-Za-z][A-Za-z_'’]{1,}/g) || []);
  return [...words].filter((w) => !ALLOWED_LATIN.has(w) && !/^(node|key)$/.test(w));
}

export default [
  {
    name: 'switch to 中文 and back: texts, numbers and errors change; the choice survives reload',
    fn: async (t) => {
      const { assert } = t;
      const en = await openApp(t, '/');
      const page = en.page;
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.title(), en.t('C.PageTitle'));
      // An error is on screen when the language changes.
      await en.addNode('node1', 1);
      await untilEqual(() => en.describedBy(en.nodeName), en.t('C.DuplicateNode', 'node1'), 'error next to the name');

      await en.langButton('中文').click();
      const zh = ui(page, 'zh');
      await zh.ring.getByRole('heading', { name: zh.t('R.Title'), level: 2 }).waitFor();
      assert.equal(zh.t('R.Title'), '哈希环');
      await page.getByText(zh.t('C.Tagline'), { exact: true }).waitFor();
      await zh.addNodeButton.waitFor();
      assert.equal(await zh.langButton('中文').getAttribute('aria-pressed'), 'true');
      assert.equal(await zh.langButton('EN').getAttribute('aria-pressed'), 'false');
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      await untilEqual(() => page.title(), zh.t('C.PageTitle'), 'the page title in Chinese');
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('ringlock.lang'))), 'zh-CN');
      assert.equal(await zh.keyCount(), 400, 'key count read with the Chinese template');
      assert.deepEqual(await zh.nodeCount(), { total: 4, live: 4 });
      // Switching language keeps the open error and words it in Chinese; the refused name stays
      // in the box.
      await untilEqual(() => zh.describedBy(zh.nodeName), '已存在名为“node1”的节点。', 'the error in Chinese');
      assert.equal(await zh.nodeName.inputValue(), 'node1');
      assert.equal(await page.getByRole('region', { name: 'The ring', exact: true }).count(), 0, 'no English region left');

      // Numbers and counters in Chinese.
      await zh.killButton('node1').click();
      await zh.movesCause('R.ChangeKilled', 'node1').waitFor();
      assert.equal(await zh.ringMoved(), 104);
      await zh.moves.getByText('104 个键迁移（26.0%）', { exact: true }).waitFor();

      // Remembered across a reload (and the link keeps node1 dead).
      await page.reload();
      const again = ui(page, 'zh');
      await again.addNodeButton.waitFor();
      assert.equal(await again.nodeState('node1'), again.t('P.Dead'));
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');

      await again.langButton('EN').click();
      const back = ui(page, 'en');
      await back.ring.getByRole('heading', { name: 'The ring', level: 2 }).waitFor();
      await back.addNodeButton.waitFor();
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('ringlock.lang'))), 'en');
      await untilEqual(() => page.title(), back.t('C.PageTitle'), 'the page title in English');
      await page.reload();
      await ui(page, 'en').addNodeButton.waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    },
  },
  {
    name: 'the browser language is the default; a stored choice wins over it',
    fn: async (t) => {
      const { assert } = t;
      const zhPage = await t.newPage({ locale: 'zh-CN' });
      await openApp(t, '/', { page: zhPage, lang: 'zh' });
      assert.equal(await zhPage.getAttribute('html', 'lang'), 'zh-CN');

      const frPage = await t.newPage({ locale: 'fr-FR' });
      await openApp(t, '/', { page: frPage, lang: 'en' });
      assert.equal(await frPage.getAttribute('html', 'lang'), 'en', 'an unsupported language falls back to English');

      const stored = await t.newPage({ locale: 'zh-CN' });
      // gloo's LocalStorage keeps JSON: the stored value is "\"en\"".
      await stored.addInitScript(() => localStorage.setItem('ringlock.lang', JSON.stringify('en')));
      await openApp(t, '/', { page: stored, lang: 'en' });
      assert.equal(await stored.getAttribute('html', 'lang'), 'en');
    },
  },
  {
    name: 'in 中文 no English is left on screen or in accessible names',
    fn: async (t) => {
      const { assert } = t;
      // Reduced motion: the lookup walk-through jumps to its last frame. Animated, the hub types
      // the SHA-1 digest out group by group, and a half-typed "fd" would look like a word.
      const page = await t.newPage({ locale: 'zh-CN', reducedMotion: 'reduce' });
      const u = await openApp(t, '/', { page, lang: 'zh' });
      const seen = new Set();
      const scan = async (what) => {
        await frames(page);
        const words = await latinWords(page);
        for (const w of words) seen.add(`${w} (${what})`);
      };
      await scan('default page');
      await u.killButton('node2').click();
      await u.movesCause('R.ChangeKilled', 'node2').waitFor();
      await scan('after a kill');
      await u.pasteSummary.click();
      await u.pasteArea.waitFor();
      await u.stats.getByText(u.t('P.ShowTable'), { exact: true }).click();
      await u.addKeyName.fill('user:42');
      await u.addKeyButton.click();
      await u.ring.getByText(u.t('R.LookupTitle', 'user:42'), { exact: true }).waitFor();
      await scan('paste box, load table, lookup');
      await u.addNode('node3', 0);
      await u.vnodesNumber.fill('5000');
      await u.vnodesNumber.press('Enter');
      await u.generateCount.fill('2000000');
      await u.generateButton.click();
      await u.keys.getByRole('alert').filter({ hasText: '1,000,000' }).waitFor();
      await scan('errors');
      for (const key of ['R.SchemeModulo', 'R.SchemeArticle']) {
        await u.schemeButton(key).click();
        await untilEqual(() => u.schemeButton(key).getAttribute('aria-pressed'), 'true', `${key} pressed`);
        await scan(key);
      }
      // Point at the ring: the hub describes a key or a vnode.
      const box = await u.ringFigure.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.08);
      await scan('hub');
      t.log(`latin words outside the allow-list: ${[...seen].join(', ') || 'none'}`);
      assert.deepEqual([...seen], [], 'untranslated English on the Chinese page');
    },
  },
  {
    name: 'theme: the choice applies to <html> and is remembered after reload',
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      const page = u.page;
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await bg();
      await u.themeSelect.selectOption('dark');
      await untilEqual(() => page.getAttribute('html', 'data-theme'), 'dark', 'data-theme');
      await untilEqual(async () => (await bg()) !== light, true, 'the page background to change');
      assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('ringlock.theme'))), 'dark');
      await page.reload();
      await ui(page).addNodeButton.waitFor();
      assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
      assert.equal(await u.themeSelect.inputValue(), 'dark');
      assert.notEqual(await bg(), light);
    },
  },
];
