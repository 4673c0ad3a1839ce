use super::*;

const ALL: [PeopleStep; 6] = [
    PeopleStep::Predecessor,
    PeopleStep::Herd,
    PeopleStep::Etcd,
    PeopleStep::Failover,
    PeopleStep::ClockJump,
    PeopleStep::Correctness,
];

#[test]
fn every_chapter_9_step_has_its_facts_in_both_languages_with_every_placeholder_filled() {
    for step in ALL {
        for lang in [Lang::En, Lang::Zh] {
            let f = facts(step, lang).expect("the run shows what the step asks about");
            assert!(f.truth.is_some() && f.measured.is_some(), "{step:?}");
            let texts = [&f.before, f.ask.as_ref().unwrap(), &f.after];
            for text in texts {
                assert!(!text.contains('{'), "{step:?} {lang:?}: {text}");
            }
            if std::env::var("SHOW").is_ok() {
                println!(
                    "{step:?} {lang:?}\n{}\n{:?}\n{:?}\n{}\n{:?} {:?} {:?}\n",
                    f.before, f.ask, f.options, f.after, f.truth, f.measured, f.theory
                );
            }
        }
    }
}

#[test]
fn a_release_wakes_one_waiter_with_predecessor_watches_and_every_waiter_in_the_herd() {
    let one = first_release(PeopleStep::Predecessor.run()).unwrap();
    let herd = first_release(PeopleStep::Herd.run()).unwrap();
    assert_eq!(one.notified, 1);
    assert!(herd.waiting > 1);
    assert_eq!(herd.notified as usize, herd.waiting);
    assert_eq!(
        (one.holder, one.at, one.waiting),
        (herd.holder, herd.at, herd.waiting)
    );
}
