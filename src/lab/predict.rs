//! The question each Lock-lab lesson asks before it plays, its right answer taken from the
//! run's [`Facts`], and the check of a guess. Pure: no page, no words.

use ringlock_lock::{Facts, Invariant, LabScenario};

/// What a lesson asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ask {
    /// Will storage accept the paused holder's write? (yes / no)
    StaleWrite,
    /// Will two workers act as holder at the same time? (yes / no)
    TwoHolders,
    /// Will the monitor flag any violation? (yes / no)
    AnyViolation,
    /// How many seconds from the trigger until someone else is granted the lock?
    WaitSecs,
    /// How many waiters does each handoff wake, on average?
    WakeupsPerHandoff,
}

/// The kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer {
    /// Yes or no.
    Choice(bool),
    /// A number; a guess within `tolerance` of it is right.
    Number {
        /// The measured value.
        value: f64,
        /// How far off a guess may be and still count.
        tolerance: f64,
    },
}

/// The question a lesson asks.
pub fn ask(lesson: LabScenario) -> Ask {
    match lesson {
        LabScenario::HolderCrash | LabScenario::LockDelay => Ask::WaitSecs,
        LabScenario::GcPause
        | LabScenario::GcPauseFenced
        | LabScenario::Etcd
        | LabScenario::ShardNodeTokens
        | LabScenario::ShardEpochTokens => Ask::StaleWrite,
        LabScenario::LocalLock | LabScenario::FairQueue => Ask::AnyViolation,
        LabScenario::ZooKeeper | LabScenario::Herd => Ask::WakeupsPerHandoff,
        LabScenario::Failover
        | LabScenario::RedisDel
        | LabScenario::ClockJump
        | LabScenario::Restart
        | LabScenario::RestartDelayed
        | LabScenario::ShardKill
        | LabScenario::ShardWait
        | LabScenario::ShardJoin
        | LabScenario::ShardHandOff => Ask::TwoHolders,
    }
}

/// The right answer to `ask`, read from what the run showed; `None` when the run has no such
/// number (a lesson whose facts lack it — a test failure, not a page state).
pub fn answer(ask: Ask, facts: &Facts) -> Option<Answer> {
    let violated = |i: Invariant| facts.first_violations.iter().any(|v| v.invariant == i);
    match ask {
        Ask::StaleWrite => facts.victim_write.map(|w| Answer::Choice(w.2)),
        Ask::TwoHolders => Some(Answer::Choice(violated(Invariant::HolderExclusion))),
        Ask::AnyViolation => Some(Answer::Choice(!facts.first_violations.is_empty())),
        Ask::WaitSecs => facts.wait_after_trigger().map(|ms| Answer::Number {
            value: ms as f64 / 1000.0,
            tolerance: 0.5,
        }),
        Ask::WakeupsPerHandoff => facts.metrics.wakeups_per_handoff.map(|x| Answer::Number {
            value: x,
            tolerance: (x * 0.25).max(0.5),
        }),
    }
}

/// A guess as the student gave it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Guess {
    /// A yes or a no.
    Choice(bool),
    /// A number.
    Number(f64),
}

/// Whether a guess is right.
pub fn is_right(guess: Guess, answer: Answer) -> bool {
    match (guess, answer) {
        (Guess::Choice(g), Answer::Choice(a)) => g == a,
        (Guess::Number(g), Answer::Number { value, tolerance }) => {
            g.is_finite() && (g - value).abs() <= tolerance + 1e-9
        }
        (Guess::Choice(_), Answer::Number { .. }) | (Guess::Number(_), Answer::Choice(_)) => false,
    }
}

/// A number as typed ("2,5" and "2.5" alike); `None` unless it is a finite number ≥ 0 and at
/// most `max`.
pub fn parse_number(raw: &str, max: f64) -> Option<f64> {
    let x: f64 = raw.trim().replace(',', ".").parse().ok()?;
    (x.is_finite() && (0.0..=max).contains(&x)).then_some(x)
}

/// The largest number a question takes.
pub fn max_number(ask: Ask) -> f64 {
    match ask {
        Ask::WaitSecs => 60.0,
        Ask::WakeupsPerHandoff => 100.0,
        Ask::StaleWrite | Ask::TwoHolders | Ask::AnyViolation => 1.0,
    }
}

#[cfg(test)]
#[path = "predict_tests.rs"]
mod tests;
