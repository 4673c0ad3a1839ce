//! The course's messages: the controls ([`frame`]), the chapters' narration ([`course`]) and
//! chapter 9's ([`people`]). Narration templates take every number as an argument: none is
//! typed here.

pub mod course;
pub mod frame;
pub mod people;
