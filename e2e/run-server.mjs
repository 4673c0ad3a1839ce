// The e2e runner's static server: serves a directory (dist/, the `trunk build --release`
// output) on a free 127.0.0.1 port. Plain files with their MIME type, no caching and no other
// headers but the strict Content-Security-Policy (as README's Hosting asks); unknown routes get index.html,
// a missing asset is a 404. Used by run.mjs.
//
// Like nginx's `gzip_static`/`brotli_static` and Caddy's `precompressed`, it sends the `.br` or
// `.gz` copy that scripts/precompress.mjs wrote beside a file when the request's
// Accept-Encoding allows that coding (Brotli preferred), with `Content-Encoding` and
// `Vary: Accept-Encoding`; otherwise the file itself.

import { createServer } from 'node:http';
import { statSync, createReadStream } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

// The strict policy of index.html's <meta http-equiv>, sent as a header too, as README's
// "Hosting" tells a server to: every spec runs under it, and Chromium reports each violation as
// a console error, which fails the test.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; object-src 'none'; base-uri 'none'";

/** The codings (`br`, `gzip`) the Accept-Encoding header allows, preferred first (RFC 9110 §12.5.3). */
export function acceptedCodings(header) {
  const q = new Map();
  for (const part of (header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (coding) => (q.has(coding) ? q.get(coding) : q.get('*') ?? 0);
  // Highest weight first; on a tie Brotli, the smaller file (sort is stable).
  return ['br', 'gzip'].filter((c) => weight(c) > 0).sort((a, b) => weight(b) - weight(a));
}

const SUFFIX = { br: '.br', gzip: '.gz' };

export function startStaticServer(root) {
  const indexHtml = join(root, 'index.html');
  const server = createServer((req, res) => {
    const send = (status, file) => {
      const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP };
      if (!file) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      headers['Content-Type'] = MIME[extname(file).toLowerCase()] || 'application/octet-stream';
      let body = file;
      const coding = acceptedCodings(req.headers['accept-encoding']).find((c) => isFile(file + SUFFIX[c]));
      if (coding) {
        body = file + SUFFIX[coding];
        headers['Content-Encoding'] = coding;
      }
      if (coding || isFile(file + '.gz') || isFile(file + '.br')) headers.Vary = 'Accept-Encoding';
      headers['Content-Length'] = statSync(body).size;
      res.writeHead(status, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(body).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400);
    }
    const file = resolve(root, '.' + pathname);
    if (file !== root && !file.startsWith(root + sep)) return send(403);
    if (isFile(file)) return send(200, file);
    if (isFile(join(file, 'index.html'))) return send(200, join(file, 'index.html'));
    if (pathname === '/favicon.ico') return send(204);
    // SPA fallback: unknown routes get index.html; a missing asset (has an extension) is a 404
    // so that a broken asset reference shows up as an error instead of as HTML.
    if (!extname(pathname) || (req.headers.accept || '').includes('text/html')) {
      return send(200, indexHtml);
    }
    return send(404);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}
