//! The ring tab's one-click lessons: each sets up a real ring, asks the student to predict
//! what one change will do, then plays the change and measures it on the ring itself.
//!
//! Pure: a lesson is data (its setup link, its change, its question), [`check`] compares a
//! guess with the measured value, and [`measure`] reads the measured value and the theory
//! from the ring state after the change. The component (`components::ring_lessons`) only
//! dispatches and draws.

use std::collections::HashSet;

use ringlock_core::stats::theory_share_cv;
use ringlock_core::{ChangeKind, Scheme};

use crate::ring::state::{RingAction, RingState};

/// One lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lesson {
    /// 4 → 5 nodes under hash mod N.
    JoinModulo,
    /// 4 → 5 nodes on the ring.
    JoinRing,
    /// V = 1 → 160 with 10 nodes.
    Vnodes,
    /// A kill with one virtual node per node.
    KillAlone,
    /// The same kill with 160 virtual nodes per node.
    KillSpread,
}

/// What the student predicts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question {
    /// A percentage (0–100), right within `tolerance` percentage points.
    Percent {
        /// Allowed distance, in percentage points.
        tolerance: f64,
    },
    /// A whole number of nodes, right only when exact.
    Count {
        /// The largest sensible answer.
        max: u32,
    },
}

/// How a guess compares with the measured value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    /// Within the tolerance.
    Close,
    /// Further off: the guess minus the measured value, in the question's unit.
    Off(f64),
}

impl Lesson {
    /// Every lesson, in teaching order.
    pub const ALL: [Lesson; 5] = [
        Lesson::JoinModulo,
        Lesson::JoinRing,
        Lesson::Vnodes,
        Lesson::KillAlone,
        Lesson::KillSpread,
    ];

    /// Its code, for `data-` attributes and tests.
    pub fn code(self) -> &'static str {
        match self {
            Lesson::JoinModulo => "join-modulo",
            Lesson::JoinRing => "join-ring",
            Lesson::Vnodes => "vnodes",
            Lesson::KillAlone => "kill-alone",
            Lesson::KillSpread => "kill-spread",
        }
    }

    /// The ring it starts from, as a link fragment.
    pub fn setup(self) -> &'static str {
        match self {
            Lesson::JoinModulo => "v=1&n=node1,node2,node3,node4&vn=160&k=10000&s=mod",
            Lesson::JoinRing => "v=1&n=node1,node2,node3,node4&vn=160&k=10000&s=ring",
            Lesson::Vnodes => {
                "v=1&n=node1,node2,node3,node4,node5,node6,node7,node8,node9,node10&vn=1&k=20000&s=ring"
            }
            Lesson::KillAlone => "v=1&n=node1,node2,node3,node4,node5&vn=1&k=10000&s=ring",
            Lesson::KillSpread => "v=1&n=node1,node2,node3,node4,node5&vn=160&k=10000&s=ring",
        }
    }

    /// The change it plays.
    pub fn change(self) -> RingAction {
        match self {
            Lesson::JoinModulo | Lesson::JoinRing => RingAction::AddNode {
                name: "node5".to_string(),
                weight: "1".to_string(),
            },
            Lesson::Vnodes => RingAction::SetVnodes("160".to_string()),
            Lesson::KillAlone | Lesson::KillSpread => RingAction::KillNode(KILLED.to_string()),
        }
    }

    /// What it asks.
    pub fn question(self) -> Question {
        match self {
            Lesson::JoinModulo => Question::Percent { tolerance: 10.0 },
            Lesson::JoinRing => Question::Percent { tolerance: 7.0 },
            Lesson::Vnodes => Question::Percent { tolerance: 4.0 },
            Lesson::KillAlone | Lesson::KillSpread => Question::Count { max: 4 },
        }
    }
}

/// The node the kill lessons kill.
pub const KILLED: &str = "node3";

/// Read a typed guess: a number, with an optional `%`; `None` if it is not one the question
/// accepts (a percentage from 0 to 100, a whole count from 0 to its maximum).
pub fn parse_guess(question: Question, raw: &str) -> Option<f64> {
    let raw = raw.trim().trim_end_matches(['%', '％']).trim();
    let value: f64 = raw.replace(['，', ','], ".").parse().ok()?;
    match question {
        Question::Percent { .. } => {
            (value.is_finite() && (0.0..=100.0).contains(&value)).then_some(value)
        }
        Question::Count { max } => {
            (value.fract() == 0.0 && (0.0..=f64::from(max)).contains(&value)).then_some(value)
        }
    }
}

/// Compare a guess with the measured value, both in the question's unit.
pub fn check(question: Question, guess: f64, measured: f64) -> Verdict {
    let tolerance = match question {
        Question::Percent { tolerance } => tolerance,
        Question::Count { .. } => 0.0,
    };
    if (guess - measured).abs() <= tolerance + 1e-9 {
        Verdict::Close
    } else {
        Verdict::Off(guess - measured)
    }
}

/// What the played change measured, beside the theory.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The answer, in the question's unit (percent or a count).
    pub measured: f64,
    /// What theory expects, in the same unit.
    pub theory: f64,
    /// A second measured figure: the busiest node (× mean) after the change for the
    /// vnodes lesson, the largest receiver's percentage of the moved keys for a kill, the
    /// number of keys moved for a join.
    pub detail: f64,
}

/// Measure a lesson's change on the state after it, or `None` if the last change is not the
/// lesson's (nothing played yet, or the student changed the ring since).
pub fn measure(lesson: Lesson, state: &RingState) -> Option<Outcome> {
    let last = state.last.as_ref()?;
    let change = &last.change;
    let keys = change.keys.max(1) as f64;
    match (lesson, &change.kind) {
        (Lesson::JoinModulo, ChangeKind::NodeAdded(_)) => Some(Outcome {
            measured: 100.0 * change.moved.modulo as f64 / keys,
            theory: 100.0 * change.expected?.modulo,
            detail: change.moved.modulo as f64,
        }),
        (Lesson::JoinRing, ChangeKind::NodeAdded(_)) => Some(Outcome {
            measured: 100.0 * change.moved.ring as f64 / keys,
            theory: 100.0 * change.expected?.ring,
            detail: change.moved.ring as f64,
        }),
        (Lesson::Vnodes, ChangeKind::VnodesChanged { to, .. }) => {
            let stats = state.ring.stats(Scheme::Ring);
            let live = stats.loads.len();
            Some(Outcome {
                measured: 100.0 * stats.share_cv,
                theory: 100.0 * theory_share_cv(live, *to),
                detail: stats.max_over_mean,
            })
        }
        (Lesson::KillAlone | Lesson::KillSpread, ChangeKind::NodeKilled(_)) => {
            let receivers: HashSet<_> = change.moves.iter().filter_map(|m| m.to).collect();
            let largest = receivers
                .iter()
                .map(|&to| change.moves.iter().filter(|m| m.to == Some(to)).count())
                .max()
                .unwrap_or(0);
            let others = change.live_after as u32;
            let vnodes = state.ring.vnodes();
            Some(Outcome {
                measured: receivers.len() as f64,
                theory: f64::from(vnodes.min(others)),
                detail: 100.0 * largest as f64 / change.moves.len().max(1) as f64,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
#[path = "lessons_tests.rs"]
mod tests;
