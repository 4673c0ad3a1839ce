//! The course's messages: the controls ([`frame`]) and the chapters' narration: chapters 1
//! to 8 ([`course`]), 9 ([`people`]), 10 ([`article`]) and 11 ([`closing`]). Narration
//! templates take every number as an argument: none is typed here.

pub mod article;
pub mod closing;
pub mod course;
pub mod frame;
pub mod people;
