// Take-aways: each export is a real download, opened and checked — in both languages and both
// themes. The ring and the lock scene as SVG (it names the nodes, the scene's workers and every
// label the live drawing shows, in the theme's resolved colours, self-contained) and as PNG
// (twice the SVG's size, read from its IHDR; its background pixel is the theme's); the ring's
// last change as an animated SVG that a browser decodes; the state as JSON that imports back
// to the same link, and a bad file refused by name with nothing lost.
//
// Texts come from src/shell/export/text.rs, read here.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { readTable } from './catalogue.mjs';
import { fill, until } from './helpers.mjs';

const X = readTable('shell', 'export', 'text.rs');
const x = (lang, key, ...args) => fill(X[lang][key], ...args);

const RING = '/#v=1&n=alpha,beta,gamma,delta!&vn=12&k=120&s=ring';
const LAB = '/#v=1&n=a,b,c&vn=8&k=50&s=ring&lv=1&ls=1&t=lab';
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
];
