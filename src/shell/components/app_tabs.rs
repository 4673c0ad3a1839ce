//! The switch between the parts of the app: a tab list (arrow keys, Home and End move
//! between tabs, as WAI-ARIA's tabs pattern asks).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::lab::state::{use_lab, LabAction};
use crate::shell::state::{use_shell, ShellAction};
use crate::shell::tab::Tab;
use crate::shell::text::H;

/// The tabs under the header.
#[function_component(AppTabs)]
pub fn app_tabs() -> Html {
    let shell = use_shell();
    let lab = use_lab();
    let lang = shell.lang;
    let tabs = [
        (Tab::Learn, "learn", lang.t(H::TabLearn)),
        (Tab::Ring, "ring", lang.t(H::TabRing)),
        (Tab::Lab, "lab", lang.t(H::TabLab)),
        (Tab::Algorithms, "algo", lang.t(H::TabAlgo)),
    ];
    let go = {
        let shell = shell.clone();
        move |tab: Tab, focus: bool| {
            shell.dispatch(ShellAction::SetTab(tab));
            // Leaving the lab stops its playback.
            lab.dispatch(LabAction::Shown(tab == Tab::Lab));
            if focus {
                let id = format!("tab-{}", tab.code());
                if let Some(el) = gloo::utils::document()
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        }
    };
    let on_key = {
        let go = go.clone();
        let current = shell.tab;
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => current.step(1),
                "ArrowLeft" => current.step(-1),
                "Home" => Tab::ALL[0],
                "End" => Tab::ALL[Tab::ALL.len() - 1],
                _ => return,
            };
            e.prevent_default();
            go(next, true);
        })
    };
    html! {
        <nav class="app-tabs" role="tablist" aria-label={lang.t(H::Sections)} onkeydown={on_key}>
            { for tabs.into_iter().map(|(tab, code, label)| {
                let selected = shell.tab == tab;
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
