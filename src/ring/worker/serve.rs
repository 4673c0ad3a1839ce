//! The worker's side: build each scenario the page sends, reporting progress, and send the
//! placed keys back with their buffers transferred.

use ringlock_core::Scenario;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::ring::worker::wire;

/// Listen for jobs, then tell the page the worker is ready (messages sent before the wasm had
/// started would have found no listener).
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let Some((id, fragment)) = wire::read_job(&event.data()) else {
            return;
        };
        let post = |message: &JsValue| {
            let _ = reply.post_message(message);
        };
        let built = Scenario::from_fragment(&fragment)
            .and_then(|s| s.build_reporting(&mut |hashed| post(&wire::progress(id, hashed))));
        match built {
            Ok(ring) => {
                let (message, transfer) = wire::done(id, &ring.key_parts());
                let _ = reply.post_message_with_transfer(&message, &transfer);
            }
            Err(e) => post(&wire::failed(id, &e.to_string())),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&wire::ready());
}
