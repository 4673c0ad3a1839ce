//! # Ringlock
//!
//! A Yew app over [`ringlock_core`]: the ring, its keys, and what moves when nodes come and go.
//! Components stay thin: they turn clicks into [`state::Action`]s and the core's view data
//! into SVG, canvas and text. Every string comes from [`i18n`].

pub mod algo_state;
pub mod components;
pub mod hooks;
pub mod i18n;
pub mod lab_state;
pub mod lab_text;
pub mod palette;
pub mod state;

use components::app::App;

/// Mount the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
