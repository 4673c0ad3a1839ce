//! Import a state file: the link inside it is opened as if pasted into the address bar (a new
//! history entry, so Back returns to what was there). A file that cannot be read changes
//! nothing and is named in a message next to the input.

use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::{use_lang, Lang};
use crate::shell::export::state_file::{self, StateFileError, MAX_BYTES};
use crate::shell::export::text::X;
use crate::shell::link::location_hash;
use crate::shell::view_mode::{without_view, ViewMode};

/// What the last import did.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Imported,
    Refused(String, StateFileError),
}

fn message(lang: Lang, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Imported => lang.t(X::Imported).to_string(),
        Outcome::Refused(name, error) => match error {
            StateFileError::NotJson => lang.f(X::NotJson, &[name]),
            StateFileError::NotState => lang.f(X::NotState, &[name]),
            StateFileError::NewerVersion(v) => lang.f(X::NewerVersion, &[name, v]),
            StateFileError::TooLarge => lang.f(X::TooLarge, &[name]),
        },
    }
}

/// Open `link` (a state file's), keeping the view this page is in (embedded, presenting).
fn open(link: &str) {
    let view = ViewMode::from_fragment(&location_hash()).link_part();
    let fragment = [Some(without_view(link)), view]
        .into_iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("&");
    // A new history entry (Back returns to what was there), then the same `hashchange` a pasted
    // link fires, at once: the app loads it like one. Setting `location.hash` instead would fire
    // it later, after a pending link sync could have written the old link back.
    let window = gloo::utils::window();
    let pushed = window.history().and_then(|h| {
        h.push_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        )
    });
    if pushed.is_ok() {
        if let Ok(event) = web_sys::Event::new("hashchange") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// The import control.
#[function_component(ImportState)]
pub fn import_state() -> Html {
    let lang = use_lang();
    let outcome = use_state_eq(|| None::<Outcome>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file chosen again must fire `change` again.
            input.set_value("");
            let file = File::from(file);
            let name = file.name();
            if file.size() > MAX_BYTES as u64 {
                return outcome.set(Some(Outcome::Refused(name, StateFileError::TooLarge)));
            }
            let outcome = outcome.clone();
            let task = read_as_text(&file, move |text| {
                let result = text
                    .map_err(|_| StateFileError::NotJson)
                    .and_then(|t| state_file::read(&t));
                match result {
                    Ok(link) => {
                        open(&link);
                        outcome.set(Some(Outcome::Imported));
                    }
                    Err(error) => outcome.set(Some(Outcome::Refused(name, error))),
                }
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let refused = matches!(*outcome, Some(Outcome::Refused(..)));
    html! {
        <div class="import-state">
            <label class="button-like">
                { lang.t(X::Import) }
                <input type="file" class="sr-only" accept=".json,application/json" data-import="json"
                    aria-describedby="import-state-message" {onchange} />
            </label>
            <p id="import-state-message" class={classes!("import-message", refused.then_some("error"))}
                role={if refused { "alert" } else { "status" }}>
                { outcome.as_ref().map(|o| message(lang, o)).unwrap_or_default() }
            </p>
        </div>
    }
}
