//! The ring tab's words: the drawing ([`view`]), the side panels ([`panels`]) and its refusals
//! ([`errors`]).

pub mod errors;
pub mod lessons;
pub mod notes;
pub mod panels;
pub mod view;

#[cfg(test)]
#[path = "mod_tests.rs"]
mod tests;
