//! Page plumbing the panels share: unique DOM ids, and running heavy work after a paint.

use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

use yew::prelude::*;

/// From this much pasted text on, a paste box holds the text instead of letting the text area
/// show it (the ring's keys panel and the Algorithms tab's keys).
pub const HOLD_FROM_BYTES: usize = 100_000;

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

/// Whether a media query matches now (false where media queries are unavailable).
pub fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether `query` matches, kept up to date: the component redraws when it starts or stops
/// matching (a window resized or a phone turned).
#[hook]
pub fn use_media(query: &'static str) -> bool {
    let matches = use_state(|| matches_media(query));
    {
        let matches = matches.clone();
        use_effect_with(query, move |&query| {
            let list = web_sys::window().and_then(|w| w.match_media(query).ok().flatten());
            let listener = list.map(|list| {
                let target = list.clone();
                gloo::events::EventListener::new(&list, "change", move |_| {
                    matches.set(target.matches())
                })
            });
            move || drop(listener)
        });
    }
    *matches
}

/// Scroll `el` into view: its top to the top (`start`) or only as far as needed (`nearest`),
/// smoothly unless the user asked for less motion.
pub fn scroll_into_view(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
    options.set_behavior(if matches_media("(prefers-reduced-motion: reduce)") {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
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
