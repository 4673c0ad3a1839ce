//! The course: chapters following the article, each a few steps. A step names the scenario
//! the real Ring view starts from, the run that plays once the student has answered, and its
//! question. Its narration is filled by the `facts` module from numbers the core computes.

use crate::learn::check::Question;
use crate::learn::numbers;
use crate::learn::text::course::L;
use crate::ring::state::RingAction;

/// A chapter: its title and steps.
pub struct Chapter {
    /// Title.
    pub title: L,
    /// Steps in order.
    pub steps: &'static [Step],
}

/// Every step of the course.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Nodes hold keys.
    Placement,
    /// Moving a key copies its data.
    MoveCost,
    /// The article's h(k) = (k mod p) + 1 is modulo hashing.
    ArticleFormula,
    /// 4 → 5 nodes under `hash mod N`.
    ModuloJoin,
    /// A key belongs to the first node clockwise.
    Clockwise,
    /// 4 → 5 nodes on the ring.
    RingJoin,
    /// A kill hands the keys to the clockwise successor.
    Kill,
    /// The busiest node's share with one point per node.
    VnodesOne,
    /// … and with 160.
    VnodesMany,
    /// A node of weight 2.
    Weights,
    /// Two nodes die at R = 1.
    ReplicasOne,
    /// … at R = 2: which key is lost.
    ReplicasTwo,
    /// … at R = 3.
    ReplicasThree,
    /// Jump hash: where a join's keys go.
    Jump,
    /// Rendezvous: which keys a kill moves.
    Rendezvous,
    /// Maglev: keys moving between live nodes.
    Maglev,
    /// Bounded loads: the busiest node.
    Bounded,
    /// Redis Cluster: slots move.
    Redis,
    /// The article's server without leases: a crashed holder.
    NoLeases,
    /// … with leases: the wait.
    Leases,
    /// A paused holder's stale write, without fencing.
    Pause,
    /// … with fencing tokens.
    Fenced,
}

/// The course, in order.
pub const CHAPTERS: &[Chapter] = &[
    Chapter {
        title: L::Ch1Title,
        steps: &[Step::Placement, Step::MoveCost],
    },
    Chapter {
        title: L::Ch2Title,
        steps: &[Step::ArticleFormula, Step::ModuloJoin],
    },
    Chapter {
        title: L::Ch3Title,
        steps: &[Step::Clockwise, Step::RingJoin, Step::Kill],
    },
    Chapter {
        title: L::Ch4Title,
        steps: &[Step::VnodesOne, Step::VnodesMany, Step::Weights],
    },
    Chapter {
        title: L::Ch5Title,
        steps: &[Step::ReplicasOne, Step::ReplicasTwo, Step::ReplicasThree],
    },
    Chapter {
        title: L::Ch6Title,
        steps: &[
            Step::Jump,
            Step::Rendezvous,
            Step::Maglev,
            Step::Bounded,
            Step::Redis,
        ],
    },
    Chapter {
        title: L::Ch7Title,
        steps: &[Step::NoLeases, Step::Leases],
    },
    Chapter {
        title: L::Ch8Title,
        steps: &[Step::Pause, Step::Fenced],
    },
];

const FOUR_400: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=400&s=ring";
const FOUR_MOD: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=1000&s=mod";
const FOUR_RING: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=1000&s=ring";
const FOUR_V1: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=0&s=ring";
const FOUR_V1_KEYS: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=200&s=ring";
const EIGHT_V1: &str = "v=1&n=node1,node2,node3,node4,node5,node6,node7,node8&vn=1&k=0&s=ring";
const EIGHT_V1_KEYS: &str =
    "v=1&n=node1,node2,node3,node4,node5,node6,node7,node8&vn=1&k=2000&s=ring";
const FOUR_V160: &str = "v=1&n=node1,node2,node3,node4&vn=160&k=2000&s=ring";
/// Keys added in the first virtual-node step.
pub const SPREAD_KEYS: u32 = 2000;
/// Virtual nodes per node in the second (ketama's count).
pub const MANY: u32 = 160;
/// The node given weight 2.
pub const HEAVY: &str = "node1";

const FIVE_V16: &str = "v=1&n=node1,node2,node3,node4,node5&vn=16&k=1000&s=ring";
const FOUR_1000_V160: &str = "v=1&n=node1,node2,node3,node4&vn=160&k=1000&s=ring";
const FOUR_1000_V1: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=1000&s=ring";
/// The node killed in chapter 6.
pub const DOOMED: &str = "node2";

/// The nodes that die together in the replication chapter (one rack).
pub const RACK: [&str; 2] = ["node1", "node2"];

/// How far (ms) a guessed wait may be from the measured one, in chapter 7.
pub const WAIT_TOLERANCE: f64 = 300.0;

/// The node that joins in the join steps.
pub const JOINER: &str = "node5";
/// The node killed in the kill step.
pub const VICTIM: &str = "node1";

impl Step {
    /// The scenario the Ring view starts from (a link fragment).
    pub fn setup(self) -> &'static str {
        match self {
            Step::Placement | Step::MoveCost => FOUR_400,
            Step::ArticleFormula | Step::ModuloJoin => FOUR_MOD,
            Step::RingJoin => FOUR_RING,
            Step::Clockwise => FOUR_V1,
            Step::Kill => FOUR_V1_KEYS,
            Step::VnodesOne => EIGHT_V1,
            Step::VnodesMany => EIGHT_V1_KEYS,
            Step::Weights => FOUR_V160,
            Step::ReplicasOne | Step::ReplicasTwo | Step::ReplicasThree => FIVE_V16,
            Step::Jump | Step::Rendezvous | Step::Maglev | Step::Redis => FOUR_1000_V160,
            Step::Bounded => FOUR_1000_V1,
            // The lock chapters host the lock lab instead (see `lock`).
            Step::NoLeases | Step::Leases | Step::Pause | Step::Fenced => FOUR_400,
        }
    }

    /// What plays on the ring once the student has answered, in order.
    pub fn run(self) -> Vec<RingAction> {
        let one = match self {
            Step::Placement | Step::MoveCost | Step::ArticleFormula => None,
            Step::ModuloJoin | Step::RingJoin => Some(RingAction::AddNode {
                name: JOINER.into(),
                weight: "1".into(),
            }),
            Step::Clockwise => Some(RingAction::AddKey(numbers::clockwise(FOUR_V1).key)),
            Step::Kill => Some(RingAction::KillNode(VICTIM.into())),
            Step::VnodesOne => Some(RingAction::AddGenerated(SPREAD_KEYS.to_string())),
            Step::VnodesMany => Some(RingAction::SetVnodes(MANY.to_string())),
            Step::Weights => Some(RingAction::SetWeight {
                name: HEAVY.into(),
                weight: "2".into(),
            }),
            // Chapter 6 answers with the comparison table instead (see `table`).
            Step::Jump | Step::Rendezvous | Step::Maglev | Step::Bounded | Step::Redis => None,
            Step::NoLeases | Step::Leases | Step::Pause | Step::Fenced => None,
            Step::ReplicasOne | Step::ReplicasTwo | Step::ReplicasThree => {
                return RACK
                    .iter()
                    .map(|n| RingAction::KillNode(n.to_string()))
                    .collect()
            }
        };
        one.into_iter().collect()
    }

    /// Replicas per key, in the replication chapter.
    pub fn replicas(self) -> Option<usize> {
        match self {
            Step::ReplicasOne => Some(1),
            Step::ReplicasTwo => Some(2),
            Step::ReplicasThree => Some(3),
            Step::Placement
            | Step::MoveCost
            | Step::ArticleFormula
            | Step::ModuloJoin
            | Step::Clockwise
            | Step::RingJoin
            | Step::Kill
            | Step::VnodesOne
            | Step::VnodesMany
            | Step::Weights
            | Step::Jump
            | Step::Rendezvous
            | Step::Maglev
            | Step::Bounded
            | Step::Redis
            | Step::NoLeases
            | Step::Leases
            | Step::Pause
            | Step::Fenced => None,
        }
    }

    /// The Algorithms tab's settings (a link fragment) whose comparison table answers the
    /// step, for chapter 6.
    pub fn table(self) -> Option<String> {
        match self {
            Step::Jump | Step::Bounded | Step::Redis => Some("ac=add".into()),
            Step::Rendezvous | Step::Maglev => Some(format!("ac=kill&av={DOOMED}")),
            Step::Placement
            | Step::MoveCost
            | Step::ArticleFormula
            | Step::ModuloJoin
            | Step::Clockwise
            | Step::RingJoin
            | Step::Kill
            | Step::VnodesOne
            | Step::VnodesMany
            | Step::Weights
            | Step::ReplicasOne
            | Step::ReplicasTwo
            | Step::ReplicasThree
            | Step::NoLeases
            | Step::Leases
            | Step::Pause
            | Step::Fenced => None,
        }
    }

    /// Its question, if it asks one.
    pub fn question(self) -> Option<Question> {
        match self {
            Step::Placement => None,
            Step::MoveCost => Some(Question::Choice(&[L::CostFree, L::CostCopy, L::CostStop])),
            Step::ArticleFormula => Some(Question::Choice(&[
                L::FormulaRing,
                L::FormulaMod,
                L::FormulaRandom,
            ])),
            Step::ModuloJoin => Some(Question::Percent { tolerance: 10.0 }),
            Step::RingJoin => Some(Question::Percent { tolerance: 7.0 }),
            Step::Clockwise | Step::Kill => Some(Question::Node),
            Step::VnodesOne => Some(Question::Percent { tolerance: 8.0 }),
            Step::VnodesMany => Some(Question::Percent { tolerance: 3.0 }),
            Step::Weights => Some(Question::Choice(&[
                L::WeightSame,
                L::WeightTwice,
                L::WeightHalf,
            ])),
            Step::ReplicasOne => Some(Question::Percent { tolerance: 8.0 }),
            Step::ReplicasTwo => Some(Question::Node),
            Step::ReplicasThree => Some(Question::Percent { tolerance: 2.0 }),
            Step::Jump => Some(Question::Choice(&[L::JumpNew, L::JumpSpread, L::JumpFirst])),
            Step::Rendezvous => Some(Question::Choice(&[L::RvDead, L::RvAll, L::RvHalf])),
            Step::Maglev => Some(Question::Choice(&[L::MgNone, L::MgFew, L::MgMost])),
            Step::Bounded => Some(Question::Choice(&[L::BdLess, L::BdSame, L::BdMore])),
            Step::Redis => Some(Question::Choice(&[L::RdSlots, L::RdAll, L::RdNone])),
            Step::NoLeases => Some(Question::Choice(&[L::NlLater, L::NlNever, L::NlBoth])),
            Step::Leases => Some(Question::Millis {
                tolerance: WAIT_TOLERANCE,
            }),
            Step::Pause | Step::Fenced => Some(Question::Choice(&[L::WriteTaken, L::WriteRefused])),
        }
    }
}
