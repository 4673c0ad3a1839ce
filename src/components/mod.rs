//! One component per file.

pub mod app;
pub mod header;
pub mod keys_panel;
pub mod nodes_panel;
pub mod notice;
pub mod ring_view;
pub mod stats_panel;
pub mod vnodes_panel;
