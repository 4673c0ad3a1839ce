#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml, run by post-build.mjs after csp-loader.mjs): writes a
// gzip (`.gz`) and a Brotli (`.br`, quality 11) copy beside every file of the release build,
// for servers that send a precompressed file when the request's Accept-Encoding allows (nginx
// `gzip_static on; brotli_static on;`, Caddy `file_server { precompressed br gzip }`; README,
// "Hosting"). The copies are made once per build with the best compressors, which a server
// compressing on the fly cannot afford: the gzip copies by Zopfli (npm `@gfx/zopfli`, a
// standard gzip stream 5 % smaller than zlib's level 9: 647 KB against 683 KB for the wasm),
// Brotli at quality 11; about 10 s each for the wasm, run side by side.
//
// A copy that is not smaller than its original is not written (a server then sends the
// original). Debug builds (`trunk serve`) are skipped: the dev server compresses nothing and a
// debug wasm is large.
//
// Prints one line per asset (raw, gzip and Brotli bytes) and the first-load total (wasm + js +
// css), the figure issue 11 budgets: the files a first visit needs before its first view, so
// neither the rest of the wasm (`…_more.wasm`, fetched after the first view: split.mjs) nor the
// ring worker's files (fetched when a worker build starts).
//
// Environment (set by trunk): TRUNK_STAGING_DIR, TRUNK_PROFILE.

import { gzipAsync } from '@gfx/zopfli';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const brotli = promisify(brotliCompress);

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precompress: TRUNK_STAGING_DIR is not set: this script runs as a trunk post_build hook');
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== 'release') {
  console.log('precompress: debug build, nothing compressed');
  process.exit(0);
}

// Text and wasm compress; images other than SVG and fonts already are compressed.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.map', '.txt', '.webmanifest']);
const FIRST_LOAD = new Set(['.wasm', '.js', '.css']);
const LATER = /_more\.wasm$|^ring_worker/;

const files = readdirSync(staging, { withFileTypes: true })
  .filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name).toLowerCase()))
  .map((e) => e.name)
  .sort();
const total = { raw: 0, gz: 0, br: 0 };
const later = { raw: 0, gz: 0, br: 0 };
for (const name of files) {
  const raw = readFileSync(join(staging, name));
  const [gz, br] = await Promise.all([
    // Zopfli's default is 15 iterations; past 5 the wasm gains 52 bytes for 8 s more.
    gzipAsync(raw, { numiterations: raw.length > 100_000 ? 5 : 15 }).then(Buffer.from),
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]:
          extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  ]);
  const written = [];
  for (const [ext, bytes] of [['.gz', gz], ['.br', br]]) {
    if (bytes.length < raw.length) {
      writeFileSync(join(staging, name + ext), bytes);
      written.push(ext);
    }
  }
  // What a browser downloads: the smallest copy the server has.
  const sent = (copy) => Math.min(copy.length, raw.length);
  if (FIRST_LOAD.has(extname(name).toLowerCase())) {
    const sum = LATER.test(name) ? later : total;
    sum.raw += raw.length;
    sum.gz += sent(gz);
    sum.br += sent(br);
  }
  console.log(`precompress: ${name}: ${raw.length} B, gzip ${gz.length} B, brotli ${br.length} B` +
    (written.length === 2 ? '' : ` (${['.gz', '.br'].filter((e) => !written.includes(e)).join(', ')}: not smaller, not written)`));
}
console.log(`precompress: first load (wasm + js + css): ${total.raw} B, gzip ${total.gz} B, brotli ${total.br} B`);
console.log(`precompress: later (the rest of the wasm, the ring worker): ${later.raw} B, gzip ${later.gz} B, brotli ${later.br} B`);
