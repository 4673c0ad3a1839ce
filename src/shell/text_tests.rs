use super::*;
use crate::i18n::tests::check;

#[test]
fn the_shell_catalogue_speaks_both_languages_with_the_same_arguments() {
    check(H::ALL);
}
