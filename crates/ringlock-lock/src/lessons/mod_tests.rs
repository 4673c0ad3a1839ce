//! Unit tests of `lessons`.

use super::*;

#[test]
fn ids_round_trip() {
    for s in LabScenario::ALL {
        assert_eq!(LabScenario::from_id(s.id()), Some(s));
        assert_eq!(s.settings().validate(), Ok(()));
    }
    assert_eq!(LabScenario::from_id("nope"), None);
}

#[test]
fn every_lesson_shows_what_it_promises() {
    for s in LabScenario::ALL {
        let facts = s.facts();
        for &e in s.expects() {
            assert!(facts.meets(e), "{}: {e:?} not met: {facts:#?}", s.id());
        }
    }
}
