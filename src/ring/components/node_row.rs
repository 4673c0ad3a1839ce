//! One row of the node list: colour, name, state, weight (editable), keys, share, actions.
//!
//! Rows do not subscribe to the app context: with a thousand nodes, every change would
//! re-render every row. They get plain values (compared by `PartialEq`) and one stable
//! callback, so only rows whose numbers changed are redrawn.

use ringlock_core::error::{MAX_WEIGHT, MIN_WEIGHT};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::state::{InputError, RingAction};
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;
use crate::ui::format::pct;
use crate::ui::palette::node_color;

/// Props of [`NodeRow`].
#[derive(Properties, PartialEq)]
pub struct NodeRowProps {
    /// The node's slot (its colour).
    pub slot: u32,
    /// Its name, shown as text.
    pub name: AttrValue,
    /// Its weight.
    pub weight: u32,
    /// Live or dead.
    pub alive: bool,
    /// Keys it owns under the scheme shown.
    pub keys: u64,
    /// Its share of the hash space under the scheme shown.
    pub share: f64,
    /// Interface language.
    pub lang: Lang,
    /// The error of this row's last action, if it was refused.
    pub error: Option<InputError>,
    /// Sends an action on behalf of this row (the name says which row acted).
    pub onaction: Callback<(AttrValue, RingAction)>,
}

/// One node.
#[function_component(NodeRow)]
pub fn node_row(props: &NodeRowProps) -> Html {
    let lang = props.lang;
    let name = props.name.clone();
    // What is typed in the weight box until the ring accepts it.
    let draft = use_state(|| None::<String>);
    let error_id = use_dom_id("node-row-error");

    // A refused weight stays in the box next to its message; once the error is gone (this or
    // any later action succeeded) the box shows the ring's weight again.
    {
        let draft = draft.clone();
        use_effect_with(
            (props.weight, props.error.is_some()),
            move |(_, has_error)| {
                if !has_error {
                    draft.set(None);
                }
            },
        );
    }

    let act = |make: fn(String) -> RingAction| {
        let (onaction, name) = (props.onaction.clone(), name.clone());
        Callback::from(move |_: MouseEvent| onaction.emit((name.clone(), make(name.to_string()))))
    };
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            draft.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_commit = {
        let (onaction, name, weight) = (props.onaction.clone(), name.clone(), props.weight);
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            if typed.trim().is_empty() || typed.trim() == weight.to_string() {
                // Nothing to change: an emptied box goes back to the weight it had.
                draft.set(None);
                return;
            }
            onaction.emit((
                name.clone(),
                RingAction::SetWeight {
                    name: name.to_string(),
                    weight: typed,
                },
            ));
        })
    };
    let on_key = {
        let draft = draft.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                draft.set(None);
            }
        })
    };

    let invalid = props.error.is_some();
    let value = (*draft).clone().unwrap_or_else(|| props.weight.to_string());
    let color = node_color(props.slot);
    let swatch_style = if props.alive {
        format!("background:{color};border-color:{color}")
    } else {
        format!("border-color:{color}")
    };
    let (state_class, state_text) = if props.alive {
        ("state live", lang.t(P::Live))
    } else {
        ("state dead", lang.t(P::Dead))
    };

    html! {
        <>
            <tr class={classes!("node-row", (!props.alive).then_some("is-dead"), invalid.then_some("has-error"))}
                data-node={name.clone()}>
                <th scope="row" class="col-name">
                    <span class="swatch" ~style={swatch_style} aria-hidden="true"></span>
                    <span class="node-name" title={name.clone()}>{ name.to_string() }</span>
                    <span class={classes!(state_class, "state-inline")}>{ state_text }</span>
                </th>
                <td class="col-state"><span class={state_class}>{ state_text }</span></td>
                <td class="col-weight">
                    <input type="text" inputmode="numeric" pattern="[0-9]*" class="weight-input" value={value}
                        min={MIN_WEIGHT.to_string()} max={MAX_WEIGHT.to_string()} step="1"
                        aria-label={lang.f(P::WeightOf, &[&name])}
                        aria-invalid={invalid.to_string()}
                        aria-describedby={invalid.then(|| error_id.clone())}
                        oninput={on_input} onchange={on_commit} onkeydown={on_key} />
                </td>
                <td class="col-keys num">{ lang.num(props.keys) }</td>
                <td class="col-share num">{ if props.alive { pct(lang, props.share) } else { "—".to_string() } }</td>
                <td class="col-actions">
                    if props.alive {
                        <button type="button" class="small" onclick={act(RingAction::KillNode)}
                            aria-label={lang.f(P::KillNamed, &[&name])}>{ lang.t(P::Kill) }</button>
                    } else {
                        <button type="button" class="small" onclick={act(RingAction::ReviveNode)}
                            aria-label={lang.f(P::ReviveNamed, &[&name])}>{ lang.t(P::Revive) }</button>
                    }
                    <button type="button" class="small danger remove" onclick={act(RingAction::RemoveNode)}
                        aria-label={lang.f(P::RemoveNamed, &[&name])} title={lang.f(P::RemoveNamed, &[&name])}>
                        <span class="btn-text">{ lang.t(P::Remove) }</span>
                    </button>
                </td>
            </tr>
            if invalid {
                <tr class="node-row-error">
                    <td colspan="6"><ErrorLine id={error_id.clone()} error={props.error.clone()} lang={lang} /></td>
                </tr>
            }
        </>
    }
}
