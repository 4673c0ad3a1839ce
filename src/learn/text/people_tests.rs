use super::*;
use crate::i18n::glossary::GLOSSARY;
use crate::i18n::tests::check;
use crate::i18n::{Lang, Message};

#[test]
fn chapter_9_speaks_both_languages_with_the_same_arguments() {
    check(N::ALL);
}

/// The glossary's avoided variants, checked here as for the lab's catalogues (the chapter
/// speaks of workers, leases, watches and the safety checker).
#[test]
fn chapter_9_uses_the_glossary_terms() {
    for m in N::ALL {
        let zh = m.text(Lang::Zh);
        for term in GLOSSARY {
            for variant in term.avoid {
                assert!(
                    !zh.contains(variant),
                    "{m:?}: “{variant}” for “{}” (use {})",
                    term.en,
                    term.zh
                );
            }
        }
    }
}
