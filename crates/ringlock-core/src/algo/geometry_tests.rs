use super::*;

fn covers_circle(arcs: &[Arc]) -> bool {
    arcs.first().is_some_and(|a| a.start == 0)
        && arcs.last().is_some_and(|a| a.end == u64::MAX)
        && arcs.windows(2).all(|w| w[0].end == w[1].start)
}

#[test]
fn a_ring_owns_up_to_each_point_and_wraps_to_the_first() {
    let arcs = ring_arcs(&[(100, 0), (200, 1), (300, 0)]);
    assert!(covers_circle(&arcs));
    assert_eq!(
        arcs,
        vec![
            Arc {
                start: 0,
                end: 101,
                node: 0
            },
            Arc {
                start: 101,
                end: 201,
                node: 1
            },
            Arc {
                start: 201,
                end: u64::MAX,
                node: 0
            },
        ]
    );
    assert!(ring_arcs(&[]).is_empty());
}

#[test]
fn cells_merge_into_runs_and_keys_land_in_their_owners_arc() {
    let arcs = cell_arcs(&[0, 0, 1, 1, 1, 0, 2]);
    assert!(covers_circle(&arcs));
    assert_eq!(
        arcs.iter().map(|a| a.node).collect::<Vec<_>>(),
        [0, 1, 0, 2]
    );
    // A Redis key sits at the start of its slot, inside the slot's arc.
    let map = redis_cluster::SlotMap::create(3).unwrap();
    let owners: Vec<usize> = (0..redis_cluster::SLOTS as u16)
        .map(|s| map.owner(s))
        .collect();
    let arcs = cell_arcs(&owners);
    assert_eq!(arcs.len(), 3);
    for key in ["foo", "bar", "{user1000}.following", "x"] {
        let p = key_point(&Algo::RedisSlots, key);
        let arc = arcs.iter().find(|a| a.start <= p && p < a.end).unwrap();
        assert_eq!(arc.node, map.lookup(key), "{key}");
    }
}

#[test]
fn sectors_take_the_owner_under_their_middle() {
    let arcs = cell_arcs(&[0, 0, 1, 2]);
    assert_eq!(sectors(&arcs, 4), vec![(0, 2, 0), (2, 1, 1), (3, 1, 2)]);
    assert_eq!(sectors(&arcs, 8), vec![(0, 4, 0), (4, 2, 1), (6, 2, 2)]);
    assert!(sectors(&[], 8).is_empty());
    let ring = ring_arcs(&[(u64::MAX / 2, 1), (u64::MAX / 4 * 3, 2)]);
    assert_eq!(sectors(&ring, 4), vec![(0, 2, 1), (2, 1, 2), (3, 1, 1)]);
}

#[test]
fn only_lookup_structures_have_a_circle() {
    let circled: Vec<&str> = Algo::all()
        .iter()
        .filter(|a| has_circle(a))
        .map(|a| a.code())
        .collect();
    assert_eq!(
        circled,
        [
            "ring",
            "libmemcached-ketama",
            "libketama",
            "ketama-spy",
            "maglev",
            "bounded",
            "redis-cluster"
        ]
    );
    assert_eq!(key_point(&Algo::Jump, "k"), crate::hash::key_position("k"));
}
