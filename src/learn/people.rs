//! Chapter 9, the locks people run: each step hosts one of the lock lab's own lessons
//! (ZooKeeper with predecessor watches and with the herd, etcd's mutex, Redis with a replica,
//! Redlock's clock jump, and chapter 8's pause again for the closing question), built by
//! `ringlock-lock` itself.

use ringlock_lock::LabScenario;

use crate::learn::check::Question;
use crate::learn::locks::LockRun;

/// A step of chapter 9.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeopleStep {
    /// ZooKeeper's recipe: each waiter watches its predecessor. How many notifications does
    /// one release send?
    Predecessor,
    /// The same with every waiter watching all children: the herd.
    Herd,
    /// etcd's mutex: the paused owner's write, and which guard stops it.
    Etcd,
    /// Redis with an asynchronous replica: a failover before the key was replicated.
    Failover,
    /// Redlock: its steps, its validity, and Kleppmann's clock jump.
    ClockJump,
    /// Kleppmann's locks for efficiency and for correctness, and antirez's reply.
    Correctness,
}

impl PeopleStep {
    /// The run it shows.
    pub fn run(self) -> LockRun {
        LockRun::Lab(match self {
            PeopleStep::Predecessor => LabScenario::ZooKeeper,
            PeopleStep::Herd => LabScenario::Herd,
            PeopleStep::Etcd => LabScenario::Etcd,
            PeopleStep::Failover => LabScenario::Failover,
            PeopleStep::ClockJump => LabScenario::ClockJump,
            PeopleStep::Correctness => LabScenario::GcPause,
        })
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            PeopleStep::Predecessor => Question::Count { tolerance: 0 },
            PeopleStep::Herd => Question::Count {
                tolerance: HERD_TOLERANCE,
            },
            PeopleStep::Etcd | PeopleStep::Correctness => Question::Choice(3),
            PeopleStep::Failover | PeopleStep::ClockJump => Question::Choice(2),
        }
    }
}

/// How far a guessed number of notifications may be from the herd's: one either way, for
/// counting the next waiter in or out.
pub const HERD_TOLERANCE: u64 = 1;
