// First load, measured as a new visitor's browser sees it (issue 11, "First load ≤ 250 KB
// gzip"): a fresh context (empty cache) opens the app; every wasm, JS and CSS response is
// summed by the bytes that crossed the wire (Resource Timing's encodedBodySize: the body as
// sent, after Content-Encoding) and by its decoded size, and the first contentful paint is read
// from a PerformanceObserver('paint') installed before navigation.
//
// Checks: the runner's server sends the precompressed copy (scripts/precompress.mjs) of every
// first-load asset, byte for byte the `.br` or `.gz` file in dist/, and it decodes to the file
// itself; once as Chromium asks (Brotli), once with `Accept-Encoding: gzip, deflate` (the
// issue's measure). The first contentful paint comes within 1 s on localhost, in the best of
// five visits: the machine running the suite is shared, so one visit can wait on other
// processes (each visit's paint and wasm arrival are logged). The byte total is logged against
// the 250 KB gzip goal (docs/benchmarks.md, "Bytes (first load)").
//
// The wasm comes in two parts (scripts/split.mjs): a first visit's first load is the primary;
// the rest (`…_more.wasm`) is fetched after the first view, when the browser is idle. The visits
// here are first visits; the rest is logged apart and must start after the app has started.
// Further tests: a first visit's rest arrives by prefetch, never on demand (else
// `make split-profile` is due); a link or a returning visitor fetches it before the app starts;
// with the prefetch held back, a tab that needs the rest loads it on demand and works.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(process.env.DIST_DIR || join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'));
const GOAL_BYTES = 250_000; // "250 KB", decimal, as issue 11 counts
const FCP_BUDGET_MS = 1000;
const VISITS = 5;
const FIRST_LOAD = /\.(wasm|js|css)$/;
const REST = /_more\.wasm$/;
const SUFFIX = { br: '.br', gzip: '.gz' };

/** Every view drawn in stages (`Later`) has been drawn, and so have the frames after it (the
 * ring's canvas is sized in a frame). */
async function drawn(page) {
  await page.waitForFunction(() => !document.querySelector('.later'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** One first visit in a fresh context: its first-load resources and first contentful paint. */
async function visit(t, contextOptions = {}) {
  const page = await t.newPage({ firstVisit: true, ...contextOptions });
  await page.context().addInitScript(() => {
    window.__paint = {};
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paint[e.name] = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
  const codings = new Map();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (FIRST_LOAD.test(path)) codings.set(path, r.headers()['content-encoding'] || 'identity');
  });
  await t.open('/', { page });
  await page.waitForFunction(() => window.__paint['first-contentful-paint'] !== undefined);
  await page.waitForFunction(() => window.ringlockSplit?.how, null, { timeout: 20_000 });
  const { fcp, resources, split } = await page.evaluate(() => ({
    split: window.ringlockSplit,
    fcp: window.__paint['first-contentful-paint'],
    resources: performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
      start: e.requestStart,
      end: e.responseEnd,
    })),
  }));
  await page.context().close();
  const assets = resources
    .filter((r) => FIRST_LOAD.test(r.path) && !REST.test(r.path))
    .map((r) => ({ ...r, coding: codings.get(r.path) }));
  const rest = resources.find((r) => REST.test(r.path));
  return { fcp, assets, rest, split };
}

/** Checks that each asset came as its precompressed copy in `expected` codings; returns the sums. */
function checkAssets(t, assets, expected) {
  const { assert } = t;
  for (const kind of ['wasm', 'js', 'css']) {
    assert.ok(assets.some((r) => r.path.endsWith(`.${kind}`)), `no .${kind} among the first load's resources`);
  }
  const total = { encoded: 0, decoded: 0 };
  for (const { path, encoded, decoded, coding } of assets) {
    t.log(`  ${path.slice(1)}: ${encoded} B sent (${coding}), ${decoded} B decoded`);
    total.encoded += encoded;
    total.decoded += decoded;
    const file = join(DIST, path);
    assert.equal(decoded, statSync(file).size, `${path} decodes to the file in dist/`);
    if (!process.env.E2E_BASE_URL) {
      assert.ok(expected.includes(coding), `${path} was sent as ${coding}, not as its ${expected} copy`);
      assert.equal(encoded, statSync(file + SUFFIX[coding]).size, `${path} is sent as its ${SUFFIX[coding]} copy`);
    }
  }
  return total;
}

export default [
  {
    name: 'first load: precompressed wasm + js + css summed (Brotli and gzip), first contentful paint within 1 s',
    timeout: 120_000,
    fn: async (t) => {
      const { assert } = t;
      const paints = [];
      let brotli;
      for (let i = 0; i < VISITS; i += 1) {
        const { fcp, assets, rest, split } = await visit(t);
        const wasm = assets.find((r) => r.path.endsWith('.wasm'));
        t.log(`visit ${i + 1}: wasm requested at ${wasm.start.toFixed(0)} ms, received at ${wasm.end.toFixed(0)} ms; ` +
          `first contentful paint at ${fcp.toFixed(0)} ms; app started at ${split.started.toFixed(0)} ms; ` +
          `the rest ${rest ? `requested at ${rest.start.toFixed(0)} ms (${rest.encoded} B)` : 'not requested'}, ${split.how}`);
        assert.equal(split.how, 'prefetch', `a first visit fetches the rest after its first view; it needed it on demand (\`make split-profile\` is due) from:\n${split.demandStack}`);
        assert.ok(rest && rest.start >= split.started, 'the rest is requested after the app has started');
        paints.push(fcp);
        brotli ??= assets;
      }
      t.log('as Chromium asks (Accept-Encoding: gzip, deflate, br, zstd):');
      const br = checkAssets(t, brotli, ['br']);
      t.log(`  first load (wasm + js + css, ${brotli.length} files): ${br.encoded} B = ${kb(br.encoded)} sent, ` +
        `${kb(br.decoded)} decoded`);

      const { assets, rest } = await visit(t, { extraHTTPHeaders: { 'Accept-Encoding': 'gzip, deflate' } });
      t.log('with Accept-Encoding: gzip, deflate:');
      const gz = checkAssets(t, assets, ['gzip']);
      t.log(`  after the first view, the rest: ${rest.path.slice(1)}: ${rest.encoded} B sent, ${rest.decoded} B decoded`);
      t.log(`  first load (wasm + js + css, ${assets.length} files): ${gz.encoded} B = ${kb(gz.encoded)} sent; ` +
        `goal ≤ ${kb(GOAL_BYTES)} gzip: ` +
        `${gz.encoded <= GOAL_BYTES ? 'met' : `NOT met (${(gz.encoded / GOAL_BYTES).toFixed(2)}× the goal)`}`);
      if (!process.env.E2E_BASE_URL) {
        assert.ok(br.encoded < gz.encoded, `Brotli (${br.encoded} B) is smaller than gzip (${gz.encoded} B)`);
      }

      const best = Math.min(...paints);
      t.log(`first contentful paint: best ${best.toFixed(0)} ms of ${paints.map((p) => p.toFixed(0)).join(', ')} ` +
        `(budget ${FCP_BUDGET_MS} ms)`);
      assert.ok(best <= FCP_BUDGET_MS, `first contentful paint ${best.toFixed(0)} ms > ${FCP_BUDGET_MS} ms in every visit`);
    },
  },
  {
    name: 'a link or a returning visitor gets the rest before the app starts; a first visit gets it after',
    fn: async (t) => {
      const { assert } = t;
      for (const [label, path, firstVisit, how] of [
        ['a returning visitor', '/', false, 'eager'],
        ['a link to the lock lab', '/#t=lab', true, 'eager'],
        ['a first visit', '/', true, 'prefetch'],
      ]) {
        const page = await t.newPage({ firstVisit });
        await t.open(path, { page });
        await page.waitForFunction(() => window.ringlockSplit?.how, null, { timeout: 20_000 });
        const split = await page.evaluate(() => window.ringlockSplit);
        t.log(`${label}: the rest arrived by ${split.how}`);
        assert.equal(split.how, how, label);
        assert.equal(split.error, null);
        await page.context().close();
      }
    },
  },
  {
    // The rest also carries the constants only its code reaches (crates/ringlock-split/src/
    // data.rs). A first view drawn without it must read none of them: it must equal the same
    // view drawn with the rest in place from the start.
    name: 'a first view drawn before the rest arrives equals the same view drawn with it',
    fn: async (t) => {
      const { assert } = t;
      for (const locale of ['en-US', 'zh-CN']) {
        const held = await t.newPage({ firstVisit: true, locale });
        await held.context().addInitScript(() => {
          window.requestIdleCallback = () => 0;
        });
        await t.open('/', { page: held });
        await held.getByRole('tab', { name: /Ring|环/ }).first().waitFor();
        await drawn(held);
        assert.equal(await held.evaluate(() => window.ringlockSplit.how), null, 'nothing loaded the rest yet');
        const before = await held.evaluate(() => document.body.innerHTML);

        const whole = await t.newPage({ firstVisit: true, locale });
        await t.open('/#learn=1.1', { page: whole });
        await whole.getByRole('tab', { name: /Ring|环/ }).first().waitFor();
        await drawn(whole);
        assert.equal(await whole.evaluate(() => window.ringlockSplit.how), 'eager');
        const after = await whole.evaluate(() => document.body.innerHTML);
        assert.equal(before, after, `${locale}: the first view differs without the rest`);
        t.log(`${locale}: the first view (${before.length} characters of HTML) is the same without the rest`);
        await held.context().close();
        await whole.context().close();
      }
    },
  },
  {
    // A first visit fetches and compiles the rest as soon as the app has started, and places it
    // when the browser is idle. A click before that finds it compiled ("prefetch"); only a
    // click before the download ends asks for it with a synchronous request ("request").
    name: 'with the prefetch held back, the Ring tab loads the rest on demand and works',
    fn: async (t) => {
      const { assert } = t;
      for (const [from, blockFetch] of [['prefetch', false], ['request', true]]) {
        const page = await t.newPage({ firstVisit: true });
        await page.context().addInitScript(() => {
          window.requestIdleCallback = () => 0;
        });
        if (blockFetch) {
          // The prefetch's download fails (its console error is expected); the synchronous
          // request still gets through.
          t.allowConsoleErrors(/Failed to load resource: net::ERR_FAILED .*_more\.wasm/);
          await page.route(/_more\.wasm$/, (route) =>
            route.request().resourceType() === 'xhr' ? route.continue() : route.abort());
        }
        await t.open('/', { page });
        await page.getByRole('tab', { name: /Ring|环/ }).first().waitFor();
        if (blockFetch) await page.waitForFunction(() => window.ringlockSplit.error);
        else await page.waitForFunction(() => window.ringlockSplit.compiled);
        assert.equal(await page.evaluate(() => window.ringlockSplit.how), null, 'nothing placed the rest yet');
        await page.getByRole('tab', { name: /Ring|环/ }).first().click();
        await page.locator('#panel-ring svg').first().waitFor();
        await page.getByRole('button', { name: 'Kill node1', exact: true }).waitFor();
        const split = await page.evaluate(() => window.ringlockSplit);
        assert.equal(split.how, 'demand');
        assert.equal(split.demandFrom, from);
        t.log(`the Ring tab, opened before the rest was placed, loaded it on demand from the ${from}`);
        await page.context().close();
      }
    },
  },
];
