//! Add N generated keys `key-0, key-1, …`: a count, a button, and quick amounts.
//!
//! Large amounts run after the browser painted the busy state, so the page shows that it is
//! working instead of looking frozen.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::panel::{dispatch_ok, field_error};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::{after_paint, use_dom_id};

/// Quick amounts.
const QUICK: [u32; 3] = [100, 10_000, 1_000_000];
/// From this many keys on, show the busy state before hashing them.
const BUSY_FROM: u32 = 50_000;

/// Props of [`GenerateKeys`].
#[derive(Properties, PartialEq)]
pub struct GenerateKeysProps {
    /// Shared busy flag of the key panel.
    pub busy: UseStateHandle<bool>,
}

/// The generate-keys row.
#[function_component(GenerateKeys)]
pub fn generate_keys(props: &GenerateKeysProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let count = use_state(|| "1000".to_string());
    let input_id = use_dom_id("gen-count");
    let error_id = use_dom_id("gen-error");
    let error = field_error(&app, Field::AddKeys);
    let invalid = error.is_some();
    let busy = props.busy.clone();
    // Keys being placed in the worker: one build at a time.
    let blocked = *busy || app.build.is_some();

    let run = {
        let (app, busy) = (app.clone(), busy.clone());
        move |raw: String| {
            let big = raw.trim().parse::<u32>().is_ok_and(|n| n >= BUSY_FROM);
            if big {
                busy.set(true);
                let (app, busy) = (app.clone(), busy.clone());
                after_paint(move || async move {
                    dispatch_ok(&app, RingAction::AddGenerated(raw), Field::AddKeys);
                    busy.set(false);
                });
            } else {
                dispatch_ok(&app, RingAction::AddGenerated(raw), Field::AddKeys);
            }
        }
    };
    let on_input = {
        let count = count.clone();
        Callback::from(move |e: InputEvent| {
            count.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_submit = {
        let (count, run) = (count.clone(), run.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !count.trim().is_empty() {
                run((*count).clone());
            }
        })
    };

    html! {
        <form class="key-form" onsubmit={on_submit} novalidate=true>
            <label for={input_id.clone()} class="row-label">{ lang.t(P::GenerateLabel) }</label>
            <div class="form-row wrap">
                <input id={input_id} type="text" inputmode="numeric" pattern="[0-9]*" class="count-input" min="1" step="1"
                    value={(*count).clone()} oninput={on_input} disabled={blocked}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then(|| error_id.clone())} />
                <button type="submit" disabled={blocked}>{ lang.t(P::Generate) }</button>
                <div class="quick" role="group" aria-label={lang.t(P::QuickAdd)}>
                    { for QUICK.iter().map(|&n| {
                        let run = run.clone();
                        let onclick = Callback::from(move |_: MouseEvent| run(n.to_string()));
                        html! {
                            <button type="button" class="small chip" {onclick} disabled={blocked}
                                aria-label={lang.f(P::QuickAddN, &[&lang.num(u64::from(n))])}>
                                { format!("+{}", lang.num(u64::from(n))) }
                            </button>
                        }
                    }) }
                </div>
            </div>
            <ErrorLine id={error_id} error={error} lang={lang} />
        </form>
    }
}
