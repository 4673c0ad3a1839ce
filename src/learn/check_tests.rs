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

#[test]
fn a_count_is_read_as_a_whole_number_and_refused_with_a_named_error() {
    assert_eq!(parse_count("9"), Ok(9));
    assert_eq!(parse_count(" 1,800 "), Ok(1_800));
    assert_eq!(parse_count("9 个"), Ok(9));
    assert_eq!(parse_count("3次"), Ok(3));
    assert_eq!(parse_count("0"), Ok(0));
    assert_eq!(parse_count("2.0"), Ok(2));
    assert_eq!(parse_count(""), Err(GuessError::NotANumber));
    assert_eq!(parse_count("many"), Err(GuessError::NotANumber));
    assert_eq!(parse_count("inf"), Err(GuessError::NotANumber));
    assert_eq!(parse_count("2.5"), Err(GuessError::NotWhole));
    assert_eq!(parse_count("-1"), Err(GuessError::OutOfRange));
    assert_eq!(parse_count("1000001"), Err(GuessError::OutOfRange));
}

#[test]
fn a_count_is_right_within_its_tolerance_and_only_as_a_count() {
    let exact = Question::Count { tolerance: 0 };
    assert!(is_right(exact, &Guess::Count(1), &Truth::Count(1)));
    assert!(!is_right(exact, &Guess::Count(2), &Truth::Count(1)));
    assert!(!is_right(exact, &Guess::Count(0), &Truth::Count(1)));
    let loose = Question::Count { tolerance: 1 };
    let t = Truth::Count(9);
    assert!(is_right(loose, &Guess::Count(8), &t));
    assert!(is_right(loose, &Guess::Count(10), &t));
    assert!(!is_right(loose, &Guess::Count(7), &t));
    assert!(!is_right(loose, &Guess::Count(11), &t));
    assert!(!is_right(loose, &Guess::Millis(9.0), &t));
    assert!(!is_right(
        Question::Millis { tolerance: 1.0 },
        &Guess::Count(9),
        &Truth::Millis(9.0)
    ));
}
