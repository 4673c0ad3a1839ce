//! The page's side: one worker per build, terminated when the build is done or dropped (a
//! cancel, or a newer build replacing it).

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ringlock_core::KeyParts;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

use crate::ring::worker::wire::{self, FromWorker};

/// The worker's loader, written by trunk beside index.html (`data-type="worker"` with
/// `data-loader-shim`, which names worker files after their bin, unhashed). Relative, so the
/// site works from any path.
pub const WORKER_URL: &str = "./ring_worker_loader.js";

/// What a build reports.
pub enum BuildEvent {
    /// Keys hashed so far.
    Progress(usize),
    /// The placed keys.
    Done(KeyParts),
    /// The worker failed (or could not start): the page builds the scenario itself.
    Failed(String),
}

/// A running build. Dropping it terminates its worker, and stops copying keys it sent.
pub struct BuildJob {
    worker: Worker,
    dropped: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Drop for BuildJob {
    fn drop(&mut self) {
        self.dropped.set(true);
        self.worker.terminate();
    }
}

/// Copy `arrived` a step per task, then report it done (or why it could not be read) from
/// a task after the last step. Once `dropped` (the build was cancelled or replaced), the
/// steps left are skipped and nothing is reported.
pub fn copy_in_steps(
    mut arrived: wire::Arrived,
    on: Callback<BuildEvent>,
    dropped: Rc<Cell<bool>>,
) {
    if dropped.get() {
        return;
    }
    match arrived.step() {
        Ok(None) => drop(Timeout::new(0, move || copy_in_steps(arrived, on, dropped)).forget()),
        Ok(Some(parts)) => drop(
            Timeout::new(0, move || {
                if !dropped.get() {
                    on.emit(BuildEvent::Done(parts))
                }
            })
            .forget(),
        ),
        Err(why) => on.emit(BuildEvent::Failed(why)),
    }
}

/// Start a worker that builds the scenario of `fragment`; `on` hears how it goes.
pub fn start(id: u64, fragment: String, on: Callback<BuildEvent>) -> Result<BuildJob, String> {
    let worker = Worker::new(WORKER_URL).map_err(|e| format!("{e:?}"))?;
    // Report at most one ending: a worker that fails after it is done stays quiet.
    let over = Rc::new(Cell::new(false));
    let dropped = Rc::new(Cell::new(false));
    let on_message = {
        let (worker, on, over) = (worker.clone(), on.clone(), over.clone());
        let dropped = dropped.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if over.get() {
                return;
            }
            match wire::read(&event.data()) {
                Ok(FromWorker::Ready) => {
                    if let Err(e) = worker.post_message(&wire::job(id, &fragment)) {
                        over.set(true);
                        on.emit(BuildEvent::Failed(format!("{e:?}")));
                    }
                }
                Ok(FromWorker::Progress(job, hashed)) if job == id => {
                    on.emit(BuildEvent::Progress(hashed))
                }
                Ok(FromWorker::Done(job, arrived)) if job == id => {
                    over.set(true);
                    // The keys are copied out of the buffers over this task and the next
                    // (`Arrived::step`); installing and drawing them come in tasks after.
                    copy_in_steps(arrived, on.clone(), dropped.clone());
                }
                Ok(FromWorker::Failed(job, why)) if job == id => {
                    over.set(true);
                    on.emit(BuildEvent::Failed(why));
                }
                Ok(FromWorker::Progress(..) | FromWorker::Done(..) | FromWorker::Failed(..)) => {}
                Err(why) => {
                    over.set(true);
                    on.emit(BuildEvent::Failed(why));
                }
            }
        })
    };
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if !over.replace(true) {
            on.emit(BuildEvent::Failed("the ring worker stopped".to_string()));
        }
    });
    worker.set_onmessage(Some(wasm_bindgen::JsCast::unchecked_ref(
        on_message.as_ref(),
    )));
    worker.set_onerror(Some(wasm_bindgen::JsCast::unchecked_ref(on_error.as_ref())));
    Ok(BuildJob {
        worker,
        dropped,
        _on_message: on_message,
        _on_error: on_error,
    })
}
