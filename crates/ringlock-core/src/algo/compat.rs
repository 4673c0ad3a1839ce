//! Real clients' placement of a user's own servers and keys, as the compatibility panel and
//! the command line show it: where every key goes, what moves when one server goes, and the
//! `key,server` export.
//!
//! ```
//! use ringlock_core::algo::compat::{place, to_csv, what_if};
//! use ringlock_core::algo::{parse_servers, Algo, KetamaLabels};
//!
//! let servers = parse_servers("127.0.0.1:11211 600\n127.0.0.1:11212 400\n").unwrap();
//! let ketama = Algo::Ketama(KetamaLabels::Libketama);
//! let placement = place(&servers, "test\n", &ketama).unwrap();
//! assert_eq!(to_csv(&placement, "test\n"), "key,server\ntest,127.0.0.1:11211\n");
//! let (moved, flows) = what_if(&placement, "test\n", &ketama, 0).unwrap();
//! assert_eq!((moved, flows), (1, vec![(0, 1, 1)]));
//! ```

use std::collections::HashMap;

use super::servers::Server;
use super::{Algo, AlgoError};
use crate::ring::export::field;
use crate::ring::NodeSpec;

/// Most keys placed.
pub const MAX_COMPAT_KEYS: usize = 1_000_000;

/// The keys of a text: one per line (a trailing `\r` dropped), empty lines skipped, at most
/// [`MAX_COMPAT_KEYS`]; and how many lines past the cap were ignored.
pub fn key_lines(text: &str) -> (Vec<&str>, usize) {
    let mut keys = Vec::new();
    let mut ignored = 0;
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        if keys.len() < MAX_COMPAT_KEYS {
            keys.push(line);
        } else {
            ignored += 1;
        }
    }
    (keys, ignored)
}

/// Where every key goes.
#[derive(Debug, PartialEq)]
pub struct Placement {
    /// The servers as nodes (name = address).
    pub nodes: Vec<NodeSpec>,
    /// Owner of every key, an index into `nodes`.
    pub owners: Vec<usize>,
    /// Lines past the cap.
    pub ignored: usize,
}

/// Place the keys of `keys_text` ([`key_lines`]) on `servers` as `algo` does.
pub fn place(servers: &[Server], keys_text: &str, algo: &Algo) -> Result<Placement, AlgoError> {
    let nodes: Vec<NodeSpec> = servers.iter().map(Server::spec).collect();
    let (keys, ignored) = key_lines(keys_text);
    let owners = algo.place(&nodes, &keys)?;
    Ok(Placement {
        nodes,
        owners,
        ignored,
    })
}

/// Keys moved, and the flows (from, to, keys) largest first.
pub type Moves = Result<(u64, Vec<(usize, usize, u64)>), AlgoError>;

/// What moves when server `gone` goes (as `algo` replays the change, see
/// [`Algo::placers_for_change`]): the moved count and the flows (from, to, keys), largest
/// first, ties in (from, to) order.
pub fn what_if(placement: &Placement, keys_text: &str, algo: &Algo, gone: usize) -> Moves {
    let mut after = placement.nodes.clone();
    after[gone].alive = false;
    let (keys, _) = key_lines(keys_text);
    let (_, mut placer) = algo.placers_for_change(&placement.nodes, &after, keys.len())?;
    let owners = placer.place_all(&keys);
    let mut flows: HashMap<(usize, usize), u64> = HashMap::new();
    for (&old, &new) in placement.owners.iter().zip(&owners) {
        if old != new {
            *flows.entry((old, new)).or_default() += 1;
        }
    }
    let moved = flows.values().sum();
    let mut flows: Vec<(usize, usize, u64)> =
        flows.into_iter().map(|((f, t), n)| (f, t, n)).collect();
    flows.sort_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    Ok((moved, flows))
}

/// The export: `key,server` per line after a header, fields quoted as CSV needs.
pub fn to_csv(placement: &Placement, keys_text: &str) -> String {
    let (keys, _) = key_lines(keys_text);
    let mut out = String::with_capacity(keys.len() * 32);
    out.push_str("key,server\n");
    for (key, &o) in keys.iter().zip(&placement.owners) {
        out.push_str(&field(key));
        out.push(',');
        out.push_str(&field(&placement.nodes[o].name));
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[path = "compat_tests.rs"]
mod tests;
