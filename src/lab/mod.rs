//! The lock lab tab: the simulator of `ringlock-lock`, played back and driven from the page.
//!
//! [`state`] is its reducer ([`state::LabState`], [`state::LabAction`], [`state::use_lab`]);
//! [`components`] draws it; [`text`] holds its words. Nothing here imports the shell.

pub mod action;
pub mod common;
pub mod components;
pub mod paced;
pub mod predict;
pub mod scene_layout;
pub mod shard_layout;
pub mod state;
pub mod text;
