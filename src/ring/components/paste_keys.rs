//! Paste keys, one per line.
//!
//! The text area is left to the browser (a million lines would make every keystroke copy
//! megabytes into Rust); its text is read once, on "Add". A large paste never reaches the text
//! area at all: laying out a million lines takes Chrome about twenty seconds, so the paste is
//! caught, held as a string and shown as a one-line summary instead.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::panel::{dispatch_ok, field_error};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::{after_paint, use_dom_id};
use crate::ui::format::dec;

/// From this much text on, show the busy state before parsing it.
const BUSY_FROM_BYTES: usize = 200_000;
/// From this much pasted text on, hold it instead of letting the text area show it.
pub const HOLD_FROM_BYTES: usize = 100_000;

/// A large paste kept out of the text area.
#[derive(Clone, PartialEq)]
struct Held {
    text: Rc<str>,
    lines: usize,
}

/// Props of [`PasteKeys`].
#[derive(Properties, PartialEq)]
pub struct PasteKeysProps {
    /// Shared busy flag of the key panel.
    pub busy: UseStateHandle<bool>,
}

/// The paste box.
#[function_component(PasteKeys)]
pub fn paste_keys(props: &PasteKeysProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let area = use_node_ref();
    let held = use_state(|| None::<Held>);
    let area_id = use_dom_id("paste-keys");
    let error_id = use_dom_id("paste-error");
    let hint_id = use_dom_id("paste-hint");
    let error = field_error(&app, Field::Paste);
    let invalid = error.is_some();
    let busy = props.busy.clone();

    // A new paste or new typing makes the last refusal stale: it spoke of other lines.
    let clear_error = {
        let app = app.clone();
        move || {
            if invalid {
                app.dispatch(RingAction::ClearError(Field::Paste));
            }
        }
    };
    let on_input = {
        let clear_error = clear_error.clone();
        Callback::from(move |_: InputEvent| clear_error())
    };
    let on_paste = {
        let (area, held) = (area.clone(), held.clone());
        Callback::from(move |e: Event| {
            clear_error();
            let Some(data) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
            else {
                return;
            };
            let Ok(pasted) = data.get_data("text/plain") else {
                return;
            };
            if pasted.len() < HOLD_FROM_BYTES {
                return; // small: the text area takes it as usual
            }
            e.prevent_default();
            // What was typed before stays, followed by the paste.
            let mut text = area
                .cast::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&pasted);
            let lines = text.lines().count();
            held.set(Some(Held {
                text: Rc::from(text),
                lines,
            }));
        })
    };
    let on_discard = {
        let held = held.clone();
        Callback::from(move |_: MouseEvent| held.set(None))
    };
    let on_submit = {
        let (app, area, busy, held) = (app.clone(), area.clone(), busy.clone(), held.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = match &*held {
                Some(h) => h.text.to_string(),
                None => area
                    .cast::<HtmlTextAreaElement>()
                    .map(|a| a.value())
                    .unwrap_or_default(),
            };
            if text.trim().is_empty() {
                return;
            }
            let (app, area, held) = (app.clone(), area.clone(), held.clone());
            // Cleared only once the ring took the keys; a refused paste stays for fixing.
            let apply = move |text: String| {
                if dispatch_ok(&app, RingAction::PasteKeys(text), Field::Paste) {
                    held.set(None);
                    if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                        a.set_value("");
                    }
                }
            };
            if text.len() >= BUSY_FROM_BYTES {
                busy.set(true);
                let busy = busy.clone();
                after_paint(move || async move {
                    apply(text);
                    busy.set(false);
                });
            } else {
                apply(text);
            }
        })
    };

    let described = if invalid {
        error_id.clone()
    } else {
        hint_id.clone()
    };
    html! {
        <form class="key-form paste-form" onsubmit={on_submit} novalidate=true>
            <label for={area_id.clone()} class="row-label">{ lang.t(P::PasteLabel) }</label>
            if let Some(h) = &*held {
                <div class={classes!("paste-held", invalid.then_some("invalid"))} role="status" aria-describedby={described.clone()}>
                    <span>{ lang.f(P::PasteHeld, &[
                        &lang.num(h.lines as u64),
                        &format!("{} MB", dec(lang, h.text.len() as f64 / 1e6, 1)),
                    ]) }</span>
                    <button type="button" class="small" onclick={on_discard} disabled={*busy}>{ lang.t(P::PasteDiscard) }</button>
                </div>
            } else {
                // Never disabled: toggling `disabled` makes Chrome lay out all its lines again.
                <textarea id={area_id} ref={area} rows="3" spellcheck="false" autocomplete="off"
                    placeholder={lang.t(P::PastePlaceholder)} onpaste={on_paste} oninput={on_input}
                    aria-invalid={invalid.to_string()} aria-describedby={described} />
            }
            <ErrorLine id={error_id} error={error} lang={lang} />
            <div class="form-row between">
                <p class="hint" id={hint_id}>{ lang.t(P::PasteHint) }</p>
                <button type="submit" disabled={*busy}>{ lang.t(P::PasteAdd) }</button>
            </div>
        </form>
    }
}
