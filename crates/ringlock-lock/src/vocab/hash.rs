//! The log's hash: FNV-1a 64 over a canonical little-endian encoding of each entry, so the
//! same run gives the same number natively and in wasm, and any change to the event stream
//! changes it.

use super::log::LogKind;
use crate::settings::Setting;
use crate::{Time, WorkerId};

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One field of an entry in the canonical encoding.
#[derive(Clone, Copy)]
enum F {
    /// Nothing (pads entries with fewer fields).
    No,
    /// A worker id: u32 little-endian.
    W(WorkerId),
    /// A u32 little-endian.
    N(u32),
    /// A u64 little-endian.
    T(u64),
    /// An option: byte 0, or byte 1 and the u64.
    O(Option<u64>),
    /// One byte.
    B(u8),
}

/// The canonical form of an entry: a tag byte and up to three fields, in declaration order.
fn canonical(kind: &LogKind) -> (u8, [F; 3]) {
    use F::*;
    match *kind {
        LogKind::Spawned { worker, node } => (1, [W(worker), N(node), No]),
        LogKind::Requested { worker } => (2, [W(worker), No, No]),
        LogKind::Queued {
            worker,
            lock,
            position,
        } => (3, [W(worker), N(lock), N(position)]),
        LogKind::Granted {
            worker,
            lock,
            token,
        } => (4, [W(worker), N(lock), O(token)]),
        LogKind::Holding {
            worker,
            token,
            waited,
        } => (5, [W(worker), O(token), T(waited)]),
        LogKind::Renewed {
            worker,
            token,
            until,
        } => (6, [W(worker), T(token), T(until)]),
        LogKind::RenewIgnored { worker, token } => (7, [W(worker), T(token), No]),
        LogKind::Expired { worker, token } => (8, [W(worker), T(token), No]),
        LogKind::WriteSent { worker, token } => (9, [W(worker), O(token), No]),
        LogKind::WriteAccepted { worker, token } => (10, [W(worker), O(token), No]),
        LogKind::WriteRejected {
            worker,
            token,
            highest,
        } => (11, [W(worker), O(token), T(highest)]),
        LogKind::Released { worker, lock } => (12, [W(worker), N(lock), No]),
        LogKind::ReleaseIgnored { worker, token } => (13, [W(worker), T(token), No]),
        LogKind::Dropped { worker, kind } => (14, [W(worker), B(kind.code()), No]),
        LogKind::Crashed { worker } => (15, [W(worker), No, No]),
        LogKind::Paused { worker, until } => (16, [W(worker), T(until), No]),
        LogKind::Resumed { worker } => (17, [W(worker), No, No]),
        LogKind::Setting(s) => {
            let (tag, a, b) = match s {
                Setting::Ttl(v) => (1, v, 0),
                Setting::Latency(v) => (2, v, 0),
                Setting::Jitter(v) => (3, v, 0),
                Setting::Think(span) => (4, span.min, span.max),
                Setting::Hold(span) => (5, span.min, span.max),
                Setting::Pause(v) => (6, v, 0),
                Setting::Fencing(on) => (7, u64::from(on), 0),
                Setting::Renewal(on) => (8, u64::from(on), 0),
                Setting::Starvation(v) => (9, v, 0),
                Setting::LockDelay(v) => (10, v, 0),
                Setting::WatchAll(on) => (11, u64::from(on), 0),
                Setting::ReplLag(v) => (12, v, 0),
                Setting::PlainDel(on) => (13, u64::from(on), 0),
                Setting::RestartDelay(v) => (14, v, 0),
            };
            (18, [B(tag), T(a), T(b)])
        }
        LogKind::LockDelayed { lock, until } => (19, [N(lock), T(until), No]),
        LogKind::Notified { worker, count } => (20, [W(worker), N(count), No]),
        LogKind::KeySet { worker, node, won } => (21, [W(worker), N(node), B(u8::from(won))]),
        LogKind::KeyExpired { worker, node } => (22, [W(worker), N(node), No]),
        LogKind::KeyDeleted {
            worker,
            node,
            owner,
        } => (23, [W(worker), N(node), O(owner.map(|o| u64::from(o.0)))]),
        LogKind::Votes {
            worker,
            votes,
            validity,
        } => (24, [W(worker), N(votes), O(validity)]),
        LogKind::FailedOver { lost } => (25, [O(lost.map(|o| u64::from(o.0))), No, No]),
        LogKind::ClockJumped { node, ms } => (26, [N(node), T(ms), No]),
        LogKind::NodeCutOff { node, until } => (27, [N(node), T(until), No]),
        LogKind::NodeRestarted { node, until } => (28, [N(node), T(until), No]),
        LogKind::SessionExpired { worker, revision } => (29, [W(worker), T(revision), No]),
        LogKind::NodeKilled { node, epoch } => (30, [N(node), T(epoch), No]),
        LogKind::NodeRevived { node, epoch } => (31, [N(node), T(epoch), No]),
        LogKind::NodeJoined { node, epoch } => (32, [N(node), T(epoch), No]),
        LogKind::LockMoved {
            lock,
            from,
            to,
            held,
            kept,
        } => {
            let pair = (u64::from(from) << 32) | u64::from(to);
            let flags = u8::from(held) << 1 | u8::from(kept);
            (33, [N(lock), T(pair), B(flags)])
        }
    }
}

/// FNV-1a 64 over the canonical little-endian encoding: tag byte, time (u64), fields.
struct Fnv(u64);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    fn field(&mut self, f: F) {
        match f {
            F::No => {}
            F::W(w) => self.bytes(&w.0.to_le_bytes()),
            F::N(n) => self.bytes(&n.to_le_bytes()),
            F::T(t) => self.bytes(&t.to_le_bytes()),
            F::O(None) => self.bytes(&[0]),
            F::O(Some(v)) => {
                self.bytes(&[1]);
                self.bytes(&v.to_le_bytes());
            }
            F::B(b) => self.bytes(&[b]),
        }
    }
}

pub fn hash_entry(state: u64, at: Time, kind: &LogKind) -> u64 {
    let (tag, fields) = canonical(kind);
    let mut h = Fnv(state);
    h.bytes(&[tag]);
    h.bytes(&at.to_le_bytes());
    fields.into_iter().for_each(|f| h.field(f));
    h.0
}

#[cfg(test)]
#[path = "hash_tests.rs"]
mod tests;
