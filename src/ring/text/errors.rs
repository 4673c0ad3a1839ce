//! The ring's refusals in words: input errors, core errors and unreadable links.

use ringlock_core::error::{
    MAX_KEYS, MAX_NODES, MAX_POINTS, MAX_VNODES, MAX_WEIGHT, MIN_VNODES, MIN_WEIGHT,
};
use ringlock_core::{RingError, ScenarioError};

use crate::i18n::common::C;
use crate::i18n::Lang;
use crate::ring::state::InputError;

/// The words for an input error.
pub fn error_text(lang: Lang, error: &InputError) -> String {
    match error {
        InputError::NotANumber(raw) if raw.is_empty() => lang.t(C::EnterNumber).to_string(),
        InputError::NotANumber(raw) => lang.f(C::NotANumber, &[raw]),
        InputError::Ring(e @ RingError::TooManyKeys { .. }) => {
            format!(
                "{}{}{}",
                ring_error_text(lang, e),
                sentence_gap(lang),
                lang.t(C::NothingAdded)
            )
        }
        InputError::Ring(e) => ring_error_text(lang, e),
        InputError::Paste(p) => {
            let line = lang.num(p.line as u64);
            let text = lang.f(C::PasteLine, &[&line, &ring_error_text(lang, &p.error)]);
            format!("{text}{}{}", sentence_gap(lang), lang.t(C::NothingAdded))
        }
    }
}

/// Space between two sentences: English has one, Chinese none.
fn sentence_gap(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::Zh => "",
    }
}

/// The words for a core error.
pub fn ring_error_text(lang: Lang, error: &RingError) -> String {
    match error {
        RingError::EmptyName => lang.t(C::EmptyName).to_string(),
        RingError::NameTooLong { max } => lang.f(C::NameTooLong, &[max]),
        RingError::ControlCharacter => lang.t(C::ControlCharacter).to_string(),
        RingError::DuplicateNode(n) => lang.f(C::DuplicateNode, &[n]),
        RingError::UnknownNode(n) => lang.f(C::UnknownNode, &[n]),
        RingError::NodeStateUnchanged(n) => lang.f(C::NodeStateUnchanged, &[n]),
        RingError::WeightOutOfRange(w) => {
            lang.f(C::WeightOutOfRange, &[w, &MIN_WEIGHT, &MAX_WEIGHT])
        }
        RingError::VnodesOutOfRange(v) => lang.f(
            C::VnodesOutOfRange,
            &[v, &MIN_VNODES, &lang.num(MAX_VNODES.into())],
        ),
        RingError::TooManyNodes => lang.f(C::TooManyNodes, &[&lang.num(MAX_NODES as u64)]),
        RingError::TooManyPoints { would_be } => lang.f(
            C::TooManyPoints,
            &[&lang.num(*would_be as u64), &lang.num(MAX_POINTS as u64)],
        ),
        RingError::TooManyKeys { would_be } => lang.f(
            C::TooManyKeys,
            &[&lang.num(*would_be), &lang.num(MAX_KEYS as u64)],
        ),
        RingError::DuplicateKey(k) => lang.f(C::DuplicateKey, &[k]),
        RingError::UnknownKey(k) => lang.f(C::UnknownKey, &[k]),
    }
}

/// The words for a link that could not be read.
pub fn scenario_error_text(lang: Lang, error: &ScenarioError) -> String {
    let reason = match error {
        ScenarioError::Ring(e) => ring_error_text(lang, e),
        // Text that is not `key=value` pairs at all is simply not one of our links.
        ScenarioError::Version | ScenarioError::Field("pair") => lang.t(C::LinkVersion).to_string(),
        ScenarioError::Field(field) => lang.f(C::LinkField, &[field]),
    };
    lang.f(C::BadLink, &[&reason])
}
