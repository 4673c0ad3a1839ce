// The e2e runner's static server: serves a directory (dist/, the `trunk build --release`
// output) on a free 127.0.0.1 port. Plain files with their MIME type, no caching and no other
// headers (no Content-Security-Policy: the page runs as built); unknown routes get index.html,
// a missing asset is a 404. Used by run.mjs.

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

export function startStaticServer(root) {
  const indexHtml = join(root, 'index.html');
  const server = createServer((req, res) => {
    const send = (status, file) => {
      const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
      if (!file) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      headers['Content-Type'] = MIME[extname(file).toLowerCase()] || 'application/octet-stream';
      headers['Content-Length'] = statSync(file).size;
      res.writeHead(status, headers);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
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
