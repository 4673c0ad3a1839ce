//! The Redis lessons (DOMAIN C10): their settings, what they promise, and the faults they
//! record at fixed moments.
//!
//! The Redlock lessons share one set-up, Kleppmann's: nodes D and E (3 and 4) are unreachable
//! for the first two seconds, so the first client to win holds A, B and C only. Then node C
//! (2) fails: its clock jumps a whole TTL ahead, or it restarts without persistence — at once,
//! or down for longer than the TTL.

use super::expect::Expect;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::{Cause, Invariant};
use crate::settings::{Model, Settings, Span};
use crate::Time;

/// How long each Redis lesson runs.
pub const DURATION: Time = 8_000;
/// The Redlock lessons' TTL.
const TTL: Time = 5_000;
/// How long D and E are cut off at the start.
const CUT_OFF: Time = 2_000;
/// The node that fails: C.
const NODE_C: u32 = 2;

/// A lesson of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    Failover,
    RedisDel,
    RedisCas,
    ClockJump,
    Restart,
    RestartDelayed,
}

impl Lesson {
    pub fn seed(self) -> u64 {
        match self {
            Lesson::Failover | Lesson::RedisDel | Lesson::RedisCas => 2,
            Lesson::ClockJump | Lesson::Restart | Lesson::RestartDelayed => 3,
        }
    }

    pub fn settings(self) -> Settings {
        let d = Settings::default();
        match self {
            // The holder keeps the key 2 s; the replica is a second behind.
            Lesson::Failover => Settings {
                model: Model::Redis,
                workers: 2,
                ttl: TTL,
                hold: Span::new(2_000, 2_000),
                repl_lag: 1_000,
                ..d
            },
            // Each critical section outlasts its key by half a TTL.
            Lesson::RedisDel => Settings {
                model: Model::Redis,
                workers: 3,
                ttl: 1_000,
                hold: Span::new(1_500, 1_500),
                plain_del: true,
                ..d
            },
            // The same, released with the compare-and-delete script.
            Lesson::RedisCas => Settings {
                plain_del: false,
                ..Lesson::RedisDel.settings()
            },
            Lesson::ClockJump | Lesson::Restart | Lesson::RestartDelayed => Settings {
                model: Model::Redlock,
                workers: 2,
                ttl: TTL,
                think: Span::new(100, 400),
                hold: Span::new(3_000, 3_000),
                restart_delay: if self == Lesson::RestartDelayed {
                    TTL + 1_000
                } else {
                    0
                },
                ..d
            },
        }
    }

    pub fn expects(self) -> &'static [Expect] {
        use Expect::*;
        use Invariant::*;
        match self {
            Lesson::Failover => &[
                Violated(LeaseExclusion),
                Violated(HolderExclusion),
                OwnKeysOnly,
            ],
            // The first overlap comes from the expiry (the section outlasts the key), before
            // any DEL; a later one from the late holder's DEL of the next holder's key.
            Lesson::RedisDel => &[
                ForeignKeyDeleted,
                Violated(HolderExclusion),
                FirstCause(HolderExclusion, Cause::Expiry),
                OverlapCause(Cause::ForeignDelete),
            ],
            Lesson::RedisCas => &[
                OwnKeysOnly,
                Violated(HolderExclusion),
                FirstCause(HolderExclusion, Cause::Expiry),
                NoOverlapCause(Cause::ForeignDelete),
            ],
            Lesson::RestartDelayed => &[Holds(LeaseExclusion), Holds(HolderExclusion)],
            Lesson::ClockJump | Lesson::Restart => {
                &[Holds(LeaseExclusion), Violated(HolderExclusion)]
            }
        }
    }

    /// Record the lesson's faults: a failover the moment someone holds the lock (Redis), or D
    /// and E cut off at 0 and C failing the moment someone holds it (Redlock). The `DEL`
    /// lessons have none.
    pub fn build(self, mut lab: Lab) -> Lab {
        let fault = match self {
            Lesson::RedisDel | Lesson::RedisCas => return lab,
            Lesson::Failover => Action::Failover,
            Lesson::ClockJump => Action::ClockJump {
                node: NODE_C,
                ms: TTL,
            },
            Lesson::Restart | Lesson::RestartDelayed => Action::Restart(NODE_C),
        };
        if self != Lesson::Failover {
            for node in [3, 4] {
                let _ = lab.apply(Action::CutOff { node, ms: CUT_OFF });
            }
        }
        while lab.now() < DURATION {
            if !lab.sim().acting_holders().is_empty() {
                let _ = lab.apply(fault);
                break;
            }
            if !lab.step() {
                break;
            }
        }
        lab.seek(0);
        lab
    }
}
