//! Redlock: five independent Redis masters, majority three, each expiring keys by its own
//! clock, without replicas. A node's clock can jump, and a node can be cut off or restarted
//! (coming back empty: no persistence).

use super::node::RNode;
use super::KeyRules;
use crate::protocols::protocol::{Ctx, Fault};
use crate::settings::LockError;

/// Redlock's rules: the majority check and the node faults.
#[derive(Clone, Copy, Debug, Default)]
pub struct Redlock;

impl KeyRules for Redlock {
    /// Server-level exclusion under Redlock: at most one worker holds a majority of keys
    /// unexpired by each node's own clock. Recorded once each time it starts to fail. Each
    /// node holds one key at most, so only a bug can break it: Kleppmann's counterexample
    /// and a restart without persistence keep it and break the clients' belief instead.
    fn after_event(&mut self, core: &mut Ctx, nodes: &[RNode]) {
        let now = core.now;
        let mut counts: Vec<(u32, u32)> = Vec::new();
        for k in nodes.iter().filter_map(|n| n.live_key(now)) {
            match counts.iter_mut().find(|c| c.0 == k.worker) {
                Some(c) => c.1 += 1,
                None => counts.push((k.worker, 1)),
            }
        }
        let majority = (nodes.len() / 2 + 1) as u32;
        let holders = counts
            .into_iter()
            .filter(|c| c.1 >= majority)
            .map(|c| c.0)
            .collect();
        core.monitor.check_majority(now, holders);
    }

    fn check_fault(&self, nodes: &[RNode], fault: Fault) -> Result<(), LockError> {
        match fault {
            Fault::KillNode(_) | Fault::ReviveNode(_) | Fault::JoinNode | Fault::Failover => {
                return Err(LockError::WrongModel)
            }
            Fault::ClockJump { .. } | Fault::CutOff { .. } | Fault::Restart(_) => {}
        }
        let (node, ms) = fault.target();
        let Some(n) = node else {
            return Err(LockError::WrongModel);
        };
        if n as usize >= nodes.len() {
            return Err(LockError::UnknownNode(n));
        }
        if let Some((field, ms)) = ms {
            field.check(ms)?;
        }
        Ok(())
    }

    fn apply_fault(&mut self, core: &mut Ctx, nodes: &mut [RNode], fault: Fault) {
        match fault {
            Fault::ClockJump { node, ms } => nodes[node as usize].clock_jump(core, node, ms),
            Fault::CutOff { node, ms } => nodes[node as usize].cut_off(core, node, ms),
            Fault::Restart(node) => nodes[node as usize].restart(core, node),
            Fault::Failover | Fault::KillNode(_) | Fault::ReviveNode(_) | Fault::JoinNode => {}
        }
    }
}
