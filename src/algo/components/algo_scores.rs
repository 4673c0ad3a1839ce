//! Rendezvous (highest random weight) hashing on the Ring tab's live nodes: for one key, every
//! node's score as a bar, highest first. The first bar is the owner, the second the runner-up
//! that takes the key over if the owner goes.
//!
//! Display scale: the core's score is `w / −ln(u)` with `u ∈ (0, 1)`, always positive but
//! unbounded above, so each bar is drawn as the node's score divided by the owner's (the
//! owner's bar is full) and the score itself is printed beside it.

use ringlock_core::algo::{AlgoError, Rendezvous};
use ringlock_core::error::{validate_name, RingError, MAX_KEY_NAME};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::algo::data::algo_error_text;
use crate::algo::text::scores::S;
use crate::i18n::Lang;
use crate::ring::state::use_ring;
use crate::ui::palette;

/// Bars drawn; the rest are summed up as "+n more".
pub const SHOWN: usize = 12;
/// Ring keys offered as one-click chips.
pub const CHIPS: usize = 6;
/// The key typed in when the ring has none.
pub const DEFAULT_KEY: &str = "user:42";
/// The narrowest bar, in percent, so that a tiny score still shows.
pub const MIN_WIDTH: f64 = 1.5;

/// A live node that can win the key.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Its name (what the score hashes).
    pub name: String,
    /// Its weight.
    pub weight: u32,
    /// Its colour slot on the ring view (the node's id number).
    pub slot: u32,
}

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// 1 for the owner, 2 for the runner-up, …
    pub rank: usize,
    /// The node's name.
    pub name: String,
    /// The node's weight.
    pub weight: u32,
    /// The node's colour slot.
    pub slot: u32,
    /// The core's score `w / −ln(u)`.
    pub score: f64,
    /// Bar length in percent: the score as a share of the owner's.
    pub width: f64,
}

/// The bars for one key: the best [`SHOWN`] of `live` nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    /// The key scored.
    pub key: String,
    /// The highest-scoring nodes, best first.
    pub bars: Vec<Bar>,
    /// How many live nodes were scored.
    pub live: usize,
}

impl Board {
    /// The owner's bar.
    pub fn owner(&self) -> Option<&Bar> {
        self.bars.first()
    }

    /// The runner-up's bar, where the key goes if the owner goes.
    pub fn runner_up(&self) -> Option<&Bar> {
        self.bars.get(1)
    }

    /// Live nodes scored but not drawn.
    pub fn hidden(&self) -> usize {
        self.live - self.bars.len()
    }
}

/// Why a typed key cannot be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Nothing but white space.
    Empty,
    /// Longer than the ring accepts.
    TooLong,
    /// A tab, line break or other control character.
    Control,
}

/// The key to score from the text typed: trimmed and checked the way the ring checks key names.
pub fn check_key(text: &str) -> Result<&str, KeyProblem> {
    validate_name(text, MAX_KEY_NAME).map_err(|e| match e {
        RingError::EmptyName => KeyProblem::Empty,
        RingError::NameTooLong { .. } => KeyProblem::TooLong,
        _ => KeyProblem::Control,
    })
}

/// Node indices (into `nodes`) with their scores for `key`, best first; ties go to the earlier
/// node, as in [`Rendezvous::lookup`].
pub fn rank(nodes: &[(&str, u32)], key: &str) -> Result<Vec<(usize, f64)>, AlgoError> {
    let scores = Rendezvous::new(nodes)?.scores(key);
    let mut ranked: Vec<(usize, f64)> = scores.into_iter().enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(ranked)
}

/// Bar length in percent for `score` when the owner scores `top`: proportional, the owner at
/// 100, never below [`MIN_WIDTH`].
pub fn bar_width(score: f64, top: f64) -> f64 {
    if !(top > 0.0 && top.is_finite() && score.is_finite()) {
        return MIN_WIDTH;
    }
    (score / top * 100.0).clamp(MIN_WIDTH, 100.0)
}

/// A score in a few significant digits; very large scores (u close to 1) in scientific form.
pub fn format_score(score: f64) -> String {
    if !score.is_finite() {
        "∞".to_string()
    } else if score >= 1e6 {
        format!("{score:.3e}")
    } else if score >= 100.0 {
        format!("{score:.1}")
    } else {
        format!("{score:.3}")
    }
}

/// The bars for `key` over `nodes`.
pub fn board(nodes: &[Candidate], key: &str) -> Result<Board, AlgoError> {
    let named: Vec<(&str, u32)> = nodes.iter().map(|n| (n.name.as_str(), n.weight)).collect();
    let ranked = rank(&named, key)?;
    let top = ranked.first().map_or(0.0, |r| r.1);
    let bars = ranked
        .iter()
        .take(SHOWN)
        .enumerate()
        .map(|(i, &(index, score))| {
            let node = &nodes[index];
            Bar {
                rank: i + 1,
                name: node.name.clone(),
                weight: node.weight,
                slot: node.slot,
                score,
                width: bar_width(score, top),
            }
        })
        .collect();
    Ok(Board {
        key: key.to_string(),
        bars,
        live: nodes.len(),
    })
}

/// The message for a key that cannot be scored.
fn key_problem_text(lang: Lang, problem: KeyProblem) -> String {
    match problem {
        KeyProblem::Empty => lang.t(S::KeyEmpty).to_string(),
        KeyProblem::TooLong => lang.f(S::KeyTooLong, &[&MAX_KEY_NAME]),
        KeyProblem::Control => lang.t(S::KeyControl).to_string(),
    }
}

/// Properties of [`AlgoScores`].
#[derive(Properties, PartialEq)]
pub struct AlgoScoresProps {
    /// The interface language.
    pub lang: Lang,
}

/// The rendezvous score panel.
#[function_component(AlgoScores)]
pub fn algo_scores(props: &AlgoScoresProps) -> Html {
    let lang = props.lang;
    let app = use_ring();
    let version = app.version;

    // The first few ring keys, oldest first, as chips.
    let chips = {
        let ring = app.ring.clone();
        use_memo(version, move |_| {
            let ring = &ring;
            let store = ring.keys();
            let mut ids = store.ids().to_vec();
            ids.sort_unstable();
            ids.iter()
                .take(CHIPS)
                .map(|&id| store.name(id).to_string())
                .collect::<Vec<String>>()
        })
    };
    let text = {
        let first = chips.first().cloned();
        use_state(move || first.unwrap_or_else(|| DEFAULT_KEY.to_string()))
    };
    let checked = check_key(&text).map(str::to_string);

    let result = {
        let ring = app.ring.clone();
        use_memo((version, checked.clone().ok()), move |(_, key)| {
            let key = key.as_deref()?;
            let ring = &ring;
            let nodes: Vec<Candidate> = ring
                .node_ids()
                .iter()
                .filter_map(|&id| {
                    ring.node(id).filter(|n| n.alive).map(|n| Candidate {
                        name: n.name.clone(),
                        weight: n.weight,
                        slot: id.0,
                    })
                })
                .collect();
            Some(board(&nodes, key))
        })
    };

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                text.set(input.value());
            }
        })
    };
    let problem = checked.as_ref().err().copied();
    let chosen = checked.as_deref().unwrap_or_default();

    let chip_row = (!chips.is_empty()).then(|| {
        html! {
            <div class="score-chips" role="group" aria-labelledby="algo-scores-chips-label">
                <span id="algo-scores-chips-label" class="row-label">{ lang.t(S::ChipsLabel) }</span>
                { for chips.iter().map(|key| {
                    let onclick = {
                        let (text, key) = (text.clone(), key.clone());
                        Callback::from(move |_: MouseEvent| text.set(key.clone()))
                    };
                    let pressed = if key == chosen { "true" } else { "false" };
                    html! {
                        <button type="button" class="score-chip" data-key={key.clone()}
                            aria-pressed={pressed} {onclick}>{ key.clone() }</button>
                    }
                }) }
            </div>
        }
    });

    let body = match result.as_ref() {
        None => Html::default(),
        Some(Err(AlgoError::NoLiveNode)) => html! {
            <p class="algo-empty score-empty">{ lang.t(S::NoNodes) }</p>
        },
        Some(Err(e)) => html! {
            <p class="algo-error score-error">{ algo_error_text(lang, e) }</p>
        },
        Some(Ok(board)) => view_board(lang, board),
    };

    html! {
        <section class="panel algo-scores" aria-labelledby="algo-scores-title">
            <h2 id="algo-scores-title">{ lang.t(S::Title) }</h2>
            <p class="hint">{ lang.t(S::Intro) }</p>
            <div class="score-controls">
                <div class="score-key-field">
                    <label class="row-label" for="algo-scores-key">{ lang.t(S::KeyLabel) }</label>
                    <input id="algo-scores-key" class="score-key" type="text"
                        autocomplete="off" spellcheck="false"
                        value={(*text).clone()} {oninput}
                        aria-invalid={problem.is_some().then_some("true")}
                        aria-describedby="algo-scores-key-error" />
                    <p id="algo-scores-key-error" class="field-error" role="status">
                        if let Some(problem) = problem { { key_problem_text(lang, problem) } }
                    </p>
                </div>
                { for chip_row }
            </div>
            <p class="hint score-scale">{ lang.t(S::Scale) }</p>
            { body }
        </section>
    }
}

/// The bars, the "+n more" line and the what-if line.
fn view_board(lang: Lang, board: &Board) -> Html {
    let owner = board.owner();
    let runner = board.runner_up();
    let what_if = match (owner, runner) {
        (Some(o), Some(r)) => lang.f(S::WhatIf, &[&o.name, &r.name, &board.key]),
        (Some(o), None) => lang.f(S::WhatIfAlone, &[&o.name, &board.key]),
        _ => String::new(),
    };
    html! {
        <>
            <figure class="score-figure">
                <figcaption>{ lang.f(S::ListCaption, &[&lang.num(board.live as u64), &board.key]) }</figcaption>
                <ol class="score-list">
                    { for board.bars.iter().map(|bar| view_bar(lang, bar)) }
                </ol>
                if board.hidden() > 0 {
                    <p class="score-more">
                        { lang.f(S::More, &[&lang.num(board.hidden() as u64), &SHOWN, &lang.num(board.live as u64)]) }
                    </p>
                }
            </figure>
            <div class="score-whatif">
                <h3>{ lang.t(S::WhatIfTitle) }</h3>
                <p class="score-whatif-line">{ what_if }</p>
            </div>
        </>
    }
}

fn view_bar(lang: Lang, bar: &Bar) -> Html {
    let class = classes!(
        "score-row",
        (bar.rank == 1).then_some("owner"),
        (bar.rank == 2).then_some("runner-up"),
    );
    let colour = palette::node_color(bar.slot);
    let tag = match bar.rank {
        1 => Some(lang.t(S::Owner)),
        2 => Some(lang.t(S::RunnerUp)),
        _ => None,
    };
    html! {
        <li {class} data-node={bar.name.clone()} data-rank={bar.rank.to_string()}
            data-score={bar.score.to_string()}>
            <span class="score-rank" aria-hidden="true">{ bar.rank }</span>
            <span class="score-who">
                <span class="score-name">
                    <span class="swatch" style={format!("background: {colour}")} aria-hidden="true" />
                    { bar.name.clone() }
                </span>
                <span class="score-meta">
                    <span class="score-weight">{ lang.f(S::Weight, &[&bar.weight]) }</span>
                    if let Some(tag) = tag { <span class="score-tag">{ tag }</span> }
                </span>
            </span>
            <span class="score-track" aria-hidden="true">
                <span class="score-bar"
                    style={format!("width: {:.2}%; background: {colour}", bar.width)} />
            </span>
            <span class="score-value" title={lang.t(S::ScoreTitle)}>{ format_score(bar.score) }</span>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nodes(spec: &[(&str, u32)]) -> Vec<Candidate> {
        spec.iter()
            .enumerate()
            .map(|(i, &(name, weight))| Candidate {
                name: name.to_string(),
                weight,
                slot: i as u32,
            })
            .collect()
    }

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("user:{i}")).collect()
    }

    const WEIGHTED: [(&str, u32); 5] = [("a", 1), ("b", 3), ("c", 1), ("d", 2), ("e", 1)];

    #[test]
    fn the_first_bar_is_the_cores_winner_and_the_order_is_top_k() {
        let core = Rendezvous::new(&WEIGHTED).unwrap();
        let candidates = nodes(&WEIGHTED);
        for key in keys(2000) {
            let ranked = rank(&WEIGHTED, &key).unwrap();
            assert_eq!(ranked[0].0, core.lookup(&key), "{key}");
            let order: Vec<usize> = ranked.iter().map(|r| r.0).collect();
            assert_eq!(order, core.top_k(&key, WEIGHTED.len()), "{key}");
            let b = board(&candidates, &key).unwrap();
            assert_eq!(b.owner().unwrap().name, WEIGHTED[core.lookup(&key)].0);
            assert!(b.bars.windows(2).all(|w| w[0].score >= w[1].score));
            assert!(b.bars.iter().enumerate().all(|(i, bar)| bar.rank == i + 1));
        }
    }

    #[test]
    fn removing_the_owner_hands_the_key_to_the_runner_up() {
        for key in keys(2000) {
            let b = board(&nodes(&WEIGHTED), &key).unwrap();
            let (owner, runner) = (b.owner().unwrap(), b.runner_up().unwrap());
            let rest: Vec<(&str, u32)> = WEIGHTED
                .iter()
                .copied()
                .filter(|n| n.0 != owner.name)
                .collect();
            let without = Rendezvous::new(&rest).unwrap();
            assert_eq!(rest[without.lookup(&key)].0, runner.name, "{key}");
            // Removing a node that is not the owner leaves the key where it was.
            let other = &b.bars[2].name;
            let rest: Vec<(&str, u32)> =
                WEIGHTED.iter().copied().filter(|n| n.0 != other).collect();
            let without = Rendezvous::new(&rest).unwrap();
            assert_eq!(rest[without.lookup(&key)].0, owner.name, "{key}");
        }
    }

    #[test]
    fn widths_are_shares_of_the_owner_with_a_visible_minimum() {
        let b = board(&nodes(&WEIGHTED), "user:42").unwrap();
        assert_eq!(b.bars[0].width, 100.0);
        assert!(b.bars.windows(2).all(|w| w[0].width >= w[1].width));
        for bar in &b.bars {
            let share = bar.score / b.bars[0].score * 100.0;
            assert!((bar.width - share.max(MIN_WIDTH)).abs() < 1e-9);
        }
        assert_eq!(bar_width(1e-9, 1e9), MIN_WIDTH);
        assert_eq!(bar_width(5.0, 0.0), MIN_WIDTH);
        assert_eq!(bar_width(f64::NAN, 1.0), MIN_WIDTH);
        assert_eq!(bar_width(2.0, 4.0), 50.0);
    }

    #[test]
    fn a_thousand_nodes_draw_twelve_bars() {
        let names: Vec<String> = (0..1000).map(|i| format!("node-{i}")).collect();
        let spec: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 1)).collect();
        let b = board(&nodes(&spec), "user:42").unwrap();
        assert_eq!((b.bars.len(), b.live, b.hidden()), (SHOWN, 1000, 988));
        let core = Rendezvous::new(&spec).unwrap();
        assert_eq!(b.owner().unwrap().name, names[core.lookup("user:42")]);
    }

    #[test]
    fn one_node_has_no_runner_up_and_none_is_an_error() {
        let b = board(&nodes(&[("solo", 2)]), "k").unwrap();
        assert_eq!(b.owner().unwrap().name, "solo");
        assert!(b.runner_up().is_none());
        assert_eq!(b.hidden(), 0);
        assert_eq!(board(&[], "k").unwrap_err(), AlgoError::NoLiveNode);
    }

    #[test]
    fn keys_are_checked_like_the_rings() {
        assert_eq!(check_key("  user:1 "), Ok("user:1"));
        assert_eq!(check_key(""), Err(KeyProblem::Empty));
        assert_eq!(check_key(" \t "), Err(KeyProblem::Empty));
        assert_eq!(
            check_key(&"x".repeat(MAX_KEY_NAME + 1)),
            Err(KeyProblem::TooLong)
        );
        assert_eq!(check_key("a\tb"), Err(KeyProblem::Control));
        for p in [KeyProblem::Empty, KeyProblem::TooLong, KeyProblem::Control] {
            assert!(!key_problem_text(Lang::Zh, p).is_empty());
        }
    }

    #[test]
    fn scores_print_briefly() {
        assert_eq!(format_score(1.23456), "1.235");
        assert_eq!(format_score(123.456), "123.5");
        assert_eq!(format_score(9.007e15), "9.007e15");
        assert_eq!(format_score(f64::INFINITY), "∞");
    }
}
