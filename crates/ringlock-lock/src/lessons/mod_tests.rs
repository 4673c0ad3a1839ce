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

#[test]
fn each_win_in_the_facts_is_a_winning_vote_in_the_log_with_its_validity_by_the_formula() {
    use crate::vocab::log::LogKind;
    for s in [
        LabScenario::Failover,
        LabScenario::ClockJump,
        LabScenario::Restart,
        LabScenario::RestartDelayed,
    ] {
        let facts = s.facts();
        let mut lab = s.build();
        lab.run_until(s.duration());
        let logged: Vec<_> = lab
            .sim()
            .log_since(0)
            .filter_map(|e| match e.kind {
                LogKind::Votes {
                    worker,
                    validity: Some(v),
                    ..
                } => Some((worker, e.at, v)),
                _ => None,
            })
            .collect();
        assert!(logged.len() >= 2, "{}", s.id());
        assert_eq!(facts.wins.len(), logged.len(), "{}", s.id());
        for (w, (worker, at, v)) in facts.wins.iter().zip(logged) {
            assert_eq!((w.worker, w.t2, w.won), (worker, Some(at), Some(true)));
            let ttl = s.settings().ttl;
            assert_eq!((w.ttl, w.drift), (ttl, ttl / 100 + 2));
            let by_formula = ttl as i64 - (at - w.t1) as i64 - w.drift as i64;
            assert_eq!(w.validity, Some(by_formula));
            assert_eq!(w.validity, Some(v as i64));
        }
    }
    assert!(LabScenario::GcPause.facts().wins.is_empty());
}
