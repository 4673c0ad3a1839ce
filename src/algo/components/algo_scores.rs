//! Rendezvous (highest random weight) hashing on the Ring tab's live nodes: for one key, every
//! node's score as a bar, highest first. The first bar is the owner, the second the runner-up
//! that takes the key over if the owner goes.
//!
//! Display scale: the core's score is `w / −ln(u)` with `u ∈ (0, 1)`, always positive but
//! unbounded above, so each bar is drawn as the node's score divided by the owner's (the
//! owner's bar is full) and the score itself is printed beside it.

use ringlock_core::algo::scores::{
    board, check_key, format_score, Bar, Board, Candidate, KeyProblem, SHOWN,
};
use ringlock_core::algo::AlgoError;
use ringlock_core::error::MAX_KEY_NAME;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::algo::text::scores::S;
use crate::algo::words::algo_error_text;
use crate::i18n::Lang;
use crate::ring::state::use_ring;
use crate::ui::palette;

/// Ring keys offered as one-click chips.
pub const CHIPS: usize = 6;
/// The key typed in when the ring has none.
pub const DEFAULT_KEY: &str = "user:42";

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
                    <span class="swatch" ~style={format!("background: {colour}")} aria-hidden="true" />
                    { bar.name.clone() }
                </span>
                <span class="score-meta">
                    <span class="score-weight">{ lang.f(S::Weight, &[&bar.weight]) }</span>
                    if let Some(tag) = tag { <span class="score-tag">{ tag }</span> }
                </span>
            </span>
            <span class="score-track" aria-hidden="true">
                <span class="score-bar"
                    ~style={format!("width: {:.2}%; background: {colour}", bar.width)} />
            </span>
            <span class="score-value" title={lang.t(S::ScoreTitle)}>{ format_score(bar.score) }</span>
        </li>
    }
}

#[cfg(test)]
#[path = "algo_scores_tests.rs"]
mod tests;
