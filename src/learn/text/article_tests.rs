use super::*;
use crate::i18n::glossary::GLOSSARY;
use crate::i18n::tests::check;
use crate::i18n::{Lang, Message};

#[test]
fn chapter_10_speaks_both_languages_with_the_same_arguments() {
    check(Ar::ALL);
}

/// The course is checked with the lab's terms too (its workers are the lab's).
#[test]
fn chapter_10_uses_the_glossarys_terms() {
    for &m in Ar::ALL {
        let zh = m.text(Lang::Zh);
        for term in GLOSSARY {
            for variant in term.avoid {
                assert!(!zh.contains(variant), "{m:?}: {variant} for {}", term.en);
            }
        }
    }
}
