//! Time controls: reset, step back, play / pause, step, the scrubber over the whole run, the
//! speed on a logarithmic slider (0.1×–100×) and the seed.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{secs, secs_short};
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField, MAX_SPEED, MIN_SPEED};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::L;

/// Speed shown with the precision it has on the slider.
fn speed_text(speed: f64) -> String {
    if speed < 1.0 {
        format!("{speed:.2}×")
    } else if speed < 10.0 {
        format!("{speed:.1}×")
    } else {
        format!("{speed:.0}×")
    }
}

/// The time bar.
#[function_component(LabControls)]
pub fn lab_controls() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let (now, horizon, seed) = {
        let l = &lab.lab;
        (l.now(), l.horizon(), l.sim().seed())
    };
    let seed_input = use_node_ref();

    let send = |action: LabAction| {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(action.clone()))
    };
    let on_seek = {
        let lab = lab.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(t) = input.value().parse::<u64>() {
                lab.dispatch(LabAction::Seek(t));
            }
        })
    };
    let on_speed = {
        let lab = lab.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(exp) = input.value().parse::<f64>() {
                lab.dispatch(LabAction::SetSpeed(10f64.powf(exp)));
            }
        })
    };
    let on_seed = {
        let lab = lab.clone();
        let seed_input = seed_input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = seed_input.cast::<web_sys::HtmlInputElement>() {
                lab.dispatch(LabAction::SetSeed(input.value()));
            }
        })
    };
    let seed_error = lab
        .error
        .as_ref()
        .filter(|(f, _)| *f == LabField::Seed)
        .map(|(_, e)| lab_error_text(lang, e));
    let speed_exp = lab.speed.log10();
    let (play_label, play_glyph) = if lab.playing {
        (lang.t(L::PauseRun), "❚❚")
    } else {
        (lang.t(L::Play), "▶")
    };

    html! {
        <section class="panel lab-controls" aria-label={lang.t(L::TimeControls)}>
            <div class="lab-transport">
                <button type="button" onclick={send(LabAction::Reset)} title={lang.t(L::ResetHint)}>
                    <span aria-hidden="true">{ "⟲ " }</span>{ lang.t(L::Reset) }
                </button>
                <button type="button" aria-label={lang.t(L::StepBack)} title={lang.t(L::StepBackHint)}
                    disabled={now == 0} onclick={send(LabAction::StepBack)}>
                    <span aria-hidden="true">{ "◀❙" }</span>
                </button>
                <button type="button" class="primary play" aria-label={play_label}
                    aria-keyshortcuts="Space" onclick={send(LabAction::TogglePlay)}>
                    <span aria-hidden="true">{ play_glyph }</span>{ " " }{ play_label }
                </button>
                <button type="button" aria-label={lang.t(L::StepForward)} title={lang.t(L::StepForwardHint)}
                    onclick={send(LabAction::Step)}>
                    <span aria-hidden="true">{ "❙▶" }</span>
                </button>
                <output class="lab-clock" aria-label={lang.t(L::LogicalTime)}>{ secs(lang, now) }</output>
                <span class="lab-keys hint">{ lang.t(L::KeysHint) }</span>
            </div>
            <div class="lab-scrub">
                <label for="lab-scrubber" class="sr-only">{ lang.t(L::Scrubber) }</label>
                <input id="lab-scrubber" type="range" min="0" max={horizon.max(1).to_string()} step="1"
                    value={now.to_string()} oninput={on_seek}
                    aria-valuetext={lang.f(L::ScrubberValue, &[&secs_short(lang, now), &secs_short(lang, horizon)])} />
                <span class="lab-horizon">{ secs_short(lang, horizon) }</span>
            </div>
            <div class="lab-knobs">
                <label class="inline lab-speed">
                    <span>{ lang.t(L::Speed) }</span>
                    <input type="range" min={MIN_SPEED.log10().to_string()} max={MAX_SPEED.log10().to_string()}
                        step="0.01" value={format!("{speed_exp:.2}")} oninput={on_speed}
                        aria-valuetext={speed_text(lab.speed)} />
                    <output>{ speed_text(lab.speed) }</output>
                </label>
                <form class="inline lab-seed" onsubmit={on_seed}>
                    <label for="lab-seed">{ lang.t(L::Seed) }</label>
                    <input id="lab-seed" ref={seed_input} type="text" inputmode="numeric" size="8"
                        value={seed.to_string()}
                        aria-invalid={seed_error.is_some().to_string()}
                        aria-describedby="lab-seed-error" />
                    <button type="submit">{ lang.t(L::ApplySeed) }</button>
                </form>
                <p id="lab-seed-error" class="field-error" role="alert">{ seed_error.unwrap_or_default() }</p>
            </div>
        </section>
    }
}
