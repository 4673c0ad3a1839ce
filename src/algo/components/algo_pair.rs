//! Two algorithms side by side, each on its own circle: the arcs each node owns as an outer
//! band, the keys where that algorithm looks them up, coloured by owner, before or after the
//! change (or alternating, to watch both move at once), with the load per node.

use std::rc::Rc;

use gloo::timers::callback::Interval;
use ringlock_core::algo::geometry::{self, has_circle, sectors, Arc};
use ringlock_core::algo::{loads, Algo, AlgoError};
use ringlock_core::NodeSpec;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::algo::data::{
    algo_error_text, algo_name, algos, CompareInput, Comparison, Params, TopologyChange,
};
use crate::algo::state::use_algo;
use crate::algo::state::AlgoAction;
use crate::algo::text::A;
use crate::i18n::Lang;
use crate::ui::geom::{angle_of, polar, sector_path};
use crate::ui::palette;

/// Most keys drawn as dots on each circle.
pub const DOTS: usize = 400;
/// Sectors the band is drawn at: a degree is about a pixel on the drawn circle.
pub const SECTORS: usize = 720;
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

/// The band of one layout: `(start°, sweep°, node)` runs.
pub type Band = Vec<(f64, f64, usize)>;

/// Where one algorithm puts the keys before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct PairSide {
    /// The algorithm.
    pub algo: Algo,
    /// Owner of each key before (index into the nodes before) and after (into the nodes
    /// after; a node keeps its index, since the change only appends, kills or pops).
    pub owners: Result<(Vec<usize>, Vec<usize>), AlgoError>,
    /// The bands before and after, for algorithms with a circle.
    pub bands: Option<(Band, Band)>,
    /// The keys drawn: indexes into the keys, spread evenly over them.
    pub drawn: Vec<usize>,
    /// Where each drawn key sits on this algorithm's circle, in degrees.
    pub angles: Vec<f64>,
}

/// Up to [`DOTS`] indexes spread evenly over `len` keys (the keys are numbered in ring order
/// batch by batch, so the first few would all sit on one stretch of the circle).
pub fn drawn_keys(len: usize) -> Vec<usize> {
    let n = len.min(DOTS);
    (0..n).map(|i| i * len / n).collect()
}

fn band(arcs: Option<Vec<Arc>>) -> Band {
    let step = 360.0 / SECTORS as f64;
    arcs.map(|arcs| {
        sectors(&arcs, SECTORS)
            .into_iter()
            .map(|(first, n, node)| (first as f64 * step, n as f64 * step, node))
            .collect()
    })
    .unwrap_or_default()
}

/// Place the keys with `algo` before and after `change`, with the arcs of both layouts.
pub fn place_side(input: &CompareInput, change: &TopologyChange, algo: Algo) -> PairSide {
    let after = input.after(change);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let placed = algo
        .placers_for_change(&input.nodes, &after, keys.len())
        .map(|(mut old, mut new)| {
            let bands = has_circle(&algo).then(|| (band(old.arcs()), band(new.arcs())));
            ((old.place_all(&keys), new.place_all(&keys)), bands)
        });
    let drawn = drawn_keys(keys.len());
    let angles = drawn
        .iter()
        .map(|&k| angle_of(geometry::key_point(&algo, keys[k])))
        .collect();
    let (owners, bands) = match placed {
        Ok((owners, bands)) => (Ok(owners), bands),
        Err(e) => (Err(e), None),
    };
    PairSide {
        algo,
        owners,
        bands,
        drawn,
        angles,
    }
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
        _ => A::PairBandRing,
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
                    style={format!("fill: {}", palette::node_color(input.color_slot(owner)))} />
            }
        });
    html! {
        <svg class="pair-circle" viewBox="-116 -116 232 232" role="img"
            aria-label={lang.f(A::PairCircleLabel, &[&side.angles.len(), &name, &phase])}>
            if let Some(band) = band {
                <g class="band">
                    { for band.iter().map(|&(start, sweep, node)| html! {
                        <path d={sector_path(98.0, 110.0, start, sweep)}
                            style={format!("fill: {}", palette::node_color(input.color_slot(node)))} />
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
                                        <span class="swatch" style={format!("background: {}", palette::node_color(input.color_slot(i)))} aria-hidden="true" />
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
