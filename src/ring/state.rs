//! Ring state: the ring plus what the UI remembers around it, changed only through
//! [`RingAction`]s.
//!
//! The ring itself is large (up to a million keys), so it lives behind an `Rc` that states
//! share until an action changes it: reducing copies it on write ([`Rc::make_mut`]) and never
//! changes the previous state. Every change bumps `version`, which is what components compare
//! to know they must redraw.

use std::rc::Rc;

use ringlock_core::{NodeId, Ring, Scenario, Scheme};
use yew::Reducible;

pub use crate::ring::action::{Field, InputError, LastChange, Notice, RingAction};
use crate::ring::apply::apply;

/// Most characters of named keys carried in a share link.
pub const MAX_LINK_NAMED_CHARS: usize = 16_000;

/// Everything the ring half of the app shows.
#[derive(Clone)]
pub struct RingState {
    /// The ring (shared until changed; see the module docs).
    pub ring: Rc<Ring>,
    /// Bumped on every change to the ring.
    pub version: u64,
    /// The scheme shown.
    pub scheme: Scheme,
    /// The last change to the ring, if any.
    pub last: Option<Rc<LastChange>>,
    /// The last refused input.
    pub error: Option<(Field, InputError)>,
    /// A named key just added: its lookup is animated.
    pub lookup: Option<(String, u64)>,
    /// A page notice.
    pub notice: Option<Notice>,
}

impl PartialEq for RingState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.ring, &other.ring)
            && self.version == other.version
            && self.scheme == other.scheme
            // By pointer: a change can list a million moves, too many to compare per render.
            && match (&self.last, &other.last) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.error == other.error
            && self.lookup == other.lookup
            && self.notice == other.notice
    }
}

impl RingState {
    /// State for a link fragment (empty: the default scenario).
    pub fn from_fragment(fragment: &str) -> RingState {
        let (ring, scheme, notice) = load(fragment);
        RingState {
            ring: Rc::new(ring),
            version: 0,
            scheme,
            last: None,
            error: None,
            lookup: None,
            notice,
        }
    }

    /// The link fragment for the current state, and whether named keys were left out.
    pub fn fragment(&self) -> (String, bool) {
        self.ring
            .scenario(self.scheme)
            .to_fragment(MAX_LINK_NAMED_CHARS)
    }
}

fn load(fragment: &str) -> (Ring, Scheme, Option<Notice>) {
    let fragment = fragment.trim_start_matches('#');
    if fragment.is_empty() {
        let scenario = Scenario::default();
        return (
            scenario.build().expect("the default scenario is valid"),
            scenario.scheme,
            None,
        );
    }
    match Scenario::from_fragment(fragment).and_then(|s| s.build().map(|ring| (ring, s.scheme))) {
        Ok((ring, scheme)) => (ring, scheme, None),
        Err(e) => {
            let scenario = Scenario::default();
            (
                scenario.build().expect("the default scenario is valid"),
                scenario.scheme,
                Some(Notice::BadLink(e)),
            )
        }
    }
}

impl Reducible for RingState {
    type Action = RingAction;

    /// Copy on write: `next` shares the ring with `self` until an action changes it, and then
    /// [`Rc::make_mut`] gives `next` its own copy, so the previous state never changes.
    fn reduce(self: Rc<Self>, action: RingAction) -> Rc<Self> {
        let mut next = (*self).clone();
        // A new attempt replaces the last refusal; hiding the notice does not.
        if !matches!(action, RingAction::DismissNotice) {
            next.error = None;
        }
        let action = match next.reduce_view(action) {
            Ok(()) => return Rc::new(next),
            Err(action) => action,
        };
        match apply(Rc::make_mut(&mut next.ring), action) {
            Ok((mut change, lookup)) => {
                let ring = &next.ring;
                ring.compare_schemes(&mut change);
                let mut names: Vec<(NodeId, String)> = ring
                    .node_ids()
                    .iter()
                    .map(|&id| (id, ring.node_name(id).to_string()))
                    .collect();
                if let ringlock_core::ChangeKind::NodeRemoved { id, name } = &change.kind {
                    names.push((*id, name.clone()));
                }
                // `version` never goes back, not even when a link is loaded, so neither does seq.
                let seq = next.version + 1;
                next.lookup = lookup.map(|name| (name, seq));
                next.last = Some(Rc::new(LastChange { change, names, seq }));
                next.version += 1;
            }
            Err(error) => {
                // Refused: the ring is as it was, so share it again (same pointer, no redraw).
                next.ring = Rc::clone(&self.ring);
                next.error = Some(error);
            }
        }
        Rc::new(next)
    }
}

impl RingState {
    /// Reduce an action that leaves the ring itself alone; give back any other.
    fn reduce_view(&mut self, action: RingAction) -> Result<(), RingAction> {
        match action {
            RingAction::SetScheme(scheme) => {
                self.scheme = scheme;
                self.version += 1;
            }
            RingAction::LoadFragment(fragment) => {
                let (ring, scheme, notice) = load(&fragment);
                self.ring = Rc::new(ring);
                self.scheme = scheme;
                self.notice = notice;
                self.last = None;
                self.lookup = None;
                self.version += 1;
            }
            RingAction::DismissNotice => self.notice = None,
            // `reduce` has already cleared the error.
            RingAction::ClearError(_) => {}
            other => return Err(other),
        }
        Ok(())
    }
}

/// The shared reducer handle.
pub type RingContext = yew::UseReducerHandle<RingState>;

/// The ring state and its dispatcher, from the nearest provider.
#[yew::hook]
pub fn use_ring() -> RingContext {
    yew::use_context::<RingContext>().expect("components are mounted inside the ring provider")
}
