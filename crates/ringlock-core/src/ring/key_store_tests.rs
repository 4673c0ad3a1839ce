use super::*;

fn store(names: &[&str]) -> KeyStore {
    let mut keys = KeyStore::default();
    let hashes: Vec<_> = names.iter().map(|n| KeyHash::of(n)).collect();
    keys.insert_batch(names, &hashes);
    keys
}

#[test]
fn keys_are_kept_in_ring_order() {
    let keys = store(&["key-0", "key-1", "example_key", "abc"]);
    assert!(keys.positions().windows(2).all(|w| w[0] <= w[1]));
    let names: Vec<_> = keys.ids().iter().map(|&id| keys.name(id)).collect();
    // abc a9.., key-0 5b.., key-1 9e.., example_key f6..
    assert_eq!(names, ["key-0", "key-1", "abc", "example_key"]);
}

#[test]
fn find_and_remove() {
    let mut keys = store(&["a", "b", "c"]);
    let slot = keys.find("b").unwrap();
    keys.remove_slots(&[slot]);
    assert_eq!(keys.len(), 2);
    assert!(keys.find("b").is_none());
    assert!(keys.find("a").is_some());
    assert_eq!(keys.upper_bound(u64::MAX), 2);
}
