//! The Algorithms tab's components: one component per file, named after it.

pub mod algo_chart;
pub mod algo_compare;
pub mod algo_compat;
pub mod algo_lessons;
pub mod algo_maglev;
pub mod algo_pair;
pub mod algo_replicas;
pub mod algo_scores;
pub mod algo_view;
pub mod compat_load;
pub mod compat_placement;
