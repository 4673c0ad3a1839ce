//! The lock lab's refusals in words: settings out of range, refused actions, bad input, and
//! a lab link that could not be read.

use ringlock_lock::{Field as LimitField, LinkError, LockError, SettingsError};

use crate::i18n::common::C;
use crate::i18n::Lang;
use crate::lab::state::LabInputError;
use crate::lab::text::redis::K;
use crate::lab::text::L;

/// Words for a field in an error.
fn field_name(lang: Lang, field: LimitField) -> &'static str {
    let l = |m: L| lang.t(m);
    let k = |m: K| lang.t(m);
    match field {
        LimitField::Workers => l(L::FieldWorkers),
        LimitField::Nodes => l(L::FieldNodes),
        LimitField::Ttl => l(L::FieldTtl),
        LimitField::Latency => l(L::FieldLatency),
        LimitField::Jitter => l(L::FieldJitter),
        LimitField::Think => l(L::FieldThink),
        LimitField::Hold => l(L::FieldHold),
        LimitField::Pause => l(L::FieldPause),
        LimitField::Starvation => l(L::FieldStarvation),
        LimitField::Spawn => l(L::FieldSpawn),
        LimitField::LockDelay => l(L::FieldLockDelay),
        LimitField::ReplLag => k(K::FieldReplLag),
        LimitField::RestartDelay => k(K::FieldRestartDelay),
        LimitField::ClockJump => k(K::FieldClockJump),
        LimitField::Outage => k(K::FieldOutage),
    }
}

/// The words for a settings error, with the limits.
pub fn settings_error_text(lang: Lang, error: &SettingsError) -> String {
    match *error {
        SettingsError::OutOfRange {
            field,
            value,
            min,
            max,
        } => lang.f(
            L::OutOfRange,
            &[
                &field_name(lang, field),
                &lang.num(min),
                &lang.num(max),
                &lang.num(value),
            ],
        ),
        SettingsError::Reversed { field, min, max } => lang.f(
            L::Reversed,
            &[&field_name(lang, field), &lang.num(min), &lang.num(max)],
        ),
    }
}

/// The words for a refused lab action.
pub fn lock_error_text(lang: Lang, error: &LockError) -> String {
    match *error {
        LockError::UnknownWorker(w) => lang.f(L::UnknownWorker, &[&w.0]),
        LockError::Crashed(w) => lang.f(L::WorkerCrashed, &[&w.0]),
        LockError::AlreadyPaused(w) => lang.f(L::AlreadyPaused, &[&w.0]),
        LockError::NotPaused(w) => lang.f(L::NotPaused, &[&w.0]),
        LockError::TooManyWorkers { max, would_be } => lang.f(
            L::TooManyWorkers,
            &[&lang.num(would_be as u64), &lang.num(max as u64)],
        ),
        LockError::Settings(e) => settings_error_text(lang, &e),
        LockError::TooManyActions { max } => lang.f(L::TooManyActions, &[&lang.num(max as u64)]),
        LockError::WrongModel => lang.t(K::WrongModel).to_string(),
        LockError::UnknownNode(n) => lang.f(K::UnknownNode, &[&n]),
        LockError::AlreadyFailedOver => lang.t(K::AlreadyFailedOver).to_string(),
    }
}

/// The words for an input error.
pub fn lab_error_text(lang: Lang, error: &LabInputError) -> String {
    match error {
        LabInputError::NotANumber(raw) if raw.is_empty() => lang.t(C::EnterNumber).to_string(),
        LabInputError::NotANumber(raw) => lang.f(C::NotANumber, &[raw]),
        LabInputError::Lock(e) => lock_error_text(lang, e),
    }
}

/// The words for a lab link that could not be read.
pub fn link_error_text(lang: Lang, error: &LinkError) -> String {
    let reason = match error {
        LinkError::Version => lang.t(L::LinkVersion).to_string(),
        LinkError::Field(key) => lang.f(C::LinkField, &[key]),
        LinkError::Settings(e) => settings_error_text(lang, e),
        LinkError::Action { index, error } => lang.f(
            L::LinkAction,
            &[&(index + 1), &lock_error_text(lang, error)],
        ),
    };
    lang.f(L::BadLabLink, &[&reason])
}
