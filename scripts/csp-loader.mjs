#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml [[hooks]]): makes dist/index.html run under the strict
// Content-Security-Policy that index.html ships in its <meta http-equiv>, where
// `script-src 'self' 'wasm-unsafe-eval'` forbids every inline script.
//
// trunk 0.22 boots the app with an inline `<script type="module">` (its loader: import the
// wasm-bindgen JS, fetch the .wasm, fire `TrunkApplicationStarted`; trunk-rs/trunk#288). This
// hook moves that script, unchanged, into `boot-<hash>.js` beside the other assets and puts a
// `<script type="module" src integrity>` in its place. The loader's imports are relative
// (`public_url = "./"`), and the new file sits in the same directory as index.html, so they
// resolve to the same files as before, under any path the site is served from.
//
// `trunk serve` also appends its live-reload client as an inline script, which the server
// rewrites on every request (so it has no fixed hash). For the dev server only, this hook then
// adds 'unsafe-inline' to script-src and says so; `trunk build` output never has it.
//
// The hook fails the build when the page would break under the policy: no loader or more than
// one, the policy missing, or any other inline script, <style> element or style attribute, in
// index.html or in the app's `html!` (src/**/*.rs), where a style goes through the CSSOM
// instead: `~style={…}` (the `style` property) or a rule of `ui::sheet::use_style_sheet`.
//
// Environment (set by trunk): TRUNK_STAGING_DIR, TRUNK_HTML_FILE, TRUNK_SOURCE_DIR.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set: this script runs as a trunk post_build hook');
const htmlName = basename(process.env.TRUNK_HTML_FILE || 'index.html');
const htmlPath = join(staging, htmlName);

function fail(message) {
  console.error(`csp-loader: ${message}`);
  process.exit(1);
}

const digest = (algorithm, text) => createHash(algorithm).update(text, 'utf8');

let html = readFileSync(htmlPath, 'utf8');

// Opening tag, its attributes, body. The minifier writes `type=module`, a debug build
// `type="module"`; the dev server's nonce (if ever enabled) would be one more attribute.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const isModule = (attrs) => /\btype\s*=\s*["']?module["']?/i.test(attrs);
const hasSrc = (attrs) => /\bsrc\s*=/i.test(attrs);
const isLiveReload = (body) => body.includes('{{__TRUNK_ADDRESS__}}');

const loaders = [...html.matchAll(SCRIPT)].filter(([, attrs, body]) => isModule(attrs) && !hasSrc(attrs) && !isLiveReload(body));
if (loaders.length !== 1) fail(`expected trunk's one inline module loader in ${htmlName}, found ${loaders.length}`);
const [tag, , loader] = loaders[0];
if (!/\binit\b/.test(loader)) fail(`the inline module script in ${htmlName} is not trunk's loader:\n${loader}`);

const file = `boot-${digest('sha256', loader).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(staging, file), loader);
const integrity = `sha384-${digest('sha384', loader).digest('base64')}`;
html = html.replace(tag, `<script type="module" src="./${file}" integrity="${integrity}" crossorigin></script>`);

// The policy itself comes from the source index.html; check it survived and is the strict one.
const META = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const meta = META.exec(html);
if (!meta) fail(`${htmlName} has no <meta http-equiv="Content-Security-Policy">`);
const SCRIPT_SRC = "script-src 'self' 'wasm-unsafe-eval'";
if (!meta[0].includes(SCRIPT_SRC)) fail(`the policy in ${htmlName} does not say ${SCRIPT_SRC}: ${meta[0]}`);

const inline = [...html.matchAll(SCRIPT)].filter(([, attrs]) => !hasSrc(attrs));
const liveReload = inline.filter(([, , body]) => isLiveReload(body));
if (inline.length > liveReload.length) fail(`${htmlName} still has an inline script the policy would block`);
if (/<style\b/i.test(html)) fail(`${htmlName} has a <style> element; style-src 'self' would block it`);
if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) fail(`${htmlName} has a style attribute; style-src 'self' would block it`);

// In html!, `style=` sets the attribute (blocked); `~style=` sets the property (CSSOM, allowed).
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const STYLE_ATTR = /(^|[^~\w-])style\s*=\s*[{"]/;
const rustFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rustFiles(join(dir, e.name)) : e.name.endsWith('.rs') ? [join(dir, e.name)] : []);
const blocked = rustFiles(join(source, 'src')).flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), at: `${relative(source, path)}:${i + 1}` }))
    .filter(({ line }) => !line.startsWith('//') && (STYLE_ATTR.test(line) || /<style[\s>]/.test(line))));
if (blocked.length > 0) {
  fail(`style-src 'self' would block these styles; write ~style={…} or use ui::sheet::use_style_sheet:\n` +
    blocked.map(({ line, at }) => `  ${at}: ${line}`).join('\n'));
}

if (liveReload.length > 0) {
  html = html.replace(meta[0], meta[0].replace(SCRIPT_SRC, `${SCRIPT_SRC} 'unsafe-inline'`));
  console.log(`csp-loader: dev server: script-src also allows 'unsafe-inline' for trunk's live-reload script`);
}

writeFileSync(htmlPath, html);
console.log(`csp-loader: trunk's loader moved to ${file}`);
