//! Where a replication step's keys keep their copies: each key's preference list (R distinct
//! nodes clockwise, from the core) on the step's ring before the change, and which of those
//! nodes the step's run kills. Pure.

use ringlock_core::algo::replication::preference_list_for_key;

use crate::learn::course::Step;
use crate::learn::numbers;
use crate::ring::state::RingAction;

/// Keys shown when the step names none…
pub const SAMPLE: usize = 5;
/// … of which this many have a copy on a node the run kills.
pub const TOUCHED: usize = 3;

/// One copy of a key: the node holding it, its colour slot, and whether the run kills it.
#[derive(Clone, Debug, PartialEq)]
pub struct Replica {
    /// The node's name.
    pub node: String,
    /// Its colour slot (its id).
    pub slot: u32,
    /// Whether the step's run kills this node.
    pub dies: bool,
}

/// A key and its copies, coordinator first.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyCopies {
    /// The key.
    pub key: String,
    /// Its copies.
    pub copies: Vec<Replica>,
}

impl KeyCopies {
    /// Whether the run leaves it no copy.
    pub fn lost(&self) -> bool {
        self.copies.iter().all(|c| c.dies)
    }
}

/// The nodes a step's run kills.
pub fn doomed(step: Step) -> Vec<String> {
    step.run()
        .into_iter()
        .filter_map(|a| {
            if let RingAction::KillNode(name) = a {
                Some(name)
            } else {
                None
            }
        })
        .collect()
}

/// The copies of `keys` at the step's R; when none are named, of the ring's first [`TOUCHED`]
/// keys with a copy on a node the run kills and its first keys without, [`SAMPLE`] in all, in
/// key order. Empty when the step replicates nothing.
pub fn copies(step: Step, keys: &[String]) -> Vec<KeyCopies> {
    let Some(r) = step.replicas() else {
        return Vec::new();
    };
    let ring = numbers::build(step.setup());
    let doomed = doomed(step);
    let of = |key: String| {
        let copies = preference_list_for_key(&ring, &key, r)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|id| {
                let node = ring.node(id)?.name.clone();
                let dies = doomed.contains(&node);
                Some(Replica {
                    node,
                    slot: id.0,
                    dies,
                })
            })
            .collect();
        KeyCopies { key, copies }
    };
    if !keys.is_empty() {
        return keys.iter().cloned().map(of).collect();
    }
    // The ring's first keys the kill touches and the first it spares, in key order.
    let store = ring.keys();
    let mut ids = store.ids().to_vec();
    ids.sort_unstable();
    let (mut touched, mut spared) = (Vec::new(), Vec::new());
    for &id in &ids {
        let k = of(store.name(id).to_string());
        let (list, want) = if k.copies.iter().any(|c| c.dies) {
            (&mut touched, TOUCHED)
        } else {
            (&mut spared, SAMPLE - TOUCHED)
        };
        if list.len() < want {
            list.push((id, k));
        }
        if touched.len() + spared.len() == SAMPLE {
            break;
        }
    }
    let mut shown: Vec<(_, KeyCopies)> = touched.into_iter().chain(spared).collect();
    shown.sort_unstable_by_key(|(id, _)| *id);
    shown.into_iter().map(|(_, k)| k).collect()
}

#[cfg(test)]
#[path = "copies_tests.rs"]
mod tests;
