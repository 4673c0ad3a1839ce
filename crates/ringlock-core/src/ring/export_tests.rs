use super::*;

#[test]
fn csv_lists_every_key_with_its_owner() {
    let mut ring = Ring::new(4);
    ring.add_node("a,b", 1).unwrap();
    ring.add_key("key-0").unwrap();
    ring.add_key("x\"y").unwrap();
    let csv = ring.to_csv(Scheme::Ring);
    let lines: Vec<_> = csv.lines().collect();
    assert_eq!(lines[0], "key,position_hex,owner");
    assert_eq!(lines[1], "key-0,5bc8ee5784ee5a1c,\"a,b\"");
    assert_eq!(lines.len(), 3);
    assert!(lines[2].starts_with("\"x\"\"y\","));
}
