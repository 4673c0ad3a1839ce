//! The course's components, one per file.

pub mod chapter_list;
pub mod course_copies;
pub mod course_lab;
pub mod course_nav;
pub mod course_ring;
pub mod learn_notice;
pub mod learn_view;
pub mod outcome;
pub mod prediction;
pub mod progress_bar;
