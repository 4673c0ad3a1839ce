// Take-aways: each export is a real download, opened and checked — in both languages and both
// themes. The ring and the lock scene as SVG (it names the nodes, the scene's workers and every
// label the live drawing shows, in the theme's resolved colours, self-contained) and as PNG
// (twice the SVG's size, read from its IHDR; its background pixel is the theme's); the ring's
// last change as an animated SVG that a browser decodes; the lock scene's run (or lesson) as an
// animated SVG flipbook that decodes, shows one frame at a time on its timeline and leaves the
// lab as it was; the state as JSON that imports back to the same link, and a bad file refused
// by name with nothing lost.
//
// Texts come from src/shell/export/text.rs, read here.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readTable } from './catalogue.mjs';
import { fill, until } from './helpers.mjs';

const X = readTable('shell', 'export', 'text.rs');
const x = (lang, key, ...args) => fill(X[lang][key], ...args);
const L = readTable('lab', 'text', 'mod.rs');

const RING = '/#v=1&n=alpha,beta,gamma,delta!&vn=12&k=120&s=ring';
const LAB = '/#v=1&n=a,b,c&vn=8&k=50&s=ring&lv=1&ls=1&t=lab';
// The same lab, 6 s into its run.
const LAB_RUN = '/#v=1&n=a,b,c&vn=8&k=50&s=ring&lv=1&ls=1&lc=6000&t=lab';
// The page's surface colour (static/style.css), where the pictures are drawn.
const SURFACE = { light: [255, 255, 255], dark: [23, 27, 34] };
const COMBOS = [
  ['en', 'light'],
  ['zh', 'dark'],
  ['en', 'dark'],
  ['zh', 'light'],
];

async function open(t, path, { lang = 'en', colorScheme = 'light' } = {}) {
  const page = await t.newPage({ colorScheme, ...(lang === 'zh' ? { locale: 'zh-CN' } : {}) });
  await page.addInitScript((tag) => localStorage.setItem('ringlock.lang', JSON.stringify(tag)), lang === 'zh' ? 'zh-CN' : 'en');
  await t.open(path, { page });
  return page;
}

/** Open the export menu of `kind` ('ring' | 'lab') if closed. */
async function menu(page, kind) {
  const details = page.locator(`details.export-menu[data-kind='${kind}']`);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return details;
}

/** Click an export button and return the download's name and bytes. */
async function download(page, kind, what) {
  const details = await menu(page, kind);
  const [file] = await Promise.all([page.waitForEvent('download'), details.locator(`[data-export='${what}']`).click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

function svgSize(t, svg) {
  const m = svg.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* width="([\d.]+)" height="([\d.]+)"/);
  t.assert.ok(m, 'the root svg has a width and height');
  return [Number(m[1]), Number(m[2])];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(t, bytes) {
  t.assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  t.assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Decode `bytes` (of `mime`) in the page: its natural size and the pixel at (x, y). */
function decode(page, bytes, mime, [x, y] = [4, 4]) {
  return page.evaluate(
    async ({ b64, mime, x, y }) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: mime });
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return { w: img.naturalWidth, h: img.naturalHeight, px: [...ctx.getImageData(x, y, 1, 1).data].slice(0, 3) };
    },
    { b64: bytes.toString('base64'), mime, x, y },
  );
}

/** The texts of the live drawing's visible SVG labels. */
const liveLabels = (page, selector) =>
  page.locator(`${selector} text`).evaluateAll((els) =>
    els.filter((e) => getComputedStyle(e).display !== 'none' && e.textContent.trim()).map((e) => e.textContent.trim()),
  );

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function checkPicture(t, page, kind, lang, theme, labels) {
  const { assert } = t;
  const svg = await download(page, kind, 'svg');
  assert.equal(svg.name, `ringlock-${kind}.svg`);
  const text = svg.text;
  assert.ok(text.startsWith('<?xml') && text.includes('<style>'), 'self-contained, its own <style>');
  assert.ok(!text.includes('var(--'), 'no CSS variable the file cannot see');
  assert.ok(text.includes(`xml:lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`));
  assert.ok(text.includes(escapeXml(x(lang, kind === 'ring' ? 'RingTitle' : 'LabTitle'))), 'title in the language');
  for (const label of labels) assert.ok(text.includes(`>${escapeXml(label)}`), `names “${label}”`);
  const [w, h] = svgSize(t, text);
  const shown = await decode(page, svg.bytes, 'image/svg+xml');
  assert.deepEqual([shown.w, shown.h], [w, h], 'the SVG decodes at its stated size');
  assert.deepEqual(shown.px, SURFACE[theme], `${theme} background in the SVG`);

  const png = await download(page, kind, 'png');
  await mkdir(new URL('./screenshots/', import.meta.url), { recursive: true });
  assert.equal(png.name, `ringlock-${kind}.png`);
  assert.deepEqual(pngSize(t, png.bytes), [w * 2, h * 2], 'PNG = 2 × the SVG');
  const raster = await decode(page, png.bytes, 'image/png', [8, 8]);
  assert.deepEqual(raster.px, SURFACE[theme], `${theme} background in the PNG`);
  // Kept beside the screenshots, to be looked at.
  await writeFile(new URL(`./screenshots/82-export-${kind}-${lang}-${theme}.png`, import.meta.url), png.bytes);
  t.log(`${kind} ${lang} ${theme}: SVG ${w}×${h} (${svg.bytes.length} B), PNG ${w * 2}×${h * 2} (${png.bytes.length} B)`);
}

/** The logical time on the lab's clock, in ms. */
const clock = async (page) => Math.round(parseFloat(await page.locator('.lab-clock').textContent()) * 1000);

/** The flipbook's frames (the text of each `rl-frame` group), in order. */
const frameChunks = (svg) => svg.split('<g class="rl-frame"').slice(1);

/**
 * Parse `svg` in a blank page of its own (the app's page would refuse the file's <style> under
 * its style policy), then open it inline, stop its timeline at each of `seconds` and say which
 * frames show there; a screenshot of each moment is kept as `<name>-<i>`.
 */
async function playAt(t, svg, theme, seconds, name) {
  const view = await t.newPage({ colorScheme: theme });
  const parsed = await view.evaluate((s) => {
    const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
    return { error: !!doc.querySelector('parsererror'), frames: doc.querySelectorAll('g.rl-frame').length, said: doc.querySelector('g.rl-flipbook')?.getAttribute('data-frames') };
  }, svg);
  await view.setContent(`<!doctype html><html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, '')}</body></html>`);
  const shown = [];
  for (const [i, s] of seconds.entries()) {
    shown.push(
      await view.evaluate(async (at) => {
        // Chromium gives each <svg>, the drawing's nested one too, a timeline of its own.
        for (const root of document.querySelectorAll('svg')) {
          root.pauseAnimations();
          root.setCurrentTime(at);
        }
        // The new time reaches the styles on the next animation frames.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [...document.querySelectorAll('g.rl-frame')].flatMap((g, k) => (getComputedStyle(g).display === 'none' ? [] : [k]));
      }, s),
    );
    await t.screenshot(`${name}-${i}`, { page: view, locator: view.locator('body > svg') });
  }
  await view.close();
  return { parsed, shown };
}

/** Check a downloaded flipbook of the lock scene: well-formed, decodes, every frame the scene. */
async function checkFlipbook(t, page, file, { lang, theme, workers, name }) {
  const { assert } = t;
  const text = file.text;
  assert.ok(file.bytes.length > 0, 'non-empty');
  assert.ok(text.startsWith('<?xml') && text.includes('<style>') && !text.includes('var(--'), 'self-contained');
  assert.ok(text.includes(`xml:lang="${lang === 'zh' ? 'zh-CN' : 'en'}"`));
  // Kept beside the screenshots, to be played.
  await writeFile(new URL(`./screenshots/${name}.svg`, import.meta.url), file.bytes);
  // On its timeline, one frame at a time: the first at the start, the last (now) at the end.
  const loop = Number(text.match(/data-loop-ms="(\d+)"/)[1]) / 1000;
  const { parsed, shown: at } = await playAt(t, text, theme, [0.05, loop / 2, loop - 0.05], name);
  assert.ok(!parsed.error, 'parses as SVG');
  const frames = frameChunks(text);
  assert.equal(parsed.frames, frames.length);
  assert.equal(Number(parsed.said), frames.length);
  assert.ok(frames.length >= 8 && frames.length <= 48, `${frames.length} frames`);
  const times = frames.map((f) => Number(f.match(/^ data-t="(\d+)"/)[1]));
  assert.ok(times.every((v, i) => i === 0 || v > times[i - 1]), 'frame times rise');
  for (const [i, f] of frames.entries()) {
    for (const w of workers) assert.ok(f.includes(`>${w}</text>`), `worker ${w} in frame ${i}`);
    const t0 = times[i];
    const label = x(lang, 'FlipTime', fill(L[lang].Seconds, `${Math.floor(t0 / 1000)}.${String(t0 % 1000).padStart(3, '0')}`));
    assert.ok(f.includes(`>${escapeXml(label)}</text>`), `frame ${i} says “${label}”`);
  }
  // Chromium decodes it as an image, at its size, on the theme's background.
  const shown = await decode(page, file.bytes, 'image/svg+xml');
  assert.ok(shown.w > 0);
  assert.deepEqual([shown.w, shown.h], svgSize(t, text), 'decodes in Chromium at its size');
  assert.deepEqual(shown.px, SURFACE[theme], `${theme} background`);
  assert.deepEqual(at[0], [0], 'the first frame first');
  assert.equal(at[1].length, 1, 'one frame at a time');
  assert.ok(at[1][0] > 0 && at[1][0] < frames.length - 1, `a middle frame half-way (${at[1]})`);
  assert.deepEqual(at[2], [frames.length - 1], 'the last frame held at the end');
  t.log(`${name}: ${frames.length} frames, ${times[0]}–${times.at(-1)} ms, loop ${loop} s, ${file.bytes.length} B`);
}

export default [
  ...COMBOS.map(([lang, theme]) => ({
    name: `the ring as SVG and PNG names every node, in ${lang} and the ${theme} theme`,
    timeout: 60_000,
    fn: async (t) => {
      const page = await open(t, RING, { lang, colorScheme: theme });
      await page.locator('.ring-figure svg').waitFor();
      const labels = new Set([...(await liveLabels(page, '.ring-figure svg')), 'alpha', 'beta', 'gamma', 'delta']);
      t.assert.ok(labels.size >= 4);
      // The legend names every node with its keys (or that it is dead).
      const legendNames = ['alpha', 'beta', 'gamma'].map((n) => fill(X[lang].LegendKeys.split('{1}')[0], n));
      await checkPicture(t, page, 'ring', lang, theme, labels);
      const svg = (await download(page, 'ring', 'svg')).text;
      for (const n of legendNames) t.assert.ok(svg.includes(`>${n}`), `legend “${n}…”`);
      t.assert.ok(svg.includes(`>${x(lang, 'LegendDead', 'delta')}<`), 'the dead node in the legend');
    },
  })),
  ...COMBOS.map(([lang, theme]) => ({
    name: `the lock scene as SVG and PNG names the server and every worker, in ${lang} and the ${theme} theme`,
    timeout: 60_000,
    fn: async (t) => {
      const page = await open(t, LAB, { lang, colorScheme: theme });
      await page.locator('.lab-scene svg.scene').waitFor();
      const labels = await liveLabels(page, '.lab-scene svg.scene');
      const workers = await page.locator('.lab-scene svg.scene text.sw-num').allTextContents();
      t.assert.ok(workers.length >= 3, `workers drawn (${workers.length})`);
      await checkPicture(t, page, 'lab', lang, theme, labels);
      const legend = await page.locator('.lab-scene .scene-legend li').allTextContents();
      const svg = (await download(page, 'lab', 'svg')).text;
      for (const item of legend) t.assert.ok(svg.includes(`>${escapeXml(item.trim())}<`), `legend “${item}”`);
    },
  })),
  ...[['en', 'light'], ['zh', 'dark']].map(([lang, theme]) => ({
    name: `the ring's last change as an animated SVG that decodes, in ${lang} and the ${theme} theme`,
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, RING, { lang, colorScheme: theme });
      // Nothing to animate before a change: said, and no download.
      const details = await menu(page, 'ring');
      await details.locator("[data-export='motion']").click();
      await details.getByText(x(lang, 'MotionNone')).waitFor();

      const kill = lang === 'zh' ? '让 beta 宕机' : 'Kill beta';
      await page.getByRole('button', { name: kill, exact: true }).click();
      const file = await download(page, 'ring', 'motion');
      assert.equal(file.name, 'ringlock-change.svg');
      const animated = (file.text.match(/<animate /g) || []).length;
      assert.ok(animated >= 3, `animated elements (${animated})`);
      assert.ok(file.text.includes('repeatCount="indefinite"'));
      // The keys that moved left beta: each starts in beta's colour (Tol's second, #EE6677).
      assert.ok(file.text.includes('values="#EE6677;#EE6677;'), 'moves start in the old owner’s colour');
      assert.ok(file.text.includes(escapeXml(lang === 'zh' ? 'beta 宕机' : 'beta died')), 'names the change');
      const shown = await decode(page, file.bytes, 'image/svg+xml');
      assert.deepEqual([shown.w, shown.h], svgSize(t, file.text), 'decodes in Chromium at its size');
      t.log(`${animated} <animate> elements, ${file.bytes.length} B`);
    },
  })),
  ...[['en', 'light'], ['zh', 'dark']].map(([lang, theme]) => ({
    name: `the state as JSON imports back to the same link; a bad file is refused by name (${lang}, ${theme})`,
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, LAB, { lang, colorScheme: theme });
      const before = await page.evaluate(() => location.hash);
      const file = await download(page, 'lab', 'json');
      assert.equal(file.name, 'ringlock-state.json');
      const state = JSON.parse(file.text);
      assert.equal(state.format, 'ringlock-state');
      assert.equal(state.version, 1);
      assert.equal(`#${state.link}`, before, 'the file holds the link');
      assert.equal(state.tab, 'lab');

      // A bad file: named, and nothing changes.
      const input = page.locator("details.export-menu[data-kind='lab'] input[type='file']");
      await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"oops": ') });
      await page.getByText(x(lang, 'NotJson', 'notes.json')).waitFor();
      await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"link": "v=1"}') });
      await page.getByText(x(lang, 'NotState', 'other.json')).waitFor();
      await t.screenshot(`82-export-menu-${lang}-${theme}`, { page });
      assert.equal(await page.evaluate(() => location.hash), before, 'nothing the user built is lost');

      // Change the state (another tab, another ring), then import: the same link again.
      await page.evaluate(() => {
        history.pushState(null, '', '#v=1&n=zeta,eta&vn=4&k=10&s=mod');
        dispatchEvent(new HashChangeEvent('hashchange'));
      });
      await until(async () => (await page.evaluate(() => location.hash)).includes('zeta'), { message: 'the other link loaded' });
      await page.locator("details.export-menu[data-kind='ring']").waitFor();
      const ringInput = page.locator("details.export-menu[data-kind='ring'] input[type='file']");
      await ringInput.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
      await until(async () => (await page.evaluate(() => location.hash)) === before, {
        message: `hash back to ${before} (now ${await page.evaluate(() => location.hash)})`,
      });
      await page.locator('.lab-scene svg.scene').waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => location.hash), before, 'the same link, after the app has synced');
      // The import is a new history entry: Back returns to what was there.
      await page.evaluate(() => history.back());
      await until(async () => (await page.evaluate(() => location.hash)).includes('zeta'), { message: 'Back to the other link' });
      await page.locator("details.export-menu[data-kind='ring']").waitFor();
    },
  })),
  ...COMBOS.map(([lang, theme]) => ({
    name: `the lock scene's last seconds as an animated SVG that decodes and leaves the lab as it was, in ${lang} and the ${theme} theme`,
    timeout: 90_000,
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, LAB_RUN, { lang, colorScheme: theme });
      await page.locator('.lab-scene svg.scene').waitFor();
      const before = await page.evaluate(() => location.hash);
      const scene = await page.locator('.lab-scene svg.scene').evaluate((e) => e.outerHTML);
      const workers = await page.locator('.lab-scene svg.scene text.sw-num').allTextContents();
      assert.ok(workers.length >= 3, `workers drawn (${workers.length})`);
      const details = await menu(page, 'lab');
      await details.getByText(x(lang, 'FlipRun')).waitFor();
      const file = await download(page, 'lab', 'flipbook');
      assert.equal(file.name, 'ringlock-lab-run.svg');
      assert.ok(file.text.includes(escapeXml(x(lang, 'FlipRunTitle'))), 'titled in the language');
      await checkFlipbook(t, page, file, { lang, theme, workers, name: `82-export-flipbook-${lang}-${theme}` });
      const times = frameChunks(file.text).map((f) => Number(f.match(/^ data-t="(\d+)"/)[1]));
      assert.deepEqual([times[0], times.at(-1)], [0, 6000], 'the run so far (under 10 s), up to now');
      // Nothing the user built moved.
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => location.hash), before, 'the same link');
      assert.equal(await page.locator('.lab-scene svg.scene').evaluate((e) => e.outerHTML), scene, 'the same scene');
      assert.equal(await page.locator('.flipbook-stage').count(), 0, 'the stage is gone');
    },
  })),
  {
    name: 'a flipbook goes on when another tab is opened mid-film, and the lab can film again on return (en, light)',
    timeout: 90_000,
    fn: async (t) => {
      const { assert } = t;
      const [lang, theme] = ['en', 'light'];
      const page = await open(t, LAB_RUN, { lang, colorScheme: theme });
      await page.locator('.lab-scene svg.scene').waitFor();
      const workers = await page.locator('.lab-scene svg.scene text.sw-num').allTextContents();
      const details = await menu(page, 'lab');
      const saved = page.waitForEvent('download');
      saved.catch(() => {}); // a failed check below closes the page before any download
      await details.locator("[data-export='flipbook']").click();
      // The Ring tab while the frames are being taken: the lab's view and its menu go.
      await details.locator("[data-export='flipbook'][aria-busy='true']").waitFor({ state: 'attached' });
      await page.locator('#tab-ring').click();
      await page.locator('#panel-ring').waitFor();
      assert.equal(await page.locator("details.export-menu[data-kind='lab']").count(), 0, 'the lab menu is gone');
      assert.equal(await page.locator('.flipbook-stage').count(), 1, 'still filming after the switch');
      const download = await saved;
      const bytes = await readFile(await download.path());
      const file = { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
      assert.equal(file.name, 'ringlock-lab-run.svg');
      await checkFlipbook(t, page, file, { lang, theme, workers, name: '82-export-flipbook-tab-switch' });
      // Back on the lab: nothing failed is said, and it can film again.
      await page.locator('#tab-lab').click();
      const back = await menu(page, 'lab');
      assert.ok(await back.locator("[data-export='flipbook']").isEnabled(), 'the flipbook can be asked for again');
      assert.equal((await back.locator('.export-status').textContent()).trim(), '', 'no failure said');
      assert.equal(await page.locator('.flipbook-stage').count(), 0, 'the stage is gone');
    },
  },
  ...[['en', 'light'], ['zh', 'dark']].map(([lang, theme]) => ({
    name: `a theme changed mid-film ends the flipbook unsaved and says why; asked again it is saved (${lang}, ${theme})`,
    timeout: 90_000,
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, LAB_RUN, { lang, colorScheme: theme });
      await page.locator('.lab-scene svg.scene').waitFor();
      let saved = 0;
      page.on('download', () => saved++);
      const details = await menu(page, 'lab');
      await details.locator("[data-export='flipbook']").click();
      await details.locator("[data-export='flipbook'][aria-busy='true']").waitFor({ state: 'attached' });
      const other = theme === 'light' ? 'dark' : 'light';
      await page.getByRole('combobox', { name: lang === 'en' ? 'Theme' : '主题', exact: true }).selectOption(other);
      // Said in the menu, which the click on the theme closed and the film's end opens again.
      await details.getByText(x(lang, 'FlipThemeChanged')).waitFor();
      assert.ok(await details.evaluate((d) => d.open), 'the menu is open on the reason');
      t.log(`    ${await t.screenshot(`82-export-theme-changed-${lang}`, { page })}`);
      await page.waitForTimeout(1500);
      assert.equal(saved, 0, 'no file from the mixed frames');
      assert.equal(await page.locator('.flipbook-stage').count(), 0, 'the stage is gone');
      // Asked again, in the new theme: saved, every frame in that theme.
      const workers = await page.locator('.lab-scene svg.scene text.sw-num').allTextContents();
      const file = await download(page, 'lab', 'flipbook');
      assert.equal(file.name, 'ringlock-lab-run.svg');
      await checkFlipbook(t, page, file, { lang, theme: other, workers, name: `82-export-flipbook-retheme-${lang}` });
    },
  })),
  ...[['en', 'light'], ['zh', 'dark']].map(([lang, theme]) => ({
    name: `a lesson as an animated SVG while it plays on, refused at time 0, in ${lang} and the ${theme} theme`,
    timeout: 90_000,
    fn: async (t) => {
      const { assert } = t;
      const page = await open(t, LAB, { lang, colorScheme: theme });
      await page.locator('[data-lesson="crash"]').click();
      await until(async () => (await page.evaluate(() => location.hash)).includes('lq=crash'), { message: 'the lesson loaded' });
      const details = await menu(page, 'lab');
      await details.getByText(x(lang, 'FlipLesson')).waitFor();
      // At time 0: said, and nothing saved.
      let saved = 0;
      page.on('download', () => saved++);
      await details.locator("[data-export='flipbook']").click();
      await details.getByText(x(lang, 'FlipNone')).waitFor();

      await page.locator('.lab-lesson .lesson-show').click();
      await page.locator('.lab-transport .play').click();
      await until(async () => (await clock(page)) >= 1500, { message: 'the lesson ran 1.5 s' });
      const workers = await page.locator('.lab-scene svg.scene text.sw-num').allTextContents();
      const asked = await clock(page);
      const file = await download(page, 'lab', 'flipbook');
      assert.equal(file.name, 'ringlock-lesson-crash.svg');
      assert.equal(saved, 1, 'one file, none at time 0');
      assert.ok(file.text.includes(escapeXml(x(lang, 'FlipLessonTitle', L[lang].LessonCrash))), 'titled after the lesson');
      await checkFlipbook(t, page, file, { lang, theme, workers, name: `82-export-lesson-${lang}-${theme}` });
      const times = frameChunks(file.text).map((f) => Number(f.match(/^ data-t="(\d+)"/)[1]));
      assert.equal(times[0], 0, 'the lesson from its start');
      assert.ok(times.at(-1) >= asked, `up to when it was asked for (${times.at(-1)} ≥ ${asked})`);
      // The lab played on meanwhile, with its lesson.
      const later = await clock(page);
      await until(async () => (await clock(page)) > later, { message: 'still playing' });
      assert.equal(await page.locator('.lab-transport .play').getAttribute('aria-label'), L[lang].PauseRun, 'still playing');
      assert.ok((await page.evaluate(() => location.hash)).includes('lq=crash'), 'the lesson is still loaded');
    },
  })),
];
