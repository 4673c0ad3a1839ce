use super::*;

#[test]
fn a_percentage_is_read_with_or_without_its_sign_and_refused_outside_0_to_100() {
    assert_eq!(parse_percent("80"), Ok(80.0));
    assert_eq!(parse_percent(" 12.5 % "), Ok(12.5));
    assert_eq!(parse_percent("20％"), Ok(20.0));
    assert_eq!(parse_percent("7,5"), Ok(7.5));
    assert_eq!(parse_percent(""), Err(GuessError::NotANumber));
    assert_eq!(parse_percent("lots"), Err(GuessError::NotANumber));
    assert_eq!(parse_percent("NaN"), Err(GuessError::NotANumber));
    assert_eq!(parse_percent("101"), Err(GuessError::OutOfRange));
    assert_eq!(parse_percent("-1"), Err(GuessError::OutOfRange));
}

#[test]
fn a_percentage_is_right_within_its_tolerance_and_not_beyond() {
    let q = Question::Percent { tolerance: 10.0 };
    let t = Truth::Percent(79.6);
    assert!(is_right(q, &Guess::Percent(80.0), &t));
    assert!(is_right(q, &Guess::Percent(69.6), &t));
    assert!(is_right(q, &Guess::Percent(89.6), &t));
    assert!(!is_right(q, &Guess::Percent(69.5), &t));
    assert!(!is_right(q, &Guess::Percent(20.0), &t));
}

#[test]
fn a_node_or_a_choice_is_right_only_when_it_is_the_one() {
    let t = Truth::Node("node2".into());
    assert!(is_right(Question::Node, &Guess::Node("node2".into()), &t));
    assert!(!is_right(Question::Node, &Guess::Node("node3".into()), &t));
    let q = Question::Choice(3);
    assert!(is_right(q, &Guess::Choice(1), &Truth::Choice(1)));
    assert!(!is_right(q, &Guess::Choice(0), &Truth::Choice(1)));
    assert!(!is_right(q, &Guess::Choice(5), &Truth::Choice(5)));
}

#[test]
fn a_guess_of_the_wrong_kind_is_never_right() {
    let t = Truth::Percent(20.0);
    assert!(!is_right(Question::Node, &Guess::Percent(20.0), &t));
    assert!(!is_right(
        Question::Percent { tolerance: 5.0 },
        &Guess::Node("20".into()),
        &t
    ));
}

#[test]
fn a_wait_is_read_in_milliseconds_and_right_within_its_tolerance() {
    assert_eq!(parse_millis("1800"), Ok(1800.0));
    assert_eq!(parse_millis(" 1,800 ms "), Ok(1800.0));
    assert_eq!(parse_millis("1800毫秒"), Ok(1800.0));
    assert_eq!(parse_millis("soon"), Err(GuessError::NotANumber));
    assert_eq!(parse_millis("-5"), Err(GuessError::OutOfRange));
    assert_eq!(parse_millis("60001"), Err(GuessError::OutOfRange));
    let q = Question::Millis { tolerance: 300.0 };
    let t = Truth::Millis(1_950.0);
    assert!(is_right(q, &Guess::Millis(2_000.0), &t));
    assert!(is_right(q, &Guess::Millis(1_650.0), &t));
    assert!(!is_right(q, &Guess::Millis(1_600.0), &t));
    assert!(!is_right(q, &Guess::Percent(1_950.0), &t));
}
