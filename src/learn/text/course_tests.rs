use super::*;
use crate::i18n::tests::check;

#[test]
fn the_course_speaks_both_languages_with_the_same_arguments() {
    check(L::ALL);
}
