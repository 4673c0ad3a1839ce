use super::*;
use crate::i18n::tests::check;

#[test]
fn the_ring_catalogues_speak_both_languages_with_the_same_arguments() {
    check(view::R::ALL);
    check(panels::P::ALL);
    check(lessons::L::ALL);
}
