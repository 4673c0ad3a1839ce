//! The keys one change moved under each scheme, grouped into from → to flows, with an even
//! sample of them for an animation.
//!
//! On the ring the [`Change`] lists every moved key. Under the two modulo schemes it only
//! counts them ([`Ring::compare_schemes`]), so here they are found by comparing each key's
//! owner over the live list before the change ([`Change::live_order_before`]) and after it.

use std::collections::HashMap;

use super::modulo::{article_owner, modulo_owner, Scheme};
use super::{Change, Move, NodeId, Ring};

/// Keys that went from one owner to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyFlow {
    /// Owner before.
    pub from: Option<NodeId>,
    /// Owner after.
    pub to: Option<NodeId>,
    /// How many keys.
    pub keys: u64,
}

/// What one change did to the keys under one scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovedKeys {
    /// Keys moved, as the change counted them (`change.moved` for the scheme).
    pub count: u64,
    /// Flows, largest first, ties in (from, to) order.
    pub flows: Vec<KeyFlow>,
    /// Every `⌈count / max⌉`-th moved key, at most `max` of them, grouped by (from, to) and
    /// otherwise in the order they were found.
    pub sample: Vec<Move>,
}

impl Ring {
    /// Call `f` with every key `change` moved under `scheme`: the ring's own list, or (for
    /// the modulo schemes) every key whose owner differs between the live list before and
    /// after, in ring order. Call it on the ring as it is right after the change.
    pub fn for_each_move(&self, change: &Change, scheme: Scheme, mut f: impl FnMut(Move)) {
        let keys = self.keys();
        let before = &change.live_order_before;
        match scheme {
            Scheme::Ring => change.moves.iter().copied().for_each(f),
            Scheme::Modulo | Scheme::Article => {
                let after = self.live_ids();
                if *before == after {
                    return;
                }
                for (slot, &key) in keys.ids().iter().enumerate() {
                    let (from, to) = if scheme == Scheme::Modulo {
                        let position = keys.positions()[slot];
                        (
                            modulo_owner(position, before),
                            modulo_owner(position, &after),
                        )
                    } else {
                        let bucket = keys.hash(key).article;
                        (article_owner(bucket, before), article_owner(bucket, &after))
                    };
                    if from != to {
                        f(Move { key, from, to });
                    }
                }
            }
        }
    }

    /// Every key `change` moved under `scheme` (see [`Ring::for_each_move`]).
    pub fn moves_under(&self, change: &Change, scheme: Scheme) -> Vec<Move> {
        let mut moves = Vec::new();
        self.for_each_move(change, scheme, |m| moves.push(m));
        moves
    }

    /// The flows of `change` under `scheme` and a sample of at most `max` moved keys; `None`
    /// when the change cannot move keys ([`super::ChangeKind::moves_keys`]). The modulo counts
    /// are those [`Ring::compare_schemes`] filled in.
    pub fn moved_keys(&self, change: &Change, scheme: Scheme, max: usize) -> Option<MovedKeys> {
        if !change.kind.moves_keys() {
            return None;
        }
        let count = match scheme {
            Scheme::Ring => change.moved.ring,
            Scheme::Modulo => change.moved.modulo,
            Scheme::Article => change.moved.article,
        };
        let stride = (count as usize).div_ceil(max).max(1);
        let mut tally: HashMap<(Option<NodeId>, Option<NodeId>), u64> = HashMap::new();
        let mut sample = Vec::with_capacity((count as usize).min(max));
        let mut seen = 0usize;
        self.for_each_move(change, scheme, |m| {
            *tally.entry((m.from, m.to)).or_default() += 1;
            if seen.is_multiple_of(stride) && sample.len() < max {
                sample.push(m);
            }
            seen += 1;
        });
        let mut flows: Vec<KeyFlow> = tally
            .into_iter()
            .map(|((from, to), keys)| KeyFlow { from, to, keys })
            .collect();
        flows.sort_by(|a, b| {
            b.keys
                .cmp(&a.keys)
                .then_with(|| (a.from, a.to).cmp(&(b.from, b.to)))
        });
        sample.sort_by_key(|m| (m.from, m.to));
        Some(MovedKeys {
            count,
            flows,
            sample,
        })
    }
}
