//! The question before the outcome: a percentage, a node or a choice; or "show me".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::check::{Guess, GuessError, Question};
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;

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
        Question::Percent { tolerance } | Question::Millis { tolerance } => {
            let millis = matches!(props.question, Question::Millis { .. });
            let submit = {
                let (learn, input) = (learn.clone(), input.clone());
                Callback::from(move |e: SubmitEvent| {
                    e.prevent_default();
                    if let Some(el) = input.cast::<HtmlInputElement>() {
                        learn.dispatch(if millis {
                            LearnAction::TypeMillis(el.value())
                        } else {
                            LearnAction::TypePercent(el.value())
                        });
                    }
                })
            };
            let error = learn.error.map(|e| match (e, millis) {
                (GuessError::NotANumber, false) => lang.t(F::NotANumber),
                (GuessError::OutOfRange, false) => lang.t(F::OutOfRange),
                (GuessError::NotANumber | GuessError::OutOfRange, true) => lang.t(F::BadMillis),
            });
            let (label, unit, within) = if millis {
                (F::MillisLabel, "ms", F::WithinMs)
            } else {
                (F::PercentLabel, "%", F::Within)
            };
            html! {
                <form class="learn-percent" onsubmit={submit}>
                    <label for="learn-guess">{ lang.t(label) }</label>
                    <div class="learn-percent-row">
                        <input id="learn-guess" ref={input} type="text" inputmode="decimal"
                            autocomplete="off" size="6" aria-invalid={error.is_some().to_string()} />
                        <span>{ unit }</span>
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
