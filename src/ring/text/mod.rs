//! The ring tab's words: the drawing ([`view`]), the side panels ([`panels`]) and its refusals
//! ([`errors`]).

pub mod errors;
pub mod lessons;
pub mod notes;
pub mod panels;
pub mod view;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::tests::check;

    #[test]
    fn the_ring_catalogues_speak_both_languages_with_the_same_arguments() {
        check(view::R::ALL);
        check(panels::P::ALL);
        check(lessons::L::ALL);
    }
}
