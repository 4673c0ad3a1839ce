//! The message catalogue: every visible string, in English and 简体中文.
//!
//! The shell's and shared words are in [`common`]; each tab keeps its own table beside its code
//! (`ring::text`, `lab::text`, `algo::text`). Every table is built by the
//! [`catalogue!`] macro, so a message cannot exist in one language only: the compiler demands
//! both. Templates use `{0}`, `{1}`, … for arguments.

#[macro_use]
mod macros;
pub mod common;
pub mod glossary;

pub(crate) use macros::catalogue;

/// The interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// Parse a stored or browser language tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        if tag.starts_with("zh") {
            Some(Lang::Zh)
        } else if tag.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The text of a message.
    pub fn t<M: Message>(self, message: M) -> &'static str {
        message.text(self)
    }

    /// A message template with its `{i}` placeholders filled.
    pub fn f<M: Message>(self, message: M, args: &[&dyn std::fmt::Display]) -> String {
        fill(message.text(self), args)
    }

    /// Format a number the way this language groups digits (both use `1,234,567`).
    pub fn num(self, n: u64) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
}

/// The interface language, from the nearest provider (the shell provides it; English when
/// mounted without one, as a panel alone in a test is).
#[yew::hook]
pub fn use_lang() -> Lang {
    yew::use_context::<Lang>().unwrap_or_default()
}

/// A message in a catalogue table.
pub trait Message: Copy {
    /// Its text in a language.
    fn text(self, lang: Lang) -> &'static str;
}

/// Replace `{0}`, `{1}`, … in a template.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &arg.to_string());
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every message of a catalogue has both languages, taking the same arguments.
    /// Every message of a table speaks both languages with the same arguments.
    pub(crate) fn check<M: Message + std::fmt::Debug>(all: &[M]) {
        let holes = |text: &str| -> Vec<usize> {
            (0..10)
                .filter(|i| text.contains(&format!("{{{i}}}")))
                .collect()
        };
        for &m in all {
            let (en, zh) = (m.text(Lang::En), m.text(Lang::Zh));
            assert!(!en.is_empty() && !zh.is_empty(), "{m:?} is empty");
            assert_eq!(holes(en), holes(zh), "{m:?}");
        }
    }

    #[test]
    fn the_common_catalogue_speaks_both_languages_with_the_same_arguments() {
        check(common::C::ALL);
    }

    #[test]
    fn templates_fill_and_numbers_group() {
        assert_eq!(fill("{0} of {1}", &[&3, &"ten"]), "3 of ten");
        assert_eq!(Lang::En.num(1_000_000), "1,000,000");
        assert_eq!(Lang::Zh.num(999), "999");
        assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
