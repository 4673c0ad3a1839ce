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
