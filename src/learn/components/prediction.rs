//! The question before the outcome: a percentage, a wait, a count, a node or a choice; or
//! "show me".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::check::{Guess, GuessError, Question};
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;

/// What a typed guess becomes, by the question's kind.
fn typed(question: Question, raw: String) -> LearnAction {
    match question {
        Question::Millis { .. } => LearnAction::TypeMillis(raw),
        Question::Count { .. } => LearnAction::TypeCount(raw),
        Question::Percent { .. } | Question::Node | Question::Choice(_) => {
            LearnAction::TypePercent(raw)
        }
    }
}

/// A typed question's label, unit, tolerance line and tolerance.
fn form(question: Question) -> (F, &'static str, F, String) {
    match question {
        Question::Millis { tolerance } => {
            (F::MillisLabel, "ms", F::WithinMs, tolerance.to_string())
        }
        Question::Count { tolerance: 0 } => (F::CountLabel, "", F::Exactly, String::new()),
        Question::Count { tolerance } => (F::CountLabel, "", F::WithinCount, tolerance.to_string()),
        Question::Percent { tolerance } => (F::PercentLabel, "%", F::Within, tolerance.to_string()),
        Question::Node | Question::Choice(_) => (F::PercentLabel, "%", F::Within, String::new()),
    }
}

/// Why a typed guess was refused, in words fit for the question.
fn refusal(question: Question, error: GuessError) -> F {
    match (question, error) {
        (Question::Millis { .. }, _) => F::BadMillis,
        (Question::Count { .. }, GuessError::NotWhole) => F::NotWhole,
        (Question::Count { .. }, GuessError::NotANumber | GuessError::OutOfRange) => F::BadCount,
        (
            Question::Percent { .. } | Question::Node | Question::Choice(_),
            GuessError::OutOfRange,
        ) => F::OutOfRange,
        (
            Question::Percent { .. } | Question::Node | Question::Choice(_),
            GuessError::NotANumber | GuessError::NotWhole,
        ) => F::NotANumber,
    }
}

/// Props of [`Prediction`].
#[derive(Properties, PartialEq)]
pub struct PredictionProps {
    /// The question's kind.
    pub question: Question,
    /// Its text.
    pub ask: AttrValue,
    /// Options of a node or choice question: (label, value).
    pub options: Vec<(String, String)>,
}

/// Ask, and take the student's answer.
#[function_component(Prediction)]
pub fn prediction(props: &PredictionProps) -> Html {
    let learn = use_learn();
    let lang = use_lang();
    let input = use_node_ref();
    let show_me = {
        let learn = learn.clone();
        Callback::from(move |_: MouseEvent| learn.dispatch(LearnAction::ShowMe))
    };
    let body = match props.question {
        Question::Percent { .. } | Question::Millis { .. } | Question::Count { .. } => {
            let question = props.question;
            let submit = {
                let (learn, input) = (learn.clone(), input.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some(el) = input.cast::<HtmlInputElement>() {
                        learn.dispatch(typed(question, el.value()));
                    }
                })
            };
            let error = learn.error.map(|e| lang.t(refusal(question, e)));
            let (label, unit, within, tolerance) = form(question);
            html! {
                <form class="learn-percent" onsubmit={submit}>
                    <label for="learn-guess">{ lang.t(label) }</label>
                    <div class="learn-percent-row">
                        <input id="learn-guess" ref={input} type="text" inputmode="decimal"
                            autocomplete="off" size="6" aria-invalid={error.is_some().to_string()} />
                        if !unit.is_empty() {
                            <span>{ unit }</span>
                        }
                        <button type="submit" class="primary">{ lang.t(F::Check) }</button>
                    </div>
                    <p class="learn-tolerance">{ lang.f(within, &[&tolerance]) }</p>
                    if let Some(error) = error {
                        <p class="error" role="alert">{ error }</p>
                    }
                </form>
            }
        }
        Question::Node | Question::Choice(_) => {
            let node = props.question == Question::Node;
            html! {
                <div class={classes!("learn-options", node.then_some("nodes"))} role="group" aria-label={props.ask.clone()}>
                { for props.options.iter().map(|(label, value)| {
                    let guess = if node {
                        Guess::Node(value.clone())
                    } else {
                        Guess::Choice(value.parse().unwrap_or(usize::MAX))
                    };
                    let learn = learn.clone();
                    let pick = Callback::from(move |_: MouseEvent| learn.dispatch(LearnAction::Pick(guess.clone())));
                    html! { <button type="button" class="learn-option" onclick={pick}>{ label.clone() }</button> }
                }) }
                </div>
            }
        }
    };
    html! {
        <section class="learn-question" aria-label={lang.t(F::Predict)}>
            <h3>{ lang.t(F::Predict) }</h3>
            <p class="learn-ask">{ props.ask.clone() }</p>
            { body }
            <button type="button" class="learn-show-me" onclick={show_me}>{ lang.t(F::ShowMe) }</button>
        </section>
    }
}
