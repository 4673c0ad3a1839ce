//! Back, Next, restart the chapter, and the way out to the free lab.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;

/// Props of [`CourseNav`].
#[derive(Properties, PartialEq)]
pub struct CourseNavProps {
    /// Open the step's ring in the free lab.
    pub onfreelab: Callback<()>,
    /// The step hosts the lock lab (not the ring).
    #[prop_or_default]
    pub lock: bool,
}

/// The course's controls.
#[function_component(CourseNav)]
pub fn course_nav(props: &CourseNavProps) -> Html {
    let learn = use_learn();
    let lang = use_lang();
    let send = |action: LearnAction| {
        let learn = learn.clone();
        Callback::from(move |_: MouseEvent| learn.dispatch(action.clone()))
    };
    let first = learn.at.previous().is_none();
    let last = learn.at.next().is_none();
    let free = props.onfreelab.reform(|_: MouseEvent| ());
    html! {
        <div class="learn-nav">
            <div class="learn-nav-main">
                <button type="button" class="learn-back" disabled={first} onclick={send(LearnAction::Back)}>
                    { "← " }{ lang.t(F::Back) }
                </button>
                <button type="button" class="primary learn-next" disabled={last} onclick={send(LearnAction::Next)}>
                    { lang.t(F::Next) }{ " →" }
                </button>
            </div>
            <div class="learn-nav-more">
                <button type="button" class="learn-restart" onclick={send(LearnAction::RestartChapter)}>
                    { lang.t(F::Restart) }
                </button>
                <button type="button" class="learn-free" onclick={free}>{ lang.t(if props.lock { F::FreeLockLab } else { F::FreeLab }) }</button>
            </div>
            if last {
                <p class="learn-done">{ lang.t(F::Done) }</p>
            }
            <p class="learn-hint">{ lang.t(F::KeysHint) }</p>
        </div>
    }
}
