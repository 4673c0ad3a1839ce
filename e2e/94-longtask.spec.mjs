// The main thread stays responsive with a million keys (issue 11, "Heavy work off the main
// thread"): a `longtask` PerformanceObserver is installed before navigation and records every
// task over 50 ms while a 1M-key link opens (its keys hashed and placed in the ring worker),
// then during a kill, a revive and a join made through the UI. Every long task is logged with
// its duration, and whether the issue's goal (no task over 50 ms) is met is logged per case.
// Timings on this shared machine swing several-fold with its load (docs/benchmarks.md, "Heavy
// work off the main thread", has the runs, and the tasks that still come near 50 ms), so the
// goal is logged, not asserted, beside the single task opening took before the worker (825 ms
// at 100 nodes, 2,280 ms at 1,000, issue 11), and the spec asserts behaviour: the worker's
// progress, the right keys after the kill, revive and join, and Cancel.
// Also: the worker's progress is on screen while it runs, and Cancel leaves the ring as it was.
import { openApp, untilEqual } from './helpers.mjs';

const BOUND_MS = 50;
const names = (n) => Array.from({ length: n }, (_, i) => `n${i + 1}`);
const link = (n, vn) => `/#v=1&n=${names(n).join(',')}&vn=${vn}&k=1000000&s=ring`;

/** Before any page script: collect every long task into window.__longTasks. */
async function observeLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks since the last call (after two frames and a quiet 300 ms, so trailing tasks count). */
async function takeLongTasks(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  return page.evaluate(() => window.__longTasks.splice(0));
}

function record(t, seen, what, tasks) {
  const longest = Math.max(0, ...tasks.map((x) => x.ms));
  t.log(`${what}: ${tasks.length} long task(s)${tasks.length ? ` [${tasks.map((x) => `${x.ms} ms`).join(', ')}]` : ''}; longest ${longest} ms`);
  seen.push({ what, longest });
}

/** The longest task of opening the link before the ring worker (issue 11's measurement). */
const BEFORE_WORKER_MS = { 100: 825, 1000: 2280 };

async function millionKeys(t, nodes, vnodes) {
  await observeLongTasks(t.page);
  const started = Date.now();
  const u = await openApp(t, link(nodes, vnodes));
  const seen = [];
  // The worker's progress is shown while the keys are placed.
  const status = t.page.getByRole('status', { name: u.t('R.BuildLabel'), exact: true });
  await status.waitFor({ timeout: 10_000 });
  await untilEqual(u.keyCount, 1_000_000, 'key count', 60_000);
  await status.waitFor({ state: 'detached' });
  t.log(`${nodes} nodes × ${vnodes} vnodes, 1,000,000 keys: ready in ${Date.now() - started} ms (navigation included)`);
  record(t, seen, 'open the link', await takeLongTasks(t.page));
  t.assert.deepEqual(await u.nodeCount(), { total: nodes, live: nodes });

  // n12 is among the node table's first rows, which are all it draws until "Show all".
  const owned = await u.nodeKeys('n12');
  await u.killButton('n12').click();
  await u.movesCause('R.ChangeKilled', 'n12').waitFor({ timeout: 30_000 });
  t.assert.equal(await u.ringMoved(), owned, 'the killed node\'s keys move');
  record(t, seen, 'kill n12', await takeLongTasks(t.page));

  await u.reviveButton('n12').click();
  await u.movesCause('R.ChangeRevived', 'n12').waitFor({ timeout: 30_000 });
  t.assert.equal(await u.nodeKeys('n12'), owned, 'the same keys come back');
  record(t, seen, 'revive n12', await takeLongTasks(t.page));

  if (nodes >= 1000) {
    // 1,000 is the node limit: make room first (measured and logged too).
    await u.removeButton('n12').click();
    await u.movesCause('R.ChangeRemoved', 'n12').waitFor({ timeout: 30_000 });
    record(t, seen, 'remove n12', await takeLongTasks(t.page));
  }
  await u.addNode('joiner');
  await u.movesCause('R.ChangeAdded', 'joiner').waitFor({ timeout: 30_000 });
  t.assert.ok((await u.ringMoved()) > 0, 'the joiner takes keys');
  record(t, seen, 'join', await takeLongTasks(t.page));

  // The same kill with every row of the node table drawn (logged beside the others: the rows
  // are redrawn and laid out on every change).
  await u.showAllNodes();
  await takeLongTasks(t.page);
  await u.killButton('n42').click();
  await u.movesCause('R.ChangeKilled', 'n42').waitFor({ timeout: 30_000 });
  record(t, [], `kill n42 with all ${nodes} rows drawn (not part of the goal)`, await takeLongTasks(t.page));

  const over = seen.filter((s) => s.longest > BOUND_MS);
  t.log(over.length
    ? `goal (no task over ${BOUND_MS} ms) NOT met: ${over.map((s) => `${s.what} ${s.longest} ms`).join(', ')}`
    : `goal (no task over ${BOUND_MS} ms) met in every step`);
  const open = seen.find((s) => s.what === 'open the link');
  t.log(`opening's longest task: ${open.longest} ms; one task of ${BEFORE_WORKER_MS[nodes]} ms before the worker`);
}

export default [
  {
    // For reading the numbers below: the long tasks of opening the default ring (400 keys),
    // which is the app's own start (wasm compiled and instantiated, first render), not key work.
    name: 'control: the default ring opens (logged, not bounded)',
    timeout: 60_000,
    fn: async (t) => {
      await observeLongTasks(t.page);
      const u = await openApp(t, '/');
      await untilEqual(u.keyCount, 400, 'key count');
      record(t, [], 'open the default ring', await takeLongTasks(t.page));
    },
  },
  {
    // The first use of each font size and weight costs a lookup outside the page while the
    // page is laid out (static/style.css, "The type scale"): the Ring tab keeps to a few.
    name: 'the Ring tab keeps to its type scale (at most 16 distinct font sizes and weights in view)',
    timeout: 60_000,
    fn: async (t) => {
      const path = link(1000, 16).replace('k=1000000', 'k=5000');
      const u = await openApp(t, path);
      await t.page.locator('.ring-canvas').waitFor();
      await t.page.waitForFunction(() => !document.querySelector('.later'));
      const fonts = await t.page.evaluate(() => {
        const seen = new Set();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const el = walker.currentNode.parentElement;
          if (!walker.currentNode.textContent.trim() || !el.checkVisibility()) continue;
          const cs = getComputedStyle(el);
          // SVG text is drawn at its size times the drawing's scale.
          const svg = el.closest('svg');
          const scale = svg?.viewBox.baseVal?.width ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
          seen.add(`${(parseFloat(cs.fontSize) * scale).toFixed(1)}px ${cs.fontWeight} ${cs.fontFamily.split(',')[0]}`);
        }
        return [...seen].sort();
      });
      t.log(`1,000 nodes: ${fonts.length} distinct: ${fonts.join('; ')}`);
      t.assert.ok(fonts.length <= 16, `${fonts.length} distinct font sizes and weights: ${fonts.join('; ')}`);
      t.assert.ok(await u.keyCount() > 0);
    },
  },
  {
    name: '100 nodes × 160 vnodes × 1M keys: long tasks of open, kill, revive, join (goal 50 ms, logged)',
    timeout: 120_000,
    fn: (t) => millionKeys(t, 100, 160),
  },
  {
    name: '1,000 nodes × 16 vnodes × 1M keys: long tasks of open, kill, revive, remove, join (goal 50 ms, logged)',
    timeout: 120_000,
    fn: (t) => millionKeys(t, 1000, 16),
  },
  {
    name: '+1,000,000 keys: progress while the worker runs; Cancel leaves the ring as it was',
    timeout: 60_000,
    fn: async (t) => {
      const { assert } = t;
      const u = await openApp(t, '/');
      await u.clearButton.click();
      await untilEqual(u.keyCount, 0, 'key count');
      const before = await u.snapshot();
      await u.quickButton(1_000_000).click();
      const status = t.page.getByRole('status', { name: u.t('R.BuildLabel'), exact: true });
      await status.waitFor();
      assert.ok(await u.quickButton(100).isDisabled(), 'one build at a time');
      // Progress counts up while the worker hashes.
      await t.page.waitForFunction(
        () => /[1-9][0-9,]* of 1,000,000/.test(document.querySelector('.build-status')?.textContent ?? ''),
        null, { timeout: 20_000 },
      );
      t.log(`progress seen: ${(await status.textContent()).trim()}`);
      await t.screenshot('worker-progress-light-en', { locator: status });
      await status.getByRole('button', { name: u.t('R.BuildCancelLabel'), exact: true }).click();
      await status.waitFor({ state: 'detached' });
      // Long enough for a worker that was not stopped to have finished.
      await new Promise((r) => setTimeout(r, 3_000));
      assert.deepEqual(await u.snapshot(), before, 'the ring and the link are as they were');
      assert.ok(await u.quickButton(100).isEnabled(), 'buttons enabled again');
      // A build that is not cancelled finishes, and reports what it added.
      await u.quickButton(1_000_000).click();
      await untilEqual(u.keyCount, 1_000_000, 'key count', 60_000);
      await u.keysStatus.filter({ hasText: u.t('P.KeysAdded', '1,000,000') }).waitFor();
    },
  },
];
