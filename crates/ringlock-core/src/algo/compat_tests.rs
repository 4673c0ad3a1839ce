use super::*;
use crate::algo::servers::parse_servers;
use crate::algo::KetamaLabels;

#[test]
fn client_placement_reproduces_the_public_vectors() {
    let hashring =
        parse_servers("192.168.0.102:11212\n192.168.0.103:11212\n192.168.0.104:11212").unwrap();
    let p = place(
        &hashring,
        "foo\npewpew",
        &Algo::Ketama(KetamaLabels::Libketama),
    )
    .unwrap();
    let names: Vec<&str> = p.owners.iter().map(|&o| p.nodes[o].name.as_str()).collect();
    assert_eq!(names, ["192.168.0.102:11212", "192.168.0.103:11212"]);
    let redis = parse_servers("a:1\nb:1\nc:1").unwrap();
    let p = place(&redis, "foo\n{user1000}.following", &Algo::RedisSlots).unwrap();
    // foo → slot 12182, the third master's range; 3443 → the first.
    assert_eq!(p.owners, [2, 0]);
    assert_eq!(p.ignored, 0);
}

#[test]
fn key_lines_skip_blanks_and_stop_at_the_cap() {
    assert_eq!(key_lines("a\r\n\nb\n"), (vec!["a", "b"], 0));
    let text: String = (0..MAX_COMPAT_KEYS + 3)
        .map(|i| format!("k{i}\n"))
        .collect();
    let (keys, ignored) = key_lines(&text);
    assert_eq!((keys.len(), ignored), (MAX_COMPAT_KEYS, 3));
    assert_eq!(
        keys[MAX_COMPAT_KEYS - 1],
        format!("k{}", MAX_COMPAT_KEYS - 1)
    );
}

#[test]
fn losing_a_server_moves_its_keys_and_the_export_quotes_fields() {
    let servers = parse_servers("a:1\nb:1\nc:1").unwrap();
    let keys = "x\n\"quoted\",key\ny\nz\n";
    let algo = Algo::Ketama(KetamaLabels::Libmemcached);
    let p = place(&servers, keys, &algo).unwrap();
    let csv = to_csv(&p, keys);
    assert!(csv.starts_with("key,server\n"));
    assert!(csv.contains("\"\"\"quoted\"\",key\","), "{csv}");
    assert_eq!(csv.lines().count(), 5);
    let gone = p.owners[0];
    let (moved, flows) = what_if(&p, keys, &algo, gone).unwrap();
    let owned = p.owners.iter().filter(|&&o| o == gone).count() as u64;
    // Ketama moves exactly the lost server's keys.
    assert_eq!(moved, owned);
    assert!(flows.iter().all(|f| f.0 == gone && f.1 != gone));
    assert_eq!(flows.iter().map(|f| f.2).sum::<u64>(), moved);
}
