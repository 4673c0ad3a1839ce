//! The sharded ring's lessons (DOMAIN E): a node dies under a held lock — without a fix,
//! with the wait of one TTL, with per-node and with epoch fencing tokens — and a join moves
//! a held lock, without and with a hand-off.
//!
//! Each records its change the moment a worker starts holding a lock the change moves: the
//! owner of that lock is killed, or the new node is one whose arcs take it. The token
//! lessons wait until the owner has handed out a few tokens, and also pause that holder for
//! longer than its lease (a GC pause), so that its write comes after the next holder's.

use super::expect::Expect;
use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::observe::invariant::Invariant;
use crate::protocols::sharded::ring::ShardRing;
use crate::settings::{Model, Settings, ShardFix, Span, TokenScope};
use crate::{Time, WorkerId};

/// How long each lesson runs.
pub const DURATION: Time = 10_000;
/// The token lessons' pause: longer than the lease.
const PAUSE: Time = 2_000;
/// The token lessons' change waits until the dying node has handed out a few tokens.
const TOKENS_FROM: Time = 4_000;

/// A lesson of this family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    Kill,
    KillWait,
    NodeTokens,
    EpochTokens,
    Join,
    JoinHandOff,
}

impl Lesson {
    pub fn seed(self) -> u64 {
        match self {
            Lesson::Kill | Lesson::KillWait => 11,
            Lesson::NodeTokens | Lesson::EpochTokens => 12,
            Lesson::Join | Lesson::JoinHandOff => 13,
        }
    }

    pub fn settings(self) -> Settings {
        // Critical sections shorter than the lease: a holder finishes before its lease
        // would run out, so only the change can make two holders.
        let base = Settings {
            model: Model::Sharded,
            workers: 6,
            nodes: 3,
            locks: 3,
            ttl: 1_000,
            think: Span::new(100, 400),
            hold: Span::new(400, 800),
            ..Settings::default()
        };
        match self {
            Lesson::Kill => base,
            Lesson::KillWait => Settings {
                shard_fix: ShardFix::WaitTtl,
                ..base
            },
            // One lock, so that the successor has never served it: its counter is at 33.
            Lesson::NodeTokens => Settings { locks: 1, ..base },
            Lesson::EpochTokens => Settings {
                token_scope: TokenScope::Epoch,
                ..Lesson::NodeTokens.settings()
            },
            Lesson::Join => Settings { locks: 8, ..base },
            Lesson::JoinHandOff => Settings {
                shard_fix: ShardFix::HandOff,
                ..Lesson::Join.settings()
            },
        }
    }

    pub fn expects(self) -> &'static [Expect] {
        use Expect::*;
        use Invariant::*;
        match self {
            Lesson::Kill | Lesson::Join => &[
                HeldLockMoved,
                Violated(LeaseExclusion),
                Violated(HolderExclusion),
            ],
            Lesson::KillWait | Lesson::JoinHandOff => &[
                HeldLockMoved,
                Holds(LeaseExclusion),
                Holds(HolderExclusion),
                Holds(ResourceOrder),
            ],
            Lesson::NodeTokens => &[HeldLockMoved, StaleWriteAccepted, NewHolderRejected],
            Lesson::EpochTokens => &[HeldLockMoved, StaleWriteRejected, Holds(ResourceOrder)],
        }
    }

    /// Record the change the moment a worker holds a lock it moves (and, for the token
    /// lessons, pause that worker first); the lab returns to time 0.
    pub fn build(self, mut lab: Lab) -> Lab {
        let s = self.settings();
        let joined = {
            let mut ring = ShardRing::new(s.nodes, s.vnodes, s.locks);
            ring.join().1
        };
        let from = match self {
            Lesson::NodeTokens | Lesson::EpochTokens => TOKENS_FROM,
            Lesson::Kill | Lesson::KillWait | Lesson::Join | Lesson::JoinHandOff => 0,
        };
        while lab.now() < DURATION {
            let sim = lab.sim();
            let holding = sim.acting_holders();
            let lock_of = |w: WorkerId| sim.core.workers[w.0 as usize].resource;
            let hit = holding.iter().find_map(|&w| {
                let lock = lock_of(w);
                match self {
                    Lesson::Join | Lesson::JoinHandOff => joined
                        .iter()
                        .any(|m| m.0 == lock)
                        .then_some((w, Action::JoinNode)),
                    Lesson::Kill | Lesson::KillWait | Lesson::NodeTokens | Lesson::EpochTokens => {
                        let owner = sim.shard()?.locks.get(lock as usize)?.owner;
                        Some((w, Action::KillNode(owner)))
                    }
                }
            });
            if let Some((worker, change)) = hit.filter(|_| lab.now() >= from) {
                if matches!(self, Lesson::NodeTokens | Lesson::EpochTokens) {
                    let _ = lab.apply(Action::Pause { worker, ms: PAUSE });
                }
                let _ = lab.apply(change);
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
