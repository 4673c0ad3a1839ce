//! Hooks shared by components.

pub mod use_app;
pub mod use_frames;
pub mod use_lab;
