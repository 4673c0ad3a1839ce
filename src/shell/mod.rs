//! The shell: the app around the tabs. It owns the tab shown, the language and the theme
//! ([`state`]), keeps the link and the stored preferences in sync ([`link`], [`preferences`]),
//! and mounts each tab's reducer and view. Arrows point one way: shell → ring / lab / algo →
//! `ringlock-core` / `ringlock-lock`.

pub mod components;
pub mod export;
pub mod film;
pub mod link;
pub mod opening;
pub mod preferences;
pub mod presenter;
pub mod state;
pub mod tab;
pub mod text;
pub mod view_mode;
