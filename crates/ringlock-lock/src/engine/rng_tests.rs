//! Unit tests of `engine::rng`.

use super::*;

#[test]
fn sub_streams_differ_and_repeat() {
    let mut a = Rngs::new(7);
    let mut b = Rngs::new(7);
    let x = a.think.next_u64();
    assert_eq!(x, b.think.next_u64());
    assert_ne!(x, a.hold.next_u64());
    assert_ne!(Rngs::new(8).think.next_u64(), x);
}

#[test]
fn draws_stay_in_range() {
    let mut r = Rngs::new(1).net;
    for _ in 0..1_000 {
        assert!(below(&mut r, 3) < 3);
        let d = draw(&mut r, Span::new(5, 7));
        assert!((5..=7).contains(&d));
    }
    assert_eq!(draw(&mut r, Span::new(4, 4)), 4);
}
