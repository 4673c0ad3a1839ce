use super::*;
use crate::i18n::tests::check;

#[test]
fn chapter_9_speaks_both_languages_with_the_same_arguments() {
    check(N::ALL);
}
