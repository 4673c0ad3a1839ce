//! Spawn workers: one, ten, or N (up to the limit of a thousand in all).

use ringlock_lock::MAX_WORKERS;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::L;

/// The spawn controls.
#[function_component(LabSpawn)]
pub fn lab_spawn() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let input = use_node_ref();
    let count = lab.lab.sim().worker_count();
    let spawn = |n: u32| {
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| lab.dispatch(LabAction::Spawn(n.to_string())))
    };
    let on_submit = {
        let lab = lab.clone();
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                lab.dispatch(LabAction::Spawn(el.value()));
            }
        })
    };
    let error = lab
        .error
        .as_ref()
        .filter(|(f, _)| *f == LabField::Spawn)
        .map(|(_, e)| lab_error_text(lang, e));
    let full = count >= MAX_WORKERS;
    html! {
        <div class="lab-spawn">
            <form class="form-row wrap" onsubmit={on_submit}>
                <button type="button" onclick={spawn(1)} aria-label={lang.t(L::SpawnOneLabel)}>{ lang.t(L::SpawnOne) }</button>
                <button type="button" onclick={spawn(10)} aria-label={lang.t(L::SpawnTenLabel)}>{ lang.t(L::SpawnTen) }</button>
                <label class="inline">
                    <span class="sr-only">{ lang.t(L::SpawnCount) }</span>
                    <input ref={input} type="text" inputmode="numeric" min="1" max={MAX_WORKERS.to_string()} value="100"
                        class="spawn-n" aria-label={lang.t(L::SpawnCount)}
                        aria-invalid={error.is_some().to_string()} aria-describedby="lab-spawn-error" />
                </label>
                <button type="submit">{ lang.t(L::SpawnN) }</button>
                <span class={classes!("panel-meta", full.then_some("at-limit"))}>
                    { lang.f(L::WorkerLimit, &[&lang.num(count as u64), &lang.num(MAX_WORKERS as u64)]) }
                </span>
            </form>
            <p id="lab-spawn-error" class={classes!("field-error", error.is_none().then_some("empty"))} role="alert">
                { error.unwrap_or_default() }
            </p>
        </div>
    }
}
