use super::*;

#[test]
fn jain_extremes() {
    assert_eq!(jain(&[]), None);
    assert_eq!(jain(&[0, 0]), None);
    assert_eq!(jain(&[3, 3, 3]), Some(1.0));
    assert_eq!(jain(&[5, 0, 0, 0]), Some(0.25));
    assert!((jain(&[1, 1, 0, 0]).unwrap() - 0.5).abs() < 1e-12);
}
