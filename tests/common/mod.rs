//! What every browser test of the mounted app needs: the app in its own `<div>` on a known
//! link, in English, and a short wait for Yew to render. Each test file adds its own helpers in
//! an `impl Mounted` block of its own.
// Each test file is its own crate and uses a different subset of these helpers.
#![allow(dead_code)]

pub mod ring_view;

use std::time::Duration;

use ringlock::shell::components::app::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};
use yew::BaseComponent;

/// Long enough for Yew to render and run its effects, and for views drawn in stages
/// (`ui::later::Later`) to be drawn: no placeholder is left in the page. Panics if one still
/// waits after 5 s.
pub async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
    let document = web_sys::window().unwrap().document().unwrap();
    for _ in 0..250 {
        if document.query_selector(".later").unwrap().is_none() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("views drawn in stages were still waiting after 5 s");
}

/// Wait `ms` milliseconds (animations, timers).
pub async fn wait(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// A new `<div>` at the end of `<body>`.
pub fn new_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// How many elements under `root` match `selector`.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// The text of the element under `root` matching `selector`; panics if there is none.
pub fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Click the element under `root` matching `selector`; panics if there is none.
pub fn click(root: &Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// Dispatch an event built in JavaScript (the constructors' init dictionaries are not among
/// the crate's web-sys features).
pub fn fire(target: &Element, js: &str) {
    let event: Event = js_sys::eval(js).unwrap().dyn_into().unwrap();
    target.dispatch_event(&event).unwrap();
}

/// A component mounted in its own `<div>` (the whole app unless said otherwise); dropping it
/// unmounts the component and removes the div.
pub struct Mounted<C: BaseComponent = App> {
    /// The `<div>` the component renders into.
    pub root: Element,
    handle: Option<yew::AppHandle<C>>,
}

impl<C: BaseComponent> Mounted<C> {
    /// Render `props` of `C` into a new root and wait for the first render.
    pub async fn with_props(props: C::Properties) -> Mounted<C> {
        let root = new_root();
        let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
        tick().await;
        Mounted {
            root,
            handle: Some(handle),
        }
    }
}

impl<C: BaseComponent> Drop for Mounted<C> {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    /// Mount the app on the link fragment `hash`, with English pinned so texts are known.
    pub async fn new(hash: &str) -> Mounted {
        let window = web_sys::window().unwrap();
        // The app stores the language as JSON.
        let storage = window.local_storage().unwrap().unwrap();
        storage.set_item("ringlock.lang", "\"en\"").unwrap();
        window.location().set_hash(hash).unwrap();
        Mounted::with_props(Default::default()).await
    }
}

impl<C: BaseComponent> Mounted<C> {
    /// The first element matching `selector`, if any.
    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    /// The first element matching `selector`; panics with the selector if there is none.
    pub fn get(&self, selector: &str) -> Element {
        self.find(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    /// Every element matching `selector`.
    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    /// The input matching `selector`.
    pub fn input(&self, selector: &str) -> HtmlInputElement {
        self.get(selector).dyn_into().unwrap()
    }

    /// The text of the element matching `selector`.
    pub fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }
}

/// The address bar's fragment once `done` holds for it. The link follows a change in an effect
/// after the render, which on a busy machine can take longer than one [`tick`]; this waits up
/// to 10 s, then panics with the last fragment seen.
pub async fn hash_when(done: impl Fn(&str) -> bool) -> String {
    let hash = || web_sys::window().unwrap().location().hash().unwrap();
    for _ in 0..200 {
        if done(&hash()) {
            return hash();
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the link never got there: {}", hash())
}
