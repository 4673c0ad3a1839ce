//! Predictions: the kinds of question, the student's guess, and whether it was right. Pure.

use crate::learn::text::course::L;

/// A question the course asks before it shows the outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question {
    /// A percentage, right within `tolerance` percentage points.
    Percent {
        /// Allowed distance from the measured value, in points.
        tolerance: f64,
    },
    /// A node, picked among the ring's nodes.
    Node,
    /// One of these options.
    Choice(&'static [L]),
}

/// The right answer, as the core measured it.
#[derive(Clone, Debug, PartialEq)]
pub enum Truth {
    /// A percentage.
    Percent(f64),
    /// A node's name.
    Node(String),
    /// An option's index.
    Choice(usize),
}

/// What the student answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Guess {
    /// A percentage.
    Percent(f64),
    /// A node's name.
    Node(String),
    /// An option's index.
    Choice(usize),
}

/// Why a typed percentage was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessError {
    /// Not a number.
    NotANumber,
    /// Below 0 or above 100.
    OutOfRange,
}

/// Read a typed percentage: `80`, `80%`, ` 12.5 ` (a comma is read as a decimal point).
pub fn parse_percent(raw: &str) -> Result<f64, GuessError> {
    let text = raw
        .trim()
        .trim_end_matches(['%', '％'])
        .trim()
        .replace(',', ".");
    let value: f64 = text.parse().map_err(|_| GuessError::NotANumber)?;
    if !value.is_finite() {
        return Err(GuessError::NotANumber);
    }
    if !(0.0..=100.0).contains(&value) {
        return Err(GuessError::OutOfRange);
    }
    Ok(value)
}

/// Whether a guess answers a question right, given the measured truth.
pub fn is_right(question: Question, guess: &Guess, truth: &Truth) -> bool {
    match (question, guess, truth) {
        (Question::Percent { tolerance }, Guess::Percent(g), Truth::Percent(t)) => {
            (g - t).abs() <= tolerance + 1e-9
        }
        (Question::Node, Guess::Node(g), Truth::Node(t)) => g == t,
        (Question::Choice(options), Guess::Choice(g), Truth::Choice(t)) => {
            g == t && *g < options.len()
        }
        // A guess of the wrong kind answers nothing.
        (Question::Percent { .. } | Question::Node | Question::Choice(_), _, _) => false,
    }
}

#[cfg(test)]
mod tests {
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
        let q = Question::Choice(&[L::CostFree, L::CostCopy, L::CostStop]);
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
}
