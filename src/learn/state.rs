//! The course's state: where the student is and what they answered, changed only through
//! [`LearnAction`]s. Reducing is pure: the answer is checked against the core's numbers
//! ([`crate::learn::course::facts`]); storage and the link are synced by the components.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::learn::check::{is_right, parse_count, parse_millis, parse_percent, Guess, GuessError};
use crate::learn::course::{Step, CHAPTERS};
use crate::learn::facts::facts;
use crate::learn::place::{from_fragment, StepId};

/// A step's answer: the guess (none when the student chose "show me") and whether it was right.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The guess; `None` for "show me".
    pub guess: Option<Guess>,
    /// Whether the guess was right (`false` for "show me").
    pub right: bool,
}

/// A notice above the course.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearnNotice {
    /// The link named no step: the course opened at chapter 1.
    BadLink,
}

/// The course's state.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LearnState {
    /// The step shown.
    pub at: StepId,
    /// Answers so far, by step (shared until an answer changes them).
    pub answers: Rc<BTreeMap<StepId, Answer>>,
    /// The last refused typed guess.
    pub error: Option<GuessError>,
    /// A notice.
    pub notice: Option<LearnNotice>,
}

/// What the student can do.
#[derive(Clone, Debug, PartialEq)]
pub enum LearnAction {
    /// The next step.
    Next,
    /// The previous step, as it was left.
    Back,
    /// A step by id.
    Go(StepId),
    /// Forget this chapter's answers and start it again.
    RestartChapter,
    /// A typed percentage.
    TypePercent(String),
    /// A typed wait, in milliseconds.
    TypeMillis(String),
    /// A typed count.
    TypeCount(String),
    /// A picked node or option.
    Pick(Guess),
    /// Skip the question: show the outcome.
    ShowMe,
    /// A link was loaded.
    LoadFragment(String),
    /// Hide the notice.
    DismissNotice,
}

impl LearnState {
    /// The course at the step a link names, else the stored one, else chapter 1. A link that
    /// names no step opens chapter 1 with a notice; a corrupted stored value is ignored.
    pub fn new(fragment: &str, stored: Option<&str>) -> LearnState {
        let (at, notice) = match from_fragment(fragment) {
            Some(Some(at)) => (at, None),
            Some(None) => (StepId::default(), Some(LearnNotice::BadLink)),
            None => (stored.and_then(StepId::from_code).unwrap_or_default(), None),
        };
        LearnState {
            at,
            notice,
            ..LearnState::default()
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        CHAPTERS[self.at.chapter].steps[self.at.step]
    }

    /// The answer to the step shown, if any.
    pub fn answer(&self) -> Option<&Answer> {
        self.answers.get(&self.at)
    }

    /// Whether the outcome may show: answered, skipped, or nothing to ask.
    pub fn revealed(&self) -> bool {
        self.step().question().is_none() || self.answer().is_some()
    }

    fn record(&mut self, guess: Option<Guess>) {
        if self.revealed() {
            return;
        }
        let step = self.step();
        // Language does not change the truth; English names the options' values.
        let truth = facts(step, Lang::En).truth;
        let right = match (&guess, step.question(), truth) {
            (Some(g), Some(q), Some(t)) => is_right(q, g, &t),
            _ => false,
        };
        Rc::make_mut(&mut self.answers).insert(self.at, Answer { guess, right });
    }
}

impl Reducible for LearnState {
    type Action = LearnAction;

    fn reduce(self: Rc<Self>, action: LearnAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.error = None;
        match action {
            LearnAction::Next => next.at = self.at.next().unwrap_or(self.at),
            LearnAction::Back => next.at = self.at.previous().unwrap_or(self.at),
            LearnAction::Go(at) => next.at = at,
            LearnAction::RestartChapter => {
                let chapter = self.at.chapter;
                Rc::make_mut(&mut next.answers).retain(|id, _| id.chapter != chapter);
                next.at = StepId { chapter, step: 0 };
            }
            LearnAction::TypePercent(raw) => match parse_percent(&raw) {
                Ok(value) => next.record(Some(Guess::Percent(value))),
                Err(e) => next.error = Some(e),
            },
            LearnAction::TypeMillis(raw) => match parse_millis(&raw) {
                Ok(value) => next.record(Some(Guess::Millis(value))),
                Err(e) => next.error = Some(e),
            },
            LearnAction::TypeCount(raw) => match parse_count(&raw) {
                Ok(value) => next.record(Some(Guess::Count(value))),
                Err(e) => next.error = Some(e),
            },
            LearnAction::Pick(guess) => next.record(Some(guess)),
            LearnAction::ShowMe => next.record(None),
            LearnAction::LoadFragment(fragment) => match from_fragment(&fragment) {
                Some(Some(at)) => next.at = at,
                Some(None) => {
                    next.at = StepId::default();
                    next.notice = Some(LearnNotice::BadLink);
                }
                None => {}
            },
            LearnAction::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}

/// The shared reducer handle.
pub type LearnContext = yew::UseReducerHandle<LearnState>;

/// The course state and its dispatcher, from the nearest provider.
#[yew::hook]
pub fn use_learn() -> LearnContext {
    yew::use_context::<LearnContext>().expect("the course is mounted inside its provider")
}

#[cfg(test)]
mod tests;
