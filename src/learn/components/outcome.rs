//! The outcome, once answered: right or not, the guess beside the measured value and theory,
//! and the narration that explains it.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::check::Guess;
use crate::learn::facts::Facts;
use crate::learn::state::Answer;
use crate::learn::text::frame::F;

/// Props of [`Outcome`].
#[derive(Properties, PartialEq)]
pub struct OutcomeProps {
    /// The step's facts.
    pub facts: Facts,
    /// The student's answer.
    pub answer: Answer,
}

/// What happened, beside what the student said would.
#[function_component(Outcome)]
pub fn outcome(props: &OutcomeProps) -> Html {
    let lang = use_lang();
    let Answer { guess, right } = &props.answer;
    let verdict = match (guess, right) {
        (None, _) => html! { <p class="learn-verdict skipped">{ lang.t(F::Skipped) }</p> },
        (Some(_), true) => {
            html! { <p class="learn-verdict right">{ "✓ " }{ lang.t(F::Right) }</p> }
        }
        (Some(_), false) => {
            html! { <p class="learn-verdict wrong">{ "✗ " }{ lang.t(F::Wrong) }</p> }
        }
    };
    let option = |value: String| {
        props
            .facts
            .options
            .iter()
            .find(|(_, v)| *v == value)
            .map_or(value.clone(), |(label, _)| label.clone())
    };
    let guessed = guess.as_ref().map(|g| match g {
        Guess::Percent(p) => format!("{p}%"),
        Guess::Millis(ms) => format!("{ms} ms"),
        Guess::Count(n) => n.to_string(),
        Guess::Node(n) => option(n.clone()),
        Guess::Choice(i) => option(i.to_string()),
    });
    let row = |label: F, value: Option<String>, class: &'static str| {
        value.map(|v| html! { <tr class={class}><th scope="row">{ lang.t(label) }</th><td>{ v }</td></tr> })
    };
    html! {
        <section class="learn-outcome" aria-label={lang.t(F::Outcome)} aria-live="polite">
            <h3>{ lang.t(F::Outcome) }</h3>
            { verdict }
            <table class="learn-compare">
                <tbody>
                    { for row(F::YourGuess, guessed, "guess") }
                    { for row(F::Measured, props.facts.measured.clone(), "measured") }
                    { for row(F::Theory, props.facts.theory.clone(), "theory") }
                </tbody>
            </table>
            <p class="learn-after">{ props.facts.after.clone() }</p>
        </section>
    }
}
