//! Real clients' placement of the user's own servers and keys: libmemcached's and
//! libketama's ketama continuum, or a fresh Redis Cluster's hash slots. Shows the first keys'
//! servers, the load per server, what moves when one server goes, and exports `key,server`.
//!
//! Large pastes of keys are held as a string and summarised instead of shown, as the Ring
//! tab's paste box does ([`crate::ring::components::paste_keys`]).

use std::collections::HashMap;
use std::rc::Rc;

use ringlock_core::algo::{ketama, loads, redis, AlgoError};
use ringlock_core::csv::field;
use ringlock_core::NodeSpec;
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::algo::data::algo_error_text;
use crate::algo::servers::{parse_servers, Server};
use crate::algo::state::use_algo;
use crate::algo::state::{AlgoAction, MAX_LINK_TEXT};
use crate::algo::text::A;
use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::ring::components::paste_keys::HOLD_FROM_BYTES;
use crate::ui::dom::use_dom_id;
use crate::ui::download::download_text;
use crate::ui::format::{dec, pct};

/// Most keys placed.
pub const MAX_COMPAT_KEYS: usize = 1_000_000;
/// Rows of the key → server table.
pub const ROWS_SHOWN: usize = 200;
/// Flows listed under "what moves".
const FLOWS_SHOWN: usize = 8;
/// File name of the export.
pub const COMPAT_CSV_FILE_NAME: &str = "ringlock-client-placement.csv";

pub use crate::algo::state::{Client, DEFAULT_KEYS, DEFAULT_SERVERS};

/// The keys of a text: one per line (a trailing `\r` dropped), empty lines skipped, at most
/// [`MAX_COMPAT_KEYS`]; and how many lines past the cap were ignored.
pub fn key_lines(text: &str) -> (Vec<&str>, usize) {
    let mut keys = Vec::new();
    let mut ignored = 0;
    for line in text.lines() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        if keys.len() < MAX_COMPAT_KEYS {
            keys.push(line);
        } else {
            ignored += 1;
        }
    }
    (keys, ignored)
}

/// Where every key goes.
#[derive(Debug, PartialEq)]
pub struct Placement {
    /// The servers as nodes (name = address).
    pub nodes: Vec<NodeSpec>,
    /// Owner of every key, an index into `nodes`.
    pub owners: Vec<usize>,
    /// Lines past the cap.
    pub ignored: usize,
}

/// Place the keys of `keys_text` on `servers` as `client` does.
pub fn place(servers: &[Server], keys_text: &str, client: Client) -> Result<Placement, AlgoError> {
    let nodes: Vec<NodeSpec> = servers
        .iter()
        .map(|s| NodeSpec {
            name: s.address.clone(),
            weight: s.weight,
            alive: true,
        })
        .collect();
    let (keys, ignored) = key_lines(keys_text);
    let owners = client.algo().place(&nodes, &keys)?;
    Ok(Placement {
        nodes,
        owners,
        ignored,
    })
}

/// Keys moved, and the flows (from, to, keys) largest first.
pub type Moves = Result<(u64, Vec<(usize, usize, u64)>), AlgoError>;

/// What moves when `gone` goes: moved count and flows (from, to, keys), largest first.
pub fn what_if(placement: &Placement, keys_text: &str, client: Client, gone: usize) -> Moves {
    let mut after = placement.nodes.clone();
    after[gone].alive = false;
    let (keys, _) = key_lines(keys_text);
    let (_, mut placer) = client
        .algo()
        .placers_for_change(&placement.nodes, &after, keys.len())?;
    let owners = placer.place_all(&keys);
    let mut flows: HashMap<(usize, usize), u64> = HashMap::new();
    for (&old, &new) in placement.owners.iter().zip(&owners) {
        if old != new {
            *flows.entry((old, new)).or_default() += 1;
        }
    }
    let moved = flows.values().sum();
    let mut flows: Vec<(usize, usize, u64)> =
        flows.into_iter().map(|((f, t), n)| (f, t, n)).collect();
    flows.sort_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    Ok((moved, flows))
}

/// The export: `key,server` per line after a header.
pub fn to_csv(placement: &Placement, keys_text: &str) -> String {
    let (keys, _) = key_lines(keys_text);
    let mut out = String::with_capacity(keys.len() * 32);
    out.push_str("key,server\n");
    for (key, &o) in keys.iter().zip(&placement.owners) {
        out.push_str(&field(key));
        out.push(',');
        out.push_str(&field(&placement.nodes[o].name));
        out.push('\n');
    }
    out
}

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
                .map(|servers| place(servers, text, *client).map(Rc::new))
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
            (Some(p), Some(g)) if p.nodes.len() > 1 => Some(what_if(p, text, *client, *g)),
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
                                { for server_errors.iter().map(|e| html! { <li>{ e.text(lang) }</li> }) }
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
                        { placement_table(lang, p, &keys_text, client) }
                        { load_table(lang, p) }
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

fn placement_table(lang: Lang, p: &Placement, text: &str, client: Client) -> Html {
    let (keys, _) = key_lines(text);
    let total = keys.len();
    html! {
        <div class="compat-placement">
            <div class="algo-table-wrap compat-scroll">
                <table class="algo-table compat-table">
                    <caption>{ lang.t(A::PlacementCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(A::ColKey) }</th>
                            <th scope="col">{ lang.t(A::ColServer) }</th>
                            <th scope="col" class="num">
                                { if client == Client::Redis { lang.t(A::ColSlot) } else { lang.t(A::ColHash) } }
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        { for keys.iter().zip(&p.owners).take(ROWS_SHOWN).map(|(key, &o)| {
                            let hash = if client == Client::Redis {
                                redis::key_slot(key).to_string()
                            } else {
                                ketama::key_hash(key).to_string()
                            };
                            html! {
                                <tr>
                                    <td class="key">{ key.to_string() }</td>
                                    <td class="server">{ p.nodes[o].name.clone() }</td>
                                    <td class="num">{ hash }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="hint compat-rows">{ lang.f(A::ShowingRows, &[&lang.num(total.min(ROWS_SHOWN) as u64), &lang.num(total as u64)]) }</p>
        </div>
    }
}

fn load_table(lang: Lang, p: &Placement) -> Html {
    let loads = loads(&p.nodes, &p.owners);
    let total = p.owners.len().max(1) as f64;
    let max = loads.iter().copied().max().unwrap_or(0).max(1) as f64;
    html! {
        <div class="compat-load">
            <table class="algo-table load-table">
                <caption>{ lang.t(A::LoadTitle) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(A::ColServer) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColWeight) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColKeys) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColShare) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for p.nodes.iter().zip(&loads).map(|(n, &load)| html! {
                        <tr>
                            <th scope="row">{ n.name.clone() }</th>
                            <td class="num">{ lang.num(u64::from(n.weight)) }</td>
                            <td class="num">{ lang.num(load) }</td>
                            <td class="num share">
                                <span class="share-bar" aria-hidden="true"
                                    style={format!("width: {:.1}%", load as f64 / max * 100.0)} />
                                { pct(lang, load as f64 / total) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
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
