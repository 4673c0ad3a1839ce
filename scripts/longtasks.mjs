#!/usr/bin/env node
// Every long task (over 50 ms) while a page of the app opens, for several builds alternated
// visit by visit, so that they share the machine's load (docs/benchmarks.md, "The start in
// stages"). Each visit is a fresh browser context of a returning visitor, observed for 2.5 s
// from before navigation.
//
//   node scripts/longtasks.mjs VISITS FRAGMENT DIST [DIST…]      (FRAGMENT "-": the default ring)
//
// Prints, per build, each visit's long tasks as duration@start in ms ("0": none).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/run-server.mjs';

const [visits, fragment, ...dists] = process.argv.slice(2);
if (!dists.length) {
  console.error('usage: node scripts/longtasks.mjs VISITS FRAGMENT DIST [DIST…]');
  process.exit(2);
}
const servers = await Promise.all(dists.map((d) => startStaticServer(resolve(d))));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const seen = dists.map(() => []);
try {
  for (let visit = 0; visit < Number(visits); visit++) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(() => {
        try {
          localStorage.setItem('ringlock.visited', '1');
        } catch (_) {}
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(`${Math.round(e.duration)}@${Math.round(e.startTime)}`);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/${fragment === '-' ? '' : fragment}`);
      await page.waitForTimeout(2500);
      const tasks = await page.evaluate(() => window.__longTasks);
      seen[i].push(tasks.join('+') || '0');
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
dists.forEach((d, i) => console.log(`${d}: ${seen[i].join('  ')}`));
