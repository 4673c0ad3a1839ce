use super::*;

#[test]
fn the_papers_example_and_its_disruption() {
    let before = Maglev::with_permutations(7, &[(3, 4), (0, 2), (3, 1)]).unwrap();
    // B1 B0 B1 B0 B2 B2 B0
    assert_eq!(before.table(), &[1, 0, 1, 0, 2, 2, 0]);
    // B1 leaves: B0 B0 B0 B0 B2 B2 B2 — slot 6 moved from B0 to B2, both still live.
    let after = Maglev::with_permutations(7, &[(3, 4), (3, 1)]).unwrap();
    assert_eq!(after.table(), &[0, 0, 0, 0, 1, 1, 1]);
}

#[test]
fn table_size_must_be_prime_and_fit() {
    assert_eq!(
        Maglev::new(&["a"], 65_536).unwrap_err(),
        AlgoError::NotPrime(65_536)
    );
    assert!(matches!(
        Maglev::new(&["a", "b", "c"], 2),
        Err(AlgoError::TableSize { .. })
    ));
    assert!(matches!(
        Maglev::new(&["a"], 1_048_583),
        Err(AlgoError::TableSize { .. })
    ));
    assert_eq!(Maglev::new(&[], 7).unwrap_err(), AlgoError::NoLiveNode);
    assert!(is_prime(DEFAULT_M) && is_prime(7) && !is_prime(1) && !is_prime(9));
}

#[test]
fn default_table_is_balanced_within_one_slot() {
    let names: Vec<String> = (0..10).map(|i| format!("node{i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let maglev = Maglev::new(&refs, DEFAULT_M).unwrap();
    let counts = maglev.slot_counts();
    let (lo, hi) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
    assert!(hi - lo <= 1, "{counts:?}");
    assert_eq!(counts.iter().sum::<u64>(), DEFAULT_M);
    let (o, s) = offset_skip("node0", DEFAULT_M);
    assert!(o < DEFAULT_M && (1..DEFAULT_M).contains(&s));
}
