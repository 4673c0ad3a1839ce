use super::*;

fn mv(first: u16, last: u16, from: usize, to: usize) -> SlotMove {
    SlotMove {
        first,
        last,
        from,
        to,
    }
}

#[test]
fn three_masters_plus_an_empty_one_as_redis_cli_prints_it() {
    // redis-cli: balances 1365, 1366, 1365, −4096; "Moving 1366 slots from m1",
    // then 1365 from m2, then 1365 from m0, all to the new master.
    let mut map = SlotMap::create(3).unwrap();
    let moves = map.rebalance(&[1.0; 4]);
    assert_eq!(
        moves,
        vec![
            mv(5461, 6826, 1, 3),
            mv(10_923, 12_287, 2, 3),
            mv(0, 1364, 0, 3)
        ]
    );
    assert_eq!(map.slot_counts(4), vec![4096; 4]);
    let new: Vec<(u16, u16)> = map
        .ranges()
        .iter()
        .filter(|r| r.master == 3)
        .map(|r| (r.first, r.last))
        .collect();
    assert_eq!(new, vec![(0, 1364), (5461, 6826), (10_923, 12_287)]);
}

#[test]
fn weight_zero_empties_one_master_into_the_others() {
    let mut map = SlotMap::create(4).unwrap();
    let before = map.clone();
    let moves = map.rebalance(&[1.0, 0.0, 1.0, 1.0]);
    // Balances −1365, 4096, −1365, −1365; the rounding slot goes to master 0.
    assert_eq!(
        moves,
        vec![
            mv(4096, 5461, 1, 0),
            mv(5462, 6826, 1, 2),
            mv(6827, 8191, 1, 3)
        ]
    );
    assert_eq!(map.slot_counts(4), vec![5462, 0, 5461, 5461]);
    for slot in 0..SLOTS as u16 {
        if before.owner(slot) != 1 {
            assert_eq!(map.owner(slot), before.owner(slot));
        }
    }
}

#[test]
fn a_balanced_cluster_is_left_alone() {
    for n in [1, 2, 3, 4, 5, 7, 10, 16, 100] {
        let mut map = SlotMap::create(n).unwrap();
        let fresh = map.clone();
        assert_eq!(map.rebalance(&vec![1.0; n]), vec![], "{n}");
        assert_eq!(map, fresh);
    }
    // 1000 masters hold 16 or 17 slots: 17 is 6 % over 16, so redis-cli does move.
    let mut map = SlotMap::create(1000).unwrap();
    assert!(!map.rebalance(&[1.0; 1000]).is_empty());
}

#[test]
fn every_slot_keeps_an_owner_and_zero_weights_end_empty() {
    for (n, weights) in [
        (3, vec![1.0, 1.0, 1.0, 1.0, 1.0]),
        (5, vec![0.0, 1.0, 0.0, 1.0, 1.0, 1.0]),
        (7, vec![2.0, 1.0, 0.0, 1.0, 0.5, 1.0, 1.0]),
        (12, vec![1.0; 40]),
    ] {
        let mut map = SlotMap::create(n).unwrap();
        map.rebalance(&weights);
        let counts = map.slot_counts(weights.len());
        assert_eq!(counts.iter().sum::<u32>(), SLOTS as u32);
        for (c, w) in counts.iter().zip(&weights) {
            if *w == 0.0 {
                assert_eq!(*c, 0, "{n} {weights:?}");
            }
        }
    }
}

#[test]
fn unusable_weights_move_nothing() {
    let fresh = SlotMap::create(3).unwrap();
    for weights in [
        vec![1.0, 1.0],
        vec![0.0, 0.0, 0.0],
        vec![1.0, f32::NAN, 1.0],
        vec![1.0, -1.0, 1.0],
        vec![1.0, f32::INFINITY, 1.0],
        vec![f32::MAX, f32::MAX, 1.0],
        vec![],
    ] {
        let mut map = fresh.clone();
        assert_eq!(map.rebalance(&weights), vec![], "{weights:?}");
        assert_eq!(map, fresh);
    }
}
