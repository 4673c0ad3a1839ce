use super::*;

#[test]
fn stops_are_sorted_within_limits_and_found() {
    assert!(STOPS.windows(2).all(|w| w[0] < w[1]));
    assert_eq!((STOPS[0], STOPS[STOPS.len() - 1]), (MIN_VNODES, MAX_VNODES));
    for (i, &v) in STOPS.iter().enumerate() {
        assert_eq!(stop_index(v), i);
    }
    assert_eq!(STOPS[stop_index(17)], 16);
    assert_eq!(STOPS[stop_index(150)], 160);
}
