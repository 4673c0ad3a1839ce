//! Unit tests of `observe::overlap`.

use super::*;

#[test]
fn a_delete_counts_only_while_the_grant_would_have_lived() {
    let mut o = Overlaps::default();
    o.on_grant(0, 1, &[], |_| false);
    o.on_foreign_delete(1, Some(1_000));
    o.on_grant(900, 2, &[1], |_| false);
    assert_eq!(
        o.on_overlap(920, 2, &[1], |_| false),
        Some(Cause::ForeignDelete)
    );
    // The same delete, but the next grant comes after the key would have expired anyway.
    o.on_grant(1_100, 3, &[1], |_| false);
    assert_eq!(o.on_overlap(1_120, 3, &[1], |_| false), Some(Cause::Expiry));
}

#[test]
fn a_live_or_unreported_grant_has_no_cause() {
    let mut o = Overlaps::default();
    o.on_grant(0, 1, &[], |_| true);
    o.on_grant(10, 2, &[1], |_| true);
    assert_eq!(o.on_overlap(30, 2, &[1], |_| true), None);
    assert_eq!(o.on_overlap(40, 7, &[8], |_| false), None);
}

#[test]
fn a_new_grant_clears_an_old_delete() {
    let mut o = Overlaps::default();
    o.on_grant(0, 1, &[], |_| false);
    o.on_foreign_delete(1, None);
    o.on_grant(500, 1, &[], |_| true);
    o.on_alone(1);
    assert_eq!(o.on_overlap(600, 2, &[1], |_| true), None);
}
