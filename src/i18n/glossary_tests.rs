use super::*;
use crate::i18n::{Lang, Message};

/// Every catalogue's 中文, with whether it belongs to the lock lab.
fn catalogues() -> Vec<(&'static str, bool, Vec<&'static str>)> {
    fn zh<M: Message>(all: &[M]) -> Vec<&'static str> {
        all.iter().map(|m| m.text(Lang::Zh)).collect()
    }
    vec![
        ("common", false, zh(crate::i18n::common::C::ALL)),
        ("glossary", false, zh(G::ALL)),
        ("shell", false, zh(crate::shell::text::H::ALL)),
        ("take-aways", false, zh(crate::shell::export::text::X::ALL)),
        ("ring view", false, zh(crate::ring::text::view::R::ALL)),
        ("ring panels", false, zh(crate::ring::text::panels::P::ALL)),
        (
            "ring lessons",
            false,
            zh(crate::ring::text::lessons::L::ALL),
        ),
        ("algorithms", false, zh(crate::algo::text::A::ALL)),
        ("scores", false, zh(crate::algo::text::scores::S::ALL)),
        ("lab", true, zh(crate::lab::text::L::ALL)),
        ("lab errors", true, zh(crate::lab::text::errors::LE::ALL)),
        ("lab etcd", true, zh(crate::lab::text::etcd::E::ALL)),
        ("lab redis", true, zh(crate::lab::text::redis::K::ALL)),
        ("lab lessons", true, zh(crate::lab::text::lessons::P::ALL)),
        ("course", true, zh(crate::learn::text::course::L::ALL)),
        (
            "course: the article",
            true,
            zh(crate::learn::text::article::Ar::ALL),
        ),
        (
            "course controls",
            false,
            zh(crate::learn::text::frame::F::ALL),
        ),
    ]
}

#[test]
fn no_catalogue_uses_a_variant_the_glossary_avoids() {
    let mut found = Vec::new();
    for (name, lab, texts) in catalogues() {
        for term in GLOSSARY {
            if term.scope == Scope::Lab && !lab {
                continue;
            }
            for variant in term.avoid {
                for text in texts.iter().filter(|t| t.contains(variant)) {
                    found.push(format!(
                        "{name}: “{variant}” for “{}” (use {}): {text}",
                        term.en, term.zh
                    ));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_glossary_itself_is_consistent() {
    for term in GLOSSARY {
        assert!(!term.avoid.contains(&term.zh), "{}", term.en);
        assert!(!term.note_zh.is_empty() && !term.note_en.is_empty());
        // Its own notes follow the glossary too.
        for other in GLOSSARY.iter().filter(|o| o.scope == Scope::All) {
            for variant in other.avoid {
                assert!(!term.note_zh.contains(variant), "{}: {variant}", term.en);
            }
        }
    }
    let mut zh: Vec<&str> = GLOSSARY.iter().map(|t| t.zh).collect();
    zh.sort_unstable();
    zh.dedup();
    assert_eq!(zh.len(), GLOSSARY.len(), "one 中文 term per idea");
}

#[test]
fn each_chosen_term_is_used_somewhere() {
    let all: Vec<&str> = catalogues().into_iter().flat_map(|(_, _, t)| t).collect();
    for term in GLOSSARY {
        assert!(
            all.iter().any(|t| t.contains(term.zh)),
            "{} ({}) is never used",
            term.en,
            term.zh
        );
    }
}

#[test]
fn machine_like_phrasings_are_gone() {
    let all: Vec<&str> = catalogues().into_iter().flat_map(|(_, _, t)| t).collect();
    for phrase in [
        "会替换之后的经过",
        "最多只有一个未过期的授予",
        "进入此状态于",
        "Txn 守卫",
    ] {
        assert!(!all.iter().any(|t| t.contains(phrase)), "{phrase}");
    }
}

#[test]
fn the_glossary_view_speaks_both_languages() {
    crate::i18n::tests::check(G::ALL);
}
