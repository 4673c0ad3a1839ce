use super::*;
use crate::learn::check::Truth;

fn at(chapter: usize, step: usize) -> StepId {
    StepId { chapter, step }
}

fn go(s: Rc<LearnState>, actions: Vec<LearnAction>) -> Rc<LearnState> {
    actions.into_iter().fold(s, |s, a| s.reduce(a))
}

#[test]
fn a_link_wins_over_the_stored_step_and_bad_values_fall_back_to_chapter_1() {
    assert_eq!(LearnState::new("#learn=2.2", Some("3.1")).at, at(1, 1));
    assert_eq!(LearnState::new("", Some("3.1")).at, at(2, 0));
    let bad = LearnState::new("#learn=9.9", Some("3.1"));
    assert_eq!((bad.at, bad.notice), (at(0, 0), Some(LearnNotice::BadLink)));
    for corrupt in ["", "x", "3", "{\"a\":1}", "99.99"] {
        let s = LearnState::new("#v=1&n=a", Some(corrupt));
        assert_eq!((s.at, s.notice), (at(0, 0), None), "{corrupt}");
    }
}

#[test]
fn nothing_is_revealed_before_a_guess_or_a_skip_and_a_wrong_guess_is_kept() {
    let s = Rc::new(LearnState::new("#learn=2.2", None));
    assert!(!s.revealed());
    let refused = s.clone().reduce(LearnAction::TypePercent("much".into()));
    assert_eq!(refused.error, Some(GuessError::NotANumber));
    assert!(!refused.revealed());
    let wrong = refused.reduce(LearnAction::TypePercent("20".into()));
    assert!(wrong.revealed() && wrong.error.is_none());
    assert_eq!(
        wrong.answer(),
        Some(&Answer {
            guess: Some(Guess::Percent(20.0)),
            right: false
        })
    );
    // A second guess does not overwrite the first.
    let again = wrong.clone().reduce(LearnAction::TypePercent("80".into()));
    assert_eq!(again.answer(), wrong.answer());
    assert!(!s.revealed(), "the previous state is unchanged");
}

#[test]
fn the_right_answer_is_the_cores_and_show_me_reveals_without_a_guess() {
    let s = Rc::new(LearnState::new("#learn=3.1", None));
    let Some(Truth::Node(owner)) = facts(s.step(), Lang::En).truth else {
        panic!("a node question")
    };
    let right = s.clone().reduce(LearnAction::Pick(Guess::Node(owner)));
    assert!(right.answer().unwrap().right);
    let skipped = s.reduce(LearnAction::ShowMe);
    assert_eq!(
        skipped.answer(),
        Some(&Answer {
            guess: None,
            right: false
        })
    );
}

#[test]
fn back_returns_to_the_previous_step_as_it_was_left_and_restart_forgets_the_chapter() {
    let s = Rc::new(LearnState::new("#learn=2.1", None));
    let s = go(
        s,
        vec![
            LearnAction::Pick(Guess::Choice(1)),
            LearnAction::Next,
            LearnAction::ShowMe,
            LearnAction::Next,
        ],
    );
    assert_eq!(s.at, at(2, 0));
    let back = go(s.clone(), vec![LearnAction::Back, LearnAction::Back]);
    assert_eq!(back.at, at(1, 0));
    assert!(back.revealed() && back.answer().unwrap().right);
    let restarted = back.reduce(LearnAction::RestartChapter);
    assert_eq!(restarted.at, at(1, 0));
    assert!(!restarted.revealed());
    assert!(restarted.answers.keys().all(|id| id.chapter != 1));
    // Back at the very start and Next at the very end stay put.
    let first = Rc::new(LearnState::default()).reduce(LearnAction::Back);
    assert_eq!(first.at, at(0, 0));
    let last = *StepId::all().last().unwrap();
    assert_eq!(
        Rc::new(LearnState::default())
            .reduce(LearnAction::Go(last))
            .reduce(LearnAction::Next)
            .at,
        last
    );
}

#[test]
fn a_loaded_link_moves_to_its_step_and_a_bad_one_says_so() {
    let s = Rc::new(LearnState::default());
    let s = s.reduce(LearnAction::LoadFragment("#learn=3.2".into()));
    assert_eq!(s.at, at(2, 1));
    let s = s.reduce(LearnAction::LoadFragment("#v=1&n=a".into()));
    assert_eq!(
        s.at,
        at(2, 1),
        "a link without a step leaves the course alone"
    );
    let s = s.reduce(LearnAction::LoadFragment("#learn=0.0".into()));
    assert_eq!((s.at, s.notice), (at(0, 0), Some(LearnNotice::BadLink)));
    assert_eq!(s.reduce(LearnAction::DismissNotice).notice, None);
}

#[test]
fn a_typed_count_is_checked_against_the_cores_and_a_fraction_is_refused() {
    let s = Rc::new(LearnState::new("#learn=9.1", None));
    let Some(Truth::Count(sent)) = facts(s.step(), Lang::En).truth else {
        panic!("a count question")
    };
    let refused = s.clone().reduce(LearnAction::TypeCount("2.5".into()));
    assert_eq!(refused.error, Some(GuessError::NotWhole));
    assert!(!refused.revealed());
    let right = refused.reduce(LearnAction::TypeCount(format!(" {sent} ")));
    assert_eq!(
        right.answer(),
        Some(&Answer {
            guess: Some(Guess::Count(sent)),
            right: true
        })
    );
    let wrong = s.reduce(LearnAction::TypeCount((sent + 1).to_string()));
    assert!(wrong.revealed() && !wrong.answer().unwrap().right);
}
