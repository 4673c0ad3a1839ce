//! Real clients' placement of the user's own servers and keys: libmemcached's and
//! libketama's ketama continuum, or a fresh Redis Cluster's hash slots. Shows the first keys'
//! servers, the load per server, what moves when one server goes, and exports `key,server`.
//!
//! Large pastes of keys (from [`HOLD_FROM_BYTES`] on) are held as a string and summarised
//! instead of shown, as the Ring tab's paste box does.

use std::rc::Rc;

use ringlock_core::algo::compat::{
    key_lines, place, to_csv, what_if, Moves, Placement, MAX_COMPAT_KEYS,
};
use ringlock_core::algo::servers::parse_servers;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::algo::components::compat_load::CompatLoad;
use crate::algo::components::compat_placement::CompatPlacement;
use crate::algo::state::use_algo;
use crate::algo::state::{AlgoAction, MAX_LINK_TEXT};
use crate::algo::text::A;
use crate::algo::words::{algo_error_text, server_error_text};
use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::ui::dom::use_dom_id;
use crate::ui::dom::HOLD_FROM_BYTES;
use crate::ui::download::download_text;
use crate::ui::format::{dec, pct};

/// Flows listed under "what moves".
const FLOWS_SHOWN: usize = 8;
/// File name of the export.
pub const COMPAT_CSV_FILE_NAME: &str = "ringlock-client-placement.csv";

pub use crate::algo::state::{Client, DEFAULT_KEYS, DEFAULT_SERVERS};

fn area_value(e: &InputEvent) -> String {
    e.target_dyn_into::<HtmlTextAreaElement>()
        .map(|a| a.value())
        .unwrap_or_default()
}

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The compatibility panel.
#[function_component(AlgoCompat)]
pub fn algo_compat() -> Html {
    let lang = use_lang();
    let state = use_algo();
    let client = state.client;
    let keys_text = state.keys.clone();
    let servers_id = use_dom_id("compat-servers");
    let servers_err_id = use_dom_id("compat-servers-error");
    let keys_id = use_dom_id("compat-keys");
    let client_id = use_dom_id("compat-client");
    let gone_id = use_dom_id("compat-gone");

    let servers = {
        let text = state.servers.clone();
        use_memo(text, |text| parse_servers(text))
    };
    let placement = {
        let deps = ((*servers).clone(), keys_text.clone(), client);
        use_memo(deps, |(servers, text, client)| {
            servers
                .as_ref()
                .ok()
                .map(|servers| place(servers, text, &client.algo()).map(Rc::new))
        })
    };
    let placed: Option<Rc<Placement>> = match placement.as_ref() {
        Some(Ok(p)) => Some(p.clone()),
        _ => None,
    };
    let gone_index = placed.as_ref().map(|p| {
        state
            .gone
            .as_ref()
            .and_then(|g| p.nodes.iter().position(|n| &n.name == g))
            .unwrap_or(0)
    });
    let moves = {
        let deps = (placed.clone(), gone_index, keys_text.clone(), client);
        use_memo(deps, |(placed, gone, text, client)| match (placed, gone) {
            (Some(p), Some(g)) if p.nodes.len() > 1 => Some(what_if(p, text, &client.algo(), *g)),
            _ => None,
        })
    };

    let on_servers = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.dispatch(AlgoAction::SetServers(area_value(&e))))
    };
    let on_keys = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.dispatch(AlgoAction::SetKeys(Rc::from(area_value(&e)), false))
        })
    };
    let on_paste = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(pasted) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
                .and_then(|d| d.get_data("text/plain").ok())
            else {
                return;
            };
            if pasted.len() < HOLD_FROM_BYTES {
                return;
            }
            e.prevent_default();
            let mut text = e
                .target_dyn_into::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&pasted);
            state.dispatch(AlgoAction::SetKeys(Rc::from(text), true));
        })
    };
    let on_discard = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(AlgoAction::SetKeys(Rc::from(""), false))
        })
    };
    let on_client = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(c) = Client::from_code(&select_value(&e)) {
                state.dispatch(AlgoAction::SetClient(c));
            }
        })
    };
    let on_gone = {
        let state = state.clone();
        Callback::from(move |e: Event| state.dispatch(AlgoAction::SetGone(select_value(&e))))
    };
    let on_export = {
        let (placed, text) = (placed.clone(), keys_text.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(p) = &placed {
                let _ = download_text(COMPAT_CSV_FILE_NAME, "text/csv", &to_csv(p, &text));
            }
        })
    };

    let server_errors = servers.as_ref().as_ref().err().cloned().unwrap_or_default();
    let invalid = !server_errors.is_empty();
    let key_count = placed.as_ref().map_or(0, |p| p.owners.len());

    html! {
        <section class="panel algo-compat" aria-labelledby="algo-compat-title">
            <h2 id="algo-compat-title">{ lang.t(A::CompatTitle) }</h2>
            <p class="hint">{ lang.t(A::CompatIntro) }</p>
            <div class="compat-inputs">
                <div class="compat-field">
                    <label for={servers_id.clone()} class="row-label">{ lang.t(A::ServersLabel) }</label>
                    <textarea id={servers_id} class="compat-servers" rows="9" spellcheck="false"
                        autocomplete="off" value={state.servers.to_string()} oninput={on_servers}
                        aria-invalid={invalid.to_string()} aria-describedby={servers_err_id.clone()} />
                    <div id={servers_err_id} class="compat-server-status">
                        if invalid {
                            <ul class="field-error" role="alert">
                                { for server_errors.iter().map(|e| html! { <li>{ server_error_text(lang, e) }</li> }) }
                            </ul>
                        } else if let Ok(list) = servers.as_ref() {
                            <p class="hint">{ lang.f(A::ServersOk, &[
                                &list.len(),
                                &lang.num(list.iter().map(|s| u64::from(s.weight)).sum()),
                            ]) }</p>
                        }
                    </div>
                </div>
                <div class="compat-field">
                    <label for={keys_id.clone()} class="row-label">
                        { lang.f(A::KeysLabel, &[&lang.num(MAX_COMPAT_KEYS as u64)]) }
                    </label>
                    if state.keys_held {
                        <div class="paste-held" role="status">
                            <span>{ lang.f(A::KeysHeld, &[
                                &lang.num(key_lines(&keys_text).0.len() as u64),
                                &format!("{} MB", dec(lang, keys_text.len() as f64 / 1e6, 1)),
                            ]) }</span>
                            <button type="button" class="small" onclick={on_discard}>{ lang.t(A::KeysDiscard) }</button>
                        </div>
                    } else {
                        <textarea id={keys_id} class="compat-keys" rows="9" spellcheck="false"
                            autocomplete="off" value={keys_text.to_string()} oninput={on_keys}
                            onpaste={on_paste} />
                    }
                    <p class="hint">
                        { lang.f(A::KeysCount, &[&lang.num(key_count as u64)]) }
                        if let Some(p) = placed.as_ref().filter(|p| p.ignored > 0) {
                            { " · " }{ lang.f(A::KeysTooMany, &[&lang.num(MAX_COMPAT_KEYS as u64), &lang.num(p.ignored as u64)]) }
                        }
                    </p>
                </div>
                <div class="compat-field compat-client-field">
                    <label for={client_id.clone()} class="row-label">{ lang.t(A::ClientLabel) }</label>
                    <select id={client_id} class="compat-client" onchange={on_client}>
                        { for Client::ALL.into_iter().map(|c| html! {
                            <option value={c.code()} selected={c == client}>{ lang.t(c.label()) }</option>
                        }) }
                    </select>
                    if client == Client::Redis {
                        <p class="hint">{ lang.t(A::RedisNoWeights) }</p>
                    }
                    <button type="button" class="compat-export" onclick={on_export}
                        disabled={placed.is_none() || key_count == 0}>{ lang.t(A::ExportCsv) }</button>
                </div>
            </div>
            if let Some(what) = match (state.servers_left_out(), state.keys_left_out()) {
                (true, true) => Some(A::LinkServersKeys),
                (true, false) => Some(A::LinkServers),
                (false, true) => Some(A::LinkKeys),
                (false, false) => None,
            } {
                <p class="hint compat-link-note" role="status">
                    { lang.f(A::LinkLeavesOut, &[&lang.t(what), &lang.num(MAX_LINK_TEXT as u64)]) }
                </p>
            }
            if let Some(Err(e)) = placement.as_ref() {
                <p class="field-error" role="alert">{ algo_error_text(lang, e) }</p>
            }
            if let Some(p) = placed.as_ref() {
                if key_count == 0 {
                    <p class="algo-empty">{ lang.t(A::NoKeysCompat) }</p>
                } else {
                    <div class="compat-results">
                        <CompatPlacement placement={p.clone()} keys={keys_text.clone()} {client} />
                        <CompatLoad placement={p.clone()} />
                        <div class="compat-whatif">
                            <h3>{ lang.t(A::WhatIfTitle) }</h3>
                            <label for={gone_id.clone()} class="row-label">{ lang.t(A::WhatIfLabel) }</label>
                            <select id={gone_id} class="compat-gone" onchange={on_gone}>
                                { for p.nodes.iter().enumerate().map(|(i, n)| html! {
                                    <option value={n.name.clone()} selected={Some(i) == gone_index}>{ n.name.clone() }</option>
                                }) }
                            </select>
                            { what_if_view(lang, p, moves.as_ref().as_ref()) }
                        </div>
                    </div>
                }
            }
        </section>
    }
}

fn what_if_view(lang: Lang, p: &Placement, moves: Option<&Moves>) -> Html {
    let total = p.owners.len();
    match moves {
        None => html! { <p class="hint">{ lang.t(A::WhatIfAlone) }</p> },
        Some(Err(e)) => html! { <p class="field-error">{ algo_error_text(lang, e) }</p> },
        Some(Ok((moved, flows))) => html! {
            <>
                <p class="compat-moved" data-moved={moved.to_string()}>
                    { lang.f(A::WhatIfMoved, &[&lang.num(*moved), &lang.num(total as u64), &pct(lang, *moved as f64 / total.max(1) as f64)]) }
                </p>
                <ul class="flows">
                    { for flows.iter().take(FLOWS_SHOWN).map(|&(from, to, n)| html! {
                        <li>{ format!("{} → {}: {}", p.nodes[from].name, p.nodes[to].name, lang.num(n)) }</li>
                    }) }
                    if flows.len() > FLOWS_SHOWN {
                        <li class="muted">{ lang.f(A::MoreFlows, &[&(flows.len() - FLOWS_SHOWN)]) }</li>
                    }
                </ul>
            </>
        },
    }
}
