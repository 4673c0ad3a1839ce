//! The course's steps, one family per file: what each sets up, plays and asks. A family is
//! a chapter or a few chapters hosting the same view.

pub mod article;
pub mod beyond;
pub mod closing;
pub mod replicas;
pub mod ring;
pub mod vnodes;
