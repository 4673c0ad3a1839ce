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
    /// A whole number of things (wake-ups, messages), right within `tolerance` of it.
    Count {
        /// Allowed distance from the measured count.
        tolerance: u64,
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
    /// A count.
    Count(u64),
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
    /// A count.
    Count(u64),
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
    /// Below 0 or above the largest value asked about.
    OutOfRange,
    /// A count with a fraction.
    NotWhole,
}

/// Read a typed percentage: `80`, `80%`, ` 12.5 ` (a comma is read as a decimal point).
pub fn parse_percent(raw: &str) -> Result<f64, GuessError> {
    let text = raw
        .trim()
        .trim_end_matches(['%', '％'])
        .trim()
        .replace(',', ".");
    read_number(&text, 100.0)
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
    read_number(&text, MAX_MILLIS)
}

/// A cleaned-up typed number, between 0 and `max`.
fn read_number(text: &str, max: f64) -> Result<f64, GuessError> {
    let value: f64 = text.parse().map_err(|_| GuessError::NotANumber)?;
    if !value.is_finite() {
        return Err(GuessError::NotANumber);
    }
    if !(0.0..=max).contains(&value) {
        return Err(GuessError::OutOfRange);
    }
    Ok(value)
}

/// Largest count the course asks about.
pub const MAX_COUNT: u64 = 1_000_000;

/// Read a typed count: `9`, ` 1,800 `, `9 个` / `9 次` (a whole number from 0 to
/// [`MAX_COUNT`]). A fraction is refused as [`GuessError::NotWhole`].
pub fn parse_count(raw: &str) -> Result<u64, GuessError> {
    let text: String = raw
        .trim()
        .trim_end_matches(['个', '次', '条'])
        .trim()
        .chars()
        .filter(|c| *c != ',')
        .collect();
    let value = read_number(&text, MAX_COUNT as f64)?;
    if value.fract() != 0.0 {
        return Err(GuessError::NotWhole);
    }
    Ok(value as u64)
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
        (Question::Count { tolerance }, Guess::Count(g), Truth::Count(t)) => {
            g.abs_diff(*t) <= tolerance
        }
        (Question::Node, Guess::Node(g), Truth::Node(t)) => g == t,
        (Question::Choice(options), Guess::Choice(g), Truth::Choice(t)) => g == t && *g < options,
        // A guess of the wrong kind answers nothing.
        (
            Question::Percent { .. }
            | Question::Millis { .. }
            | Question::Count { .. }
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
