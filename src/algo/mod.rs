//! The Algorithms tab: placement algorithms side by side on the ring's nodes and keys.
//!
//! [`state`] is its reducer ([`state::AlgoState`], [`state::AlgoAction`], [`state::use_algo`]);
//! [`components`] draws it; [`text`] holds its words. Nothing here imports the shell.

pub mod action;
pub mod choices;
pub mod comparison;
pub mod components;
pub mod data;
pub mod lookup_times;
pub mod pair;
pub mod row;
pub mod state;
pub mod text;
pub mod words;
