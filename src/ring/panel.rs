//! What the ring's side panels share: the scheme's name, the error of a field, dispatching
//! with a check that the action was accepted.

use ringlock_core::Scheme;

use crate::i18n::Lang;
use crate::ring::state::{Field, InputError, RingAction, RingContext};
use crate::ring::text::panels::P;

/// The scheme's name, in panel texts.
pub fn scheme_name(lang: Lang, scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::Ring => lang.t(P::SchemeRing),
        Scheme::Modulo => lang.t(P::SchemeModulo),
        Scheme::Article => lang.t(P::SchemeArticle),
    }
}

/// The text of the current error if it belongs to `field`.
pub fn field_error(app: &RingContext, field: Field) -> Option<InputError> {
    match &app.error {
        Some((f, e)) if *f == field => Some(e.clone()),
        _ => None,
    }
}

/// Dispatch and report whether the action was accepted. The reducer runs synchronously, so
/// the handle already holds the new state when `dispatch` returns.
pub fn dispatch_ok(app: &RingContext, action: RingAction, field: Field) -> bool {
    app.dispatch(action);
    !matches!(&app.error, Some((f, _)) if *f == field)
}
