// An independent oracle of the README's hashing convention (Node's crypto SHA-1), to check
// positions, owners and moved counts without trusting the app: positions, the placement of
// keys under each scheme, moved counts between two placements, and the default scenario.
// Specs import these through helpers.mjs.

import { createHash } from 'node:crypto';

/** First 8 bytes of SHA-1(UTF-8 text), big-endian: the README's position. */
export function position(text) {
  return createHash('sha1').update(text, 'utf8').digest().readBigUInt64BE(0);
}
export const positionHex = (text) => createHash('sha1').update(text, 'utf8').digest().subarray(0, 8).toString('hex');
/** `int(sha1(key)) % 128`: the low 7 bits of the digest's last byte. */
export const article128 = (text) => createHash('sha1').update(text, 'utf8').digest()[19] & 0x7f;

/**
 * The README's placement, from scratch. `nodes`: [{name, weight = 1, alive = true}] in the order
 * they were added; `vnodes` per unit of weight; `keys`: names. Returns owners per scheme.
 */
export function placement(nodes, vnodes, keys) {
  const points = [];
  for (const n of nodes) {
    if (n.alive === false) continue;
    for (let i = 0; i < (n.weight ?? 1) * vnodes; i++) points.push({ pos: position(`${n.name}#${i}`), name: n.name, i });
  }
  points.sort((a, b) => (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : a.i - b.i));
  const live = nodes.filter((n) => n.alive !== false).map((n) => n.name);
  const ring = {};
  const mod = {};
  const article = {};
  for (const key of keys) {
    const p = position(key);
    if (points.length === 0) {
      ring[key] = mod[key] = article[key] = null;
      continue;
    }
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[mid].pos >= p) hi = mid;
      else lo = mid + 1;
    }
    ring[key] = points[lo === points.length ? 0 : lo].name;
    mod[key] = live[Number(p % BigInt(live.length))];
    article[key] = live[article128(key) % live.length];
  }
  return { ring, mod, article };
}

/** How many keys changed owner between two placements, per scheme. */
export function movedBetween(before, after) {
  const out = {};
  for (const scheme of ['ring', 'mod', 'article']) {
    out[scheme] = Object.keys(before[scheme]).filter((k) => before[scheme][k] !== after[scheme][k]).length;
  }
  return out;
}

/** Keys owned per node under one scheme of a placement. */
export function countsBy(owners) {
  const out = {};
  for (const owner of Object.values(owners)) if (owner !== null) out[owner] = (out[owner] || 0) + 1;
  return out;
}

export const generatedKeys = (n, from = 0) => Array.from({ length: n }, (_, i) => `key-${from + i}`);

/** The default scenario: node1..node4, 16 vnodes, key-0..key-399. */
export const DEFAULT = {
  nodes: ['node1', 'node2', 'node3', 'node4'].map((name) => ({ name })),
  vnodes: 16,
  keys: generatedKeys(400),
  fragment: 'v=1&n=node1,node2,node3,node4&vn=16&k=400&s=ring',
};
