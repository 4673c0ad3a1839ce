use super::*;

const PCT: Question = Question::Percent { tolerance: 10.0 };
const COUNT: Question = Question::Count { max: 4 };

#[test]
fn guesses_are_read_as_numbers_in_range() {
    assert_eq!(parse_guess(PCT, " 80 "), Some(80.0));
    assert_eq!(parse_guess(PCT, "20%"), Some(20.0));
    assert_eq!(parse_guess(PCT, "7,5"), Some(7.5));
    assert_eq!(parse_guess(PCT, "12.5％"), Some(12.5));
    assert_eq!(parse_guess(PCT, "101"), None);
    assert_eq!(parse_guess(PCT, "-1"), None);
    assert_eq!(parse_guess(PCT, "NaN"), None);
    assert_eq!(parse_guess(PCT, "most"), None);
    assert_eq!(parse_guess(PCT, ""), None);
    assert_eq!(parse_guess(COUNT, "1"), Some(1.0));
    assert_eq!(parse_guess(COUNT, "1.5"), None);
    assert_eq!(parse_guess(COUNT, "5"), None);
}

#[test]
fn a_guess_is_close_within_the_tolerance_and_counts_must_be_exact() {
    assert_eq!(check(PCT, 75.0, 80.2), Verdict::Close);
    assert_eq!(check(PCT, 90.2, 80.2), Verdict::Close);
    assert_eq!(check(PCT, 20.0, 80.0), Verdict::Off(-60.0));
    assert_eq!(check(COUNT, 4.0, 4.0), Verdict::Close);
    assert_eq!(check(COUNT, 2.0, 1.0), Verdict::Off(1.0));
}

#[test]
fn every_lesson_starts_from_a_valid_ring_and_asks_a_question_it_can_check() {
    for lesson in Lesson::ALL {
        let state = RingState::from_fragment(lesson.setup());
        assert!(state.notice.is_none(), "{lesson:?}");
        assert!(
            measure(lesson, &state).is_none(),
            "{lesson:?} before playing"
        );
    }
}

#[test]
fn the_join_on_modulo_moves_about_four_fifths_and_the_ring_one_fifth() {
    use std::rc::Rc;
    use yew::Reducible;
    for (lesson, theory) in [(Lesson::JoinModulo, 80.0), (Lesson::JoinRing, 20.0)] {
        let state = Rc::new(RingState::from_fragment(lesson.setup()));
        let after = state.reduce(lesson.change());
        let outcome = measure(lesson, &after).expect("played");
        assert!((outcome.theory - theory).abs() < 1e-9, "{outcome:?}");
        assert!((outcome.measured - theory).abs() < 3.0, "{outcome:?}");
    }
}
