//! Unit tests of `settings::limits`.

use super::*;

#[test]
fn limits_are_inclusive() {
    assert_eq!(Field::Ttl.check(100), Ok(100));
    assert_eq!(Field::Ttl.check(60_000), Ok(60_000));
    assert!(Field::Ttl.check(99).is_err());
    assert_eq!(Field::Hold.check_span(Span::new(7, 7)), Ok(Span::new(7, 7)));
    assert!(Field::Hold.check_span(Span::new(0, 7)).is_err());
}
