// The ring tab's exercises as a student uses them, in English and 中文: pick one, see its setup
// and question with no result, answer (right, wrong, refused, or "show me"), and read the guess
// beside the measured value and the theory. The measured moves of the two join exercises are
// checked against the independent oracle of helpers.mjs. Screenshots at 1280×800 and 390×844.
import { frames, generatedKeys, movedBetween, openApp, placement, until } from './helpers.mjs';

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const FOUR = ['node1', 'node2', 'node3', 'node4'].map((name) => ({ name }));
const FIVE = [...FOUR, { name: 'node5' }];
const KEYS = generatedKeys(10_000);

/** Percent moved on 4 → 5 nodes, computed here: [modulo, ring]. */
function oracle() {
  const moved = movedBetween(placement(FOUR, 160, KEYS), placement(FIVE, 160, KEYS));
  return [moved.mod, moved.ring].map((n) => (100 * n) / KEYS.length);
}

const pctText = (x) => `${x.toFixed(1)}%`;

function walk({ lang, phone }) {
  const name = `ring-lessons-${lang}${phone ? '-phone' : ''}`;
  return {
    name,
    fn: async (t) => {
      const { assert } = t;
      const page = await t.newPage({ locale: lang === 'zh' ? 'zh-CN' : 'en-US', reducedMotion: 'reduce', ...(phone ? PHONE : DESKTOP) });
      await openApp(t, '/', { page, lang });
      const lessons = page.locator('.ring-lessons');
      const start = (code) => lessons.locator(`[data-ring-lesson="${code}"]`).click();
      const outcome = lessons.locator('.lesson-outcome');
      const [modulo, ring] = oracle();

      // 4 → 5 under modulo: a refused answer, then a close one.
      await start('join-modulo');
      await lessons.locator('.lesson-ask').waitFor();
      assert.equal(await outcome.count(), 0, 'no outcome before a guess');
      const question = await lessons.locator('.lesson-ask').innerText();
      assert.ok(!question.includes(pctText(modulo)), 'the question gives the answer away');
      await lessons.locator('.lesson-ask').scrollIntoViewIfNeeded();
      await frames(page, 2);
      t.log(await t.screenshot(`${name}-ask`, { page }));
      await lessons.locator('.lesson-guess').fill('two hundred');
      await lessons.locator('.lesson-check').click();
      await lessons.locator('.lesson-ask .field-error').waitFor();
      assert.equal(await outcome.count(), 0);
      await lessons.locator('.lesson-guess').fill('75');
      await lessons.locator('.lesson-check').click();
      await outcome.waitFor();
      assert.equal(await lessons.locator('.lesson-measured').innerText(), pctText(modulo));
      assert.equal(await lessons.locator('.lesson-theory').innerText(), '80.0%');
      assert.ok((await lessons.locator('.lesson-verdict').innerText()).startsWith('✓'));
      await frames(page, 2);
      await outcome.scrollIntoViewIfNeeded();
      t.log(await t.screenshot(`${name}-modulo`, { page }));

      // 4 → 5 on the ring: a wrong guess.
      await start('join-ring');
      await lessons.locator('.lesson-guess').fill('80');
      await lessons.locator('.lesson-check').click();
      await outcome.waitFor();
      assert.equal(await lessons.locator('.lesson-measured').innerText(), pctText(ring));
      assert.equal(await lessons.locator('.lesson-theory').innerText(), '20.0%');
      assert.ok((await lessons.locator('.lesson-verdict').innerText()).startsWith('✗'));

      // V = 1 vs 160: "show me".
      await start('vnodes');
      await lessons.locator('.lesson-show').click();
      await outcome.waitFor();
      assert.equal(await lessons.locator('.lesson-verdict').count(), 0);
      assert.equal(await lessons.locator('.lesson-theory').innerText(), '7.5%');
      await outcome.scrollIntoViewIfNeeded();
      await frames(page, 2);
      t.log(await t.screenshot(`${name}-vnodes`, { page }));

      // A kill without and with virtual nodes.
      for (const [code, guess, right] of [['kill-alone', '1', true], ['kill-spread', '2', false]]) {
        await start(code);
        await lessons.locator('.lesson-guess').fill(guess);
        await lessons.locator('.lesson-check').click();
        await outcome.waitFor();
        assert.equal(await lessons.locator('.lesson-measured').innerText(), code === 'kill-alone' ? '1' : '4');
        assert.equal((await lessons.locator('.lesson-verdict').innerText()).startsWith('✓'), right);
      }
      await frames(page, 2);
      await outcome.scrollIntoViewIfNeeded();
      t.log(await t.screenshot(`${name}-kill`, { page }));
      // The glossary opens from the header, over the page, on every tab.
      const glossary = page.locator('header details.glossary');
      assert.equal(await glossary.getAttribute('open'), null, 'the glossary starts folded');
      await glossary.locator('summary').click();
      const rows = glossary.locator('.glossary-table tbody tr');
      await until(async () => (await rows.count()) > 20, { message: 'glossary rows' });
      assert.match(await glossary.locator('.glossary-table').innerText(), /fencing token\s+防护令牌/);
      await page.evaluate(() => scrollTo(0, 0));
      t.log(await t.screenshot(`${name}-glossary`, { page }));
      await glossary.locator('summary').click();
      const m = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, i: innerWidth }));
      assert.ok(m.w <= m.i, `the page scrolls sideways: ${m.w} > ${m.i}`);
    },
  };
}

const tests = [];
for (const phone of [false, true]) for (const lang of ['en', 'zh']) tests.push(walk({ lang, phone }));
export default tests;
