//! The node panel: add a node, and the list of nodes with their state, weight, load and
//! actions. The list scrolls inside the panel, with a filter once it gets long.

use std::rc::Rc;

use ringlock_core::error::MAX_NODES;
use ringlock_core::RingError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::components::add_node_form::AddNodeForm;
use crate::ring::components::error_line::ErrorLine;
use crate::ring::components::node_row::NodeRow;
use crate::ring::panel::{field_error, scheme_name};
use crate::ring::state::use_ring;
use crate::ring::state::{Field, RingAction};
use crate::ring::text::errors::ring_error_text;
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;

/// Show the filter box from this many nodes on.
const FILTER_FROM: usize = 9;
/// Rows drawn before "Show all" (the filter reaches every node). Each row drawn is redrawn and
/// laid out again on every change: a thousand rows cost about a quarter of a second per kill,
/// and at 100 nodes × 1M keys a kill with 100 rows drawn was one task of 50–65 ms, with 25 rows
/// under 50 ms (docs/benchmarks.md, "Heavy work off the main thread").
pub const ROWS_SHOWN: usize = 25;

/// What one row shows, computed once per ring version.
#[derive(Clone, PartialEq)]
struct RowData {
    slot: u32,
    name: AttrValue,
    weight: u32,
    alive: bool,
    keys: u64,
    share: f64,
}

/// The node panel.
#[function_component(NodesPanel)]
pub fn nodes_panel() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let heading_id = use_dom_id("nodes-heading");
    let list_error_id = use_dom_id("nodes-error");
    let filter_id = use_dom_id("nodes-filter");
    // The row whose button or weight box acted last: a refusal is shown under that row.
    let last_row = use_state(|| None::<AttrValue>);
    let filter = use_state(String::new);
    let show_all = use_state(|| false);

    let rows = {
        let app = app.clone();
        use_memo((app.version, app.scheme), move |_| {
            let ring = &app.ring;
            let counts = ring.counts_under(app.scheme);
            let shares = ring.shares_under(app.scheme);
            ring.node_ids()
                .iter()
                .filter_map(|&id| {
                    let node = ring.node(id)?;
                    let slot = id.0 as usize;
                    Some(RowData {
                        slot: id.0,
                        name: AttrValue::from(node.name.clone()),
                        weight: node.weight,
                        alive: node.alive,
                        keys: if node.alive { counts[slot] } else { 0 },
                        share: if node.alive { shares[slot] } else { 0.0 },
                    })
                })
                .collect::<Vec<_>>()
        })
    };

    let onaction = {
        let app = app.clone();
        let last_row = last_row.setter();
        use_callback((), move |(name, action): (AttrValue, RingAction), _| {
            last_row.set(Some(name));
            app.dispatch(action);
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };

    let total = rows.len();
    let live = rows.iter().filter(|r| r.alive).count();
    let suggested = suggest_name(&rows);
    let row_error = field_error(&app, Field::NodeRow);
    let error_row = row_error
        .as_ref()
        .and(last_row.as_ref())
        .filter(|name| rows.iter().any(|r| &r.name == *name));
    // A refusal whose row is gone (or unknown) is shown above the list instead.
    let list_error = row_error.clone().filter(|_| error_row.is_none());

    let needle = filter.trim().to_lowercase();
    let shown: Vec<&RowData> = rows
        .iter()
        .filter(|r| needle.is_empty() || r.name.to_lowercase().contains(&needle))
        .collect();
    let matching = shown.len();
    let capped = !*show_all && matching > ROWS_SHOWN;
    let shown = if capped {
        &shown[..ROWS_SHOWN]
    } else {
        &shown[..]
    };
    let toggle_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let at_limit = total >= MAX_NODES;
    let scheme = scheme_name(lang, app.scheme);

    html! {
        <section class="panel nodes-panel" aria-labelledby={heading_id.clone()}>
            <div class="panel-head">
                <h2 id={heading_id}>{ lang.t(P::NodesTitle) }</h2>
                <span class={classes!("panel-meta", at_limit.then_some("at-limit"))}>
                    { lang.f(P::NodesCount, &[&lang.num(total as u64), &lang.num(MAX_NODES as u64), &lang.num(live as u64)]) }
                </span>
            </div>
            <AddNodeForm suggested={AttrValue::from(suggested)} />
            if at_limit {
                <p class="limit-note">{ ring_error_text(lang, &RingError::TooManyNodes) }</p>
            }
            if total >= FILTER_FROM {
                <div class="list-filter">
                    <label for={filter_id.clone()} class="sr-only">{ lang.t(P::FilterNodes) }</label>
                    <input id={filter_id} type="search" placeholder={lang.t(P::FilterNodes)}
                        value={(*filter).clone()} oninput={on_filter} autocomplete="off" spellcheck="false" />
                    if !needle.is_empty() {
                        <span class="hint">{ lang.f(P::FilterShown, &[&lang.num(matching as u64), &lang.num(total as u64)]) }</span>
                    }
                </div>
            }
            <ErrorLine id={list_error_id} error={list_error} lang={lang} />
            if total == 0 {
                <p class="empty-note">{ lang.t(P::NoNodes) }</p>
            } else if shown.is_empty() {
                <p class="empty-note">{ lang.f(P::NoNodeMatches, &[&*filter]) }</p>
            } else {
                <div class="node-table-wrap">
                    <table class="node-table">
                        <caption class="sr-only">{ lang.f(P::NodesCaption, &[&scheme]) }</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="col-name">{ lang.t(P::ColNode) }</th>
                                <th scope="col" class="col-state">{ lang.t(P::ColState) }</th>
                                <th scope="col" class="col-weight">{ lang.t(P::Weight) }</th>
                                <th scope="col" class="col-keys num" title={lang.f(P::ColKeysTitle, &[&scheme])}>{ lang.t(P::ColKeys) }</th>
                                <th scope="col" class="col-share num" title={lang.f(P::ColShareTitle, &[&scheme])}>{ lang.t(P::ColShare) }</th>
                                <th scope="col" class="col-actions"><span class="sr-only">{ lang.t(P::ColActions) }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            { for shown.iter().map(|r| html! {
                                <NodeRow key={r.name.to_string()} slot={r.slot} name={r.name.clone()} weight={r.weight}
                                    alive={r.alive} keys={r.keys} share={r.share} lang={lang}
                                    error={if error_row == Some(&r.name) { row_error.clone() } else { None }}
                                    onaction={onaction.clone()} />
                            }) }
                        </tbody>
                    </table>
                </div>
                if matching > ROWS_SHOWN {
                    <p class="rows-capped">
                        if capped {
                            { lang.f(P::RowsCapped, &[&lang.num(ROWS_SHOWN as u64), &lang.num(matching as u64)]) }{ " " }
                        }
                        <button type="button" class="small show-all-nodes" onclick={toggle_all}>
                            { if capped { lang.f(P::ShowAllNodes, &[&lang.num(matching as u64)]) } else { lang.t(P::ShowFewerNodes).to_string() } }
                        </button>
                    </p>
                }
            }
        </section>
    }
}

/// The first `nodeN` not taken, counting on from the number of nodes.
fn suggest_name(rows: &Rc<Vec<RowData>>) -> String {
    (rows.len() + 1..)
        .map(|i| format!("node{i}"))
        .find(|name| rows.iter().all(|r| r.name.as_str() != name))
        .unwrap_or_default()
}
