//! Unit tests of `engine::log`.

use super::*;
use crate::WorkerId;

#[test]
fn log_keeps_the_tail_and_hashes_everything() {
    let mut a = EventLog::new(2);
    let mut b = EventLog::new(100);
    for i in 0..5 {
        let kind = LogKind::Requested {
            worker: WorkerId(i),
        };
        a.push(u64::from(i), kind);
        b.push(u64::from(i), kind);
    }
    assert_eq!(a.total(), 5);
    assert_eq!(a.hash(), b.hash());
    let kept: Vec<u64> = a.since(0).map(|e| e.index).collect();
    assert_eq!(kept, [3, 4]);
    assert_eq!(a.since(4).count(), 1);
    assert_eq!(b.since(3).count(), 2);
}
