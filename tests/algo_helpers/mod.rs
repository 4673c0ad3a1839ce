//! What the Algorithms-tab tests share: their ring, and typing, choosing and waiting in the
//! mounted app (an `impl` block on the shared harness of `tests/common`).
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::common::{tick, Mounted};

/// Four nodes, 4 vnodes each, 500 generated keys.
pub const RING: &str = "#v=1&n=a,b,c,d&vn=4&k=500&s=ring";

impl Mounted {
    pub async fn type_into(&self, selector: &str, value: &str) {
        let area: HtmlTextAreaElement = self.get(selector).dyn_into().unwrap();
        area.set_value(value);
        area.dispatch_event(&Event::new("input").unwrap()).unwrap();
        tick().await;
    }

    pub async fn enter(&self, selector: &str, value: &str) {
        let input: HtmlInputElement = self.get(selector).dyn_into().unwrap();
        input.set_value(value);
        input.dispatch_event(&Event::new("input").unwrap()).unwrap();
        tick().await;
    }

    pub async fn click(&self, selector: &str) {
        let button: web_sys::HtmlElement = self.get(selector).dyn_into().unwrap();
        button.click();
        tick().await;
    }

    /// Wait (up to 60 s: a busy machine runs the comparison slowly) until `done` holds.
    pub async fn until(&self, what: &str, done: impl Fn(&Mounted) -> bool) {
        for _ in 0..1_200 {
            if done(self) {
                return;
            }
            yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        let seen: String = self
            .root
            .text_content()
            .unwrap_or_default()
            .chars()
            .take(600)
            .collect();
        panic!("timed out waiting for {what}; the page shows: {seen}");
    }

    pub async fn choose(&self, selector: &str, value: &str) {
        let select: HtmlSelectElement = self.get(selector).dyn_into().unwrap();
        select.set_value(value);
        select
            .dispatch_event(&Event::new("change").unwrap())
            .unwrap();
        tick().await;
    }
}
