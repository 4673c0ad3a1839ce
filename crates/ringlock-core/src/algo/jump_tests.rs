use super::*;

fn run(key: u64, k: u32) -> Vec<u32> {
    (1..=k).map(|n| jump(key, n)).collect()
}

fn expand(runs: &[(u32, usize)]) -> Vec<u32> {
    runs.iter()
        .flat_map(|&(b, count)| std::iter::repeat_n(b, count))
        .collect()
}

#[test]
fn published_vectors() {
    // DOMAIN A5, from dgryski/go-jump's tests, for n = 1, 2, ….
    assert_eq!(run(0, 19), vec![0; 19]);
    assert_eq!(run(1, 19), expand(&[(0, 6), (6, 11), (17, 2)]));
    assert_eq!(
        run(0xdead_beef, 19),
        expand(&[(0, 1), (1, 1), (2, 1), (3, 2), (5, 11), (16, 3)])
    );
    assert_eq!(
        run(0x0ddc_0ffe_ebad_f00d, 19),
        expand(&[(0, 1), (1, 1), (2, 13), (15, 4)])
    );
    assert_eq!(jump(256, 1024), 520);
}

#[test]
fn growing_moves_keys_only_into_the_new_bucket() {
    for key in 0..2000u64 {
        let key = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for n in 1..40 {
            let (a, b) = (jump(key, n), jump(key, n + 1));
            assert!(a == b || b == n, "key {key} n {n}: {a} → {b}");
        }
    }
}

#[test]
fn only_the_last_bucket_can_leave() {
    assert_eq!(check_removal(4, 5), Ok(()));
    assert_eq!(
        check_removal(2, 5),
        Err(AlgoError::NotLastBucket { bucket: 2, last: 4 })
    );
    assert_eq!(check_removal(0, 0), Err(AlgoError::NoLiveNode));
    assert!(AlgoError::NotLastBucket { bucket: 2, last: 4 }
        .to_string()
        .contains("renumber"));
}

#[test]
fn steps_grow_like_ln_n() {
    let mean = (0..1000u64)
        .map(|k| f64::from(jump_with_steps(k.wrapping_mul(0x9e37_79b9_7f4a_7c15), 1000).1))
        .sum::<f64>()
        / 1000.0;
    assert!(mean > 5.0 && mean < 10.0, "{mean}");
}
