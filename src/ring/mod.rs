//! The ring tab: the consistent-hashing ring, its keys, and what moves when nodes come and go.
//!
//! [`state`] is its reducer ([`state::RingState`], [`state::RingAction`], [`state::use_ring`]);
//! [`components`] draws it; [`text`] holds its words. Nothing here imports the shell.

pub mod action;
pub mod apply;
pub mod build;
pub mod components;
pub mod figure_input;
pub mod finish;
pub mod frames;
pub mod lessons;
pub mod panel;
pub mod pick;
pub mod state;
pub mod stats_view;
pub mod text;
pub mod view_data;
pub mod worker;
