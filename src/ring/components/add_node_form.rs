//! The add-node form: name and weight. What was typed survives a refusal and is cleared once
//! the node is on the ring.

use ringlock_core::error::{MAX_WEIGHT, MIN_WEIGHT};
use ringlock_core::RingError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::panel::{dispatch_ok, field_error};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, InputError, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;

/// Props of [`AddNodeForm`].
#[derive(Properties, PartialEq)]
pub struct AddNodeFormProps {
    /// The name used when the name field is left empty (`node5` after `node4`).
    pub suggested: AttrValue,
}

/// Does this error concern the weight field rather than the name?
fn is_weight_error(error: &InputError) -> bool {
    matches!(
        error,
        InputError::NotANumber(_) | InputError::Ring(RingError::WeightOutOfRange(_))
    )
}

/// Name + weight + "Add node".
#[function_component(AddNodeForm)]
pub fn add_node_form(props: &AddNodeFormProps) -> Html {
    let app = use_ring();
    let lang = use_lang();
    let name = use_state(String::new);
    let weight = use_state(|| "1".to_string());
    let name_id = use_dom_id("add-node-name");
    let weight_id = use_dom_id("add-node-weight");
    let error_id = use_dom_id("add-node-error");

    let error = field_error(&app, Field::AddNode);
    let weight_invalid = error.as_ref().is_some_and(is_weight_error);
    let name_invalid = error.is_some() && !weight_invalid;

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_weight = {
        let weight = weight.clone();
        Callback::from(move |e: InputEvent| {
            weight.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_submit = {
        let (app, name, weight) = (app.clone(), name.clone(), weight.clone());
        let suggested = props.suggested.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let typed = if name.trim().is_empty() {
                suggested.to_string()
            } else {
                (*name).clone()
            };
            // An empty weight field means the default rather than "not a number".
            let w = if weight.trim().is_empty() {
                "1".to_string()
            } else {
                (*weight).clone()
            };
            let action = RingAction::AddNode {
                name: typed,
                weight: w,
            };
            if dispatch_ok(&app, action, Field::AddNode) {
                name.set(String::new());
            }
        })
    };

    html! {
        <form class="add-node" onsubmit={on_submit} novalidate=true>
            <div class="form-row">
                <div class="field grow">
                    <label for={name_id.clone()}>{ lang.t(P::NodeName) }</label>
                    <input id={name_id} type="text" value={(*name).clone()} oninput={on_name}
                        placeholder={props.suggested.clone()}
                        autocomplete="off" spellcheck="false"
                        aria-invalid={name_invalid.to_string()}
                        aria-describedby={name_invalid.then(|| error_id.clone())} />
                </div>
                <div class="field weight">
                    <label for={weight_id.clone()}>{ lang.t(P::Weight) }</label>
                    <input id={weight_id} type="text" inputmode="numeric" pattern="[0-9]*" value={(*weight).clone()}
                        oninput={on_weight} min={MIN_WEIGHT.to_string()} max={MAX_WEIGHT.to_string()} step="1"
                        aria-invalid={weight_invalid.to_string()}
                        aria-describedby={weight_invalid.then(|| error_id.clone())} />
                </div>
                <button type="submit" class="primary">{ lang.t(P::AddNode) }</button>
            </div>
            <ErrorLine id={error_id} error={error} lang={lang} />
            <p class="hint">{ lang.f(P::AddNodeHint, &[&MIN_WEIGHT, &MAX_WEIGHT]) }</p>
        </form>
    }
}
