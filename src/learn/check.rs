//! Predictions: the kinds of question, the student's guess, and whether it was right. Pure.

/// A question the course asks before it shows the outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Question {
    /// A percentage, right within `tolerance` percentage points.
    Percent {
        /// Allowed distance from the measured value, in points.
        tolerance: f64,
    },
    /// A time in milliseconds, right within `tolerance` milliseconds.
    Millis {
        /// Allowed distance from the measured value, in milliseconds.
        tolerance: f64,
    },
    /// A node, picked among the ring's nodes.
    Node,
    /// One of this many options (their text comes with the step's facts).
    Choice(usize),
}

/// The right answer, as the core measured it.
#[derive(Clone, Debug, PartialEq)]
pub enum Truth {
    /// A percentage.
    Percent(f64),
    /// Milliseconds.
    Millis(f64),
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
    /// Milliseconds.
    Millis(f64),
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

/// Longest wait the course asks about, in milliseconds.
pub const MAX_MILLIS: f64 = 60_000.0;

/// Read a typed time in milliseconds: `1800`, `1,800`, `1800 ms`, ` 1800ms ` (between 0 and
/// [`MAX_MILLIS`]).
pub fn parse_millis(raw: &str) -> Result<f64, GuessError> {
    let text: String = raw
        .trim()
        .trim_end_matches("ms")
        .trim_end_matches("毫秒")
        .trim()
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let value: f64 = text.parse().map_err(|_| GuessError::NotANumber)?;
    if !value.is_finite() {
        return Err(GuessError::NotANumber);
    }
    if !(0.0..=MAX_MILLIS).contains(&value) {
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
        (Question::Millis { tolerance }, Guess::Millis(g), Truth::Millis(t)) => {
            (g - t).abs() <= tolerance + 1e-9
        }
        (Question::Node, Guess::Node(g), Truth::Node(t)) => g == t,
        (Question::Choice(options), Guess::Choice(g), Truth::Choice(t)) => g == t && *g < options,
        // A guess of the wrong kind answers nothing.
        (
            Question::Percent { .. }
            | Question::Millis { .. }
            | Question::Node
            | Question::Choice(_),
            _,
            _,
        ) => false,
    }
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
