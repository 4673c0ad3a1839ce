//! The ring tab's one-click lessons: set the ring up, ask for a prediction, play the change,
//! and show the guess beside what the ring measured and what theory expects.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::i18n::{use_lang, Lang};
use crate::ring::lessons::{check, measure, parse_guess, Lesson, Outcome, Question, Verdict};
use crate::ring::state::{use_ring, RingAction};
use crate::ring::text::lessons::{ask, setup, title, L};
use crate::ui::format::{dec, pct};

/// Where the student is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    /// No lesson chosen.
    Idle,
    /// The ring is set up and the question asked.
    Asking(Lesson),
    /// The change has played; the guess, or `None` after "show me".
    Played(Lesson, Option<f64>),
}

/// A value in the question's unit, as text.
fn value_text(lang: Lang, question: Question, value: f64) -> String {
    match question {
        Question::Percent { .. } => pct(lang, value / 100.0),
        Question::Count { .. } => lang.num(value.round().max(0.0) as u64),
    }
}

/// The sentence after the result, filled with the measured numbers.
fn explain(lang: Lang, lesson: Lesson, o: &Outcome) -> String {
    match lesson {
        Lesson::JoinModulo => lang.f(
            L::ExplainJoinModulo,
            &[&pct(lang, o.theory / 100.0), &lang.num(o.detail as u64)],
        ),
        Lesson::JoinRing => lang.f(
            L::ExplainJoinRing,
            &[&pct(lang, o.theory / 100.0), &lang.num(o.detail as u64)],
        ),
        Lesson::Vnodes => lang.f(
            L::ExplainVnodes,
            &[&pct(lang, o.theory / 100.0), &dec(lang, o.detail, 2)],
        ),
        Lesson::KillAlone => lang.f(L::ExplainKillAlone, &[&pct(lang, o.detail / 100.0)]),
        Lesson::KillSpread => lang.f(
            L::ExplainKillSpread,
            &[&lang.num(o.measured as u64), &pct(lang, o.detail / 100.0)],
        ),
    }
}

/// The verdict line.
fn verdict_text(lang: Lang, question: Question, guess: f64, measured: f64) -> String {
    match (check(question, guess, measured), question) {
        (Verdict::Close, Question::Percent { tolerance }) => {
            lang.f(L::Close, &[&dec(lang, tolerance, 0)])
        }
        (Verdict::Close, Question::Count { .. }) => lang.t(L::Exact).to_string(),
        (Verdict::Off(by), Question::Percent { .. }) => {
            lang.f(L::OffPoints, &[&dec(lang, by.abs(), 1)])
        }
        (Verdict::Off(by), Question::Count { .. }) => {
            lang.f(L::OffCount, &[&lang.num(by.abs() as u64)])
        }
    }
}

/// The lessons block under the ring.
#[function_component(RingLessons)]
pub fn ring_lessons() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let phase = use_state(|| Phase::Idle);
    let draft = use_state(String::new);
    let bad = use_state(|| false);

    let focus = use_state(|| 0usize);
    let on_key = {
        let focus = focus.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = Lesson::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (*focus + 1) % n,
                "ArrowLeft" | "ArrowUp" => (*focus + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            focus.set(next);
            let selector = format!("[data-ring-lesson='{}']", Lesson::ALL[next].code());
            let button = e
                .current_target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|list| list.query_selector(&selector).ok().flatten())
                .and_then(|b| b.dyn_into::<HtmlElement>().ok());
            if let Some(button) = button {
                let _ = button.focus();
            }
        })
    };
    let start = |i: usize, lesson: Lesson| {
        let (app, phase, draft, bad) = (app.clone(), phase.clone(), draft.clone(), bad.clone());
        let focus = focus.clone();
        Callback::from(move |_: MouseEvent| {
            focus.set(i);
            app.dispatch(RingAction::LoadFragment(lesson.setup().to_string()));
            draft.set(String::new());
            bad.set(false);
            phase.set(Phase::Asking(lesson));
        })
    };
    let play = {
        let (app, phase) = (app.clone(), phase.clone());
        move |lesson: Lesson, guess: Option<f64>| {
            app.dispatch(lesson.change());
            phase.set(Phase::Played(lesson, guess));
        }
    };
    let on_input = {
        let (draft, bad) = (draft.clone(), bad.clone());
        Callback::from(move |e: InputEvent| {
            draft.set(e.target_unchecked_into::<HtmlInputElement>().value());
            bad.set(false);
        })
    };

    let body = match *phase {
        Phase::Idle => Html::default(),
        Phase::Asking(lesson) => {
            let question = lesson.question();
            let onsubmit = {
                let (draft, bad, play) = (draft.clone(), bad.clone(), play.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    match parse_guess(question, &draft) {
                        Some(guess) => play(lesson, Some(guess)),
                        None => bad.set(true),
                    }
                })
            };
            let show_me = {
                let play = play.clone();
                Callback::from(move |_: MouseEvent| play(lesson, None))
            };
            let (label, error) = match question {
                Question::Percent { .. } => (L::GuessPercent, lang.t(L::BadPercent).to_string()),
                Question::Count { max } => (L::GuessCount, lang.f(L::BadCount, &[&max])),
            };
            html! {
                <form class="lesson-ask" {onsubmit} novalidate=true>
                    <h4>{ title(lang, lesson) }</h4>
                    <p class="lesson-setup">{ setup(lang, lesson) }</p>
                    <p class="lesson-question">{ ask(lang, lesson) }</p>
                    <label>{ lang.t(label) }
                        <input class="lesson-guess" type="text" inputmode="decimal" value={(*draft).clone()}
                            oninput={on_input} aria-invalid={bad.to_string()} />
                    </label>
                    <button type="submit" class="lesson-check">{ lang.t(L::Check) }</button>
                    <button type="button" class="lesson-show" onclick={show_me}>{ lang.t(L::ShowMe) }</button>
                    if *bad {
                        <p class="field-error" role="alert">{ error }</p>
                    }
                </form>
            }
        }
        Phase::Played(lesson, guess) => played(lang, lesson, guess, measure(lesson, &app)),
    };

    html! {
        <section class="ring-lessons" aria-labelledby="ring-lessons-title">
            <h3 id="ring-lessons-title">{ lang.t(L::Title) }</h3>
            <p class="lesson-intro">{ lang.t(L::Intro) }</p>
            // One tab stop for the exercises; the arrow keys move between them.
            <div class="lesson-list" role="toolbar" aria-label={lang.t(L::Title)} onkeydown={on_key}>
                { for Lesson::ALL.into_iter().enumerate().map(|(i, lesson)| html! {
                    <button type="button" data-ring-lesson={lesson.code()} onclick={start(i, lesson)}
                        tabindex={if i == *focus { "0" } else { "-1" }}
                        aria-pressed={matches!(*phase, Phase::Asking(l) | Phase::Played(l, _) if l == lesson).to_string()}>
                        { title(lang, lesson) }
                    </button>
                }) }
            </div>
            <div class="lesson-body" aria-live="polite">{ body }</div>
        </section>
    }
}

/// The result of a played lesson: guess, measured and theory side by side.
fn played(lang: Lang, lesson: Lesson, guess: Option<f64>, outcome: Option<Outcome>) -> Html {
    let Some(o) = outcome else {
        return html! { <p class="lesson-stale">{ lang.t(L::Stale) }</p> };
    };
    let question = lesson.question();
    let guess_text = guess.map_or_else(
        || lang.t(L::Skipped).to_string(),
        |g| value_text(lang, question, g),
    );
    html! {
        <div class="lesson-outcome" data-lesson={lesson.code()} data-measured={o.measured.to_string()}
            data-theory={o.theory.to_string()} data-detail={o.detail.to_string()}>
            <h4>{ title(lang, lesson) }</h4>
            <p class="lesson-setup">{ setup(lang, lesson) }</p>
            <p class="lesson-question">{ ask(lang, lesson) }</p>
            <table class="lesson-table">
                <thead><tr>
                    <th scope="col">{ lang.t(L::ColGuess) }</th>
                    <th scope="col">{ lang.t(L::ColMeasured) }</th>
                    <th scope="col">{ lang.t(L::ColTheory) }</th>
                </tr></thead>
                <tbody><tr>
                    <td class="lesson-guess-value">{ guess_text }</td>
                    <td class="lesson-measured">{ value_text(lang, question, o.measured) }</td>
                    <td class="lesson-theory">{ value_text(lang, question, o.theory) }</td>
                </tr></tbody>
            </table>
            if let Some(g) = guess {
                <p class="lesson-verdict">{ verdict_text(lang, question, g, o.measured) }</p>
            }
            <p class="lesson-explain">{ explain(lang, lesson, &o) }</p>
        </div>
    }
}
