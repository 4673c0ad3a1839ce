use super::*;
use ringlock_lock::Action;

#[test]
fn no_setup_tells_its_outcome_and_every_placeholder_is_filled() {
    for lang in [Lang::En, Lang::Zh] {
        for lesson in LabScenario::ALL {
            let (set, out) = (setup(lang, lesson), outcome(lang, lesson, &lesson.facts()));
            assert!(
                !set.contains('{') && !out.contains('{'),
                "{}: {set} / {out}",
                lesson.id()
            );
            assert!(
                !out.contains('?'),
                "{}: a number missing: {out}",
                lesson.id()
            );
            assert!(!set.contains(&out) && set != out, "{}", lesson.id());
        }
    }
}

#[test]
fn the_pause_the_setup_names_is_the_one_the_lesson_records() {
    for lesson in [
        LabScenario::GcPause,
        LabScenario::GcPauseFenced,
        LabScenario::Etcd,
    ] {
        let trigger = lesson.facts().trigger.expect("a pause");
        let Action::Pause { ms, .. } = trigger.action else {
            panic!("{}: not a pause", lesson.id())
        };
        assert_eq!(ms, lesson.settings().pause, "{}", lesson.id());
    }
}

#[test]
fn the_setups_say_the_settings_numbers() {
    let en = |l| setup(Lang::En, l);
    assert!(en(LabScenario::HolderCrash).contains("lasts 2 s"));
    assert!(en(LabScenario::GcPause).contains("freezes for 2.5 s"));
    assert!(en(LabScenario::FairQueue).starts_with("50 workers"));
    assert!(en(LabScenario::RestartDelayed).contains("6 s, longer than the 5 s TTL"));
    assert!(setup(Lang::Zh, LabScenario::Etcd).contains("TTL 为 1 秒"));
}
