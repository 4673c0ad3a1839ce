use super::*;

fn keys(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("key-{i}")).collect()
}

#[test]
fn removing_a_node_moves_only_its_keys_to_their_runner_up() {
    let all = Rendezvous::new(&[("a", 1), ("b", 1), ("c", 1), ("d", 1)]).unwrap();
    let without_c = Rendezvous::new(&[("a", 1), ("b", 1), ("d", 1)]).unwrap();
    let back = [0, 1, 3];
    for key in keys(2000) {
        let top = all.top_k(&key, 2);
        let after = back[without_c.lookup(&key)];
        if top[0] == 2 {
            assert_eq!(after, top[1], "{key}");
        } else {
            assert_eq!(after, top[0], "{key}");
        }
    }
}

#[test]
fn weights_set_shares() {
    let r = Rendezvous::new(&[("a", 1), ("b", 3)]).unwrap();
    let on_b = keys(20_000).iter().filter(|k| r.lookup(k) == 1).count();
    let share = on_b as f64 / 20_000.0;
    assert!((share - 0.75).abs() < 0.02, "{share}");
}

#[test]
fn scores_are_positive_and_top_k_is_sorted() {
    let r = Rendezvous::new(&[("a", 1), ("b", 2), ("c", 1)]).unwrap();
    let s = r.scores("hello");
    assert!(s.iter().all(|&x| x > 0.0 && x.is_finite()));
    let top = r.top_k("hello", 3);
    assert_eq!(top[0], r.lookup("hello"));
    assert!(s[top[0]] >= s[top[1]] && s[top[1]] >= s[top[2]]);
    assert_eq!(Rendezvous::new(&[]).unwrap_err(), AlgoError::NoLiveNode);
}
