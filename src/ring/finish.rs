//! The end of a worker build: the ring with its keys installed
//! ([`crate::ring::build::install`]), or, when the worker failed or sent keys that do not fit,
//! the same scenario built on the page.

use std::rc::Rc;

use ringlock_core::Ring;

use crate::ring::apply::apply;
use crate::ring::build::BuildKind;
use crate::ring::state::{load, RingAction, RingState};

impl RingState {
    /// Finish build `id` with its ring, or with why there is none. Ignored unless `id` is the
    /// running build (a cancelled or replaced build may still answer).
    pub(crate) fn finish_build(&mut self, id: u64, outcome: Result<Rc<Ring>, String>) {
        if self.build.as_ref().is_none_or(|b| b.id != id) {
            return;
        }
        let Some(build) = self.build.take() else {
            return;
        };
        match (outcome, build.kind.clone()) {
            (Ok(ring), BuildKind::Load(scheme)) => self.show_loaded(ring, scheme, None),
            (Ok(ring), BuildKind::Generate { count, before }) => {
                let added = ring.keys().len().saturating_sub(before);
                let change = ring.keys_added(added, (count as usize).saturating_sub(added));
                self.ring = ring;
                self.record(change, None);
            }
            (Err(why), kind) => {
                // The browser's console only (a native test reduces this too).
                #[cfg(target_arch = "wasm32")]
                gloo::console::warn!(format!("ring worker: {why}; building on the page"));
                #[cfg(not(target_arch = "wasm32"))]
                let _ = why;
                self.finish_on_page(&build.fragment, kind);
            }
        }
    }

    /// The build's result computed on the page (the worker could not give it).
    fn finish_on_page(&mut self, fragment: &str, kind: BuildKind) {
        match kind {
            BuildKind::Load(_) => {
                let (ring, scheme, notice) = load(fragment);
                self.show_loaded(Rc::new(ring), scheme, notice);
            }
            BuildKind::Generate { count, .. } => {
                match apply(
                    Rc::make_mut(&mut self.ring),
                    RingAction::AddGenerated(count.to_string()),
                ) {
                    Ok((change, lookup)) => self.record(change, lookup),
                    Err(error) => self.error = Some(error),
                }
            }
        }
    }
}
