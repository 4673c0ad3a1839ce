// A plain JavaScript SHA-1 hash ring, written the way a careful JS developer would: SHA-1 over
// UTF-8 bytes, positions as the first 8 digest bytes (BigUint64), keys sorted once, and on each
// topology change a full re-placement pass (one merge of sorted keys against sorted live vnodes).
// It is the baseline the wasm core is measured against, in the same page.

const encoder = new TextEncoder();
const W = new Uint32Array(80);

// SHA-1 of a short UTF-8 string; returns the first 8 bytes as a BigInt.
function sha1Head(text) {
  const bytes = encoder.encode(text);
  const len = bytes.length;
  const blocks = ((len + 8) >> 6) + 1;
  const words = new Uint32Array(blocks * 16);
  for (let i = 0; i < len; i++) words[i >> 2] |= bytes[i] << (24 - (i & 3) * 8);
  words[len >> 2] |= 0x80 << (24 - (len & 3) * 8);
  words[blocks * 16 - 1] = len * 8;
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  for (let b = 0; b < blocks; b++) {
    for (let t = 0; t < 16; t++) W[t] = words[b * 16 + t];
    for (let t = 16; t < 80; t++) {
      const x = W[t - 3] ^ W[t - 8] ^ W[t - 14] ^ W[t - 16];
      W[t] = (x << 1) | (x >>> 31);
    }
    let a = h0, bb = h1, c = h2, d = h3, e = h4;
    for (let t = 0; t < 80; t++) {
      let f, k;
      if (t < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
      else if (t < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
      else if (t < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = bb ^ c ^ d; k = 0xca62c1d6; }
      const tmp = (((a << 5) | (a >>> 27)) + f + e + k + W[t]) | 0;
      e = d; d = c; c = (bb << 30) | (bb >>> 2); bb = a; a = tmp;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + bb) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
  }
  return (BigInt(h0 >>> 0) << 32n) | BigInt(h1 >>> 0);
}

export function js_sha1_head_hex(text) {
  return sha1Head(text).toString(16).padStart(16, "0");
}

class JsRing {
  constructor(vnodes) {
    this.vnodes = vnodes;
    this.points = []; // {pos: BigInt, node: string, i: number}
    this.dead = new Set();
    this.keyPos = new BigUint64Array(0);
    this.owner = [];
  }
  addNode(name) {
    for (let i = 0; i < this.vnodes; i++) this.points.push({ pos: sha1Head(`${name}#${i}`), node: name, i });
    this.points.sort((a, b) => (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : a.node < b.node ? -1 : a.node > b.node ? 1 : a.i - b.i));
  }
  setKeys(count) {
    const pos = new BigUint64Array(count);
    for (let k = 0; k < count; k++) pos[k] = sha1Head(`key-${k}`);
    pos.sort();
    this.keyPos = pos;
  }
  place() {
    const live = this.points.filter((p) => !this.dead.has(p.node));
    const owner = new Array(this.keyPos.length);
    let p = 0;
    for (let k = 0; k < this.keyPos.length; k++) {
      const pos = this.keyPos[k];
      while (p < live.length && live[p].pos < pos) p++;
      owner[k] = live.length === 0 ? null : (p < live.length ? live[p] : live[0]).node;
    }
    let moved = 0;
    for (let k = 0; k < owner.length; k++) if (this.owner[k] !== undefined && this.owner[k] !== owner[k]) moved++;
    this.owner = owner;
    return moved;
  }
}

// Runs the same steps as the wasm benchmark and returns [name, ms, check] rows.
export function js_ring_bench(nodes, vnodes, keys, reps) {
  const rows = [];
  const ring = new JsRing(vnodes);
  let t = performance.now();
  for (let n = 0; n < nodes; n++) ring.addNode(`node${n}`);
  rows.push(["build ring (vnodes hashed and sorted)", performance.now() - t, ring.points.length]);
  t = performance.now();
  ring.setKeys(keys);
  ring.place();
  rows.push(["first hashing + placement of all keys", performance.now() - t, ring.keyPos.length]);
  const join = [], kill = [];
  let movedJoin = 0, movedKill = 0;
  for (let r = 0; r < reps; r++) {
    const name = `joiner${r}`;
    t = performance.now();
    ring.addNode(name);
    movedJoin = ring.place();
    join.push(performance.now() - t);
    t = performance.now();
    ring.dead.add(name);
    movedKill = ring.place();
    kill.push(performance.now() - t);
    ring.points = ring.points.filter((p) => p.node !== name);
    ring.dead.delete(name);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  rows.push(["join one node: ownership + moved list + load statistics", median(join), movedJoin]);
  rows.push(["kill one node: ownership + moved list + load statistics", median(kill), movedKill]);
  return rows;
}
