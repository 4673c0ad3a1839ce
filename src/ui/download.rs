//! Save text as a file: a Blob, an object URL and a temporary `<a download>`.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlAnchorElement;

/// File name of the placement export.
pub const CSV_FILE_NAME: &str = "ringlock-placement.csv";

/// Offer `text` for download as `file_name`.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    download_blob(file_name, Blob::new_with_options(text, Some(mime)))
}

/// Offer `blob` for download as `file_name`.
pub fn download_blob(file_name: &str, blob: Blob) -> Result<(), JsValue> {
    let url = ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    gloo::utils::body().append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    // Revoking the URL at once can cancel a download that has not started reading the blob
    // yet (Firefox, Safari): keep it a while, then let the drop revoke it.
    Timeout::new(60_000, move || drop(url)).forget();
    Ok(())
}
