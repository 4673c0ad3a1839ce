//! One worker of the compact grid (when there are too many workers for cards): drawn again only
//! when what it shows changes, so a thousand cost little per frame.

use ringlock_lock::{WorkerId, WorkerState};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{state_class, summary};

/// Props of [`WorkerCell`].
#[derive(Properties, PartialEq)]
pub struct WorkerCellProps {
    /// The worker.
    pub id: WorkerId,
    /// Its state.
    pub state: WorkerState,
    /// The token it believes it holds.
    pub token: Option<u64>,
    /// Grants received.
    pub grants: u64,
    /// Whether it is the selected worker.
    pub selected: bool,
    /// Whether it is the grid's one tab stop.
    pub focusable: bool,
}

/// One worker of the compact grid: a square in its state's colour, its summary as its
/// accessible name and tooltip.
#[function_component(WorkerCell)]
pub fn worker_cell(p: &WorkerCellProps) -> Html {
    let lang = use_lang();
    let text = AttrValue::from(summary(lang, p.id, p.state, p.token, p.grants));
    let class = classes!(
        "wcell",
        state_class(p.state),
        p.selected.then_some("selected")
    );
    html! {
        <button type="button" id={format!("w-{}", p.id.0)} data-w={p.id.0.to_string()} {class}
            tabindex={if p.focusable { "0" } else { "-1" }} aria-pressed={p.selected.to_string()}
            aria-label={text.clone()} title={text} />
    }
}
