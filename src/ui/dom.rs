//! Page plumbing the panels share: unique DOM ids, and running heavy work after a paint.

use std::cell::Cell;
use std::future::Future;
use std::time::Duration;

use yew::prelude::*;

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
