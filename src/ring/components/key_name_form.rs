//! A one-field key form: add a key by name, or remove one. The typed name survives a refusal
//! and is cleared once the ring accepted it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::panel::{dispatch_ok, field_error};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;

/// What the form does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum KeyFormKind {
    /// Add one key (the ring view animates its lookup).
    Add,
    /// Remove one key.
    Remove,
}

/// Props of [`KeyNameForm`].
#[derive(Properties, PartialEq)]
pub struct KeyNameFormProps {
    /// Add or remove.
    pub kind: KeyFormKind,
    /// Disable while a big key operation runs.
    #[prop_or_default]
    pub disabled: bool,
}

/// A key name and one button.
#[function_component(KeyNameForm)]
pub fn key_name_form(props: &KeyNameFormProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let kind = props.kind;
    let text = use_state(String::new);
    let input_id = use_dom_id("key-name");
    let error_id = use_dom_id("key-name-error");
    let (field, label, button, placeholder) = match kind {
        KeyFormKind::Add => (
            Field::AddKey,
            P::AddKeyLabel,
            P::AddKey,
            P::AddKeyPlaceholder,
        ),
        KeyFormKind::Remove => (
            Field::RemoveKey,
            P::RemoveKeyLabel,
            P::RemoveKey,
            P::RemoveKeyPlaceholder,
        ),
    };
    let error = field_error(&app, field);
    let invalid = error.is_some();

    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_submit = {
        let (app, text) = (app.clone(), text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = (*text).clone();
            let action = match kind {
                KeyFormKind::Add => RingAction::AddKey(name),
                KeyFormKind::Remove => RingAction::RemoveKey(name),
            };
            if dispatch_ok(&app, action, field) {
                text.set(String::new());
            }
        })
    };

    html! {
        <form class={classes!("key-form", if kind == KeyFormKind::Add { "add-key" } else { "remove-key" })}
            onsubmit={on_submit} novalidate=true>
            <label for={input_id.clone()} class="row-label">{ lang.t(label) }</label>
            <div class="form-row">
                <input id={input_id} type="text" class="grow" value={(*text).clone()} oninput={on_input}
                    placeholder={lang.t(placeholder)} autocomplete="off" spellcheck="false"
                    disabled={props.disabled}
                    aria-invalid={invalid.to_string()}
                    aria-describedby={invalid.then(|| error_id.clone())} />
                <button type="submit" class={if kind == KeyFormKind::Add { "primary" } else { "" }}
                    disabled={props.disabled}>{ lang.t(button) }</button>
            </div>
            <ErrorLine id={error_id} error={error} lang={lang} />
        </form>
    }
}
