//! The presenter mode's keys and look: while it is on, `<html data-present>` enlarges the type
//! (static/style.css), a clicker's PageDown and PageUp move the course to its next and previous
//! step (the course's own keys, taken here too while a field has the focus, where the course
//! leaves them), and Escape leaves. Embedded pages mark `<html data-embed>` for their own layout.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::learn::state::{LearnAction, LearnContext};
use crate::shell::state::{ShellAction, ShellContext};
use crate::shell::tab::Tab;
use crate::shell::view_mode::ViewMode;

/// Whether a key pressed in `target` is the control's own (typing in a field, a list box):
/// then Escape is the field's.
fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// Keep `<html>`'s view attributes in step with `view`, and, while presenting, the clicker's
/// keys on the course.
#[hook]
pub fn use_presenter(shell: &ShellContext, learn: &LearnContext) {
    use_effect_with(shell.view, |view: &ViewMode| {
        let root = gloo::utils::document_element();
        for (name, on) in [("data-present", view.present), ("data-embed", view.embed)] {
            let _ = if on {
                root.set_attribute(name, "")
            } else {
                root.remove_attribute(name)
            };
        }
    });
    let (shell, learn) = (shell.clone(), learn.dispatcher());
    use_effect_with((shell.view.present, shell.tab), move |&(present, tab)| {
        let listener = present.then(|| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    // The course takes PageDown and PageUp itself, except while a field has the
                    // focus; a clicker must still work then, so what it left is taken here.
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                        return;
                    }
                    match (e.key().as_str(), tab) {
                        ("PageDown", Tab::Learn) => learn.dispatch(LearnAction::Next),
                        ("PageUp", Tab::Learn) => learn.dispatch(LearnAction::Back),
                        ("Escape", _) if !typing_in(e.target()) => {
                            shell.dispatch(ShellAction::SetPresent(false))
                        }
                        _ => return,
                    }
                    e.prevent_default();
                },
            )
        });
        move || drop(listener)
    });
}
