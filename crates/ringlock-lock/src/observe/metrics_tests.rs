//! Unit tests of `observe::metrics`.

use super::*;

#[test]
fn buckets_are_monotone_and_tight() {
    let mut last = 0;
    for v in (0..5_000u64).chain([u64::MAX / 3, u64::MAX]) {
        let b = bucket(v);
        assert!(b >= last);
        last = b;
        let lo = lower_bound(b);
        assert!(lo <= v && v - lo <= v / 32, "{v} → {lo}");
    }
    assert_eq!(lower_bound(bucket(63)), 63);
    assert_eq!(lower_bound(bucket(64)), 64);
}

#[test]
fn quantiles() {
    let mut h = Histogram::default();
    assert_eq!(h.quantile(0.5), None);
    for v in 1..=100 {
        h.add(v % 50 + 1); // 1..=50 twice
    }
    assert_eq!(h.count(), 100);
    assert_eq!(h.quantile(0.5), Some(25));
    assert_eq!(h.quantile(0.99), Some(50));
    assert_eq!(h.quantile(0.0), Some(1));
}

#[test]
fn utilisation_counts_overlaps_once() {
    let mut t = Tally::default();
    t.on_hold_start(10);
    t.on_hold_start(15);
    t.on_hold_end(20);
    t.on_hold_end(30);
    assert_eq!(t.held_time(40), 20);
    t.on_hold_start(50);
    assert_eq!(t.held_time(55), 25);
}
