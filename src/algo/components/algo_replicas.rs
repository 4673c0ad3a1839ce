//! Replication on the Ring tab's ring, Dynamo style: for the first keys, the preference list
//! of R distinct live nodes met clockwise, the coordinator first.

use ringlock_core::algo::replication::{preference_list_for_key, REPLICAS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::algo::state::use_algo;
use crate::algo::state::AlgoAction;
use crate::algo::text::A;
use crate::algo::words::algo_error_text;
use crate::i18n::use_lang;
use crate::ring::state::use_ring;
use crate::ui::palette;

/// A key and its preference list (names and colour slots), or why there is none.
type Row = (String, Result<Vec<(String, u32)>, String>);

/// Keys whose preference lists are shown.
pub const SAMPLE_KEYS: usize = 5;

/// R from the text typed: `None` unless a whole number in 1–5.
pub fn parse_replicas(text: &str) -> Option<usize> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|r| REPLICAS.contains(r))
}

/// The replication panel.
#[function_component(AlgoReplicas)]
pub fn algo_replicas() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let algo = use_algo();
    let r = algo.replicas;
    let text = use_state(|| r.to_string());
    {
        // A link loaded while the tab is open brings its own R: show it.
        let text = text.clone();
        use_effect_with(r, move |&r| {
            if parse_replicas(&text) != Some(r) {
                text.set(r.to_string());
            }
        });
    }
    let valid = parse_replicas(&text).is_some();
    let oninput = {
        let (text, algo) = (text.clone(), algo.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            if let Some(r) = parse_replicas(&value) {
                algo.dispatch(AlgoAction::SetReplicas(r));
            }
            text.set(value);
        })
    };
    let ring = &app.ring;
    let store = ring.keys();
    let mut ids: Vec<_> = store.ids().to_vec();
    ids.sort_unstable();
    let live = ring
        .node_ids()
        .iter()
        .filter(|&&id| ring.node(id).is_some_and(|n| n.alive))
        .count();
    let rows: Vec<Row> = ids
        .iter()
        .take(SAMPLE_KEYS)
        .map(|&id| {
            let key = store.name(id).to_string();
            let list = preference_list_for_key(ring, &key, r)
                .map(|ids| {
                    ids.iter()
                        .filter_map(|&n| ring.node(n).map(|node| (node.name.clone(), n.0)))
                        .collect()
                })
                .map_err(|e| algo_error_text(lang, &e));
            (key, list)
        })
        .collect();
    html! {
        <section class="panel algo-replicas" aria-labelledby="algo-replicas-title">
            <h2 id="algo-replicas-title">{ lang.t(A::ReplTitle) }</h2>
            <p class="hint">{ lang.t(A::ReplIntro) }</p>
            <div class="algo-controls">
                <label>
                    <span class="row-label">{ lang.t(A::ReplLabel) }</span>
                    <input class="algo-replicas-r" type="number" min="1" max="5" step="1"
                        value={(*text).clone()} {oninput}
                        aria-invalid={(!valid).then_some("true")}
                        aria-describedby="algo-replicas-error" />
                </label>
                <p id="algo-replicas-error" class="field-error" role="status">
                    if !valid { { lang.f(A::ReplInvalid, &[&r]) } }
                </p>
            </div>
            if live < r {
                <p class="algo-note repl-short">{ lang.f(A::ReplShort, &[&live, &r]) }</p>
            }
            if rows.is_empty() {
                // While a link's keys are still being placed, the build's status says so.
                if app.build.is_none() {
                    <p class="algo-empty">{ lang.t(A::NoKeys) }</p>
                }
            } else {
                <table class="algo-table repl-table">
                    <caption>{ lang.f(A::ReplCaption, &[&rows.len(), &r]) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(A::ColKey) }</th>
                            <th scope="col">{ lang.t(A::ColPrefList) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(key, list)| html! {
                            <tr>
                                <th scope="row" class="key">{ key.clone() }</th>
                                <td>
                                    { match list {
                                        Err(e) => html! { <span class="algo-error">{ e.clone() }</span> },
                                        Ok(list) => html! {
                                            <ol class="pref-list">
                                                { for list.iter().map(|(name, slot)| html! {
                                                    <li class="replica">
                                                        <span class="swatch" ~style={format!("background: {}", palette::node_color(*slot))} aria-hidden="true" />
                                                        { name.clone() }
                                                    </li>
                                                }) }
                                            </ol>
                                        },
                                    } }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
