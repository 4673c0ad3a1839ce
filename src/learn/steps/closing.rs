//! Chapter 11: the article's challenges (§5) and FAQ (§6). Consistency and fault tolerance on
//! the real Ring view (one node dies, at R = 1 then R = 2); performance and security on the
//! real lock lab (fifty workers behind one lock; releasing with a plain `DEL`, then with the
//! compare-and-delete script); the FAQ's other two questions on the ring and on the article's
//! own lock server.

use ringlock_lock::{CourseLesson, LabScenario};

use crate::learn::check::Question;
use crate::learn::locks::LockRun;
use crate::learn::steps::ring::FOUR_400;
use crate::ring::state::RingAction;

/// Five nodes with libketama's 160 virtual nodes each, 1,000 keys.
pub const FIVE_V160: &str = "v=1&n=node1,node2,node3,node4,node5&vn=160&k=1000&s=ring";
/// The node that dies in the consistency and fault-tolerance steps.
pub const FAILED: &str = "node3";
/// How far (ms) a guessed wait may be from the measured one, in the performance step.
pub const QUEUE_TOLERANCE: f64 = 2_000.0;

/// A step of chapter 11.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosingStep {
    /// §5 consistency and §6 Q2: a node dies at R = 1; its keys move, their data is gone.
    Consistency,
    /// §5 fault tolerance: the same node dies at R = 2; nothing is lost, but some keys are
    /// down to one copy.
    FaultTolerance,
    /// §5 performance: fifty workers behind one lock; how long each waits.
    Performance,
    /// §5 security: who may release a lock — a plain `DEL`.
    PlainDel,
    /// … the compare-and-delete script.
    SafeRelease,
    /// §6 Q1: distributed systems and microservices.
    Microservices,
    /// §6 Q3: the article's central lock server, corrected.
    LockServer,
}

impl ClosingStep {
    /// The scenario the Ring view starts from (a link fragment; the lock steps' ring is the
    /// first chapter's).
    pub fn setup(self) -> &'static str {
        match self {
            ClosingStep::Consistency | ClosingStep::FaultTolerance => FIVE_V160,
            ClosingStep::Performance
            | ClosingStep::PlainDel
            | ClosingStep::SafeRelease
            | ClosingStep::Microservices
            | ClosingStep::LockServer => FOUR_400,
        }
    }

    /// What plays on the ring once answered: [`FAILED`] dies.
    pub fn run(self) -> Vec<RingAction> {
        match self {
            ClosingStep::Consistency | ClosingStep::FaultTolerance => {
                vec![RingAction::KillNode(FAILED.to_string())]
            }
            ClosingStep::Performance
            | ClosingStep::PlainDel
            | ClosingStep::SafeRelease
            | ClosingStep::Microservices
            | ClosingStep::LockServer => Vec::new(),
        }
    }

    /// Copies per key, on the ring steps.
    pub fn replicas(self) -> Option<usize> {
        match self {
            ClosingStep::Consistency => Some(1),
            ClosingStep::FaultTolerance => Some(2),
            ClosingStep::Performance
            | ClosingStep::PlainDel
            | ClosingStep::SafeRelease
            | ClosingStep::Microservices
            | ClosingStep::LockServer => None,
        }
    }

    /// The lock-lab run it hosts, if any.
    pub fn lock(self) -> Option<LockRun> {
        match self {
            ClosingStep::Performance => Some(LockRun::Lab(LabScenario::FairQueue)),
            ClosingStep::PlainDel => Some(LockRun::Lab(LabScenario::RedisDel)),
            ClosingStep::SafeRelease => Some(LockRun::Course(CourseLesson::RedisCas)),
            ClosingStep::LockServer => Some(LockRun::Course(CourseLesson::CrashNoLeases)),
            ClosingStep::Consistency | ClosingStep::FaultTolerance | ClosingStep::Microservices => {
                None
            }
        }
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            ClosingStep::Consistency | ClosingStep::Microservices | ClosingStep::LockServer => {
                Question::Choice(3)
            }
            ClosingStep::FaultTolerance => Question::Percent { tolerance: 8.0 },
            ClosingStep::Performance => Question::Millis {
                tolerance: QUEUE_TOLERANCE,
            },
            ClosingStep::PlainDel | ClosingStep::SafeRelease => Question::Choice(2),
        }
    }
}
