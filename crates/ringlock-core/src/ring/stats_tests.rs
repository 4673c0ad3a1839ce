use super::*;

#[test]
fn theory_matches_domain_table() {
    // DOMAIN A2: N=10,V=10 → 0.2985; N=10,V=160 → 0.0750; N=100,V=200 → 0.0704.
    assert!((theory_share_cv(10, 10) - 0.2985).abs() < 5e-5);
    assert!((theory_share_cv(10, 160) - 0.0750).abs() < 5e-5);
    assert!((theory_share_cv(100, 200) - 0.0704).abs() < 5e-5);
    // One point per node: √((N−1)/(N+1)).
    assert!((theory_share_cv(3, 1) - 0.5f64.sqrt()).abs() < 1e-12);
}

#[test]
fn key_cv_tends_to_share_cv_with_many_keys() {
    let big = theory_key_cv(10, 10, 1_000_000_000);
    assert!((big - theory_share_cv(10, 10)).abs() < 1e-3);
    assert!(theory_key_cv(10, 10, 1000) > theory_share_cv(10, 10));
}

#[test]
fn shares_sum_to_one() {
    let mut ring = Ring::new(16);
    for name in ["a", "b", "c"] {
        ring.add_node(name, 1).unwrap();
    }
    ring.kill_node("b").unwrap();
    let total: f64 = ring.ring_shares().iter().sum();
    assert!((total - 1.0).abs() < 1e-9);
    for scheme in Scheme::ALL {
        let s: f64 = ring.shares_under(scheme).iter().sum();
        assert!((s - 1.0).abs() < 1e-9, "{scheme:?}");
    }
}
