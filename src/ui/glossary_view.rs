//! The glossary, in the header as a closed `<details>` that opens over the page: each idea's
//! English and 中文 term and what it means here, in the interface language.

use yew::prelude::*;

use crate::i18n::glossary::{G, GLOSSARY};
use crate::i18n::{use_lang, Lang};

/// The glossary, folded.
#[function_component(GlossaryView)]
pub fn glossary_view() -> Html {
    let lang = use_lang();
    html! {
        <details class="glossary">
            <summary>{ lang.t(G::Title) }</summary>
            // Scrolls when taller than the window: focusable, so the keyboard can scroll it.
            <div class="glossary-pop" tabindex="0" role="region" aria-label={lang.t(G::Title)}>
            <p>{ lang.t(G::Intro) }</p>
            <table class="glossary-table">
                <thead><tr>
                    <th scope="col">{ lang.t(G::ColEn) }</th>
                    <th scope="col">{ lang.t(G::ColZh) }</th>
                    <th scope="col">{ lang.t(G::ColMeaning) }</th>
                </tr></thead>
                <tbody>
                    { for GLOSSARY.iter().map(|t| html! {
                        <tr>
                            <td lang="en">{ t.en }</td>
                            <td lang="zh-CN">{ t.zh }</td>
                            <td>{ match lang { Lang::En => t.note_en, Lang::Zh => t.note_zh } }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </details>
    }
}
