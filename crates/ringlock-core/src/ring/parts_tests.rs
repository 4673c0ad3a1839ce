use super::*;
use crate::ring::REPORT_EVERY;
use crate::Scenario;

fn scenario(fragment: &str) -> Scenario {
    Scenario::from_fragment(fragment).expect("a valid link")
}

/// The scenario's nodes only: the ring a worker's keys are installed into.
fn nodes_only(s: &Scenario) -> Ring {
    let mut bare = s.clone();
    bare.keys = KeySpec::default();
    bare.build().expect("the nodes are valid")
}

#[test]
fn parts_round_trip_to_the_same_ring() {
    for link in [
        "v=1&n=a,b*2,c!&vn=8&k=5000&kn=apple,p%C3%A9ar&kr=key-3,key-9",
        "v=1&n=x!,y!&vn=4&k=300",
        "v=1&n=&vn=4&k=50",
        "v=1&n=solo&vn=1&k=0",
    ] {
        let s = scenario(link);
        let built = s.build().unwrap();
        let mut ring = nodes_only(&s);
        ring.install_keys(built.key_parts(), built.key_spec().clone())
            .unwrap();
        ring.check_invariants().unwrap();
        assert_eq!(ring.key_parts(), built.key_parts(), "{link}");
        assert_eq!(ring.scenario(s.scheme), built.scenario(s.scheme), "{link}");
        for &id in built.node_ids() {
            assert_eq!(ring.key_count(id), built.key_count(id));
        }
        assert_eq!(ring.keys().find("key-10"), built.keys().find("key-10"));
    }
}

#[test]
fn progress_counts_every_generated_key() {
    let s = scenario("v=1&n=a,b&vn=4&k=140000");
    let mut seen = Vec::new();
    let built = s.build_reporting(&mut |n| seen.push(n)).unwrap();
    assert_eq!(seen, vec![REPORT_EVERY, 2 * REPORT_EVERY, 140_000]);
    assert_eq!(built.keys().len(), 140_000);
}

#[test]
fn inconsistent_parts_are_refused_and_change_nothing() {
    let s = scenario("v=1&n=a,b,c!&vn=8&k=2000&kn=%C3%A9t%C3%A9");
    let built = s.build().unwrap();
    let good = built.key_parts();
    let c = built.find_node("c").unwrap().0;
    let mut cases: Vec<(KeyParts, &str)> = Vec::new();
    let mut p = good.clone();
    p.articles.pop();
    cases.push((p, "names and hashes differ in number"));
    let mut p = good.clone();
    *p.ends.last_mut().unwrap() -= 1; // inside "été"'s last two-byte character
    cases.push((p, "a name ends outside the names"));
    let mut p = good.clone();
    p.owner.pop();
    cases.push((p, "ring order and owners differ in number"));
    let mut p = good.clone();
    p.sorted_pos[7] ^= 1;
    cases.push((p, "a key's ring position is not its hash"));
    let mut p = good.clone();
    p.sorted_pos.swap(3, 4);
    p.sorted_id.swap(3, 4);
    cases.push((p, "keys out of ring order"));
    let mut p = good.clone();
    p.owner[5] = c;
    cases.push((p, "a key owned by a node that is not live"));
    let mut p = good.clone();
    p.owner[6] = u32::MAX;
    cases.push((p, "a key owned by a node that is not live"));
    let mut p = good.clone();
    p.sorted_id[0] = 999_999;
    cases.push((p, "a key's ring position is not its hash"));
    for (parts, why) in cases {
        let mut ring = nodes_only(&s);
        let before = ring.key_parts();
        assert_eq!(
            ring.install_keys(parts, KeySpec::default()),
            Err(PartsError(why))
        );
        assert_eq!(ring.key_parts(), before);
    }
}
