use super::nice_axis;

#[test]
fn axis_is_round_and_covers_the_maximum() {
    assert_eq!(nice_axis(121.0), (150.0, 50.0));
    assert_eq!(nice_axis(100.0), (100.0, 25.0));
    assert_eq!(nice_axis(3.0), (3.0, 1.0));
    assert_eq!(nice_axis(0.0), (1.0, 1.0));
    assert_eq!(nice_axis(250_000.0), (300_000.0, 100_000.0));
}
