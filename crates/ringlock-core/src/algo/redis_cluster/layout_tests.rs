use super::*;
use crate::algo::place::tests::specs;

#[test]
fn a_join_of_three_to_four_gives_the_new_master_the_redis_cli_ranges() {
    let before = specs(&["a", "b", "c"]);
    let after = specs(&["a", "b", "c", "d"]);
    let (old, new) = layout_change(&before, &after).unwrap();
    assert_eq!(old, SlotMap::create(3).unwrap());
    let d: Vec<(u16, u16)> = new
        .ranges()
        .iter()
        .filter(|r| r.master == 3)
        .map(|r| (r.first, r.last))
        .collect();
    assert_eq!(d, vec![(0, 1364), (5461, 6826), (10_923, 12_287)]);
}

#[test]
fn removed_and_dead_masters_are_drained_and_revived_ones_rejoin() {
    let mut before = specs(&["a", "b", "c", "d"]);
    before[1].alive = false;
    let old = layout(&before).unwrap();
    assert_eq!(old.slot_counts(4)[1], 0);
    // c removed, b revived, e joins.
    let after = specs(&["a", "b", "d", "e"]);
    let (_, new) = layout_change(&before, &after).unwrap();
    assert_eq!(new.slot_counts(4), vec![4096; 4]);
    // Nothing left alive.
    let mut dead = after.clone();
    dead.iter_mut().for_each(|n| n.alive = false);
    assert_eq!(layout_change(&before, &dead), Err(AlgoError::NoLiveNode));
    assert_eq!(layout(&dead), Err(AlgoError::NoLiveNode));
    let many = specs(&vec!["x"; SLOTS + 1]);
    assert_eq!(
        layout_change(&before, &many),
        Err(AlgoError::TooManyMasters(SLOTS + 1))
    );
}

#[test]
fn duplicate_names_do_not_confuse_the_matching() {
    let before = specs(&["a", "a", "b"]);
    let after = specs(&["a", "b", "b"]);
    let (_, new) = layout_change(&before, &after).unwrap();
    assert_eq!(new.slot_counts(3).iter().sum::<u32>(), SLOTS as u32);
}
