//! The course: chapters following the article, each a few steps. A step names the view it
//! hosts (the Ring view, the comparison table or the lock lab), the scenario that view starts
//! from, the run that plays once the student has answered, and its question. Its narration is
//! filled by the `facts` modules from numbers the core computes.
//!
//! Steps come in families, one file each under `steps/` (and [`LockStep`]); [`Step`] only
//! dispatches to them.

use crate::learn::check::Question;
pub use crate::learn::locks::{LockRun, LockStep, WAIT_TOLERANCE};
pub use crate::learn::people::{PeopleStep, HERD_TOLERANCE};
use crate::learn::steps::article::ArticleStep;
use crate::learn::steps::beyond::BeyondStep;
pub use crate::learn::steps::beyond::DOOMED;
use crate::learn::steps::closing::ClosingStep;
use crate::learn::steps::replicas::ReplicaStep;
pub use crate::learn::steps::replicas::RACK;
use crate::learn::steps::ring::{RingStep, FOUR_400};
pub use crate::learn::steps::ring::{JOINER, VICTIM};
use crate::learn::steps::vnodes::VnodeStep;
pub use crate::learn::steps::vnodes::{HEAVY, MANY, SPREAD_KEYS};
use crate::learn::text::course::L;
use crate::ring::state::RingAction;

/// A chapter: its title and steps.
pub struct Chapter {
    /// Title.
    pub title: L,
    /// Steps in order.
    pub steps: &'static [Step],
}

/// Every step of the course, by family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Chapters 1 to 3, on the Ring view.
    Ring(RingStep),
    /// Chapter 4, on the Ring view.
    Vnodes(VnodeStep),
    /// Chapter 5, on the Ring view.
    Replicas(ReplicaStep),
    /// Chapter 6, answered by the comparison table.
    Beyond(BeyondStep),
    /// The lock chapters, on the lock lab.
    Lock(LockStep),
    /// Chapter 10, on the Ring view and the lock lab.
    Article(ArticleStep),
    /// Chapter 11, on the Ring view or the lock lab.
    Closing(ClosingStep),
    /// Chapter 9, the locks people run, on the lock lab.
    People(PeopleStep),
}

/// The course, in order.
pub const CHAPTERS: &[Chapter] = &[
    Chapter {
        title: L::Ch1Title,
        steps: &[
            Step::Ring(RingStep::Placement),
            Step::Ring(RingStep::MoveCost),
        ],
    },
    Chapter {
        title: L::Ch2Title,
        steps: &[
            Step::Ring(RingStep::ArticleFormula),
            Step::Ring(RingStep::ModuloJoin),
        ],
    },
    Chapter {
        title: L::Ch3Title,
        steps: &[
            Step::Ring(RingStep::Clockwise),
            Step::Ring(RingStep::RingJoin),
            Step::Ring(RingStep::Kill),
        ],
    },
    Chapter {
        title: L::Ch4Title,
        steps: &[
            Step::Vnodes(VnodeStep::One),
            Step::Vnodes(VnodeStep::Many),
            Step::Vnodes(VnodeStep::Weights),
        ],
    },
    Chapter {
        title: L::Ch5Title,
        steps: &[
            Step::Replicas(ReplicaStep::One),
            Step::Replicas(ReplicaStep::Two),
            Step::Replicas(ReplicaStep::Three),
        ],
    },
    Chapter {
        title: L::Ch6Title,
        steps: &[
            Step::Beyond(BeyondStep::Jump),
            Step::Beyond(BeyondStep::Rendezvous),
            Step::Beyond(BeyondStep::Maglev),
            Step::Beyond(BeyondStep::Bounded),
            Step::Beyond(BeyondStep::Redis),
        ],
    },
    Chapter {
        title: L::Ch7Title,
        steps: &[Step::Lock(LockStep::NoLeases), Step::Lock(LockStep::Leases)],
    },
    Chapter {
        title: L::Ch8Title,
        steps: &[Step::Lock(LockStep::Pause), Step::Lock(LockStep::Fenced)],
    },
    Chapter {
        title: L::Ch9Title,
        steps: &[
            Step::People(PeopleStep::Predecessor),
            Step::People(PeopleStep::Herd),
            Step::People(PeopleStep::Etcd),
            Step::People(PeopleStep::Failover),
            Step::People(PeopleStep::ClockJump),
            Step::People(PeopleStep::Correctness),
        ],
    },
    Chapter {
        title: L::Ch10Title,
        steps: &[
            Step::Article(ArticleStep::Formula),
            Step::Article(ArticleStep::BucketCap),
            Step::Article(ArticleStep::LocalLock),
            Step::Article(ArticleStep::Fairness),
        ],
    },
    Chapter {
        title: L::Ch11Title,
        steps: &[
            Step::Closing(ClosingStep::Consistency),
            Step::Closing(ClosingStep::FaultTolerance),
            Step::Closing(ClosingStep::Performance),
            Step::Closing(ClosingStep::PlainDel),
            Step::Closing(ClosingStep::SafeRelease),
            Step::Closing(ClosingStep::Microservices),
            Step::Closing(ClosingStep::LockServer),
        ],
    },
];

impl Step {
    /// The scenario the Ring view starts from (a link fragment). A lock step hosts the lock
    /// lab instead (see [`Step::lock`]); its ring is the first chapter's.
    pub fn setup(self) -> &'static str {
        match self {
            Step::Ring(s) => s.setup(),
            Step::Vnodes(s) => s.setup(),
            Step::Replicas(s) => s.setup(),
            Step::Beyond(s) => s.setup(),
            Step::Article(s) => s.setup(),
            Step::Closing(s) => s.setup(),
            Step::Lock(_) | Step::People(_) => FOUR_400,
        }
    }

    /// What plays on the ring once the student has answered, in order.
    pub fn run(self) -> Vec<RingAction> {
        match self {
            Step::Ring(s) => s.run(),
            Step::Vnodes(s) => vec![s.run()],
            Step::Replicas(s) => s.run(),
            // The comparison table answers instead (see `table`).
            Step::Beyond(_) => Vec::new(),
            Step::Article(s) => s.run(),
            Step::Closing(s) => s.run(),
            Step::Lock(_) | Step::People(_) => Vec::new(),
        }
    }

    /// Replicas per key, in the replication chapter.
    pub fn replicas(self) -> Option<usize> {
        match self {
            Step::Replicas(s) => Some(s.replicas()),
            Step::Closing(s) => s.replicas(),
            Step::Ring(_)
            | Step::Vnodes(_)
            | Step::Beyond(_)
            | Step::Lock(_)
            | Step::People(_)
            | Step::Article(_) => None,
        }
    }

    /// The Algorithms tab's settings (a link fragment) whose comparison table answers the
    /// step, for chapter 6.
    pub fn table(self) -> Option<String> {
        match self {
            Step::Beyond(s) => Some(s.table()),
            Step::Ring(_)
            | Step::Vnodes(_)
            | Step::Replicas(_)
            | Step::Lock(_)
            | Step::Article(_)
            | Step::People(_)
            | Step::Closing(_) => None,
        }
    }

    /// The lock-lab run this step hosts instead of the ring, if any.
    pub fn lock(self) -> Option<LockRun> {
        match self {
            Step::Lock(s) => Some(s.run()),
            Step::Article(s) => s.lock(),
            Step::Closing(s) => s.lock(),
            Step::People(s) => Some(s.run()),
            Step::Ring(_) | Step::Vnodes(_) | Step::Replicas(_) | Step::Beyond(_) => None,
        }
    }

    /// Its question, if it asks one.
    pub fn question(self) -> Option<Question> {
        match self {
            Step::Ring(s) => s.question(),
            Step::Vnodes(s) => Some(s.question()),
            Step::Replicas(s) => Some(s.question()),
            Step::Beyond(_) => Some(Question::Choice(3)),
            Step::Lock(s) => Some(s.question()),
            Step::Article(s) => Some(s.question()),
            Step::Closing(s) => Some(s.question()),
            Step::People(s) => Some(s.question()),
        }
    }
}

#[cfg(test)]
#[path = "course_tests.rs"]
mod tests;
