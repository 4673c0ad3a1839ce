use super::*;

#[test]
fn crc16_check_value() {
    assert_eq!(crc16(b"123456789"), 0x31c3);
    assert_eq!(crc16(b""), 0);
}

#[test]
fn published_key_slots() {
    assert_eq!(key_slot("foo"), 12_182);
    assert_eq!(key_slot("{user1000}.following"), 3443);
    assert_eq!(key_slot("{user1000}.followers"), 3443);
    // An empty tag: the whole key is hashed.
    assert_eq!(hash_tag(b"foo{}{bar}"), b"foo{}{bar}");
    assert_eq!(key_slot("foo{}{bar}"), crc16(b"foo{}{bar}") % 16_384);
    // The first `{` and the first `}` after it.
    assert_eq!(hash_tag(b"foo{{bar}}zap"), b"{bar");
    assert_eq!(hash_tag(b"foo{bar}{zap}"), b"bar");
    assert_eq!(hash_tag(b"no}tag{"), b"no}tag{");
}

#[test]
fn three_masters_get_the_redis_cli_ranges() {
    let ranges = create_ranges(3).unwrap();
    let spans: Vec<(u16, u16)> = ranges.iter().map(|r| (r.first, r.last)).collect();
    assert_eq!(spans, vec![(0, 5460), (5461, 10922), (10923, 16383)]);
    for n in [1, 2, 4, 5, 7, 10, 100, 1000, 16_384] {
        let r = create_ranges(n).unwrap();
        assert_eq!(r[0].first, 0);
        assert_eq!(r[n - 1].last, 16_383);
        assert!(r.windows(2).all(|w| w[1].first == w[0].last + 1), "{n}");
    }
    assert_eq!(create_ranges(0).unwrap_err(), AlgoError::NoLiveNode);
    assert_eq!(
        create_ranges(16_385).unwrap_err(),
        AlgoError::TooManyMasters(16_385)
    );
}
