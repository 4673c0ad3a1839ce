//! What the shell owns: the tab shown, the language and the theme. The tabs know none of it:
//! the shell provides the language and the theme as contexts of their own, which the tabs read
//! with [`crate::i18n::use_lang`] and [`crate::ui::theme::use_theme`].

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::shell::tab::Tab;
use crate::shell::view_mode::{without_view, ViewMode};
use crate::ui::theme::Theme;

/// The shell's state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ShellState {
    /// The tab shown.
    pub tab: Tab,
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: Theme,
    /// Embedded or presenting, as the link says.
    pub view: ViewMode,
}

/// What the user can do to the shell.
#[derive(Clone, Debug, PartialEq)]
pub enum ShellAction {
    /// Show a tab.
    SetTab(Tab),
    /// Switch language.
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
    /// Turn the presenter mode on or off.
    SetPresent(bool),
    /// A link was loaded: show the tab it names, in the view it names.
    LoadFragment(String),
}

impl ShellState {
    /// The shell for a link fragment, in this language and theme.
    pub fn from_fragment(fragment: &str, lang: Lang, theme: Theme) -> ShellState {
        ShellState {
            tab: Tab::from_fragment(fragment),
            lang,
            theme,
            view: ViewMode::from_fragment(fragment),
        }
    }

    /// The shell as the app opens: a first-time visitor without a link lands on the course.
    pub fn opening(fragment: &str, visited: bool, lang: Lang, theme: Theme) -> ShellState {
        ShellState {
            tab: Tab::initial(&without_view(fragment), visited),
            lang,
            theme,
            view: ViewMode::from_fragment(fragment),
        }
    }
}

impl Reducible for ShellState {
    type Action = ShellAction;

    fn reduce(self: Rc<Self>, action: ShellAction) -> Rc<Self> {
        let mut next = *self;
        match action {
            ShellAction::SetTab(tab) => next.tab = tab,
            ShellAction::SetLang(lang) => next.lang = lang,
            ShellAction::SetTheme(theme) => next.theme = theme,
            ShellAction::SetPresent(on) => next.view.present = on,
            ShellAction::LoadFragment(fragment) => {
                next.tab = Tab::from_fragment(&fragment);
                next.view = ViewMode::from_fragment(&fragment);
            }
        }
        Rc::new(next)
    }
}

/// The shared shell reducer handle.
pub type ShellContext = UseReducerHandle<ShellState>;

/// The shell state and its dispatcher, from the nearest provider.
#[hook]
pub fn use_shell() -> ShellContext {
    use_context::<ShellContext>().expect("components are mounted inside the shell provider")
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
