//! How far through the course the student is.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::place::StepId;
use crate::learn::state::use_learn;
use crate::learn::text::frame::F;

/// The progress bar over the whole course.
#[function_component(ProgressBar)]
pub fn progress_bar() -> Html {
    let learn = use_learn();
    let lang = use_lang();
    let total = StepId::all().len();
    let done = learn.at.index() + 1;
    let width = format!("width: {:.1}%", done as f64 * 100.0 / total as f64);
    html! {
        <div class="learn-progress">
            <div class="learn-progress-track" role="progressbar" aria-label={lang.t(F::Progress)}
                aria-valuemin="1" aria-valuemax={total.to_string()} aria-valuenow={done.to_string()}>
                <div class="learn-progress-fill" ~style={width}></div>
            </div>
            <span class="learn-progress-text">{ lang.f(F::StepOf, &[&done, &total]) }</span>
        </div>
    }
}
