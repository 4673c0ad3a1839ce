//! `Later`, the staged view: a placeholder first, its children a frame per stage later, in
//! stage order.

mod common;

use std::time::Duration;

use common::{count, new_root, wait};
use ringlock::ui::later::{Later, LaterProps};
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[function_component(Staged)]
fn staged() -> Html {
    html! {
        <>
            <Later stage={2}><p class="second">{ "second" }</p></Later>
            <Later stage={1}><p class="first">{ "first" }</p></Later>
        </>
    }
}

async fn zero_delay() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

/// After the microtasks queued so far (Yew renders in one, queued by `render`): no frame and no
/// timer can come in between, however late the test's own timers run.
async fn microtask() {
    let done = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(done).await.unwrap();
}

#[wasm_bindgen_test]
async fn stages_are_drawn_one_frame_apart_in_their_order() {
    let root = new_root();
    let handle = yew::Renderer::<Staged>::with_root(root.clone()).render();
    // Once mounted, before any frame: both wait, each in its placeholder.
    microtask().await;
    assert_eq!(count(&root, ".first, .second"), 0);
    assert_eq!(count(&root, ".later[aria-hidden='true']"), 2);
    // Stage 1 arrives alone; stage 2 a frame later.
    let mut first_alone = false;
    for _ in 0..2_000 {
        let (first, second) = (count(&root, ".first"), count(&root, ".second"));
        if first == 1 && second == 0 {
            first_alone = true;
        }
        if second == 1 {
            break;
        }
        assert!(first == 1 || second == 0, "stage 2 came before stage 1");
        wait(1).await;
    }
    assert!(first_alone, "stage 1 was drawn before stage 2");
    assert_eq!(count(&root, ".first"), 1);
    assert_eq!(count(&root, ".second"), 1);
    assert_eq!(count(&root, ".later"), 0, "no placeholder is left");
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn stage_zero_draws_at_once() {
    let root = new_root();
    let props = LaterProps {
        children: html! { <p class="now">{ "now" }</p> },
        stage: 0,
    };
    let handle = yew::Renderer::<Later>::with_root_and_props(root.clone(), props).render();
    zero_delay().await;
    assert_eq!(count(&root, ".now"), 1);
    assert_eq!(count(&root, ".later"), 0);
    handle.destroy();
    root.remove();
}

/// A stage whose children hold a stage of their own (as the Ring tab's canvas is, inside the
/// ring's stage).
#[function_component(Nested)]
fn nested() -> Html {
    html! {
        <Later stage={1}>
            <p class="outer">{ "outer" }</p>
            <Later stage={2}><p class="inner">{ "inner" }</p></Later>
        </Later>
    }
}

#[wasm_bindgen_test]
async fn when_drawn_waits_for_every_stage_even_those_mounted_by_a_stage() {
    use std::cell::Cell;
    use std::rc::Rc;

    use ringlock::ui::later::{waiting, when_drawn};

    let root = new_root();
    let handle = yew::Renderer::<Nested>::with_root(root.clone()).render();
    zero_delay().await;
    assert_eq!(waiting(), 1, "the outer stage waits");
    let fired = Rc::new(Cell::new(0));
    let cancelled = Rc::new(Cell::new(0));
    // What the page held when the wait ended: placeholders left, inner stages drawn.
    let at_fire = Rc::new(Cell::new((u32::MAX, 0)));
    let _kept = {
        let (fired, at_fire, root) = (fired.clone(), at_fire.clone(), root.clone());
        when_drawn(Callback::from(move |_| {
            fired.set(fired.get() + 1);
            at_fire.set((count(&root, ".later"), count(&root, ".inner")));
        }))
    };
    drop(when_drawn({
        let cancelled = cancelled.clone();
        Callback::from(move |_| cancelled.set(cancelled.get() + 1))
    }));
    let mut seen_inner_waiting = false;
    for _ in 0..2_000 {
        if fired.get() > 0 {
            break;
        }
        if count(&root, ".outer") == 1 && count(&root, ".inner") == 0 {
            seen_inner_waiting = true;
        }
        wait(1).await;
    }
    assert!(
        seen_inner_waiting,
        "the outer stage came before the inner one"
    );
    assert_eq!(
        at_fire.get(),
        (0, 1),
        "when it fired: placeholders left, inner stages drawn"
    );
    assert_eq!(fired.get(), 1);
    assert_eq!(count(&root, ".inner"), 1);
    assert_eq!(count(&root, ".later"), 0);
    assert_eq!(waiting(), 0);
    // It fires once, and a dropped wait never does.
    wait(100).await;
    assert_eq!((fired.get(), cancelled.get()), (1, 0));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_stage_unmounted_before_its_turn_no_longer_waits() {
    use ringlock::ui::later::waiting;

    let root = new_root();
    let props = LaterProps {
        children: html! { <p>{ "never" }</p> },
        stage: 3,
    };
    let handle = yew::Renderer::<Later>::with_root_and_props(root.clone(), props).render();
    zero_delay().await;
    assert_eq!(waiting(), 1);
    handle.destroy();
    zero_delay().await;
    assert_eq!(waiting(), 0);
    root.remove();
}

/// A hidden page (a link opened in a background tab) gets no frames: the wait ends in the next
/// task, with the stages still waiting, and a dropped wait still never fires.
/// A [`when_drawn`](ringlock::ui::later::when_drawn) wait under `root` that counts its calls
/// and records how many placeholders were left when it was called; dropping the returned
/// `WhenDrawn` cancels it.
fn counted_wait(
    root: &web_sys::Element,
) -> (
    std::rc::Rc<std::cell::Cell<u32>>,
    std::rc::Rc<std::cell::Cell<u32>>,
    ringlock::ui::later::WhenDrawn,
) {
    use std::cell::Cell;
    use std::rc::Rc;

    let fired = Rc::new(Cell::new(0));
    let waiting_then = Rc::new(Cell::new(0));
    let wait = {
        let (fired, waiting_then, root) = (fired.clone(), waiting_then.clone(), root.clone());
        ringlock::ui::later::when_drawn(Callback::from(move |_| {
            fired.set(fired.get() + 1);
            waiting_then.set(count(&root, ".later"));
        }))
    };
    (fired, waiting_then, wait)
}

/// Waits (up to 100 tasks) for a `when_drawn` callback that counts its calls in `fired` and
/// records in `waiting_then` how many placeholders were left then; checks it was called once,
/// before the stages were drawn.
async fn fired_before_the_stages(
    fired: &std::cell::Cell<u32>,
    waiting_then: &std::cell::Cell<u32>,
) {
    for _ in 0..100 {
        if fired.get() > 0 {
            break;
        }
        zero_delay().await;
    }
    assert_eq!(fired.get(), 1);
    assert!(
        waiting_then.get() > 0,
        "it waited for the stages to be drawn"
    );
}

#[wasm_bindgen_test]
async fn a_hidden_page_does_not_wait_for_frames() {
    use std::cell::Cell;
    use std::rc::Rc;

    use ringlock::ui::later::when_drawn;

    // An own property shadows the real `document.hidden`; deleting it brings the real one back.
    let hide = |hidden: bool| {
        js_sys::eval(if hidden {
            "Object.defineProperty(document, 'hidden', { value: true, configurable: true })"
        } else {
            "delete document.hidden"
        })
        .unwrap();
    };
    let root = new_root();
    let handle = yew::Renderer::<Nested>::with_root(root.clone()).render();
    microtask().await;
    hide(true);
    let cancelled = Rc::new(Cell::new(0));
    let (fired, waiting_then, _kept) = counted_wait(&root);
    drop(when_drawn({
        let cancelled = cancelled.clone();
        Callback::from(move |_| cancelled.set(cancelled.get() + 1))
    }));
    hide(false);
    // Not at once: in a task of its own.
    assert_eq!(fired.get(), 0);
    fired_before_the_stages(&fired, &waiting_then).await;
    wait(100).await;
    assert_eq!((fired.get(), cancelled.get()), (1, 0));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_page_hidden_while_the_wait_goes_on_stops_waiting_for_frames() {
    let root = new_root();
    let handle = yew::Renderer::<Nested>::with_root(root.clone()).render();
    microtask().await;
    let (fired, waiting_then, _kept) = counted_wait(&root);
    // The tab is switched away from: `document.hidden` turns true and the document says so.
    let switch_away = || {
        js_sys::eval(
            "Object.defineProperty(document, 'hidden', { value: true, configurable: true }); \
             document.dispatchEvent(new Event('visibilitychange')); \
             delete document.hidden",
        )
        .unwrap();
    };
    switch_away();
    assert_eq!(fired.get(), 0, "not at once: in a task of its own");
    fired_before_the_stages(&fired, &waiting_then).await;
    // Switched away again, and the stages drawn meanwhile (the test's page still gets
    // frames): it is not called again.
    switch_away();
    wait(200).await;
    assert_eq!(count(&root, ".later"), 0);
    assert_eq!(fired.get(), 1);
    handle.destroy();
    root.remove();
}
