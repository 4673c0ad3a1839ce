//! Chapter 5: what a rack failure loses at R = 1, 2 and 3, on the real Ring view.

use crate::learn::check::Question;
use crate::ring::state::RingAction;

const FIVE_V16: &str = "v=1&n=node1,node2,node3,node4,node5&vn=16&k=1000&s=ring";

/// The nodes that die together in the replication chapter (one rack).
pub const RACK: [&str; 2] = ["node1", "node2"];

/// A step of chapter 5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplicaStep {
    /// Two nodes die at R = 1.
    One,
    /// … at R = 2: which key is lost.
    Two,
    /// … at R = 3.
    Three,
}

impl ReplicaStep {
    /// The scenario the Ring view starts from (a link fragment).
    pub fn setup(self) -> &'static str {
        FIVE_V16
    }

    /// The rack dies.
    pub fn run(self) -> Vec<RingAction> {
        RACK.iter()
            .map(|n| RingAction::KillNode(n.to_string()))
            .collect()
    }

    /// Replicas per key.
    pub fn replicas(self) -> usize {
        match self {
            ReplicaStep::One => 1,
            ReplicaStep::Two => 2,
            ReplicaStep::Three => 3,
        }
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            ReplicaStep::One => Question::Percent { tolerance: 8.0 },
            ReplicaStep::Two => Question::Node,
            ReplicaStep::Three => Question::Percent { tolerance: 2.0 },
        }
    }
}
