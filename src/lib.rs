//! # Ringlock
//!
//! A Yew app over [`ringlock_core`] and [`ringlock_lock`], organised by tab:
//!
//! ```text
//! shell (app, header, tabs, notices, theme, language, link sync)
//!   ├─→ learn  (state.rs, components/, text/)  ─→ ring (its real view), ringlock-core
//!   ├─→ ring   (state.rs, components/, text/)  ─→ ringlock-core
//!   ├─→ lab    (state.rs, components/, text/)  ─→ ringlock-lock
//!   └─→ algo   (state.rs, components/, text/)  ─→ ringlock-core
//! ui (shared widgets and formats), i18n (Lang, the catalogue macro, common words)
//! ```
//!
//! Arrows point one way: nothing in a tab imports the shell, no state module imports a
//! component, and reducing never changes the previous state. Components stay thin: they turn
//! clicks into actions and the core's view data into SVG, canvas and text.

pub mod algo;
pub mod i18n;
pub mod lab;
pub mod learn;
pub mod ring;
pub mod shell;
pub mod ui;

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ring::view_data::Shared;
use shell::components::app::{App, AppProps};
use shell::opening::{Opening, Reading};

/// Mount the app on `<body>` over a few tasks: this one ends the wasm's start, the next reads
/// the link and storage, the ones after hash the link's nodes a batch each (see
/// [`shell::opening`]), and the last draws the app.
pub fn start() {
    Timeout::new(0, || {
        let reading = Opening::begin();
        Timeout::new(0, move || read(reading)).forget();
    })
    .forget();
}

/// One step of reading the opening per task, then the app drawn in a task of its own.
fn read(mut reading: Reading) {
    let done = reading.step();
    Timeout::new(0, move || {
        if !done {
            return read(reading);
        }
        let opening = Some(Shared(Rc::new(reading.finish())));
        Timeout::new(0, move || {
            // index.html's loading notice, shown until the app is drawn.
            if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
                boot.remove();
            }
            yew::Renderer::<App>::with_props(AppProps { opening }).render();
        })
        .forget();
    })
    .forget();
}
