//! Unit tests of `engine::storage`.

use super::*;

#[test]
fn fencing_rejects_only_lower_tokens() {
    let mut s = Storage::default();
    let w = WorkerId(0);
    assert!(s.write(1, w, Some(34), true));
    assert!(!s.write(2, w, Some(33), true), "Kleppmann's 33 after 34");
    assert!(s.write(3, w, Some(34), true), "equal token passes");
    assert!(s.write(4, w, None, true), "nothing to check");
    assert_eq!((s.accepted, s.rejected, s.highest), (3, 1, Some(34)));
    assert_eq!(s.log[1].highest_before, Some(34));
}

#[test]
fn without_fencing_stale_writes_land() {
    let mut s = Storage::default();
    assert!(s.write(1, WorkerId(1), Some(34), false));
    assert!(s.write(2, WorkerId(0), Some(33), false));
    assert_eq!(s.highest, Some(34));
}

#[test]
fn log_is_bounded() {
    let mut s = Storage::default();
    for i in 0..(STORAGE_LOG_LEN as u64 + 10) {
        s.write(i, WorkerId(0), Some(i), true);
    }
    assert_eq!(s.log.len(), STORAGE_LOG_LEN);
    assert_eq!(s.log.front().unwrap().at, 10);
}
