use super::*;
use ringlock_lock::{Action, Lab, Model, Settings};

fn lab() -> Lab {
    let s = Settings {
        model: Model::Sharded,
        nodes: 3,
        locks: 12,
        workers: 0,
        ..Settings::default()
    };
    Lab::new(1, s).unwrap()
}

/// The arc a position falls in, by its angle.
fn arc_at(arcs: &[OwnedArc], angle: f64) -> Option<u32> {
    arcs.iter()
        .find(|a| {
            let from = (angle - a.start).rem_euclid(360.0);
            from > 0.0 && from <= a.sweep
        })
        .map(|a| a.node)
}

#[test]
fn the_arcs_cover_the_circle_and_each_lock_sits_in_its_owners_arc() {
    let mut lab = lab();
    for change in [None, Some(Action::KillNode(1)), Some(Action::JoinNode)] {
        if let Some(change) = change {
            lab.apply(change).unwrap();
        }
        let view = lab.sim().shard().unwrap();
        let arcs = owned_arcs(&view);
        let total: f64 = arcs.iter().map(|a| a.sweep).sum();
        assert!((total - 360.0).abs() < 1e-6, "{total}");
        assert!(arcs.iter().all(|a| view.nodes[a.node as usize].alive));
        for l in &view.locks {
            assert_eq!(
                arc_at(&arcs, angle_of(l.position)),
                Some(l.owner),
                "{}",
                l.name
            );
        }
    }
}

#[test]
fn the_marks_show_what_the_last_change_moved() {
    let mut lab = lab();
    assert!(lock_marks(&lab.sim().shard().unwrap())
        .iter()
        .all(|m| !m.moved));
    lab.apply(Action::KillNode(0)).unwrap();
    let view = lab.sim().shard().unwrap();
    let marks = lock_marks(&view);
    let moved = marks.iter().filter(|m| m.moved).count();
    assert_eq!(moved, view.moves.len());
    assert!(moved > 0 && marks.iter().all(|m| !m.lost));
}
