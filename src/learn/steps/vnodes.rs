//! Chapter 4: virtual nodes and weights, on the real Ring view.

use crate::learn::check::Question;
use crate::ring::state::RingAction;

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

/// A step of chapter 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VnodeStep {
    /// The busiest node's share with one point per node.
    One,
    /// … and with 160.
    Many,
    /// A node of weight 2.
    Weights,
}

impl VnodeStep {
    /// The scenario the Ring view starts from (a link fragment).
    pub fn setup(self) -> &'static str {
        match self {
            VnodeStep::One => EIGHT_V1,
            VnodeStep::Many => EIGHT_V1_KEYS,
            VnodeStep::Weights => FOUR_V160,
        }
    }

    /// What plays on the ring once the student has answered.
    pub fn run(self) -> RingAction {
        match self {
            VnodeStep::One => RingAction::AddGenerated(SPREAD_KEYS.to_string()),
            VnodeStep::Many => RingAction::SetVnodes(MANY.to_string()),
            VnodeStep::Weights => RingAction::SetWeight {
                name: HEAVY.into(),
                weight: "2".into(),
            },
        }
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            VnodeStep::One => Question::Percent { tolerance: 8.0 },
            VnodeStep::Many => Question::Percent { tolerance: 3.0 },
            VnodeStep::Weights => Question::Choice(3),
        }
    }
}
