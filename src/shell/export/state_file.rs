//! The state file: what the share link encodes, as JSON that imports back to the same link.
//!
//! ```json
//! { "format": "ringlock-state", "version": 1, "link": "v=1&n=node1,node2&vn=16&k=400&s=ring",
//!   "tab": "ring", "parts": { "v": "1", "n": "node1,node2", … } }
//! ```
//! `link` is the whole truth; `tab` and `parts` spell it out for a reader and are not read back.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::JsValue;

/// The `format` every state file carries.
pub const FORMAT: &str = "ringlock-state";
/// The version this app writes and reads.
pub const VERSION: u32 = 1;
/// The largest file read: a link with 1,000 nodes and a page of key names fits many times.
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// The file name offered for download.
pub const FILE_NAME: &str = "ringlock-state.json";

/// Why a file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateFileError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but without this format's `format` and string `link`.
    NotState,
    /// Written by a newer version.
    NewerVersion(u32),
    /// Larger than [`MAX_BYTES`].
    TooLarge,
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

/// The state file for a link `fragment` (with or without `#`), shown on `tab` (its code).
pub fn write(fragment: &str, tab: &str) -> String {
    let link = fragment.trim_start_matches('#');
    let root = Object::new();
    set(&root, "format", &FORMAT.into());
    set(&root, "version", &VERSION.into());
    set(&root, "link", &link.into());
    set(&root, "tab", &tab.into());
    let parts = Object::new();
    for part in link.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        set(&parts, key, &value.into());
    }
    set(&root, "parts", &parts);
    JSON::stringify_with_replacer_and_space(&root, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .map(|s| s + "\n")
        .unwrap_or_default()
}

/// The link a state file holds (without `#`), or why it cannot be read.
pub fn read(text: &str) -> Result<String, StateFileError> {
    if text.len() > MAX_BYTES {
        return Err(StateFileError::TooLarge);
    }
    let value =
        JSON::parse(text.trim_start_matches('\u{feff}')).map_err(|_| StateFileError::NotJson)?;
    if !value.is_object() || Array::is_array(&value) {
        return Err(StateFileError::NotState);
    }
    let field = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).ok();
    if field("format").and_then(|f| f.as_string()).as_deref() != Some(FORMAT) {
        return Err(StateFileError::NotState);
    }
    match field("version").and_then(|v| v.as_f64()) {
        Some(v) if v.fract() == 0.0 && (1.0..=f64::from(VERSION)).contains(&v) => {}
        Some(v) if v.fract() == 0.0 && v > f64::from(VERSION) && v <= f64::from(u32::MAX) => {
            return Err(StateFileError::NewerVersion(v as u32))
        }
        _ => return Err(StateFileError::NotState),
    }
    let link = field("link")
        .and_then(|l| l.as_string())
        .ok_or(StateFileError::NotState)?;
    // A link is one line of URL text: anything else was not written by this app.
    if link.chars().any(|c| c.is_control() || c == '#' || c == ' ') {
        return Err(StateFileError::NotState);
    }
    Ok(link)
}
