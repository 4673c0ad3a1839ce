use super::*;
use crate::i18n::glossary::GLOSSARY;
use crate::i18n::tests::check;
use crate::i18n::{Lang, Message};

#[test]
fn chapter_11_speaks_both_languages_with_the_same_arguments() {
    check(Cl::ALL);
}

/// Like every lock-lab catalogue, its 中文 uses none of the variants the glossary avoids
/// (工作者, never 客户端, for a worker).
#[test]
fn chapter_11_follows_the_glossary() {
    for &m in Cl::ALL {
        let zh = m.text(Lang::Zh);
        for term in GLOSSARY {
            for variant in term.avoid {
                assert!(
                    !zh.contains(variant),
                    "{m:?}: “{variant}” for “{}”",
                    term.en
                );
            }
        }
    }
}
