//! Chapters 7 and 8 host the lock lab: each of their steps names a run of the simulator, a
//! course lesson (the article's server with and without leases) or a lab lesson (a GC pause
//! with and without fencing), built by `ringlock-lock` itself.

use ringlock_lock::{CourseLesson, Facts, Lab, LabScenario, Settings, Time};

use crate::learn::check::Question;

/// A lock-lab run a step shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockRun {
    /// One of the course's own lessons.
    Course(CourseLesson),
    /// One of the lock lab's lessons.
    Lab(LabScenario),
}

impl LockRun {
    /// The lab at time 0, its action recorded ahead.
    pub fn build(self) -> Lab {
        match self {
            LockRun::Course(l) => l.build(),
            LockRun::Lab(l) => l.build(),
        }
    }

    /// What its run showed, from the core.
    pub fn facts(self) -> Facts {
        match self {
            LockRun::Course(l) => l.facts(),
            LockRun::Lab(l) => l.facts(),
        }
    }

    /// How long it runs.
    pub fn duration(self) -> Time {
        match self {
            LockRun::Course(l) => l.duration(),
            LockRun::Lab(l) => l.duration(),
        }
    }

    /// Its settings.
    pub fn settings(self) -> Settings {
        match self {
            LockRun::Course(l) => l.settings(),
            LockRun::Lab(l) => l.settings(),
        }
    }

    /// The moment the run answers the question, where the course stops it: just after the
    /// paused worker's write reaches storage, else just after the next grant, else just after
    /// two workers first held the lock at once (Redis and Redlock, which log no grants), else
    /// the end (nobody was granted again; ZooKeeper's totals). The lab's controls play on
    /// from there.
    pub fn outcome_at(self) -> Time {
        let facts = self.facts();
        match (facts.victim_write, facts.takeover, facts.overlaps.first()) {
            (Some((at, _, _)), _, _) | (None, Some((_, _, at)), _) => at + 1,
            (None, None, Some(overlap)) => overlap.at + 1,
            (None, None, None) => self.duration(),
        }
    }

    /// The lab's link part: the same lab, its action included, as the lock lab reads it.
    pub fn fragment(self) -> String {
        self.build().to_fragment_part()
    }
}

/// A step of chapters 7 and 8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockStep {
    /// The article's server without leases: a crashed holder.
    NoLeases,
    /// … with leases: the wait.
    Leases,
    /// A paused holder's stale write, without fencing.
    Pause,
    /// … with fencing tokens.
    Fenced,
}

impl LockStep {
    /// The run it shows.
    pub fn run(self) -> LockRun {
        match self {
            LockStep::NoLeases => LockRun::Course(CourseLesson::CrashNoLeases),
            LockStep::Leases => LockRun::Course(CourseLesson::CrashLeases),
            LockStep::Pause => LockRun::Lab(LabScenario::GcPause),
            LockStep::Fenced => LockRun::Lab(LabScenario::GcPauseFenced),
        }
    }

    /// Its question.
    pub fn question(self) -> Question {
        match self {
            LockStep::NoLeases => Question::Choice(3),
            LockStep::Pause | LockStep::Fenced => Question::Choice(2),
            LockStep::Leases => Question::Millis {
                tolerance: WAIT_TOLERANCE,
            },
        }
    }
}

/// How far (ms) a guessed wait may be from the measured one, in chapter 7.
pub const WAIT_TOLERANCE: f64 = 300.0;
