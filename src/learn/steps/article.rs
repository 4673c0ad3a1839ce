//! Chapter 10: the article checked against the real thing. Its formula and code on the Ring
//! view (the article's scheme, `s=article`), and its lock on the lock lab: the in-process
//! `threading.Lock`, and a fair run measured by its L = (1/N)·Σxᵢ beside Jain's index.

use std::sync::OnceLock;

use ringlock_lock::LabScenario;

use crate::learn::check::Question;
use crate::learn::locks::LockRun;
use crate::learn::numbers_article;
use crate::ring::state::RingAction;

/// Four nodes under the article's code.
const FOUR_ARTICLE: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=400&s=article";

/// Nodes in the bucket-cap step: as many as the article's `virtual_node`.
pub const CAP_NODES: usize = 128;
/// Keys in the bucket-cap step.
pub const CAP_KEYS: u32 = 1_000;

/// The node that joins the 128.
pub fn cap_joiner() -> String {
    format!("node{}", CAP_NODES + 1)
}

/// How far (points) a guessed percentage may be from the measured one in the bucket-cap step.
pub const CAP_TOLERANCE: f64 = 3.0;

/// 128 nodes, one point each, under the article's code.
fn cap_setup() -> &'static str {
    static SETUP: OnceLock<String> = OnceLock::new();
    SETUP.get_or_init(|| {
        let names: Vec<String> = (1..=CAP_NODES).map(|i| format!("node{i}")).collect();
        format!("v=1&n={}&vn=1&k={CAP_KEYS}&s=article", names.join(","))
    })
}

/// A step of chapter 10.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleStep {
    /// §3.1.2's h(k) = (k mod p) + 1 is §4.1's `% len(nodes)`: modulo hashing.
    Formula,
    /// §4.1's `virtual_node = 128` is a bucket count: node129 gets no key.
    BucketCap,
    /// §4.2's `threading.Lock` on two nodes.
    LocalLock,
    /// §3.2.2's L beside Jain's index.
    Fairness,
}

impl ArticleStep {
    /// The scenario the Ring view starts from (a link fragment); the lock steps host the lock
    /// lab instead (see [`ArticleStep::lock`]).
    pub fn setup(self) -> &'static str {
        match self {
            ArticleStep::Formula | ArticleStep::LocalLock | ArticleStep::Fairness => FOUR_ARTICLE,
            ArticleStep::BucketCap => cap_setup(),
        }
    }

    /// What plays on the ring once the student has answered.
    pub fn run(self) -> Vec<RingAction> {
        match self {
            ArticleStep::Formula => vec![RingAction::AddKey(
                numbers_article::formula(FOUR_ARTICLE).key,
            )],
            ArticleStep::BucketCap => vec![RingAction::AddNode {
                name: cap_joiner(),
                weight: "1".into(),
            }],
            ArticleStep::LocalLock | ArticleStep::Fairness => Vec::new(),
        }
    }

    /// The lock-lab run it hosts, if any.
    pub fn lock(self) -> Option<LockRun> {
        match self {
            ArticleStep::Formula | ArticleStep::BucketCap => None,
            ArticleStep::LocalLock => Some(LockRun::Lab(LabScenario::LocalLock)),
            ArticleStep::Fairness => Some(LockRun::Lab(LabScenario::FairQueue)),
        }
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            ArticleStep::Formula => Question::Node,
            ArticleStep::BucketCap => Question::Percent {
                tolerance: CAP_TOLERANCE,
            },
            ArticleStep::LocalLock | ArticleStep::Fairness => Question::Choice(3),
        }
    }
}
