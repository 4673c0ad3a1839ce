//! The Redis lessons (DOMAIN C10): their settings, what they promise, and the faults they
//! record at fixed moments.
//!
//! The Redlock lessons share one set-up, Kleppmann's: nodes D and E (3 and 4) are unreachable
//! for the first two seconds, so the first client to win holds A, B and C only. Then node C
//! (2) fails: its clock jumps a whole TTL ahead, or it restarts without persistence — at once,
//! or down for longer than the TTL.

use super::expect::Expect;
use super::LabScenario;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::Invariant;
use crate::settings::{Model, Settings, Span};
use crate::Time;

/// How long each Redis lesson runs.
pub(crate) const DURATION: Time = 8_000;
/// The Redlock lessons' TTL.
const TTL: Time = 5_000;
/// How long D and E are cut off at the start.
const CUT_OFF: Time = 2_000;
/// The node that fails: C.
const NODE_C: u32 = 2;

pub(crate) fn seed(s: LabScenario) -> u64 {
    match s {
        LabScenario::Failover | LabScenario::RedisDel => 2,
        _ => 3,
    }
}

pub(crate) fn settings(s: LabScenario) -> Settings {
    let d = Settings::default();
    match s {
        // The holder keeps the key 2 s; the replica is a second behind.
        LabScenario::Failover => Settings {
            model: Model::Redis,
            workers: 2,
            ttl: TTL,
            hold: Span::new(2_000, 2_000),
            repl_lag: 1_000,
            ..d
        },
        // Each critical section outlasts its key by half a TTL.
        LabScenario::RedisDel => Settings {
            model: Model::Redis,
            workers: 3,
            ttl: 1_000,
            hold: Span::new(1_500, 1_500),
            plain_del: true,
            ..d
        },
        _ => Settings {
            model: Model::Redlock,
            workers: 2,
            ttl: TTL,
            think: Span::new(100, 400),
            hold: Span::new(3_000, 3_000),
            restart_delay: if s == LabScenario::RestartDelayed {
                TTL + 1_000
            } else {
                0
            },
            ..d
        },
    }
}

pub(crate) fn expects(s: LabScenario) -> &'static [Expect] {
    use Expect::*;
    use Invariant::*;
    match s {
        LabScenario::Failover => &[
            Violated(LeaseExclusion),
            Violated(HolderExclusion),
            OwnKeysOnly,
        ],
        LabScenario::RedisDel => &[ForeignKeyDeleted, Violated(HolderExclusion)],
        LabScenario::RestartDelayed => &[Holds(LeaseExclusion), Holds(HolderExclusion)],
        _ => &[Holds(LeaseExclusion), Violated(HolderExclusion)],
    }
}

/// Record the lesson's faults: a failover the moment someone holds the lock (Redis), or D
/// and E cut off at 0 and C failing the moment someone holds it (Redlock).
pub(crate) fn build(s: LabScenario, mut lab: Lab) -> Lab {
    if s != LabScenario::Failover {
        for node in [3, 4] {
            let _ = lab.apply(Action::CutOff { node, ms: CUT_OFF });
        }
    }
    let fault = match s {
        LabScenario::Failover => Action::Failover,
        LabScenario::ClockJump => Action::ClockJump {
            node: NODE_C,
            ms: TTL,
        },
        _ => Action::Restart(NODE_C),
    };
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
