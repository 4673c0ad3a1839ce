//! The numbers the course narrates, computed by the core on the very scenario each step shows.
//! Nothing here is typed: a test recomputes each from SHA-1 by brute force.

use ringlock_core::algo::replication::preference_list_for_key;
use ringlock_core::hash::{angle_deg, key_position};
use ringlock_core::scenario::Scenario;
use ringlock_core::{Ring, Scheme};

/// The ring a scenario fragment describes (the course's fragments are valid by construction).
pub fn build(fragment: &str) -> Ring {
    Scenario::from_fragment(fragment)
        .and_then(|s| s.build())
        .expect("the course's scenarios are valid")
}

/// Keys per live node, in the order the nodes were added.
pub fn loads(ring: &Ring) -> Vec<(String, u64)> {
    ring.live_ids()
        .into_iter()
        .map(|id| (ring.node_name(id).to_string(), ring.key_count(id)))
        .collect()
}

/// What a join did to the keys, under each scheme.
#[derive(Clone, Debug, PartialEq)]
pub struct Join {
    /// Keys on the ring.
    pub keys: u64,
    /// Live nodes before the join.
    pub before: usize,
    /// Keys the ring moved.
    pub ring: u64,
    /// Keys `hash mod N` moved.
    pub modulo: u64,
    /// Keys the article's `sha1 % 128 % N` moved.
    pub article: u64,
    /// Exact expected fraction under `hash mod N`.
    pub expected_modulo: f64,
    /// Whether every key the ring moved went to the new node.
    pub ring_to_new_only: bool,
}

/// `name` joins the ring of `fragment`.
pub fn join(fragment: &str, name: &str) -> Join {
    let mut ring = build(fragment);
    let before = ring.live_ids().len();
    let mut change = ring.add_node(name, 1).expect("a new name joins");
    ring.compare_schemes(&mut change);
    let new = ring.find_node(name);
    Join {
        keys: ring.keys().len() as u64,
        before,
        ring: change.moved.ring,
        modulo: change.moved.modulo,
        article: change.moved.article,
        expected_modulo: change.expected.map_or(0.0, |e| e.modulo),
        ring_to_new_only: change.moves.iter().all(|m| m.to == new),
    }
}

/// A percentage of a count.
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

/// The ring owner of a key name, and the node the article's "smallest node" reading names.
#[derive(Clone, Debug, PartialEq)]
pub struct Clockwise {
    /// The key asked about.
    pub key: String,
    /// Its angle, clockwise from the top.
    pub key_angle: f64,
    /// The first node clockwise from it: its owner.
    pub owner: String,
    /// The node with the smallest position on the ring.
    pub smallest: String,
    /// Each live node's (single) point's angle, in the order the nodes were added.
    pub nodes: Vec<(String, f64)>,
}

/// The owner of a position on the ring.
pub fn owner_of(ring: &Ring, position: u64) -> Option<String> {
    let i = ring.successor(position)?;
    Some(ring.node_name(ring.points()[i].node).to_string())
}

/// Each live node's first point's angle.
pub fn node_angles(ring: &Ring) -> Vec<(String, f64)> {
    ring.live_ids()
        .into_iter()
        .map(|id| {
            let p = ring.points().iter().find(|p| p.node == id && p.index == 0);
            let angle = p.map_or(0.0, |p| angle_deg(p.position));
            (ring.node_name(id).to_string(), angle)
        })
        .collect()
}

/// The first of `user:1`, `user:2`, … whose owner is not the node with the smallest position,
/// so the article's rule and the ring's visibly disagree.
pub fn clockwise(fragment: &str) -> Clockwise {
    let ring = build(fragment);
    let smallest = ring.node_name(ring.points()[0].node).to_string();
    let key = (1..)
        .map(|i| format!("user:{i}"))
        .find(|k| owner_of(&ring, key_position(k)).as_deref() != Some(smallest.as_str()))
        .expect("some key belongs elsewhere");
    let position = key_position(&key);
    Clockwise {
        owner: owner_of(&ring, position).unwrap_or_default(),
        key_angle: angle_deg(position),
        key,
        smallest,
        nodes: node_angles(&ring),
    }
}

/// What killing a node does to its keys.
#[derive(Clone, Debug, PartialEq)]
pub struct Kill {
    /// The node killed.
    pub node: String,
    /// The first of its keys, asked about.
    pub key: String,
    /// The key's angle.
    pub key_angle: f64,
    /// Who owns the key after the kill.
    pub taker: String,
    /// Keys the kill moved.
    pub moved: u64,
    /// Distinct nodes that received them.
    pub receivers: Vec<String>,
    /// Keys that moved from another node (none on a ring).
    pub others_moved: u64,
    /// Node angles before the kill.
    pub nodes: Vec<(String, f64)>,
}

/// Kill `node` on the ring of `fragment`.
pub fn kill(fragment: &str, node: &str) -> Kill {
    let mut ring = build(fragment);
    let nodes = node_angles(&ring);
    let id = ring.find_node(node).expect("the node exists");
    let keys = ring.keys();
    let key = keys
        .ids()
        .iter()
        .map(|&k| keys.name(k).to_string())
        .find(|k| owner_of(&ring, key_position(k)).as_deref() == Some(node))
        .expect("the node owns a key");
    let change = ring.kill_node(node).expect("a live node dies");
    let mut receivers: Vec<String> = change
        .moves
        .iter()
        .filter_map(|m| m.to.map(|to| ring.node_name(to).to_string()))
        .collect();
    receivers.sort();
    receivers.dedup();
    let position = key_position(&key);
    Kill {
        node: node.to_string(),
        taker: owner_of(&ring, position).unwrap_or_default(),
        key_angle: angle_deg(position),
        key,
        moved: change.moves.len() as u64,
        receivers,
        others_moved: change.moves.iter().filter(|m| m.from != Some(id)).count() as u64,
        nodes,
    }
}

/// Load spread on a ring: the busiest node's share in percent, max/mean, the measured CV of the
/// shares and √((N−1)/(NV+1)).
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// The busiest node's share of the ring, in percent.
    pub max_share: f64,
    /// Busiest / mean.
    pub max_over_mean: f64,
    /// Measured coefficient of variation of the shares.
    pub cv: f64,
    /// The formula's.
    pub theory_cv: f64,
}

/// The spread of the ring of `fragment`.
pub fn spread(fragment: &str) -> Spread {
    spread_of(&build(fragment))
}

/// The ring of `fragment` with `vnodes` points per node.
pub fn with_vnodes(fragment: &str, vnodes: u32) -> Ring {
    let mut ring = build(fragment);
    ring.set_vnodes(vnodes).expect("a valid vnode count");
    ring
}

/// The expected share of the busiest of `n` nodes with one point each: H_n / n, the mean of
/// the largest of n uniform spacings.
pub fn expected_max_share(n: usize) -> f64 {
    (1..=n).map(|k| 1.0 / k as f64).sum::<f64>() / n as f64
}

/// `node`'s share of the ring (percent) after its weight becomes `weight`, and the mean share
/// of the others.
pub fn weighted(fragment: &str, node: &str, weight: u32) -> (f64, f64) {
    let mut ring = build(fragment);
    ring.set_weight(node, weight).expect("a valid weight");
    let shares = ring.ring_shares();
    let id = ring.find_node(node).expect("the node exists");
    let others: Vec<f64> = ring
        .live_ids()
        .iter()
        .filter(|&&o| o != id)
        .map(|o| shares[o.0 as usize])
        .collect();
    let mean = others.iter().sum::<f64>() / others.len().max(1) as f64;
    (shares[id.0 as usize] * 100.0, mean * 100.0)
}

/// The spread of a ring.
pub fn spread_of(ring: &Ring) -> Spread {
    let shares = ring.ring_shares();
    let live: Vec<f64> = ring
        .live_ids()
        .iter()
        .map(|id| shares[id.0 as usize])
        .collect();
    let max = live.iter().copied().fold(0.0, f64::max);
    let stats = ring.stats(Scheme::Ring);
    Spread {
        max_share: max * 100.0,
        max_over_mean: max * live.len() as f64,
        cv: stats.share_cv,
        theory_cv: stats.theory_share_cv.unwrap_or(0.0),
    }
}

/// Keys whose every replica sat on a node of `dead`, with `replicas` per key placed while all
/// nodes were live (Dynamo's preference list: the first distinct nodes clockwise).
pub fn lost_keys(fragment: &str, dead: &[&str], replicas: usize) -> Vec<String> {
    let ring = build(fragment);
    let keys = ring.keys();
    let mut lost: Vec<String> = keys
        .ids()
        .iter()
        .map(|&k| keys.name(k))
        .filter(|k| {
            preference_list_for_key(&ring, k, replicas)
                .is_ok_and(|list| list.iter().all(|&id| dead.contains(&ring.node_name(id))))
        })
        .map(str::to_string)
        .collect();
    lost.sort_by_key(|k| ringlock_core::ring::generated_index(k));
    lost
}

/// The first `count` generated keys that keep a replica, for a question's other options.
pub fn kept_keys(fragment: &str, dead: &[&str], replicas: usize, count: usize) -> Vec<String> {
    let lost = lost_keys(fragment, dead, replicas);
    (0..)
        .map(ringlock_core::ring::generated_name)
        .filter(|k| !lost.contains(k))
        .take(count)
        .collect()
}
