//! Chapter 10's numbers: the article's code (`int(sha1) % 128 % len(nodes)`) on the ring's
//! keys, and what the lock lab's runs of the article's lock and of a fair queue showed. All
//! from the core; the chapter's tests recompute them from SHA-1 and the lab's event log.

use ringlock_core::hash::{article_bucket, key_position, sha1};
use ringlock_core::modulo::{article_join_fraction, article_owner};
use ringlock_core::{Ring, Scheme};
use ringlock_lock::{jain, Invariant, Time, WorkerId};

use crate::learn::locks::LockRun;
use crate::learn::numbers;

/// The bucket the article's code reduces a key to: `int(sha1(key)) % 128`.
pub fn bucket(key: &str) -> u8 {
    article_bucket(&sha1(key))
}

/// A key put through the article's code.
#[derive(Clone, Debug, PartialEq)]
pub struct Formula {
    /// The key.
    pub key: String,
    /// Its bucket, `int(sha1) % 128`.
    pub bucket: u8,
    /// The live nodes, in list order.
    pub nodes: Vec<String>,
    /// The node the article's code picks: `nodes[bucket % len]`.
    pub owner: String,
    /// … with one more node in the list.
    pub owner_grown: String,
    /// The first node clockwise from the key on the ring.
    pub ring_owner: String,
}

/// The first of `user:1`, `user:2`, … whose bucket is above the node count (so the remainder
/// does some work), whose article owner changes when a node is added and differs from its
/// owner on the ring.
pub fn formula(fragment: &str) -> Formula {
    let ring = numbers::build(fragment);
    let live = ring.live_ids();
    let p = live.len();
    let mut grown = numbers::build(fragment);
    grown
        .add_node(&format!("node{}", p + 1), 1)
        .expect("a new name joins");
    let name = |ring: &Ring, b: u8| {
        article_owner(b, &ring.live_ids()).map_or(String::new(), |id| ring.node_name(id).into())
    };
    let ring_owner = |k: &str| numbers::owner_of(&ring, key_position(k)).unwrap_or_default();
    let key = (1..)
        .map(|i| format!("user:{i}"))
        .find(|k| {
            let b = bucket(k);
            let u = usize::from(b);
            u > p && u % p != u % (p + 1) && name(&ring, b) != ring_owner(k)
        })
        .expect("some key's bucket moves");
    let b = bucket(&key);
    Formula {
        owner: name(&ring, b),
        owner_grown: name(&grown, b),
        ring_owner: ring_owner(&key),
        nodes: live
            .iter()
            .map(|&id| ring.node_name(id).to_string())
            .collect(),
        bucket: b,
        key,
    }
}

/// A join under the article's code, at many nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Cap {
    /// Keys.
    pub keys: u64,
    /// Live nodes before the join.
    pub before: usize,
    /// Keys the article's code moved.
    pub moved: u64,
    /// Keys the new node holds under the article's code afterwards.
    pub got: u64,
    /// Keys the ring moved on the same join.
    pub ring_moved: u64,
    /// The exact fraction the article's code moves at N → N+1, for the N given.
    pub fractions: Vec<(usize, f64)>,
}

/// `name` joins the ring of `fragment`; the article's exact fractions at each of `at`.
pub fn cap(fragment: &str, name: &str, at: &[usize]) -> Cap {
    let j = numbers::join(fragment, name);
    let mut ring = numbers::build(fragment);
    ring.add_node(name, 1).expect("a new name joins");
    let got = ring
        .find_node(name)
        .map_or(0, |id| ring.counts_under(Scheme::Article)[id.0 as usize]);
    Cap {
        keys: j.keys,
        before: j.before,
        moved: j.article,
        got,
        ring_moved: j.ring,
        fractions: at.iter().map(|&n| (n, article_join_fraction(n))).collect(),
    }
}

/// The article's in-process lock on the lock lab: how many held it at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    /// Workers.
    pub workers: u32,
    /// Nodes (processes), each with its own lock.
    pub nodes: u32,
    /// Most workers acting as holder at one moment.
    pub most: usize,
    /// The first moment that many held it, and who (with their nodes).
    pub first: (Time, Vec<(WorkerId, u32)>),
    /// When the safety checker first reported two holders at once.
    pub flagged: Option<Time>,
}

/// Run `run` to its end, watching the holders.
pub fn local(run: LockRun) -> Local {
    let mut lab = run.build();
    let mut most = 0;
    let mut first = (0, Vec::new());
    while lab.now() < run.duration() && lab.step() {
        let holders = lab.sim().acting_holders();
        if holders.len() > most {
            most = holders.len();
            let sim = lab.sim();
            let with_nodes = holders
                .iter()
                .map(|&w| (w, sim.worker(w).map_or(0, |v| v.node)))
                .collect();
            first = (lab.now(), with_nodes);
        }
    }
    let settings = run.settings();
    let flagged = run
        .facts()
        .first_violations
        .iter()
        .find(|v| v.invariant == Invariant::HolderExclusion)
        .map(|v| v.at);
    Local {
        workers: settings.workers,
        nodes: settings.nodes,
        most,
        first,
        flagged,
    }
}

/// A run's grants per worker, measured the article's way and Jain's.
#[derive(Clone, Debug, PartialEq)]
pub struct Fair {
    /// N: the workers counted.
    pub n: usize,
    /// Σxᵢ: grants in all.
    pub grants: u64,
    /// The article's L = (1/N)·Σxᵢ.
    pub mean: f64,
    /// Jain's index (Σx)²/(N·Σx²).
    pub jain: f64,
    /// Fewest and most grants any worker got.
    pub fewest: u64,
    /// Most.
    pub most: u64,
    /// Duration of the run.
    pub duration: Time,
    /// Jain's index of the same grants all given to one worker (its L is the same).
    pub one_takes_all: f64,
}

/// The fairness numbers at the end of `run`.
pub fn fair(run: LockRun) -> Option<Fair> {
    let m = run.facts().metrics;
    let n = m.counted;
    let xs = &m.grants_per_worker;
    let mut all_to_one = vec![0u64; n];
    *all_to_one.first_mut()? = m.grants;
    Some(Fair {
        n,
        grants: m.grants,
        mean: m.mean_grants?,
        jain: m.jain?,
        fewest: xs.iter().copied().min()?,
        most: xs.iter().copied().max()?,
        duration: run.duration(),
        one_takes_all: jain(&all_to_one)?,
    })
}
