//! Two algorithms side by side: the same keys before and after the change, drawn on a small
//! circle by hash angle and coloured by owner, moved keys ringed, with the load per node.

use std::rc::Rc;

use ringlock_core::algo::{loads, Algo, AlgoError};
use ringlock_core::hash;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::algo_data::{
    algo_error_text, algo_name, algos, CompareInput, Comparison, Params, TopologyChange,
};
use crate::components::ring_geom::{angle_of, polar};
use crate::i18n::algo::A;
use crate::i18n::Lang;
use crate::palette;

/// Most keys drawn as dots on each circle.
pub const DOTS: usize = 300;

/// Props of [`AlgoPair`].
#[derive(Properties, PartialEq)]
pub struct AlgoPairProps {
    /// The nodes and keys.
    pub input: Rc<CompareInput>,
    /// The change.
    pub change: TopologyChange,
    /// The user's parameters.
    pub params: Params,
    /// The table's reports, for an algorithm's refusal of the change.
    pub comparison: Rc<Comparison>,
    /// Language.
    pub lang: Lang,
}

/// Where one algorithm puts the keys before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct PairSide {
    /// The algorithm.
    pub algo: Algo,
    /// Owner of each key before (index into the nodes before) and after (into the nodes
    /// after; a node keeps its index, since the change only appends, kills or pops).
    pub owners: Result<(Vec<usize>, Vec<usize>), AlgoError>,
}

/// Place the keys with `algo` before and after `change`.
pub fn place_side(input: &CompareInput, change: &TopologyChange, algo: Algo) -> PairSide {
    let after = input.after(change);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let owners = algo
        .place(&input.nodes, &keys)
        .and_then(|before| Ok((before, algo.place(&after, &keys)?)));
    PairSide { algo, owners }
}

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The side-by-side panel.
#[function_component(AlgoPair)]
pub fn algo_pair(props: &AlgoPairProps) -> Html {
    let lang = props.lang;
    let first = use_state(|| "ring".to_string());
    let second = use_state(|| "modulo".to_string());
    let list = algos(&props.input, props.params);
    let pick = |code: &str| {
        list.iter()
            .copied()
            .find(|a| a.code() == code)
            .unwrap_or(list[0])
    };
    let (a, b) = (pick(&first), pick(&second));
    let sides = use_memo(
        (props.input.clone(), props.change.clone(), a, b),
        |(input, change, a, b)| [place_side(input, change, *a), place_side(input, change, *b)],
    );
    let after = props.input.after(&props.change);
    let chooser = |class: &'static str, label: A, state: &UseStateHandle<String>, now: Algo| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| state.set(select_value(&e)))
        };
        html! {
            <label>
                <span class="row-label">{ lang.t(label) }</span>
                <select class={class} {onchange}>
                    { for list.iter().map(|algo| html! {
                        <option value={algo.code()} selected={algo.code() == now.code()}>{ algo_name(lang, algo) }</option>
                    }) }
                </select>
            </label>
        }
    };
    html! {
        <section class="panel algo-pair" aria-labelledby="algo-pair-title">
            <h2 id="algo-pair-title">{ lang.t(A::PairTitle) }</h2>
            <p class="hint">{ lang.t(A::PairIntro) }</p>
            <div class="algo-controls">
                { chooser("algo-pick-a", A::PairFirst, &first, a) }
                { chooser("algo-pick-b", A::PairSecond, &second, b) }
            </div>
            <div class="pair-grid">
                { for sides.iter().map(|side| {
                    let refused = props
                        .comparison
                        .reports
                        .iter()
                        .find(|(algo, _)| algo.code() == side.algo.code())
                        .and_then(|(_, r)| r.as_ref().ok())
                        .and_then(|r| r.refused.as_ref());
                    side_view(lang, &props.input, &after, side, refused)
                }) }
            </div>
        </section>
    }
}

fn side_view(
    lang: Lang,
    input: &CompareInput,
    after: &[ringlock_core::NodeSpec],
    side: &PairSide,
    refused: Option<&AlgoError>,
) -> Html {
    let name = algo_name(lang, &side.algo);
    let body = match &side.owners {
        Err(e) => html! { <p class="algo-error">{ algo_error_text(lang, e) }</p> },
        Ok((old, new)) => {
            let moved = old.iter().zip(new).filter(|(o, n)| o != n).count();
            let before_loads = loads(&input.nodes, old);
            let after_loads = loads(after, new);
            let names = if after.len() >= input.nodes.len() {
                after
            } else {
                &input.nodes[..]
            };
            let dots =
                input
                    .keys
                    .iter()
                    .zip(old.iter().zip(new))
                    .take(DOTS)
                    .map(|(key, (o, n))| {
                        let moved = o != n;
                        let r = if moved { 84.0 } else { 92.0 };
                        let (x, y) = polar(r, angle_of(hash::key_position(key)));
                        html! {
                            <circle class={classes!("dot", moved.then_some("moved"))}
                                cx={format!("{x:.1}")} cy={format!("{y:.1}")}
                                r={if moved { "3.2" } else { "2" }}
                                fill={palette::node_color(*n as u32)} />
                        }
                    });
            html! {
                <>
                    <p class="pair-moved" data-moved={moved.to_string()}>
                        { lang.f(A::PairMoved, &[&lang.num(moved as u64), &lang.num(input.keys.len() as u64)]) }
                    </p>
                    <svg class="pair-circle" viewBox="-110 -110 220 220" role="img"
                        aria-label={lang.f(A::PairCircleLabel, &[&DOTS.min(input.keys.len()), &name])}>
                        <circle class="track" r="100" />
                        { for dots }
                    </svg>
                    <table class="algo-table pair-loads">
                        <caption>{ lang.t(A::PairLoadCaption) }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ lang.t(A::ColNode) }</th>
                                <th scope="col" class="num">{ lang.t(A::ColBefore) }</th>
                                <th scope="col" class="num">{ lang.t(A::ColAfter) }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for names.iter().enumerate().map(|(i, n)| html! {
                                <tr>
                                    <th scope="row">
                                        <span class="swatch" style={format!("background: {}", palette::node_color(i as u32))} aria-hidden="true" />
                                        { n.name.clone() }
                                    </th>
                                    <td class="num">{ lang.num(before_loads.get(i).copied().unwrap_or(0)) }</td>
                                    <td class="num">{ lang.num(after_loads.get(i).copied().unwrap_or(0)) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </>
            }
        }
    };
    html! {
        <article class="pair-side" data-algo={side.algo.code()}>
            <h3>{ name.clone() }</h3>
            if let Some(why) = refused {
                <p class="refusal" role="note">{ algo_error_text(lang, why) }</p>
            }
            { body }
        </article>
    }
}
