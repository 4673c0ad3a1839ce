use super::*;

// Vectors computed independently with Python's hashlib:
//   hashlib.sha1(b"...").hexdigest()
#[test]
fn sha1_known_vectors() {
    assert_eq!(hex(&sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    assert_eq!(
        hex(&sha1("abc")),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
}

#[test]
fn key_position_reads_first_eight_bytes_big_endian() {
    assert_eq!(key_position("abc"), 0xa9993e364706816a);
    assert_eq!(key_position(""), 0xda39a3ee5e6b4b0d);
}

#[test]
fn pinned_ring_positions() {
    // Python: hashlib.sha1(s.encode()).digest()[:8].hex() and int.from_bytes(d, "big") % 128
    for (text, position, bucket) in [
        ("node1#0", 0xe044094e8f172e7b_u64, 61),
        ("example_key", 0xf638f7a6d6f8b1c1, 86),
        ("key-0", 0x5bc8ee5784ee5a1c, 27),
        ("key-1", 0x9e52503a0984e613, 107),
        ("alpha#3", 0x7ce1ed33738f2837, 94),
    ] {
        assert_eq!(key_position(text), position, "{text}");
        assert_eq!(article_bucket(&sha1(text)), bucket, "{text}");
    }
    assert_eq!(vnode_position("alpha", 3), 0x7ce1ed33738f2837);
}

#[test]
fn vnode_position_hashes_name_hash_index() {
    assert_eq!(vnode_label("node1", 0), "node1#0");
    assert_eq!(vnode_position("node1", 0), key_position("node1#0"));
    // Every digit count, the largest index, and names that are not ASCII.
    const INDICES: [u32; 9] = [0, 7, 10, 99, 100, 12_345, 999_999_999, 1 << 30, u32::MAX];
    for name in ["n", "node-42", "é节点", ""] {
        for index in INDICES {
            assert_eq!(
                vnode_position(name, index),
                key_position(&format!("{name}#{index}")),
                "{name}#{index}"
            );
        }
    }
}

#[test]
fn article_bucket_is_int_mod_128() {
    // int("a9993e36...d89d", 16) % 128 == 0x9d & 0x7f == 29
    assert_eq!(article_bucket(&sha1("abc")), 29);
}

#[test]
fn angles_span_the_circle() {
    assert_eq!(angle_deg(0), 0.0);
    assert!((angle_deg(1 << 63) - 180.0).abs() < 1e-9);
    assert!(angle_deg(u64::MAX) < 360.0 + 1e-9);
}
