//! Chapters 1 to 3: nodes and keys, hash mod N and the ring, on the real Ring view.

use crate::learn::check::Question;
use crate::learn::numbers;
use crate::ring::state::RingAction;

/// Four nodes, 400 keys.
pub const FOUR_400: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=400&s=ring";
const FOUR_MOD: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=1000&s=mod";
const FOUR_RING: &str = "v=1&n=node1,node2,node3,node4&vn=16&k=1000&s=ring";
const FOUR_V1: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=0&s=ring";
const FOUR_V1_KEYS: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=200&s=ring";

/// The node that joins in the join steps.
pub const JOINER: &str = "node5";
/// The node killed in the kill step.
pub const VICTIM: &str = "node1";

/// A step of chapters 1 to 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RingStep {
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
}

impl RingStep {
    /// The scenario the Ring view starts from (a link fragment).
    pub fn setup(self) -> &'static str {
        match self {
            RingStep::Placement | RingStep::MoveCost => FOUR_400,
            RingStep::ArticleFormula | RingStep::ModuloJoin => FOUR_MOD,
            RingStep::RingJoin => FOUR_RING,
            RingStep::Clockwise => FOUR_V1,
            RingStep::Kill => FOUR_V1_KEYS,
        }
    }

    /// What plays on the ring once the student has answered.
    pub fn run(self) -> Vec<RingAction> {
        let one = match self {
            RingStep::Placement | RingStep::MoveCost | RingStep::ArticleFormula => None,
            RingStep::ModuloJoin | RingStep::RingJoin => Some(RingAction::AddNode {
                name: JOINER.into(),
                weight: "1".into(),
            }),
            RingStep::Clockwise => Some(RingAction::AddKey(numbers::clockwise(FOUR_V1).key)),
            RingStep::Kill => Some(RingAction::KillNode(VICTIM.into())),
        };
        one.into_iter().collect()
    }

    /// Its question, if it asks one.
    pub fn question(self) -> Option<Question> {
        match self {
            RingStep::Placement => None,
            RingStep::MoveCost | RingStep::ArticleFormula => Some(Question::Choice(3)),
            RingStep::ModuloJoin => Some(Question::Percent { tolerance: 10.0 }),
            RingStep::RingJoin => Some(Question::Percent { tolerance: 7.0 }),
            RingStep::Clockwise | RingStep::Kill => Some(Question::Node),
        }
    }
}
