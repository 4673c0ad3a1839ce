//! The chapters, each a link to its first step; the current one marked.

use wasm_bindgen::JsCast;
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
    let list = use_node_ref();
    {
        // On a phone the chapters are one strip that scrolls sideways: keep the current one
        // in the middle of it (the page itself does not move).
        let list = list.clone();
        use_effect_with(learn.at.chapter, move |_| {
            let Some(ol) = list.cast::<web_sys::HtmlElement>() else {
                return;
            };
            let current = ol
                .query_selector(".current")
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(chip) = current {
                let left = chip.offset_left() - ol.offset_left();
                ol.set_scroll_left(left - (ol.client_width() - chip.offset_width()) / 2);
            }
        });
    }
    html! {
        <nav class="learn-chapters" aria-label={lang.t(F::Chapters)}>
            <ol ref={list}>
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
