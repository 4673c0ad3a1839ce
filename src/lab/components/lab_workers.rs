//! The workers: a legend with how many are in each state, spawn controls, and a grid coloured
//! by state ([`WorkerGrid`]). Up to [`CARD_LIMIT`] workers get a card with a small timeline;
//! beyond that each is a small square (details on hover, and in the detail panel on focus), so
//! a thousand stay fluid. The grid is one tab stop; arrow keys move between workers.

use ringlock_lock::WorkerState;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::common::{state_class, state_name};
use crate::lab::components::lab_spawn::LabSpawn;
use crate::lab::components::worker_grid::{WorkerGrid, CARD_LIMIT};
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::L;

/// The workers panel.
#[function_component(LabWorkers)]
pub fn lab_workers() -> Html {
    let lab = use_lab_paced(Turn::Workers);
    html! { <LabWorkersPanel {lab} /> }
}

/// [`LabWorkers`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabWorkersPanel)]
fn lab_workers_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let sim = lab.lab.sim();
    let count = sim.worker_count();
    let cards = count <= CARD_LIMIT;
    let counts = sim.state_counts();

    let legend = WorkerState::ALL.iter().map(|&s| {
        html! {
            <li>
                <span class={classes!("swatch", state_class(s))} aria-hidden="true" />
                { state_name(lang, s) }{ " " }<b>{ lang.num(counts[s.index()] as u64) }</b>
            </li>
        }
    });
    html! {
        <section class="panel lab-workers" aria-labelledby="lab-workers-title">
            <div class="panel-head">
                <h2 id="lab-workers-title">{ lang.f(L::Workers, &[&lang.num(count as u64)]) }</h2>
                <span class="panel-meta">{ lang.t(if cards { L::WorkersHintCards } else { L::WorkersHintCompact }) }</span>
            </div>
            <ul class="state-legend">{ for legend }</ul>
            <LabSpawn />
            if count == 0 {
                <p class="empty-note">{ lang.t(L::NoWorkers) }</p>
            } else {
                <WorkerGrid lab={lab.clone()} />
            }
        </section>
    }
}
