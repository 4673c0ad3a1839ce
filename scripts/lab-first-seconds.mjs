#!/usr/bin/env node
// The lock lab's frames in its first seconds of play, for several builds alternated run by run
// so that they share the machine's load (docs/benchmarks.md, "The lock scene"). Each run is a
// fresh browser context on `#v=1&n=a&lv=1&ls=1&lw=WORKERS&t=lab`; 1.5 s after the page opens,
// Space plays the lab, and the gaps between animation frames are measured for 6 s, in three
// 2-s windows one after the other.
//
//   node scripts/lab-first-seconds.mjs RUNS DIST [DIST…]
//   (environment: WORKERS, default 1000; WIDTH × HEIGHT, default 1280 × 800)
//
// Prints, per run and build, each window's frame count, median and 95th-percentile gap in ms.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/run-server.mjs';

const [runs, ...dists] = process.argv.slice(2);
if (!dists.length || !(Number(runs) > 0)) {
  console.error('usage: node scripts/lab-first-seconds.mjs RUNS DIST [DIST…]');
  process.exit(2);
}
const workers = Number(process.env.WORKERS || 1000);
const viewport = { width: Number(process.env.WIDTH || 1280), height: Number(process.env.HEIGHT || 800) };
const WINDOW_MS = 2000;
const WINDOWS = 3;

const servers = await Promise.all(dists.map((d) => startStaticServer(resolve(d))));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)];
try {
  for (let run = 0; run < Number(runs); run++) {
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(() => {
        try {
          localStorage.setItem('ringlock.visited', '1');
        } catch (_) {}
      });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/#v=1&n=a&lv=1&ls=1&lw=${workers}&t=lab`);
      await page.waitForTimeout(1500);
      await page.evaluate(() => document.activeElement?.blur());
      await page.keyboard.press('Space');
      const times = await page.evaluate(
        (total) =>
          new Promise((done) => {
            const t = [];
            const step = (now) => {
              t.push(now);
              if (now - t[0] < total) requestAnimationFrame(step);
              else done(t);
            };
            requestAnimationFrame(step);
          }),
        WINDOW_MS * WINDOWS,
      );
      const windows = [];
      for (let w = 0; w < WINDOWS; w++) {
        const gaps = [];
        for (let k = 1; k < times.length; k++) {
          const at = times[k] - times[0];
          if (at >= w * WINDOW_MS && at < (w + 1) * WINDOW_MS) gaps.push(times[k] - times[k - 1]);
        }
        windows.push(`${gaps.length} frames, median ${quantile(gaps, 0.5).toFixed(1)}, p95 ${quantile(gaps, 0.95).toFixed(1)}`);
      }
      console.log(`run ${run + 1} ${dists[i]}: ${windows.join(' | ')}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
