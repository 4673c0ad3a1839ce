#!/usr/bin/env node
// What the ring's canvas layers cost to rasterise in headless Chromium (docs/benchmarks.md,
// "The ring's canvas"): the arc band (2,048 slices of random owners among 1,000 nodes) as a
// stroke per run and as a filled sector per run, and the vnode ticks at several bin counts,
// on a 635-px canvas (the ring's size on the 1280 × 800 layout) in the app's geometry. Each
// case is drawn 9 times a frame apart; the raster is forced with a one-pixel getImageData.
//
//   node scripts/canvas-raster.mjs
//
// Prints, per case, the median ms to issue the calls and the median ms to rasterise them.
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent('<canvas id="c" width="635" height="635" style="width:635px;height:635px"></canvas>');
const rows = await page.evaluate(async () => {
  const SIZE = 635;
  const scale = SIZE / 1000;
  const palette = Array.from({ length: 24 }, (_, i) => `hsl(${i * 15} 60% 50%)`);
  const ctx = document.getElementById('c').getContext('2d');
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const owners = Array.from({ length: 2048 }, () => Math.floor(random() * 1000));
  const rad = (deg) => ((deg - 90) * Math.PI) / 180;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const runs = (each) => {
    const width = 360 / owners.length;
    let start = 0;
    for (let end = 1; end <= owners.length; end++) {
      if (end < owners.length && owners[end] === owners[start]) continue;
      each(palette[owners[start] % 24], rad(start * width), rad(end * width));
      start = end;
    }
  };
  const cases = {
    'arc band, a stroke per run': () => {
      ctx.lineWidth = 18;
      runs((colour, from, to) => {
        ctx.strokeStyle = colour; ctx.beginPath(); ctx.arc(0, 0, 436, from, to); ctx.stroke();
      });
    },
    'arc band, a filled sector per run': () => {
      runs((colour, from, to) => {
        ctx.fillStyle = colour; ctx.beginPath(); ctx.arc(0, 0, 445, from, to);
        ctx.arc(0, 0, 427, to, from, true); ctx.closePath(); ctx.fill();
      });
    },
  };
  for (const bins of [4096, 2048, 1024, 512]) {
    cases[`ticks, ${bins} bins (a path per colour)`] = () => {
      ctx.lineWidth = 2.5;
      for (let colour = 0; colour < 24; colour++) {
        ctx.strokeStyle = palette[colour]; ctx.beginPath();
        for (let i = colour; i < bins; i += 24) {
          const a = rad(((i + 0.5) * 360) / bins);
          ctx.moveTo(382 * Math.cos(a), 382 * Math.sin(a));
          ctx.lineTo(418 * Math.cos(a), 418 * Math.sin(a));
        }
        ctx.stroke();
      }
    };
  }
  const out = [];
  for (const [name, draw] of Object.entries(cases)) {
    const calls = [];
    const raster = [];
    for (let k = 0; k < 9; k++) {
      await frame();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, SIZE, SIZE);
      ctx.setTransform(scale, 0, 0, scale, SIZE / 2, SIZE / 2);
      const t0 = performance.now();
      draw();
      const t1 = performance.now();
      ctx.getImageData(0, 0, 1, 1);
      const t2 = performance.now();
      calls.push(t1 - t0);
      raster.push(t2 - t1);
    }
    out.push([name, median(calls), median(raster)]);
  }
  return out;
});
for (const [name, calls, raster] of rows) {
  console.log(`${name.padEnd(36)} calls ${calls.toFixed(1).padStart(5)} ms   raster ${raster.toFixed(1).padStart(5)} ms`);
}
await browser.close();
