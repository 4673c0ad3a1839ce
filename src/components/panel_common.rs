//! Pieces the side panels share: unique DOM ids, number formatting, the error line under an
//! input, and running a heavy action after the browser has painted a "working" state.

use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

use ringlock_core::Scheme;
use yew::prelude::*;

use crate::hooks::use_app::AppContext;
use crate::i18n::panels::P;
use crate::i18n::Lang;
use crate::state::{error_text, Action, Field, InputError};

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A DOM id unique in the page for this component instance, for `for`, `aria-describedby` and
/// `aria-labelledby`. Tests mount several apps into one page, so fixed ids would collide.
#[hook]
pub fn use_dom_id(prefix: &'static str) -> AttrValue {
    let id = use_state(|| {
        let n = NEXT_ID.with(|c| {
            let n = c.get();
            c.set(n + 1);
            n
        });
        AttrValue::from(format!("{prefix}-{n}"))
    });
    (*id).clone()
}

/// The scheme's name, in panel texts.
pub fn scheme_name(lang: Lang, scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::Ring => lang.t(P::SchemeRing),
        Scheme::Modulo => lang.t(P::SchemeModulo),
        Scheme::Article => lang.t(P::SchemeArticle),
    }
}

/// `x` with `places` decimals and grouped thousands; "—" for a value that is not finite.
pub fn dec(lang: Lang, x: f64, places: usize) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", places, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    out.push_str(&lang.num(int.parse().unwrap_or(0)));
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A fraction as a percentage with one decimal; a tiny non-zero fraction shows as "<0.1%"
/// rather than a misleading "0.0%".
pub fn pct(lang: Lang, fraction: f64) -> String {
    if fraction > 0.0 && fraction < 0.0005 {
        return "<0.1%".to_string();
    }
    format!("{}%", dec(lang, fraction * 100.0, 1))
}

/// The text of the current error if it belongs to `field`.
pub fn field_error(app: &AppContext, field: Field) -> Option<InputError> {
    match &app.error {
        Some((f, e)) if *f == field => Some(e.clone()),
        _ => None,
    }
}

/// Dispatch and report whether the action was accepted. The reducer runs synchronously, so
/// the handle already holds the new state when `dispatch` returns.
pub fn dispatch_ok(app: &AppContext, action: Action, field: Field) -> bool {
    app.dispatch(action);
    !matches!(&app.error, Some((f, _)) if *f == field)
}

/// Run `work` after the browser had a chance to paint (a "working…" label, a disabled
/// button): big key operations block the main thread for a moment.
pub fn after_paint<F, Fut>(work: F)
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    yew::platform::spawn_local(async move {
        // Two frames' worth: one to lay out the busy state, one to paint it.
        yew::platform::time::sleep(Duration::from_millis(32)).await;
        work().await;
    });
}

/// Props of [`ErrorLine`].
#[derive(Properties, PartialEq)]
pub struct ErrorLineProps {
    /// The id inputs point to with `aria-describedby`.
    pub id: AttrValue,
    /// The error to show, if any.
    pub error: Option<InputError>,
    /// Interface language.
    pub lang: Lang,
}

/// The error under an input. Always in the DOM (empty when there is no error) so that
/// `role="alert"` announces it the moment text appears.
#[function_component(ErrorLine)]
pub fn error_line(props: &ErrorLineProps) -> Html {
    let text = props.error.as_ref().map(|e| error_text(props.lang, e));
    html! {
        <p id={props.id.clone()} class={classes!("field-error", text.is_none().then_some("empty"))} role="alert">
            { text.unwrap_or_default() }
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_group_and_round() {
        assert_eq!(dec(Lang::En, 1234567.891, 1), "1,234,567.9");
        assert_eq!(dec(Lang::En, 0.2346, 3), "0.235");
        assert_eq!(dec(Lang::En, -0.0001, 2), "0.00");
        assert_eq!(dec(Lang::En, -2.5, 1), "−2.5");
        assert_eq!(dec(Lang::En, f64::NAN, 1), "—");
        assert_eq!(dec(Lang::En, 12.0, 0), "12");
        assert_eq!(pct(Lang::En, 0.203), "20.3%");
        assert_eq!(pct(Lang::En, 0.0001), "<0.1%");
        assert_eq!(pct(Lang::En, 0.0), "0.0%");
    }
}
