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
use crate::ring::build::{
    plan_generate, plan_load, plan_load_in_steps, BuildKind, PendingBuild, Planning,
};

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
    /// Keys being placed in the worker (see [`crate::ring::build`]); `ring` is the previous
    /// ring meanwhile.
    pub build: Option<Rc<PendingBuild>>,
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
            && match (&self.build, &other.build) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
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
            build: None,
        }
    }

    /// State for the page opening on a link: as [`RingState::from_fragment`], except that a
    /// link with many keys shows its nodes at once and places its keys in the worker.
    pub fn opening(fragment: &str) -> RingState {
        let mut opening = RingOpening::begin(fragment);
        while !opening.step() {}
        opening.finish()
    }

    /// The state of a worker build's nodes, its keys still to come.
    fn building(build: PendingBuild) -> RingState {
        RingState {
            ring: Rc::new(build.nodes.clone()),
            version: 0,
            scheme: match build.kind {
                BuildKind::Load(scheme) => scheme,
                BuildKind::Generate { .. } => Scheme::Ring,
            },
            last: None,
            error: None,
            lookup: None,
            notice: None,
            build: Some(Rc::new(build)),
        }
    }

    /// The link fragment for the current state (or for the ring being built), and whether
    /// named keys were left out.
    pub fn fragment(&self) -> (String, bool) {
        match &self.build {
            Some(build) => build.link.clone(),
            None => self
                .ring
                .scenario(self.scheme)
                .to_fragment(MAX_LINK_NAMED_CHARS),
        }
    }
}

/// [`RingState::opening`] a step at a time: a link with many keys hashes its nodes a batch
/// per [`step`](RingOpening::step), so the page can open it over several short tasks.
pub enum RingOpening {
    /// A worker build's nodes being hashed, for this fragment.
    Hashing(Box<Planning>, String),
    /// Nothing left to hash.
    Ready(RingState),
}

impl RingOpening {
    /// Start opening `fragment` (nothing hashed yet).
    pub fn begin(fragment: &str) -> RingOpening {
        match plan_load_in_steps(fragment, MAX_LINK_NAMED_CHARS) {
            Some(planning) => RingOpening::Hashing(Box::new(planning), fragment.to_string()),
            None => RingOpening::Ready(RingState::from_fragment(fragment)),
        }
    }

    /// Hash the next batch; `true` when nothing is left to hash.
    pub fn step(&mut self) -> bool {
        match self {
            RingOpening::Hashing(planning, _) => planning.step(),
            RingOpening::Ready(_) => true,
        }
    }

    /// The first state (a link whose nodes were refused is built on the page, which says why).
    pub fn finish(self) -> RingState {
        match self {
            RingOpening::Ready(state) => state,
            RingOpening::Hashing(planning, fragment) => match (*planning).finish() {
                Some(build) => RingState::building(build),
                None => RingState::from_fragment(&fragment),
            },
        }
    }
}

/// The ring, scheme and notice of a link, built on the page.
pub(crate) fn load(fragment: &str) -> (Ring, Scheme, Option<Notice>) {
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
        if let RingAction::AddGenerated(raw) = &action {
            if let Some(build) = plan_generate(&self.ring, self.scheme, raw, MAX_LINK_NAMED_CHARS) {
                next.build = Some(Rc::new(build));
                return Rc::new(next);
            }
        }
        // A change made meanwhile wins over an unfinished build, which would undo it.
        next.build = None;
        match apply(Rc::make_mut(&mut next.ring), action) {
            Ok((change, lookup)) => next.record(change, lookup),
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
    /// Show `change`, just made to the ring, with the named key to animate.
    pub(crate) fn record(&mut self, mut change: ringlock_core::Change, lookup: Option<String>) {
        let ring = &self.ring;
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
        let seq = self.version + 1;
        self.lookup = lookup.map(|name| (name, seq));
        self.last = Some(Rc::new(LastChange { change, names, seq }));
        self.version += 1;
    }

    /// Show a ring just loaded from a link: no last change, nothing to animate.
    pub(crate) fn show_loaded(&mut self, ring: Rc<Ring>, scheme: Scheme, notice: Option<Notice>) {
        self.ring = ring;
        self.scheme = scheme;
        self.notice = notice;
        self.last = None;
        self.lookup = None;
        self.version += 1;
    }

    /// Reduce an action that leaves the ring itself alone; give back any other.
    fn reduce_view(&mut self, action: RingAction) -> Result<(), RingAction> {
        match action {
            RingAction::SetScheme(scheme) => {
                self.scheme = scheme;
                self.version += 1;
            }
            RingAction::LoadFragment(fragment) => {
                if let Some(build) = plan_load(&fragment, MAX_LINK_NAMED_CHARS) {
                    self.build = Some(Rc::new(build));
                    self.notice = None;
                    return Ok(());
                }
                self.build = None;
                let (ring, scheme, notice) = load(&fragment);
                self.show_loaded(Rc::new(ring), scheme, notice);
            }
            RingAction::DismissNotice => self.notice = None,
            RingAction::BuildDone(id, ring) => self.finish_build(id, Ok(ring.0)),
            RingAction::BuildFailed(id, why) => self.finish_build(id, Err(why)),
            RingAction::CancelBuild => self.build = None,
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
