//! The error line under an input of the ring's panels.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::state::InputError;
use crate::ring::text::errors::error_text;

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
