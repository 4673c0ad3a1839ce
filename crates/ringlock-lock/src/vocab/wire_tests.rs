//! Unit tests of `vocab::wire`.

use super::*;

#[test]
fn routes_follow_the_kind() {
    let w = WorkerId(3);
    assert_eq!(
        MsgKind::Grant.route(w),
        (Endpoint::Server, Endpoint::Worker(w))
    );
    assert_eq!(
        MsgKind::Write.route(w),
        (Endpoint::Worker(w), Endpoint::Storage)
    );
}
