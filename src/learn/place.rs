//! Where the student is in the course, and how a link and the stored progress name it:
//! `learn=<chapter>.<step>`, both counted from 1.

use crate::learn::course::CHAPTERS;

/// A step of the course (both indices from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct StepId {
    /// Chapter, from 0.
    pub chapter: usize,
    /// Step within the chapter, from 0.
    pub step: usize,
}

/// localStorage key of the step the student was last on.
pub const PROGRESS_KEY: &str = "ringlock.learn";
/// localStorage key set once the app has been opened.
pub const VISITED_KEY: &str = "ringlock.visited";

impl StepId {
    /// Every step of the course, in order.
    pub fn all() -> Vec<StepId> {
        CHAPTERS
            .iter()
            .enumerate()
            .flat_map(|(chapter, c)| (0..c.steps.len()).map(move |step| StepId { chapter, step }))
            .collect()
    }

    /// Its place in [`StepId::all`].
    pub fn index(self) -> usize {
        StepId::all().iter().position(|&s| s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<StepId> {
        StepId::all().get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<StepId> {
        self.index().checked_sub(1).map(|i| StepId::all()[i])
    }

    /// `2.3` for chapter 2, step 3.
    pub fn code(self) -> String {
        format!("{}.{}", self.chapter + 1, self.step + 1)
    }

    /// Read `2.3`: `None` unless both numbers name a step of the course.
    pub fn from_code(code: &str) -> Option<StepId> {
        let (c, s) = code.trim().split_once('.')?;
        let chapter = c.parse::<usize>().ok()?.checked_sub(1)?;
        let step = s.parse::<usize>().ok()?.checked_sub(1)?;
        let steps = CHAPTERS.get(chapter)?.steps.len();
        (step < steps).then_some(StepId { chapter, step })
    }

    /// The link part: `learn=2.3`.
    pub fn link_part(self) -> String {
        format!("learn={}", self.code())
    }
}

/// The `learn=` value of a link fragment: `None` when the link has no such part,
/// `Some(None)` when it has one that names no step.
pub fn from_fragment(fragment: &str) -> Option<Option<StepId>> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix("learn="))
        .map(StepId::from_code)
}

/// The fragment without its `learn=` part, for the tabs that do not read it.
pub fn without_learn(fragment: &str) -> String {
    let parts: Vec<&str> = fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !p.starts_with("learn="))
        .collect();
    parts.join("&")
}

#[cfg(test)]
#[path = "place_tests.rs"]
mod tests;
