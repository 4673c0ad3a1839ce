//! The Learn course's own lessons, beside [`LabScenario`]: the article's §3.2 server with a
//! crashed holder, without leases and with them, and the safe twin of the plain-`DEL`
//! lesson. They are a separate list so that code matching every [`LabScenario`] stays
//! complete; each goes to its model family like the others.

use super::expect::{Expect, Facts};
use super::{keys, lease, Family, LabScenario};
use crate::lab::history::Lab;
use crate::settings::Settings;
use crate::Time;

/// A lesson of the Learn course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CourseLesson {
    /// `crash-noleases`: the article's §3.2 server as written — a FIFO queue, no leases.
    /// The holder crashes the moment it holds; it can no longer release the lock and nobody
    /// will free it: nobody is granted again, and the monitor reports the deadlock
    /// ([`crate::Cause::HolderCannotRelease`]).
    CrashNoLeases,
    /// `crash-leases`: the same server, seed and crash with leases (TTL 2 s) — the run of
    /// [`LabScenario::HolderCrash`]. The lease runs out and the next waiter gets the lock;
    /// [`Facts::wait_after_trigger`] is the measured wait from the crash to that grant.
    CrashLeases,
    /// `redis-cas`: the plain-`DEL` lesson's twin with the safe compare-and-delete script
    /// (delete only if the value is mine): the late holder's release deletes nothing, and
    /// only the overlaps caused by expiry remain.
    RedisCas,
}

impl CourseLesson {
    /// Every course lesson, in teaching order.
    pub const ALL: [CourseLesson; 3] = [
        CourseLesson::CrashNoLeases,
        CourseLesson::CrashLeases,
        CourseLesson::RedisCas,
    ];

    /// Short id, for links and message keys (distinct from every [`LabScenario::id`]).
    pub fn id(self) -> &'static str {
        match self {
            CourseLesson::CrashNoLeases => "crash-noleases",
            CourseLesson::CrashLeases => "crash-leases",
            CourseLesson::RedisCas => "redis-cas",
        }
    }

    /// The course lesson with this id.
    pub fn from_id(id: &str) -> Option<CourseLesson> {
        CourseLesson::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The lab lesson this one is the twin of: the same seed and settings but one (leases
    /// on, plain `DEL`).
    pub fn twin(self) -> LabScenario {
        match self {
            CourseLesson::CrashNoLeases | CourseLesson::CrashLeases => LabScenario::HolderCrash,
            CourseLesson::RedisCas => LabScenario::RedisDel,
        }
    }

    fn family(self) -> Family {
        match self {
            CourseLesson::CrashNoLeases => Family::Lease(lease::Lesson::CrashNoLeases),
            CourseLesson::CrashLeases => Family::Lease(lease::Lesson::HolderCrash),
            CourseLesson::RedisCas => Family::Keys(keys::Lesson::RedisCas),
        }
    }

    lesson_methods!();
}

#[cfg(test)]
#[path = "course_tests.rs"]
mod tests;
