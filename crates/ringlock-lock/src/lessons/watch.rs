//! The lessons of the models whose waiters watch: ZooKeeper's recipe with predecessor
//! watches and with the herd, and etcd's mutex losing its lease during a pause.

use super::expect::Expect;
use super::lease::Lesson as LeaseLesson;
use super::run::act_on_first_holder;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::Invariant;
use crate::settings::{Model, Settings};
use crate::Time;

/// A lesson of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    ZooKeeper,
    Herd,
    Etcd,
}

impl Lesson {
    pub fn seed(self) -> u64 {
        match self {
            Lesson::ZooKeeper | Lesson::Herd => 5,
            Lesson::Etcd => 7,
        }
    }

    pub fn settings(self) -> Settings {
        match self {
            Lesson::Etcd => Settings {
                model: Model::Etcd,
                workers: 3,
                fencing: true,
                ..LeaseLesson::GcPauseFenced.settings()
            },
            Lesson::ZooKeeper | Lesson::Herd => Settings {
                model: Model::ZooKeeper,
                workers: 20,
                starvation: 30_000,
                watch_all: self == Lesson::Herd,
                ..Settings::default()
            },
        }
    }

    pub fn duration(self) -> Time {
        match self {
            Lesson::Etcd => 8_000,
            Lesson::ZooKeeper | Lesson::Herd => 30_000,
        }
    }

    pub fn expects(self) -> &'static [Expect] {
        use Expect::*;
        use Invariant::*;
        match self {
            Lesson::ZooKeeper => &[
                OneWakeupPerHandoff,
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(Starvation),
                Holds(Deadlock),
            ],
            Lesson::Herd => &[
                WakeupsPerHandoffAbove(5.0),
                Holds(Fifo),
                Holds(LeaseExclusion),
                Holds(Deadlock),
            ],
            Lesson::Etcd => &[
                LeaseExpires,
                StaleWriteRejected,
                Holds(ResourceOrder),
                Holds(HolderExclusion),
                Holds(Fifo),
            ],
        }
    }

    /// etcd: pause the first holder past its lease; ZooKeeper's lessons have no action.
    pub fn build(self, lab: Lab) -> Lab {
        match self {
            Lesson::Etcd => act_on_first_holder(lab, self.duration(), |worker| Action::Pause {
                worker,
                ms: 2_500,
            }),
            Lesson::ZooKeeper | Lesson::Herd => lab,
        }
    }
}
