// dist/ served under a sub-path, as a GitHub Pages project site serves it
// (https://<user>.github.io/ringlock/): the browser sees the app at /ringlock/ and nothing at
// the root, so an absolute asset URL (`/app.js`) would fail. Requests under /ringlock/ are
// answered by the runner's server (its headers, the strict CSP included); the rest get a 404.
//
// Under that path the app loads, every tab opens, a copied link keeps the path and opens the
// same view, and a CSV download (a blob: URL) works — with no console error and no CSP
// violation (reported by a `securitypolicyviolation` listener as well as by the console).
import { readFile } from 'node:fs/promises';
import { texts, ui, until } from './helpers.mjs';

const BASE = '/ringlock/';
const SHELL = { TabLearn: 'Learn', TabRing: 'Ring', TabLab: 'Lock lab', TabAlgo: 'Algorithms' };

/** A fresh page whose origin serves dist/ only under BASE. */
async function subPathPage(t, options = {}) {
  const page = await t.newPage(options);
  const origin = new URL(t.baseUrl).origin;
  const outside = [];
  await page.context().route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(BASE)) {
      outside.push(url.pathname);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: `not under ${BASE}` });
    }
    const response = await route.fetch({ url: `${origin}/${url.pathname.slice(BASE.length)}${url.search}` });
    return route.fulfill({ response });
  });
  await page.context().addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const checkClean = async () => {
    t.assert.deepEqual(outside, [], `requests outside ${BASE}`);
    t.assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'CSP violations');
  };
  return { page, checkClean };
}

export default [
  {
    name: 'under /ringlock/: the strict policy holds, every tab opens, the link keeps the path, CSV downloads',
    fn: async (t) => {
      const { assert } = t;
      const { page, checkClean } = await subPathPage(t, { permissions: ['clipboard-read', 'clipboard-write'] });
      const response = await page.goto(t.url(BASE));
      const u = ui(page);
      await u.nodes.waitFor();

      // The page carries the same strict policy as the header, and no inline script.
      const header = response.headers()['content-security-policy'];
      assert.ok(header.includes("script-src 'self' 'wasm-unsafe-eval';") && !header.includes('unsafe-inline'), header);
      const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
      assert.equal(meta, header, 'the <meta> policy is the one the server sends');
      assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
      assert.equal(new URL(page.url()).pathname, BASE);

      // Every tab, by its tab button; each shows its own content and stays under the path.
      const tab = (name) => page.getByRole('tab', { name, exact: true });
      const views = [
        [SHELL.TabLab, 'lab', () => page.getByRole('button', { name: 'Step forward', exact: true })],
        [SHELL.TabAlgo, 'algo', () => page.locator('.algo-table tbody tr[data-algo]').first()],
        [SHELL.TabLearn, 'learn', () => page.locator('.learn-narration').first()],
        [SHELL.TabRing, 'ring', () => u.nodes],
      ];
      for (const [name, code, content] of views) {
        await tab(name).click();
        await content().waitFor();
        assert.equal(await page.getByRole('tab', { selected: true }).getAttribute('id'), `tab-${code}`);
        assert.equal(new URL(page.url()).pathname, BASE, `${name} stays under ${BASE}`);
      }

      // A blob: download under the policy.
      const [file] = await Promise.all([page.waitForEvent('download'), u.exportButton.click()]);
      assert.equal(await file.failure(), null);
      assert.match(await readFile(await file.path(), 'utf8'), /^key,position_hex,owner\n/);

      // Copy link on the Algorithms tab: the link names the sub-path and reopens that view.
      await tab(SHELL.TabAlgo).click();
      await page.getByRole('button', { name: texts('en')('C.CopyLink'), exact: true }).click();
      const link = await until(() => page.evaluate(() => navigator.clipboard.readText()), { message: 'a copied link' });
      assert.ok(link.startsWith(t.url(BASE) + '#'), link);
      assert.match(link, /[#&]t=algo(&|$)/);
      await checkClean();

      const second = await subPathPage(t);
      await second.page.goto(link);
      await second.page.locator('.algo-table tbody tr[data-algo]').first().waitFor();
      assert.equal(await second.page.getByRole('tab', { selected: true }).getAttribute('id'), 'tab-algo');
      await second.checkClean();
    },
  },
];
