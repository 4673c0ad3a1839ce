// Reliability: every localStorage key the app keeps (ringlock.lang, ringlock.theme,
// ringlock.learn, ringlock.visited) set to garbage, a huge value, the wrong JSON type, truncated
// JSON or an empty string before the app starts. The app must start, fall back to the default
// for that key (English, the system theme, the course's first step) with no console.error or
// uncaught exception, and write a clean value back where it stores one.

const HUGE = 'x'.repeat(1_000_000);
const BAD = {
  garbage: '\u0000<script>💥',
  huge: JSON.stringify(HUGE),
  number: '42',
  object: '{"lang":"zh"}',
  array: '["zh"]',
  null: 'null',
  truncated: '"zh',
  empty: '',
};

/** What the app shows and stores, read after it has started. */
async function state(p) {
  return p.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    theme: document.documentElement.getAttribute('data-theme'),
    storedLang: localStorage.getItem('ringlock.lang'),
    storedTheme: localStorage.getItem('ringlock.theme'),
    selected: document.querySelector('[role="tab"][aria-selected="true"]')?.id,
  }));
}

async function openWith(t, key, value, path = '/') {
  const p = await t.newPage({ firstVisit: true, locale: 'en-US' });
  await p.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(k, v);
    }
  }, [key, value]);
  await t.open(path, { page: p });
  const body = await p.locator('body').innerText();
  t.assert.doesNotMatch(body, /panicked|RuntimeError/i, `${key}=${value.slice(0, 20)}: panic text`);
  return p;
}

export default [
  {
    name: 'corrupt language and theme values fall back to English and the system theme',
    timeout: 300_000,
    fn: async (t) => {
      for (const key of ['ringlock.lang', 'ringlock.theme']) {
        for (const [what, value] of Object.entries(BAD)) {
          const p = await openWith(t, key, value, '/#v=1&n=a,b&vn=4&k=10&s=ring');
          const s = await state(p);
          t.assert.equal(s.lang, 'en', `${key} ${what}: English`);
          t.assert.equal(s.theme, 'system', `${key} ${what}: the system theme`);
          // The app writes its own clean values back over the bad one.
          t.assert.equal(s.storedLang, '"en"', `${key} ${what}: language rewritten`);
          t.assert.equal(s.storedTheme, JSON.stringify(s.theme), `${key} ${what}: theme rewritten`);
          t.assert.equal(s.selected, 'tab-ring', `${key} ${what}: the link's tab`);
          await p.close();
        }
      }
      // The control: a good stored value is honoured, so the bad ones above were really read.
      const zh = await openWith(t, 'ringlock.lang', '"zh"', '/#v=1&n=a,b&vn=4&k=10&s=ring');
      t.assert.equal((await state(zh)).lang, 'zh-CN', 'a stored "zh" is read');
      const dark = await openWith(t, 'ringlock.theme', '"dark"', '/#v=1&n=a,b&vn=4&k=10&s=ring');
      t.assert.equal((await state(dark)).theme, 'dark', 'a stored "dark" is read');
      t.log(`${2 * Object.keys(BAD).length} starts with a bad language or theme, each clean`);
    },
  },
  {
    name: 'corrupt course progress and visited marks start the course cleanly',
    timeout: 300_000,
    fn: async (t) => {
      for (const [what, value] of Object.entries({ ...BAD, nostep: '"99.99"', zero: '"0.0"' })) {
        const p = await openWith(t, 'ringlock.learn', value);
        const s = await state(p);
        // No link and the visited mark from this run's first start: the course, at step 1.
        t.assert.equal(s.selected, 'tab-learn', `progress ${what}: the course opens`);
        t.assert.match(p.url(), /learn=1\.1$/, `progress ${what}: at chapter 1, step 1`);
        await p.close();
      }
      const good = await openWith(t, 'ringlock.learn', '"2.2"');
      t.assert.match(good.url(), /learn=2\.2$/, 'a stored "2.2" is read');
      for (const [what, value] of Object.entries(BAD)) {
        const p = await openWith(t, 'ringlock.visited', value);
        const s = await state(p);
        // Any value at all marks a returning visitor: the ring.
        t.assert.equal(s.selected, 'tab-ring', `visited ${what}: a returning visitor`);
        await p.close();
      }
    },
  },
];
