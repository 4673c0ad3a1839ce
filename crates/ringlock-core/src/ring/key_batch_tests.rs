use super::*;
use crate::ring::generated_name;

const EDGES: [u32; 12] = [
    0,
    1,
    9,
    10,
    11,
    99,
    100,
    999_999,
    1_000_000,
    999_999_999,
    1_000_000_000,
    u32::MAX,
];

#[test]
fn generated_names_are_spelled_as_generated_name() {
    let mut buf = [0; 14];
    for i in EDGES.into_iter().chain(0..2_000) {
        assert_eq!(generated_into(i, &mut buf), generated_name(i).as_bytes());
    }
}

#[test]
fn generated_names_are_measured_exactly() {
    let ranges = EDGES
        .into_iter()
        .flat_map(|start| [0, 1, 2, 9, 10, 91, 1_000].map(|count| (start, count)))
        .filter(|&(start, count)| u64::from(start) + u64::from(count) <= u64::from(u32::MAX));
    for (start, count) in ranges {
        let names = Names::Generated { start, count };
        let mut buf = [0; 14];
        let sum: usize = (0..count as usize)
            .map(|i| names.bytes(i, &mut buf).len())
            .sum();
        assert_eq!(names.total_bytes(), sum, "key-{start} and {count} more");
    }
}

#[test]
fn a_batch_comes_out_in_ring_order_without_repeats() {
    let listed = ["b", "a", "b", "key-1", "c", "a", "a"];
    let placed = place(Names::Listed(&listed), &KeyStore::default(), 2, &mut |_| {});
    assert!(placed.positions.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(placed.duplicates, 3);
    let mut names: Vec<&str> = placed.indices.iter().map(|&i| listed[i as usize]).collect();
    let by_ring = names.clone();
    names.sort_unstable();
    assert_eq!(names, ["a", "b", "c", "key-1"]);
    let ends: Vec<usize> = placed.ends.iter().map(|&e| e as usize).collect();
    assert_eq!(placed.arena.len(), *ends.last().unwrap());
    assert_eq!(placed.arena, by_ring.concat());
}

#[test]
fn progress_is_reported_every_so_often_and_at_the_end() {
    let mut seen = Vec::new();
    let names = Names::Generated { start: 5, count: 7 };
    place(names, &KeyStore::default(), 3, &mut |n| seen.push(n));
    assert_eq!(seen, [3, 6, 7]);
    seen.clear();
    place(names, &KeyStore::default(), 7, &mut |n| seen.push(n));
    assert_eq!(seen, [7]);
    seen.clear();
    let none = Names::Generated { start: 0, count: 0 };
    assert_eq!(
        place(none, &KeyStore::default(), 3, &mut |n| seen.push(n))
            .indices
            .len(),
        0
    );
    assert!(seen.is_empty());
}

#[test]
fn equal_positions_are_ordered_by_name() {
    let listed = ["zeta", "alpha", "mid"];
    let names = Names::Listed(&listed);
    let mut run: Vec<Entry> = (0..3)
        .map(|index| Entry {
            position: 7,
            index,
            article: 0,
        })
        .collect();
    sort_runs(names, &mut run, &[0, 3]);
    let order: Vec<u32> = run.iter().map(|e| e.index).collect();
    assert_eq!(order, [1, 2, 0]);
}
