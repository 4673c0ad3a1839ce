use super::*;
use crate::i18n::tests::check;

#[test]
fn the_algorithm_catalogues_speak_both_languages_with_the_same_arguments() {
    check(A::ALL);
    check(scores::S::ALL);
}
