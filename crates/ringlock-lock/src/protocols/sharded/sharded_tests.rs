//! Unit tests of the sharded model: which changes are refused, where tokens come from, and
//! a link that replays a sharded lab.

use crate::lab::action::Action;
use crate::lab::history::Lab;
use crate::settings::{epoch_parts, LockError, Model, Settings, ShardFix, TokenScope};
use crate::vocab::log::LogKind;
use crate::WorkerId;

fn lab(scope: TokenScope) -> Lab {
    let s = Settings {
        model: Model::Sharded,
        workers: 3,
        nodes: 2,
        locks: 2,
        token_scope: scope,
        shard_fix: ShardFix::WaitTtl,
        ..Settings::default()
    };
    Lab::new(5, s).unwrap()
}

#[test]
fn changes_that_cannot_happen_are_refused() {
    let mut lab = lab(TokenScope::Node);
    assert_eq!(lab.apply(Action::ReviveNode(0)), Err(LockError::NodeUp(0)));
    assert_eq!(
        lab.apply(Action::KillNode(7)),
        Err(LockError::UnknownNode(7))
    );
    lab.apply(Action::KillNode(0)).unwrap();
    assert_eq!(lab.apply(Action::KillNode(0)), Err(LockError::NodeDown(0)));
    assert_eq!(lab.apply(Action::KillNode(1)), Err(LockError::LastNode));
    assert_eq!(lab.apply(Action::Failover), Err(LockError::WrongModel));
    for _ in 2..16 {
        lab.apply(Action::JoinNode).unwrap();
    }
    assert_eq!(lab.apply(Action::JoinNode), Err(LockError::RingFull(16)));
    // The other models refuse the ring's changes.
    let mut central = Lab::new(1, Settings::default()).unwrap();
    assert_eq!(central.apply(Action::JoinNode), Err(LockError::WrongModel));
}

fn tokens(lab: &Lab) -> Vec<u64> {
    let granted = lab.sim().log_since(0).filter_map(|e| match e.kind {
        LogKind::Granted { token, .. } => token,
        _ => None,
    });
    granted.collect()
}

#[test]
fn a_revived_node_counts_from_33_again_unless_the_epoch_leads() {
    for scope in [TokenScope::Node, TokenScope::Epoch] {
        let mut lab = lab(scope);
        lab.run_until(3_000);
        let node = lab.sim().shard().unwrap().locks[0].owner;
        lab.apply(Action::KillNode(node)).unwrap();
        lab.run_until(5_000);
        lab.apply(Action::ReviveNode(node)).unwrap();
        let view = lab.sim().shard().unwrap();
        assert_eq!(view.nodes[node as usize].counter, 33);
        assert_eq!(view.epoch, 2);
        lab.run_until(8_000);
        let all = tokens(&lab);
        let last = *all.last().unwrap();
        match scope {
            TokenScope::Node => assert!(all.iter().filter(|&&t| t == 33).count() >= 2),
            TokenScope::Epoch => {
                assert_eq!(epoch_parts(last).0, 2);
                assert!(all
                    .windows(2)
                    .all(|w| epoch_parts(w[0]).0 <= epoch_parts(w[1]).0));
            }
        }
    }
}

#[test]
fn a_sharded_link_replays_the_same_run() {
    let mut lab = lab(TokenScope::Epoch);
    lab.run_until(1_000);
    lab.apply(Action::KillNode(1)).unwrap();
    lab.run_until(1_500);
    lab.apply(Action::JoinNode).unwrap();
    lab.apply(Action::Pause {
        worker: WorkerId(0),
        ms: 500,
    })
    .unwrap();
    lab.run_until(2_500);
    lab.apply(Action::ReviveNode(1)).unwrap();
    lab.run_until(4_000);
    let link = lab.to_fragment_part();
    assert!(link.contains("lm=s") && link.contains("lks=2") && link.contains("lsf=w"));
    assert!(link.contains("lts=e") && link.contains("d1") && link.contains('n'));
    let back = Lab::from_fragment_part(&link).unwrap().unwrap();
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.to_fragment_part(), link);
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&lm=s&lsf=x").err(),
        Some(crate::lab::link::LinkError::Field("lsf"))
    );
}
