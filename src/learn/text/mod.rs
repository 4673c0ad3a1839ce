//! The course's messages: the controls ([`frame`]) and the chapters' narration ([`course`]).
//! Narration templates take every number as an argument: none is typed here.

pub mod article;
pub mod closing;
pub mod course;
pub mod frame;
