//! What the side-panel tests share: their link, and typing, committing, clicking and pasting
//! in the mounted app (an `impl` block on the shared harness of `tests/common`).
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, ClipboardEventInit, DataTransfer, Event, HtmlElement};

use crate::common::Mounted;

/// Three equal nodes, 8 vnodes each, 100 generated keys, the ring shown.
pub const SCENARIO: &str = "#v=1&n=a,b,c&vn=8&k=100&s=ring";

impl Mounted {
    /// Type into an input: set its value and fire `input`, as a keystroke would.
    pub fn type_into(&self, selector: &str, value: &str) {
        let input = self.input(selector);
        input.set_value(value);
        input.dispatch_event(&Event::new("input").unwrap()).unwrap();
    }

    /// Type, then commit (the `change` a blur or Enter fires).
    pub fn commit(&self, selector: &str, value: &str) {
        self.type_into(selector, value);
        self.input(selector)
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
    }

    pub fn click(&self, selector: &str) {
        self.get(selector).unchecked_into::<HtmlElement>().click();
    }

    /// The number in a cell or attribute, ignoring thousands separators.
    pub fn number(&self, selector: &str) -> u64 {
        let text = self.text(selector).replace(',', "");
        text.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{selector} holds {text:?}"))
    }

    pub fn add_node(&self, name: &str, weight: &str) {
        self.type_into(".add-node input[type=text]", name);
        self.type_into(".add-node .field.weight input", weight);
        self.click(".add-node button[type=submit]");
    }
}

/// Paste `text` into the paste box the way the clipboard does.
pub fn paste(app: &Mounted, text: &str) -> bool {
    let data = DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    let init = ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    app.get(".paste-form textarea")
        .dispatch_event(&event)
        .unwrap()
}
