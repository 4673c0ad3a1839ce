//! The lab state's steps for the sharded ring: a membership change (recorded like any
//! action, so it replays with the link), and the ring's own settings, which start a new lab
//! with the same seed.

use ringlock_lock::{Action as LockAction, Field, Lab, Settings};

use super::{parse, LabField, LabInputError, LabState, RingChange, ShardSetting};

impl LabState {
    pub(super) fn ring_change(&mut self, change: RingChange) {
        let action = match change {
            RingChange::Kill(node) => LockAction::KillNode(node),
            RingChange::Revive(node) => LockAction::ReviveNode(node),
            RingChange::Join => LockAction::JoinNode,
        };
        self.act(LabField::Ring, action);
    }

    pub(super) fn set_shard(&mut self, setting: ShardSetting) {
        let (seed, current) = (self.lab.sim().seed(), *self.lab.initial_settings());
        let number = |raw: &str, field: Field| -> Result<u32, LabInputError> {
            let value: u64 = parse(raw)?;
            field
                .check(value)
                .map_err(|e| LabInputError::Lock(e.into()))?;
            u32::try_from(value).map_err(|_| LabInputError::NotANumber(raw.to_string()))
        };
        let next = match setting {
            ShardSetting::Nodes(raw) => {
                number(&raw, Field::Nodes).map(|nodes| Settings { nodes, ..current })
            }
            ShardSetting::Locks(raw) => {
                number(&raw, Field::Locks).map(|locks| Settings { locks, ..current })
            }
            ShardSetting::Vnodes(raw) => {
                number(&raw, Field::Vnodes).map(|vnodes| Settings { vnodes, ..current })
            }
            ShardSetting::Fix(shard_fix) => Ok(Settings {
                shard_fix,
                ..current
            }),
            ShardSetting::Scope(token_scope) => Ok(Settings {
                token_scope,
                ..current
            }),
        };
        match next.and_then(|s| Lab::new(seed, s).map_err(|e| LabInputError::Lock(e.into()))) {
            Ok(lab) if *lab.initial_settings() != current => {
                self.replace(lab);
                self.lesson = None;
                self.playing = false;
            }
            Ok(_) => {}
            Err(e) => self.error = Some((LabField::Shard, e)),
        }
    }
}
