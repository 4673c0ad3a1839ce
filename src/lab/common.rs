//! Small helpers shared by the lock-lab components: names and classes of worker states,
//! times in the interface language.

use ringlock_lock::{Model, Time, WorkerId, WorkerState, WorkerView};

use crate::i18n::Lang;
use crate::lab::text::redis::K;
use crate::lab::text::L;

/// A Redis node's name: the single master, or Redlock's A–E.
pub fn node_name(lang: Lang, model: Model, node: u32) -> String {
    match (model, char::from_u32(u32::from('A') + node)) {
        (Model::Redlock, Some(letter)) => lang.f(K::NodeN, &[&letter]),
        _ => lang.t(K::Master).to_string(),
    }
}

/// CSS class of a worker state (its colour comes from `lab.css`).
pub fn state_class(state: WorkerState) -> &'static str {
    match state {
        WorkerState::Thinking => "st-thinking",
        WorkerState::Requesting => "st-requesting",
        WorkerState::Waiting => "st-waiting",
        WorkerState::Holding => "st-holding",
        WorkerState::Writing => "st-writing",
        WorkerState::Paused => "st-paused",
        WorkerState::Crashed => "st-crashed",
    }
}

/// Name of a worker state.
pub fn state_name(lang: Lang, state: WorkerState) -> &'static str {
    lang.t(match state {
        WorkerState::Thinking => L::StThinking,
        WorkerState::Requesting => L::StRequesting,
        WorkerState::Waiting => L::StWaiting,
        WorkerState::Holding => L::StHolding,
        WorkerState::Writing => L::StWriting,
        WorkerState::Paused => L::StPaused,
        WorkerState::Crashed => L::StCrashed,
    })
}

/// A logical time in seconds, to the millisecond: "3.214 s".
pub fn secs(lang: Lang, t: Time) -> String {
    lang.f(L::Seconds, &[&format!("{}.{:03}", t / 1000, t % 1000)])
}

/// A logical time in seconds, to a tenth: "3.2 s".
pub fn secs_short(lang: Lang, t: Time) -> String {
    lang.f(L::Seconds, &[&format!("{:.1}", t as f64 / 1000.0)])
}

/// A duration in milliseconds: "250 ms".
pub fn millis(lang: Lang, t: Time) -> String {
    lang.f(L::Millis, &[&lang.num(t)])
}

/// "Worker 3".
pub fn worker_name(lang: Lang, w: WorkerId) -> String {
    lang.f(L::WorkerN, &[&w.0])
}

/// "workers 0 and 1" / "workers 0, 1 and 4".
pub fn worker_list(lang: Lang, workers: &[WorkerId]) -> String {
    let ids: Vec<String> = workers.iter().map(|w| w.0.to_string()).collect();
    match ids.as_slice() {
        [] => String::new(),
        [one] => lang.f(L::WorkerN, &[one]),
        [init @ .., last] => lang.f(L::WorkersList, &[&init.join(lang.t(L::ListSep)), last]),
    }
}

/// Whether an element is a place where keys mean text or their own navigation.
pub fn keys_belong_to(target: &web_sys::Element, space: bool) -> bool {
    let selector = if space {
        "input, textarea, select, button, a, summary, [contenteditable], [role=tab], .worker-grid"
    } else {
        "input, textarea, select, [contenteditable], [role=tab], .worker-grid, .scene-workers"
    };
    target.closest(selector).ok().flatten().is_some()
}

/// Text describing a worker, for its accessible name and tooltip.
pub fn worker_summary(lang: Lang, w: &WorkerView) -> String {
    summary(lang, w.id, w.state, w.token, w.grants)
}

/// [`worker_summary`] from the parts it says.
pub fn summary(
    lang: Lang,
    id: WorkerId,
    state: WorkerState,
    token: Option<u64>,
    grants: u64,
) -> String {
    let mut s = format!("{}: {}", worker_name(lang, id), state_name(lang, state));
    if let Some(t) = token {
        s.push_str(&lang.f(L::SummaryToken, &[&t]));
    }
    s.push_str(&lang.f(L::SummaryGrants, &[&lang.num(grants)]));
    s
}
