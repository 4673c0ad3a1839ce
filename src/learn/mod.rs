//! The Learn tab: a guided course through the source article. Each step narrates, sets up the
//! real Ring view and asks the student to predict before the real run plays.
//!
//! ```text
//! components/ ─→ state ─→ course ─→ numbers ─→ ringlock-core
//!                  └──→ check, place (pure)
//! ```
//!
//! Every number in the narration comes from [`numbers`], which runs the core on the same
//! scenario the step shows; no number is typed into the catalogue.

pub mod beyond;
pub mod check;
pub mod components;
pub mod copies;
pub mod course;
pub mod facts;
pub mod facts_article;
pub mod facts_beyond;
pub mod facts_closing;
pub mod facts_closing_locks;
pub mod facts_locks;
pub mod facts_people;
pub mod facts_redlock;
pub mod facts_replicas;
pub mod facts_vnodes;
pub mod locks;
pub mod narration;
pub mod numbers;
pub mod numbers_article;
pub mod people;
pub mod place;
pub mod state;
pub mod steps;
pub mod text;
