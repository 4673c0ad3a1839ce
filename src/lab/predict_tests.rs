use super::*;

#[test]
fn a_choice_is_right_only_when_it_matches() {
    assert!(is_right(Guess::Choice(true), Answer::Choice(true)));
    assert!(!is_right(Guess::Choice(false), Answer::Choice(true)));
    assert!(!is_right(Guess::Number(1.0), Answer::Choice(true)));
}

#[test]
fn a_number_is_right_within_its_tolerance() {
    let a = Answer::Number {
        value: 2.0,
        tolerance: 0.5,
    };
    assert!(is_right(Guess::Number(2.5), a));
    assert!(is_right(Guess::Number(1.5), a));
    assert!(!is_right(Guess::Number(2.6), a));
    assert!(!is_right(Guess::Number(f64::NAN), a));
    assert!(!is_right(Guess::Choice(true), a));
}

#[test]
fn numbers_parse_with_either_decimal_mark_and_in_range() {
    assert_eq!(parse_number(" 2,5 ", 60.0), Some(2.5));
    assert_eq!(parse_number("4", 60.0), Some(4.0));
    assert_eq!(parse_number("-1", 60.0), None);
    assert_eq!(parse_number("61", 60.0), None);
    assert_eq!(parse_number("two", 60.0), None);
    assert_eq!(parse_number("inf", 1e9), None);
}

#[test]
fn every_lesson_has_an_answer_in_its_facts_and_it_matches_what_the_lesson_expects() {
    use ringlock_lock::Expect;
    for lesson in LabScenario::ALL {
        let facts = lesson.facts();
        let q = ask(lesson);
        let a = answer(q, &facts).unwrap_or_else(|| panic!("{}: no answer", lesson.id()));
        // The answer agrees with the lesson's own promises where it makes one.
        for &e in lesson.expects() {
            match (q, e, a) {
                (Ask::StaleWrite, Expect::StaleWriteAccepted, Answer::Choice(x)) => assert!(x),
                (Ask::StaleWrite, Expect::StaleWriteRejected, Answer::Choice(x)) => assert!(!x),
                (
                    Ask::TwoHolders,
                    Expect::Violated(Invariant::HolderExclusion),
                    Answer::Choice(x),
                ) => {
                    assert!(x, "{}", lesson.id())
                }
                (Ask::TwoHolders, Expect::Holds(Invariant::HolderExclusion), Answer::Choice(x)) => {
                    assert!(!x, "{}", lesson.id())
                }
                (
                    Ask::WakeupsPerHandoff,
                    Expect::OneWakeupPerHandoff,
                    Answer::Number { value, .. },
                ) => {
                    assert_eq!(value, 1.0)
                }
                (
                    Ask::WakeupsPerHandoff,
                    Expect::WakeupsPerHandoffAbove(n),
                    Answer::Number { value, .. },
                ) => {
                    assert!(value > n)
                }
                _ => {}
            }
        }
        // A number answer is the measured one, independently recomputed.
        if let Answer::Number { value, .. } = a {
            let measured = match q {
                Ask::WaitSecs => {
                    let (_, _, at) = facts.takeover.unwrap();
                    (at - facts.trigger.unwrap().at) as f64 / 1000.0
                }
                _ => facts.metrics.wakeups as f64 / facts.metrics.handoffs as f64,
            };
            assert!(
                (value - measured).abs() < 1e-9,
                "{}: {value} vs {measured}",
                lesson.id()
            );
        }
    }
}
