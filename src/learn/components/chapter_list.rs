//! The chapters, each a link to its first step; the current one marked.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::course::CHAPTERS;
use crate::learn::place::StepId;
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;

/// The list of chapters.
#[function_component(ChapterList)]
pub fn chapter_list() -> Html {
    let learn = use_learn();
    let lang = use_lang();
    html! {
        <nav class="learn-chapters" aria-label={lang.t(F::Chapters)}>
            <ol>
            { for CHAPTERS.iter().enumerate().map(|(chapter, c)| {
                let current = learn.at.chapter == chapter;
                let go = {
                    let learn = learn.clone();
                    Callback::from(move |_: MouseEvent| {
                        learn.dispatch(LearnAction::Go(StepId { chapter, step: 0 }))
                    })
                };
                html! {
                    <li>
                        <button type="button" class={classes!("learn-chapter-link", current.then_some("current"))}
                            aria-current={current.then_some("step")} onclick={go}>
                            <span class="learn-chapter-no">{ chapter + 1 }</span>
                            { lang.t(c.title) }
                        </button>
                    </li>
                }
            }) }
            </ol>
        </nav>
    }
}
