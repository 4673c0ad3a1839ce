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

#[wasm_bindgen_test]
async fn stages_are_drawn_one_frame_apart_in_their_order() {
    let root = new_root();
    let handle = yew::Renderer::<Staged>::with_root(root.clone()).render();
    // One task after the mount no frame has yet passed twice: both wait, each in its
    // placeholder.
    zero_delay().await;
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
