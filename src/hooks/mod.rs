//! Hooks shared by components.

pub mod use_algo;
pub mod use_app;
pub mod use_comparison;
pub mod use_frames;
pub mod use_lab;
pub mod use_lookup_times;
