use super::super::bounded::place_positions;
use super::*;
use crate::hash;

#[test]
fn ring_order_arrivals_match_the_batch() {
    let nodes = [("a", 1), ("b", 3), ("c", 2)];
    let positions: Vec<u64> = (0..900)
        .map(|i| hash::key_position(&format!("k{i}")))
        .collect();
    let batch = place_positions(&nodes, 4, &positions, 0.1).unwrap();
    let mut arrivals = Arrivals::new(&nodes, 4, 0.1, positions.len()).unwrap();
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by_key(|&k| (positions[k], k));
    for k in order {
        assert_eq!(arrivals.arrive(positions[k]), batch.owners[k]);
    }
    assert_eq!(arrivals.loads, batch.loads);
    assert_eq!(arrivals.capacity, batch.capacity);
}

#[test]
fn keys_past_the_expected_count_overflow_instead_of_failing() {
    let nodes = [("a", 1), ("b", 1)];
    let mut arrivals = Arrivals::new(&nodes, 2, 0.0, 2).unwrap();
    for i in 0..10u64 {
        assert!(arrivals.arrive(i.wrapping_mul(0x9e37_79b9_7f4a_7c15)) < 2);
    }
    assert_eq!(arrivals.loads.iter().sum::<u64>(), 10);
    assert!(matches!(
        Arrivals::new(&nodes, 2, f64::NAN, 2),
        Err(AlgoError::BadEpsilon(e)) if e.is_nan()
    ));
}
