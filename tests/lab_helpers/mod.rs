//! What the lock-lab tests share: a lab state from a link, its hash and time, the shell's tab
//! for a link, and clicking and changing fields in the mounted app (an `impl` block on the
//! shared harness of `tests/common`).
#![allow(dead_code)]

use std::rc::Rc;

use ringlock::i18n::Lang;
use ringlock::lab::state::LabState;
use ringlock::shell::state::ShellState;
use ringlock::ui::theme::Theme;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlElement, HtmlSelectElement};

use crate::common::{tick, Mounted};

pub fn lab(fragment: &str) -> Rc<LabState> {
    Rc::new(LabState::from_fragment(fragment))
}

pub fn shell(fragment: &str) -> ShellState {
    ShellState::from_fragment(fragment, Lang::En, Theme::System)
}

pub fn hash(s: &LabState) -> u64 {
    s.lab.log_hash()
}

pub fn now(s: &LabState) -> u64 {
    s.lab.now()
}

impl Mounted {
    /// Wait (up to 30 s: a loaded machine renders late) until `done` holds, and say whether it
    /// did.
    pub async fn settled(&self, done: impl Fn(&Mounted) -> bool) -> bool {
        for _ in 0..600 {
            if done(self) {
                return true;
            }
            crate::common::wait(50).await;
        }
        done(self)
    }

    /// Click `selector` once it is on the page (it may appear on the next render).
    pub async fn click(&self, selector: &str) {
        self.settled(|a| a.find(selector).is_some()).await;
        self.get(selector).unchecked_into::<HtmlElement>().click();
        tick().await;
    }

    pub async fn change(&self, selector: &str, value: &str) {
        let el = self.get(selector);
        if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            select.set_value(value);
        } else {
            self.input(selector).set_value(value);
        }
        el.dispatch_event(&Event::new("change").unwrap()).unwrap();
        tick().await;
    }

    /// Load a lesson, skip its question ("show me") and jump to its outcome.
    pub async fn lesson_to_end(&self, id: &str) {
        self.click(&format!("[data-lesson='{id}']")).await;
        self.click(".lab-lesson .lesson-show").await;
        self.click(".lab-lesson .lesson-jump").await;
    }
}
