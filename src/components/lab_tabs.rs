//! The switch between the two halves of the app: a tab list (arrow keys, Home and End move
//! between tabs, as WAI-ARIA's tabs pattern asks).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::hooks::use_app::use_app;
use crate::hooks::use_lab::use_lab;
use crate::i18n::algo::A;
use crate::i18n::lab::L;
use crate::lab_state::{LabAction, Tab};

/// The tabs under the header.
#[function_component(LabTabs)]
pub fn lab_tabs() -> Html {
    let lab = use_lab();
    let lang = use_app().lang;
    let tabs = [
        (Tab::Ring, "ring", lang.t(L::TabRing)),
        (Tab::Lab, "lab", lang.t(L::TabLab)),
        (Tab::Algorithms, "algo", lang.t(A::TabAlgo)),
    ];
    let go = {
        let lab = lab.clone();
        move |tab: Tab, focus: bool| {
            lab.dispatch(LabAction::SetTab(tab));
            if focus {
                let id = match tab {
                    Tab::Ring => "tab-ring",
                    Tab::Lab => "tab-lab",
                    Tab::Algorithms => "tab-algo",
                };
                if let Some(el) = gloo::utils::document()
                    .get_element_by_id(id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        }
    };
    let on_key = {
        let go = go.clone();
        let current = lab.tab;
        Callback::from(move |e: KeyboardEvent| {
            let next = match (e.key().as_str(), current) {
                ("ArrowRight", Tab::Ring) | ("ArrowLeft", Tab::Algorithms) => Tab::Lab,
                ("ArrowRight", Tab::Lab) | ("ArrowLeft", Tab::Ring) | ("End", _) => Tab::Algorithms,
                ("ArrowRight", Tab::Algorithms) | ("ArrowLeft", Tab::Lab) | ("Home", _) => {
                    Tab::Ring
                }
                _ => return,
            };
            e.prevent_default();
            go(next, true);
        })
    };
    html! {
        <nav class="app-tabs" role="tablist" aria-label={lang.t(L::Sections)} onkeydown={on_key}>
            { for tabs.into_iter().map(|(tab, code, label)| {
                let selected = lab.tab == tab;
                let go = go.clone();
                html! {
                    <button type="button" role="tab" id={format!("tab-{code}")}
                        aria-selected={selected.to_string()} aria-controls={format!("panel-{code}")}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={Callback::from(move |_: MouseEvent| go(tab, false))}>
                        { label }
                    </button>
                }
            }) }
        </nav>
    }
}
