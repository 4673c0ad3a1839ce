//! Two algorithms side by side, each on its own circle: the arcs each node owns as an outer
//! band, the keys where that algorithm looks them up, coloured by owner, before or after the
//! change (or alternating, to watch both move at once), with the load per node.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use ringlock_core::algo::{loads, Algo, AlgoError};
use ringlock_core::NodeSpec;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::algo::data::{algos, CompareInput, Comparison, Params, TopologyChange};
use crate::algo::pair::{place_side, PairSide};
use crate::algo::state::use_algo;
use crate::algo::state::AlgoAction;
use crate::algo::text::A;
use crate::algo::words::{algo_error_text, algo_name};
use crate::i18n::Lang;
use crate::ui::geom::{polar, sector_path};
use crate::ui::palette;

/// Milliseconds between before and after while playing.
pub const PLAY_MS: u32 = 1_600;

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

fn select_value(e: &Event) -> String {
    e.target_dyn_into::<HtmlSelectElement>()
        .map(|s| s.value())
        .unwrap_or_default()
}

/// The side-by-side panel.
#[function_component(AlgoPair)]
pub fn algo_pair(props: &AlgoPairProps) -> Html {
    let lang = props.lang;
    let state = use_algo();
    let after_shown = use_state(|| true);
    let playing = use_state(|| false);
    {
        let after_shown = after_shown.clone();
        use_effect_with(*playing, move |&playing| {
            let interval = playing.then(|| {
                let shown = Rc::new(std::cell::Cell::new(*after_shown));
                Interval::new(PLAY_MS, move || {
                    shown.set(!shown.get());
                    after_shown.set(shown.get());
                })
            });
            move || drop(interval)
        });
    }
    let list = algos(&props.input, props.params);
    let pick = |code: &str| {
        list.iter()
            .copied()
            .find(|a| a.code() == code)
            .unwrap_or(list[0])
    };
    let (a, b) = (pick(&state.pair[0]), pick(&state.pair[1]));
    let sides = use_memo(
        (props.input.clone(), props.change.clone(), a, b),
        |(input, change, a, b)| [place_side(input, change, *a), place_side(input, change, *b)],
    );
    let after = props.input.after(&props.change);
    let chooser = |class: &'static str, label: A, side: usize, now: Algo| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                state.dispatch(AlgoAction::SetPair(side, select_value(&e)))
            })
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
    let show = |to_after: bool| {
        let (after_shown, playing) = (after_shown.clone(), playing.clone());
        Callback::from(move |_: MouseEvent| {
            playing.set(false);
            after_shown.set(to_after);
        })
    };
    let toggle_play = {
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| playing.set(!*playing))
    };
    let phase = if *after_shown { "after" } else { "before" };
    html! {
        <section class="panel algo-pair" aria-labelledby="algo-pair-title">
            <h2 id="algo-pair-title">{ lang.t(A::PairTitle) }</h2>
            <p class="hint">{ lang.t(A::PairIntro) }</p>
            <div class="algo-controls">
                { chooser("algo-pick-a", A::PairFirst, 0, a) }
                { chooser("algo-pick-b", A::PairSecond, 1, b) }
                <div class="pair-phase" role="group" aria-label={lang.t(A::PairShow)}>
                    <button type="button" class="phase-before" aria-pressed={(!*after_shown).to_string()}
                        onclick={show(false)}>{ lang.t(A::PairBefore) }</button>
                    <button type="button" class="phase-after" aria-pressed={after_shown.to_string()}
                        onclick={show(true)}>{ lang.t(A::PairAfter) }</button>
                    <button type="button" class="phase-play" aria-pressed={playing.to_string()}
                        onclick={toggle_play}>
                        { if *playing { lang.t(A::PairPause) } else { lang.t(A::PairPlay) } }
                    </button>
                </div>
            </div>
            <div class="pair-grid" data-phase={phase}>
                { for sides.iter().map(|side| {
                    let refused = props
                        .comparison
                        .reports
                        .iter()
                        .find(|(algo, _)| algo.code() == side.algo.code())
                        .and_then(|(_, r)| r.as_ref().ok())
                        .and_then(|r| r.refused.as_ref());
                    side_view(lang, &props.input, &after, side, refused, *after_shown)
                }) }
            </div>
        </section>
    }
}

fn band_note(algo: &Algo) -> A {
    match algo {
        Algo::RedisSlots => A::PairBandRedis,
        Algo::Maglev { .. } => A::PairBandMaglev,
        Algo::Ring { .. }
        | Algo::Modulo
        | Algo::Article
        | Algo::Jump
        | Algo::Rendezvous
        | Algo::Ketama(_)
        | Algo::Bounded { .. } => A::PairBandRing,
    }
}

fn circle(
    lang: Lang,
    input: &CompareInput,
    side: &PairSide,
    owners: (&[usize], &[usize]),
    after_shown: bool,
) -> Html {
    let name = algo_name(lang, &side.algo);
    let phase = lang.t(if after_shown {
        A::PairAfter
    } else {
        A::PairBefore
    });
    let band = side
        .bands
        .as_ref()
        .map(|(before, after)| if after_shown { after } else { before });
    let (old, new) = owners;
    let dots = side
        .angles
        .iter()
        .zip(&side.drawn)
        .map(|(&angle, &k)| (angle, old[k], new[k]))
        .map(|(angle, o, n)| {
            let moved = o != n;
            let owner = if after_shown { n } else { o };
            let (x, y) = polar(if moved { 78.0 } else { 89.0 }, angle);
            html! {
                <circle class={classes!("dot", moved.then_some("moved"))}
                    cx={format!("{x:.1}")} cy={format!("{y:.1}")}
                    r={if moved { "3.2" } else { "2.1" }}
                    ~style={format!("fill: {}", palette::node_color(input.color_slot(owner)))} />
            }
        });
    html! {
        <svg class="pair-circle" viewBox="-116 -116 232 232" role="img"
            aria-label={lang.f(A::PairCircleLabel, &[&side.angles.len(), &name, &phase])}>
            if let Some(band) = band {
                <g class="band">
                    { for band.iter().map(|&(start, sweep, node)| html! {
                        <path d={sector_path(98.0, 110.0, start, sweep)}
                            ~style={format!("fill: {}", palette::node_color(input.color_slot(node)))} />
                    }) }
                </g>
            } else {
                <circle class="track no-circle" r="104" />
            }
            { for dots }
            <text class="phase-label" x="0" y="4" text-anchor="middle">{ phase }</text>
        </svg>
    }
}

fn side_view(
    lang: Lang,
    input: &CompareInput,
    after: &[NodeSpec],
    side: &PairSide,
    refused: Option<&AlgoError>,
    after_shown: bool,
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
            html! {
                <>
                    <p class="pair-moved" data-moved={moved.to_string()}>
                        { lang.f(A::PairMoved, &[&lang.num(moved as u64), &lang.num(input.keys.len() as u64)]) }
                    </p>
                    { circle(lang, input, side, (old, new), after_shown) }
                    <p class="hint pair-band-note">
                        { lang.t(if side.bands.is_some() { band_note(&side.algo) } else { A::PairNoCircle }) }
                    </p>
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
                                        <span class="swatch" ~style={format!("background: {}", palette::node_color(input.color_slot(i)))} aria-hidden="true" />
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
