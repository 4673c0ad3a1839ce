//! The hashing convention every placement in Ringlock is built on.
//!
//! * A key sits at the first 8 bytes, big-endian, of SHA-1(UTF-8 of the key), read as a `u64`.
//! * Virtual node `i` (0-based) of the node named `n` sits at the same reading of
//!   SHA-1(UTF-8 of `n#i`).
//!
//! The whole 160-bit digest matters only to the article's code, which reduces
//! `int(sha1(key))` modulo 128; since 128 divides 2⁸, that is the low 7 bits of the last byte.

use sha1::{Digest, Sha1};

/// The full SHA-1 digest of a string's UTF-8 bytes.
pub fn sha1(text: &str) -> [u8; 20] {
    sha1_bytes(text.as_bytes())
}

/// The full SHA-1 digest of some bytes.
pub fn sha1_bytes(bytes: &[u8]) -> [u8; 20] {
    Sha1::digest(bytes).into()
}

/// The first 8 bytes of a digest, big-endian: a point on the ring.
pub fn position_of_digest(digest: &[u8; 20]) -> u64 {
    let mut head = [0u8; 8];
    head.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(head)
}

/// Where a key sits on the ring.
pub fn key_position(key: &str) -> u64 {
    position_of_digest(&sha1(key))
}

/// Where virtual node `index` of node `name` sits on the ring: the position of `name#index`.
/// The label is fed to SHA-1 in pieces, never written out: no allocation and no `core::fmt`
/// per label (a 1,000-node link hashes 16,000 of them before its ring is first drawn).
pub fn vnode_position(name: &str, index: u32) -> u64 {
    let mut digits = [0u8; 10];
    let mut sha = Sha1::new();
    sha.update(name.as_bytes());
    sha.update(b"#");
    sha.update(decimal(index, &mut digits));
    position_of_digest(&sha.finalize().into())
}

/// `n` in decimal ASCII digits, written at the end of `buf` without `core::fmt` (slow in
/// wasm): the slice of `buf` that holds them.
pub fn decimal(n: u32, buf: &mut [u8; 10]) -> &[u8] {
    let mut at = buf.len();
    let mut rest = n;
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            return &buf[at..];
        }
    }
}

/// The label hashed for a virtual node: `name#index`.
pub fn vnode_label(name: &str, index: u32) -> String {
    format!("{name}#{index}")
}

/// `int(sha1(key)) % 128` from the article's code: the low 7 bits of the digest's last byte.
pub fn article_bucket(digest: &[u8; 20]) -> u8 {
    digest[19] & 0x7f
}

/// Lower-case hex of a digest.
pub fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for byte in digest {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 0xf)] as char);
    }
    out
}

/// A ring position as 16 hex digits, as in the CSV export.
pub fn position_hex(position: u64) -> String {
    format!("{position:016x}")
}

/// The angle of a position in degrees, clockwise from the top: `position / 2⁶⁴ × 360`.
pub fn angle_deg(position: u64) -> f64 {
    position as f64 / 18_446_744_073_709_551_616.0 * 360.0
}

/// The ring position drawn at an angle in degrees (any angle, taken modulo 360): the inverse
/// of [`angle_deg`], saturating at the top of the ring.
pub fn position_at_angle(angle: f64) -> u64 {
    (angle.rem_euclid(360.0) / 360.0 * 18_446_744_073_709_551_616.0) as u64
}

#[cfg(test)]
#[path = "hash_tests.rs"]
mod tests;
