//! The lock scene's flipbook while it is filmed. The shell holds it, not the export menu that
//! asked for it: the menu lives in the Lock lab's view and goes when another tab is opened,
//! and a film must not go with it. Its end (saved or not) waits for a lab export menu to show
//! it, once. The theme is held for the whole film: frames take the page's colours when they
//! are taken, so a theme changed mid-film ends it, unsaved, with its reason.

use std::rc::Rc;

use ringlock_lock::{LabScenario, Time};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::lab::state::LabState;
use crate::shell::export::picture::Picture;

/// A flipbook to film: what it starts from and what it will be framed with.
pub struct Film {
    /// The lab when it was asked for (the stage films a copy).
    pub start: Rc<LabState>,
    /// The lesson loaded then, if any.
    pub lesson: Option<LabScenario>,
    /// The span of logical time filmed.
    pub span: (Time, Time),
    /// The frames' logical times, strictly increasing.
    pub times: Rc<Vec<Time>>,
    /// The scene framed as it was then: title band, legend, colours.
    pub picture: Picture,
    /// The language of the frames and the frame.
    pub lang: Lang,
}

impl Film {
    /// The downloaded file's name.
    pub fn file_name(&self) -> String {
        match self.lesson {
            Some(lesson) => format!("ringlock-lesson-{}.svg", lesson.id()),
            None => "ringlock-lab-run.svg".to_string(),
        }
    }
}

/// How a film ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilmEnd {
    /// The file was handed to the browser.
    Saved,
    /// A frame could not be drawn, or the browser refused the file.
    Failed,
    /// The theme was changed while the frames were taken: its frames would not match, so none
    /// was saved.
    ThemeChanged,
}

/// The shell's film desk, shared with the export menus as a context.
#[derive(Clone)]
pub struct FilmDesk {
    /// The film being made and how many of its frames are taken.
    pub filming: Option<(Rc<Film>, usize)>,
    /// How the last film ended, until a lab export menu has shown it.
    pub unseen: Option<FilmEnd>,
    /// Start a film (ignored while one is being made).
    pub start: Callback<Film>,
    /// A menu has shown the last film's end.
    pub seen: Callback<()>,
}

impl PartialEq for FilmDesk {
    fn eq(&self, other: &Self) -> bool {
        let same_film = match (&self.filming, &other.filming) {
            (Some((a, m)), Some((b, n))) => Rc::ptr_eq(a, b) && m == n,
            (None, None) => true,
            _ => false,
        };
        same_film
            && self.unseen == other.unseen
            && self.start == other.start
            && self.seen == other.seen
    }
}

/// The film desk from the nearest provider, if the component is mounted under one.
#[hook]
pub fn use_film_desk() -> Option<FilmDesk> {
    use_context::<FilmDesk>()
}
