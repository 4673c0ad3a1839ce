use super::*;
use crate::i18n::tests::check;

#[test]
fn the_lab_catalogues_speak_both_languages_with_the_same_arguments() {
    check(L::ALL);
    check(errors::LE::ALL);
    check(redis::K::ALL);
    check(etcd::E::ALL);
    check(scene::SC::ALL);
}
