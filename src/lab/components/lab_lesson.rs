//! One Lock-lab lesson's card: its setup, its question, then Play and "Jump to the outcome",
//! and once the run has played, the guess beside what the run measured and the outcome.

use ringlock_lock::LabScenario;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{use_lang, Lang};
use crate::lab::common::secs_short;
use crate::lab::predict::{answer, ask, is_right, max_number, parse_number, Answer, Ask, Guess};
use crate::lab::state::{use_lab, LabAction};
use crate::lab::text::lessons::{lesson_label, outcome, question, setup, P};
use crate::lab::text::L;
use crate::ui::format::dec;

/// The card's props: the lesson shown (the card is keyed by it, so a new lesson starts over).
#[derive(Properties, PartialEq)]
pub struct LessonCardProps {
    /// The lesson.
    pub lesson: LabScenario,
}

/// Where the student is: `None` before answering; `Some(None)` after "show me".
type Answered = Option<Option<Guess>>;

/// A guess or a measured value, as text, in the question's unit.
fn value_text(lang: Lang, q: Ask, value: Guess) -> String {
    match (value, q) {
        (Guess::Choice(true), _) => lang.t(P::Yes).to_string(),
        (Guess::Choice(false), _) => lang.t(P::No).to_string(),
        (Guess::Number(x), Ask::WaitSecs) => lang.f(L::Seconds, &[&dec(lang, x, 1)]),
        (Guess::Number(x), _) => dec(lang, x, 1),
    }
}

/// The answer as a guess would be, for showing it.
fn as_guess(a: Answer) -> Guess {
    match a {
        Answer::Choice(x) => Guess::Choice(x),
        Answer::Number { value, .. } => Guess::Number(value),
    }
}

/// A lesson's card.
#[function_component(LessonCard)]
pub fn lesson_card(props: &LessonCardProps) -> Html {
    let lesson = props.lesson;
    let lab = use_lab();
    let lang = use_lang();
    let answered = use_state(|| Answered::None);
    let draft = use_state(String::new);
    let bad = use_state(|| false);
    let facts = use_memo(lesson, |l| l.facts());
    let q = ask(lesson);
    let right = answer(q, &facts);
    let end = lesson.duration();
    let now = lab.lab.now();

    let give = |g: Option<Guess>| {
        let answered = answered.clone();
        Callback::from(move |_: MouseEvent| answered.set(Some(g)))
    };
    let asking = match *answered {
        Some(_) => Html::default(),
        None => {
            let choices = matches!(right, Some(Answer::Choice(_)) | None);
            let onsubmit = {
                let (draft, bad, answered) = (draft.clone(), bad.clone(), answered.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    match parse_number(&draft, max_number(q)) {
                        Some(x) => answered.set(Some(Some(Guess::Number(x)))),
                        None => bad.set(true),
                    }
                })
            };
            let oninput = {
                let (draft, bad) = (draft.clone(), bad.clone());
                Callback::from(move |e: InputEvent| {
                    draft.set(e.target_unchecked_into::<HtmlInputElement>().value());
                    bad.set(false);
                })
            };
            let max = dec(lang, max_number(q), 0);
            html! {
                <form class="lesson-ask" {onsubmit} novalidate=true>
                    <p class="lesson-question">{ question(lang, q) }</p>
                    if choices {
                        <button type="button" class="lesson-choice" data-choice="yes"
                            onclick={give(Some(Guess::Choice(true)))}>{ lang.t(P::Yes) }</button>
                        <button type="button" class="lesson-choice" data-choice="no"
                            onclick={give(Some(Guess::Choice(false)))}>{ lang.t(P::No) }</button>
                    } else {
                        <input class="lesson-guess" type="text" inputmode="decimal"
                            aria-label={question(lang, q)} value={(*draft).clone()} {oninput}
                            aria-invalid={bad.to_string()} />
                        <button type="submit" class="lesson-check">{ lang.t(P::Check) }</button>
                    }
                    <button type="button" class="lesson-show" onclick={give(None)}>
                        { lang.t(P::ShowMe) }
                    </button>
                    if *bad {
                        <p class="field-error" role="alert">{ lang.f(P::BadNumber, &[&max]) }</p>
                    }
                </form>
            }
        }
    };
    let running = match *answered {
        None => Html::default(),
        Some(_) => {
            let on_play = {
                let lab = lab.clone();
                Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::Play))
            };
            let on_end = {
                let lab = lab.clone();
                Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::RunToEnd))
            };
            html! {
                <div class="lesson-run">
                    if now < end {
                        <p class="lesson-after">{ lang.t(P::AfterGuess) }</p>
                        <button type="button" class="small lesson-play" onclick={on_play}
                            disabled={lab.playing}>{ lang.t(P::PlayRun) }</button>
                    }
                    <button type="button" class="small lesson-jump" onclick={on_end}
                        disabled={now >= end}>
                        { lang.f(L::ShowOutcome, &[&secs_short(lang, end)]) }
                    </button>
                </div>
            }
        }
    };
    let result = match (*answered, right) {
        (Some(guess), Some(right)) if now >= end => {
            let verdict = guess.map(|g| {
                let ok = is_right(g, right);
                let class = if ok {
                    "lesson-verdict right"
                } else {
                    "lesson-verdict wrong"
                };
                html! { <p class={class}>{ lang.t(if ok { P::Right } else { P::Wrong }) }</p> }
            });
            html! {
                <div class="lesson-outcome">
                    <dl class="lesson-compare">
                        <dt>{ lang.t(P::YourGuess) }</dt>
                        <dd class="lesson-guessed">
                            { guess.map_or_else(|| lang.t(P::Skipped).to_string(), |g| value_text(lang, q, g)) }
                        </dd>
                        <dt>{ lang.t(P::Measured) }</dt>
                        <dd class="lesson-measured">{ value_text(lang, q, as_guess(right)) }</dd>
                    </dl>
                    { for verdict }
                    <p class="lesson-outcome-text">{ outcome(lang, lesson, &facts) }</p>
                </div>
            }
        }
        _ => Html::default(),
    };
    html! {
        <div class="lab-lesson" aria-live="polite">
            <h3>{ lesson_label(lang, lesson) }</h3>
            <p class="lesson-setup">{ setup(lang, lesson) }</p>
            if answered.is_some() {
                <p class="lesson-question">{ question(lang, q) }</p>
            }
            { asking }
            { running }
            { result }
        </div>
    }
}
