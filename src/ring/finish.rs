//! The end of a worker build: its keys installed into the scenario's nodes, or, when the
//! worker failed or sent keys that do not fit, the same scenario built on the page.

use std::rc::Rc;

use ringlock_core::KeyParts;

use crate::ring::apply::apply;
use crate::ring::build::{BuildKind, PendingBuild};
use crate::ring::state::{load, RingAction, RingState};

impl RingState {
    /// Finish build `id` with the worker's keys, or with why it failed. Ignored unless `id` is
    /// the running build (a cancelled or replaced build may still answer).
    pub(crate) fn finish_build(&mut self, id: u64, outcome: Result<Rc<KeyParts>, String>) {
        if self.build.as_ref().is_none_or(|b| b.id != id) {
            return;
        }
        let Some(build) = self.build.take() else {
            return;
        };
        let build = Rc::try_unwrap(build).unwrap_or_else(|shared| PendingBuild {
            nodes: shared.nodes.clone(),
            spec: shared.spec.clone(),
            fragment: shared.fragment.clone(),
            link: shared.link.clone(),
            kind: shared.kind.clone(),
            ..*shared
        });
        let installed = outcome.and_then(|parts| {
            let parts = Rc::try_unwrap(parts).unwrap_or_else(|shared| (*shared).clone());
            let mut ring = build.nodes;
            ring.install_keys(parts, build.spec)
                .map(|()| ring)
                .map_err(|e| e.to_string())
        });
        match (installed, build.kind) {
            (Ok(ring), BuildKind::Load(scheme)) => self.show_loaded(ring, scheme, None),
            (Ok(ring), BuildKind::Generate { count, before }) => {
                let added = ring.keys().len().saturating_sub(before);
                let change = ring.keys_added(added, (count as usize).saturating_sub(added));
                self.ring = Rc::new(ring);
                self.record(change, None);
            }
            (Err(why), kind) => {
                gloo::console::warn!(format!("ring worker: {why}; building on the page"));
                self.finish_on_page(&build.fragment, kind);
            }
        }
    }

    /// The build's result computed on the page (the worker could not give it).
    fn finish_on_page(&mut self, fragment: &str, kind: BuildKind) {
        match kind {
            BuildKind::Load(_) => {
                let (ring, scheme, notice) = load(fragment);
                self.show_loaded(ring, scheme, notice);
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
