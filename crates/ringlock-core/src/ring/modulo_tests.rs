use super::*;

fn ids(n: u32) -> Vec<NodeId> {
    (0..n).map(NodeId).collect()
}

#[test]
fn appending_a_node_moves_n_over_n_plus_one() {
    // DOMAIN A1: 3→4 moves 75%, 10→11 moves 90.9%.
    assert!((expected_modulo(&ids(3), &ids(4)) - 0.75).abs() < 1e-12);
    assert!((expected_modulo(&ids(10), &ids(11)) - 10.0 / 11.0).abs() < 1e-12);
    // Shrinking N→N−1 (the last node goes) moves (N−1)/N.
    assert!((expected_modulo(&ids(4), &ids(3)) - 0.75).abs() < 1e-12);
    // 4→5 (scenario C1) moves 80%.
    assert!((expected_modulo(&ids(4), &ids(5)) - 0.8).abs() < 1e-12);
}

#[test]
fn article_code_counts_its_128_buckets() {
    // 4→5: a bucket a stays iff a%4 == a%5 and that is the same node, i.e. a mod 20 < 4.
    let stay = (0..128).filter(|a| a % 4 == a % 5).count();
    assert!((expected_article(&ids(4), &ids(5)) - (128 - stay) as f64 / 128.0).abs() < 1e-12);
    assert_eq!(expected_article(&ids(4), &ids(4)), 0.0);
}

#[test]
fn scheme_codes_round_trip() {
    for s in Scheme::ALL {
        assert_eq!(Scheme::from_code(s.code()), Some(s));
    }
    assert_eq!(Scheme::from_code("nope"), None);
}

#[test]
fn the_article_code_moves_less_as_n_grows_and_nothing_from_128_nodes() {
    // Independent count over the 128 buckets.
    let moved = |n: usize| (0..128usize).filter(|b| b % n != b % (n + 1)).count() as f64 / 128.0;
    for n in [1, 2, 4, 10, 64, 100, 127, 128, 129, 500] {
        assert_eq!(article_join_fraction(n), moved(n), "n = {n}");
    }
    assert_eq!(article_join_fraction(4), 100.0 / 128.0);
    assert_eq!(article_join_fraction(64), 0.5);
    assert_eq!(article_join_fraction(100), 28.0 / 128.0);
    assert_eq!(article_join_fraction(128), 0.0);
    assert_eq!(article_join_fraction(300), 0.0);
    assert!((modulo_join_fraction(4) - 0.8).abs() < 1e-12);
    assert!((modulo_join_fraction(10) - 10.0 / 11.0).abs() < 1e-12);
}

/// Every list of up to `max_len` nodes drawn (with repeats) from `alphabet` nodes.
fn all_lists(alphabet: u32, max_len: usize) -> Vec<Vec<NodeId>> {
    let mut lists = vec![Vec::new()];
    let mut last = vec![Vec::new()];
    for _ in 0..max_len {
        last = last
            .iter()
            .flat_map(|l: &Vec<NodeId>| {
                (0..alphabet).map(move |n| {
                    let mut l = l.clone();
                    l.push(NodeId(n));
                    l
                })
            })
            .collect();
        lists.extend(last.iter().cloned());
    }
    lists
}

#[test]
fn the_linear_count_equals_the_residue_walk_on_every_small_pair_of_lists() {
    let lists = all_lists(3, 5);
    assert_eq!(lists.len(), 1 + 3 + 9 + 27 + 81 + 243);
    for before in &lists {
        for after in &lists {
            assert_eq!(
                modulo_moved_residues(before, after),
                modulo_moved_residues_walk(before, after),
                "{before:?} → {after:?}"
            );
        }
    }
}

#[test]
fn moved_residues_count_over_the_lcm() {
    // 4 → 6 nodes, the first four kept: lcm 12, residue r keeps its node iff r mod 4 == r mod 6,
    // i.e. r ∈ {0, 1, 2, 3}: 8 of 12 move.
    assert_eq!(modulo_moved_residues(&ids(4), &ids(6)), (8, 12));
    assert_eq!(modulo_moved_residues(&[], &[]), (0, 1));
    assert_eq!(modulo_moved_residues(&ids(2), &[]), (1, 1));
    assert_eq!(modulo_moved_residues(&ids(7), &ids(7)), (0, 7));
}

#[test]
fn the_residue_table_agrees_with_both_owners_on_every_residue() {
    for (b, a) in [(1, 1), (4, 5), (6, 4), (7, 7), (12, 18), (1000, 999)] {
        let before = ids(b);
        // The same nodes in a shifted order, so owners differ in more than the count.
        let mut after = ids(a);
        after.rotate_left(a as usize / 3);
        let (lcm, moved) = moved_residues(&before, &after).unwrap();
        assert_eq!(lcm, moved.len() as u64);
        for (r, &m) in moved.iter().enumerate() {
            let r = r as u64;
            let changed = modulo_owner(r, &before) != modulo_owner(r, &after);
            assert_eq!(m == 1, changed, "{b} → {a}, residue {r}");
        }
        assert_eq!(
            moved.iter().map(|&m| u64::from(m)).sum::<u64>(),
            modulo_moved_residues(&before, &after).0
        );
    }
    // Beyond the table (lcm(1,500, 1,499) > 2²⁰) and with nobody live: no table.
    assert!(moved_residues(&ids(1500), &ids(1499)).is_none());
    assert!(moved_residues(&[], &ids(3)).is_none());
}

#[test]
fn moved_counts_count_by_definition_with_and_without_the_table() {
    let mut ring = crate::Ring::new(4);
    ring.add_node("a", 1).unwrap();
    ring.add_generated(3000).unwrap();
    let keys = ring.keys();
    // 12 → 18 tabulates (L = 36); 1,500 → 1,499 does not (L > 2²⁰); one side empty.
    for (before, after) in [
        (ids(12), ids(18)),
        (ids(1500), ids(1499)),
        (ids(5), Vec::new()),
    ] {
        let mut shifted = after.clone();
        shifted.rotate_left(after.len() / 2);
        for after in [after, shifted] {
            let (mut modulo, mut article) = (0, 0);
            for &id in keys.ids() {
                let h = keys.hash(id);
                modulo += u64::from(
                    modulo_owner(h.position, &before) != modulo_owner(h.position, &after),
                );
                article += u64::from(
                    article_owner(h.article, &before) != article_owner(h.article, &after),
                );
            }
            assert_eq!(moved_counts(keys, &before, &after), (modulo, article));
        }
    }
}
