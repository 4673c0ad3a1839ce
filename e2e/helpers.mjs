// Shared helpers for the e2e specs (not a spec itself: the runner only loads *.spec.mjs).
// Specs import everything from here; it is split by concern:
//
// - catalogue.mjs: the message catalogue read from the app's source (src/i18n/common.rs and
//   src/ring/text/{panels,view}.rs), `texts`, `fill`, `templateRe`, `num`, `grouped`.
// - page-model.mjs: `ui(page, lang)` gives locators by role and accessible name, plus readers
//   for the numbers a user sees (node and key counts, a node's keys, the moved-keys counters);
//   `openApp` opens the app and waits for its panels.
// - ring-oracle.mjs: an independent oracle of the README's hashing convention (Node's crypto
//   SHA-1), to check positions, owners and moved counts without trusting the app.
// - here: waiting by polling (`until`, `untilEqual`, `frames`) and a CSV parser.

export { CATALOGUE, escapeRe, fill, grouped, num, templateRe, texts } from './catalogue.mjs';
export { openApp, ui } from './page-model.mjs';
export {
  DEFAULT,
  article128,
  countsBy,
  generatedKeys,
  movedBetween,
  placement,
  position,
  positionHex,
} from './ring-oracle.mjs';

// ------------------------------------------------------------------ waiting

/**
 * Poll `fn` until it returns a truthy value (returned), like expect.poll; throws with `message`
 * and the last value after `timeout` ms. Intervals grow 16 → 250 ms: polling, not fixed sleeps.
 */
export async function until(fn, { timeout = 10_000, message = 'condition' } = {}) {
  const start = Date.now();
  let last;
  let wait = 16;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeout) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, wait));
    wait = Math.min(wait * 2, 250);
  }
}

/** Poll until `read()` equals `expected` (deep for arrays); returns it. */
export async function untilEqual(read, expected, message, timeout = 10_000) {
  let seen;
  await until(
    async () => {
      seen = await read();
      return JSON.stringify(seen) === JSON.stringify(expected);
    },
    { timeout, message: `${message} to be ${JSON.stringify(expected)}` },
  ).catch((err) => {
    err.message += ` — last seen ${JSON.stringify(seen)}`;
    throw err;
  });
  return seen;
}

/** Two animation frames: layout and paint are up to date (canvas layers included). */
export async function frames(page, n = 2) {
  await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
        step(n);
      }),
    n,
  );
}
/** A minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
