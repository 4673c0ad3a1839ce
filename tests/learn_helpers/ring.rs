//! The ring chapters' independent brute force, from the hashing convention alone: SHA-1
//! positions of `key-i` and `name#i`, the owner found by scanning every point, a key's
//! preference list by walking them in order, each node's share of the circle, and the
//! article's `int(digest) % 128`. Nothing here asks the app.

use ringlock_core::hash::{key_position, sha1, vnode_position};

/// `key-0` … `key-(n-1)`.
pub fn keys(n: u32) -> Vec<String> {
    (0..n).map(|i| format!("key-{i}")).collect()
}

/// `node1` … `node<n>`.
pub fn names(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("node{i}")).collect()
}

/// `part / whole` as a percentage to one decimal place, as the narration writes it.
pub fn pct(part: usize, whole: usize) -> String {
    pct1(part as f64 * 100.0 / whole as f64)
}

/// A percentage to one decimal place.
pub fn pct1(x: f64) -> String {
    format!("{x:.1}%")
}

/// Every point of `nodes` with `v` points each: (position, index of its node).
pub fn points<S: AsRef<str>>(nodes: &[S], v: u32) -> Vec<(u64, usize)> {
    nodes
        .iter()
        .enumerate()
        .flat_map(|(i, n)| (0..v).map(move |p| (vnode_position(n.as_ref(), p), i)))
        .collect()
}

/// The index of the owner of `position`: the smallest point at or after it, else the smallest
/// of all (wrapping).
pub fn ring_owner(points: &[(u64, usize)], position: u64) -> usize {
    let after = points.iter().filter(|(p, _)| *p >= position).min();
    after.or_else(|| points.iter().min()).unwrap().1
}

/// The owner of `position` among `nodes` with `v` points each, by scanning every point.
pub fn owner(nodes: &[&str], v: u32, position: u64) -> String {
    nodes[ring_owner(&points(nodes, v), position)].to_string()
}

/// A key's first `r` distinct nodes clockwise, from every point scanned in order.
pub fn preference(nodes: &[&str], v: u32, key: &str, r: usize) -> Vec<String> {
    let mut points = points(nodes, v);
    points.sort();
    let p = key_position(key);
    let start = points.iter().position(|&(q, _)| q >= p).unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for k in 0..points.len() {
        let n = nodes[points[(start + k) % points.len()].1];
        if !out.iter().any(|o| o == n) {
            out.push(n.to_string());
        }
        if out.len() == r {
            break;
        }
    }
    out
}

/// Each node's share of the ring from scratch: every point closes the arc since the point
/// before it (wrapping); `weights` multiply the points per node.
pub fn shares(nodes: &[(&str, u32)], v: u32) -> Vec<f64> {
    let mut points: Vec<(u64, usize)> = nodes
        .iter()
        .enumerate()
        .flat_map(|(i, &(n, w))| (0..v * w).map(move |k| (vnode_position(n, k), i)))
        .collect();
    points.sort();
    let mut out = vec![0.0; nodes.len()];
    for (k, &(p, i)) in points.iter().enumerate() {
        let prev = points[(k + points.len() - 1) % points.len()].0;
        out[i] += p.wrapping_sub(prev) as f64 / 18_446_744_073_709_551_616.0;
    }
    out
}

/// `int.from_bytes(sha1(key), 'big') % 128`, digit by digit.
pub fn bucket(key: &str) -> usize {
    sha1(key)
        .iter()
        .fold(0usize, |acc, &byte| (acc * 256 + usize::from(byte)) % 128)
}
