use super::*;

#[test]
fn absent_parts_leave_no_gap() {
    let parts = [Some("v=1".to_string()), None, Some("aq=1".to_string())];
    assert_eq!(join(&parts), "v=1&aq=1");
}
