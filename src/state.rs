//! App state: the ring plus what the UI remembers around it, changed only through [`Action`]s.
//!
//! The ring itself is large (up to a million keys), so it lives behind `Rc<RefCell<_>>` and is
//! mutated in place; every reduction returns a new `AppState` with a bumped `version`, which is
//! what components compare to know they must redraw.

use std::cell::RefCell;
use std::rc::Rc;

use ringlock_core::error::{
    MAX_KEYS, MAX_NODES, MAX_POINTS, MAX_VNODES, MAX_WEIGHT, MIN_VNODES, MIN_WEIGHT,
};
use ringlock_core::{Change, NodeId, PasteError, Ring, RingError, Scenario, ScenarioError, Scheme};
use yew::Reducible;

use crate::i18n::common::C;
use crate::i18n::Lang;

/// Most characters of named keys carried in a share link.
pub const MAX_LINK_NAMED_CHARS: usize = 16_000;

/// Colour theme choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Stored code and `data-theme` value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parse a stored code.
    pub fn from_code(code: &str) -> Option<Theme> {
        [Theme::System, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.code() == code)
    }
}

/// Which input an error belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The add-node form.
    AddNode,
    /// A node row's weight or buttons.
    NodeRow,
    /// The vnodes slider / number.
    Vnodes,
    /// The add-one-key form.
    AddKey,
    /// The add-N-keys form.
    AddKeys,
    /// The paste box.
    Paste,
    /// Removing a key.
    RemoveKey,
}

/// An error to show next to an input.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// Text that should have been a number.
    NotANumber(String),
    /// The core refused the operation.
    Ring(RingError),
    /// A pasted line was refused.
    Paste(PasteError),
}

/// What the user can do to the ring view.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Add a node from the raw form values.
    AddNode {
        /// Name as typed.
        name: String,
        /// Weight as typed.
        weight: String,
    },
    /// Kill a node.
    KillNode(String),
    /// Revive a node.
    ReviveNode(String),
    /// Remove a node.
    RemoveNode(String),
    /// Change a node's weight.
    SetWeight {
        /// The node.
        name: String,
        /// Weight as typed.
        weight: String,
    },
    /// Change vnodes per node.
    SetVnodes(String),
    /// Add one key by name (animates its lookup).
    AddKey(String),
    /// Add N generated keys.
    AddGenerated(String),
    /// Add keys from pasted text, one per line.
    PasteKeys(String),
    /// Remove one key.
    RemoveKey(String),
    /// Remove every key.
    ClearKeys,
    /// Show a scheme.
    SetScheme(Scheme),
    /// Load a link fragment (a malformed one loads the default with a notice).
    LoadFragment(String),
    /// Switch language.
    SetLang(Lang),
    /// Switch theme.
    SetTheme(Theme),
    /// Hide the notice.
    DismissNotice,
    /// The input an error stood beside has changed: hide the error.
    ClearError(Field),
}

/// The last change, kept for the counters and the animation.
#[derive(Clone, Debug, PartialEq)]
pub struct LastChange {
    /// What the core reported.
    pub change: Change,
    /// Names of the nodes involved at the time (a removed node's name survives here).
    pub names: Vec<(NodeId, String)>,
    /// The `version` this change produced: unique, so animations restart on each change.
    pub seq: u64,
}

/// A notice shown at the top of the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// A link that could not be read.
    BadLink(ScenarioError),
}

/// Everything the ring half of the app shows.
#[derive(Clone)]
pub struct AppState {
    /// The ring (mutated in place; see the module docs).
    pub ring: Rc<RefCell<Ring>>,
    /// Bumped on every change to the ring.
    pub version: u64,
    /// The scheme shown.
    pub scheme: Scheme,
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: Theme,
    /// The last change to the ring, if any.
    pub last: Option<Rc<LastChange>>,
    /// The last refused input.
    pub error: Option<(Field, InputError)>,
    /// A named key just added: its lookup is animated.
    pub lookup: Option<(String, u64)>,
    /// A page notice.
    pub notice: Option<Notice>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.ring, &other.ring)
            && self.version == other.version
            && self.scheme == other.scheme
            && self.lang == other.lang
            && self.theme == other.theme
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

impl AppState {
    /// State for a link fragment (empty: the default scenario).
    pub fn from_fragment(fragment: &str, lang: Lang, theme: Theme) -> AppState {
        let (ring, scheme, notice) = load(fragment);
        AppState {
            ring: Rc::new(RefCell::new(ring)),
            version: 0,
            scheme,
            lang,
            theme,
            last: None,
            error: None,
            lookup: None,
            notice,
        }
    }

    /// The link fragment for the current state, and whether named keys were left out.
    pub fn fragment(&self) -> (String, bool) {
        self.ring
            .borrow()
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

/// A whole number from a text field. Numbers too large for the core get the same range error
/// as any other out-of-range value (`too_big`), not "not a number".
fn parse_number(raw: &str, too_big: impl FnOnce(u64) -> RingError) -> Result<u32, InputError> {
    let raw = raw.trim();
    let value: u64 = raw
        .parse()
        .map_err(|_| InputError::NotANumber(raw.to_string()))?;
    u32::try_from(value).map_err(|_| InputError::Ring(too_big(value)))
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // A new attempt replaces the last refusal; switching language or theme does not.
        let keeps_error = matches!(
            action,
            Action::SetLang(_) | Action::SetTheme(_) | Action::DismissNotice
        );
        if !keeps_error {
            next.error = None;
        }
        let result: Result<(Change, Option<String>), (Field, InputError)> = {
            let mut ring = next.ring.borrow_mut();
            let ring_err = |field: Field| move |e: RingError| (field, InputError::Ring(e));
            match action {
                Action::AddNode { name, weight } => {
                    parse_number(&weight, RingError::WeightOutOfRange)
                        .map_err(|e| (Field::AddNode, e))
                        .and_then(|w| ring.add_node(&name, w).map_err(ring_err(Field::AddNode)))
                        .map(|c| (c, None))
                }
                Action::KillNode(name) => ring
                    .kill_node(&name)
                    .map(|c| (c, None))
                    .map_err(ring_err(Field::NodeRow)),
                Action::ReviveNode(name) => ring
                    .revive_node(&name)
                    .map(|c| (c, None))
                    .map_err(ring_err(Field::NodeRow)),
                Action::RemoveNode(name) => ring
                    .remove_node(&name)
                    .map(|c| (c, None))
                    .map_err(ring_err(Field::NodeRow)),
                Action::SetWeight { name, weight } => {
                    parse_number(&weight, RingError::WeightOutOfRange)
                        .map_err(|e| (Field::NodeRow, e))
                        .and_then(|w| ring.set_weight(&name, w).map_err(ring_err(Field::NodeRow)))
                        .map(|c| (c, None))
                }
                Action::SetVnodes(raw) => parse_number(&raw, RingError::VnodesOutOfRange)
                    .map_err(|e| (Field::Vnodes, e))
                    .and_then(|v| ring.set_vnodes(v).map_err(ring_err(Field::Vnodes)))
                    .map(|c| (c, None)),
                Action::AddKey(name) => ring
                    .add_key(&name)
                    .map(|c| (c, Some(name.trim().to_string())))
                    .map_err(ring_err(Field::AddKey)),
                Action::AddGenerated(raw) => parse_number(&raw, |n| RingError::TooManyKeys {
                    would_be: ring.keys().len() as u64 + n,
                })
                .map_err(|e| (Field::AddKeys, e))
                .and_then(|n| ring.add_generated(n).map_err(ring_err(Field::AddKeys)))
                .map(|c| (c, None)),
                Action::PasteKeys(text) => ring
                    .add_keys_text(&text)
                    .map(|c| (c, None))
                    .map_err(|e| (Field::Paste, InputError::Paste(e))),
                Action::RemoveKey(name) => ring
                    .remove_keys(&[name.trim()])
                    .map(|c| (c, None))
                    .map_err(ring_err(Field::RemoveKey)),
                Action::ClearKeys => Ok((ring.clear_keys(), None)),
                other => {
                    drop(ring);
                    return next.reduce_view(other);
                }
            }
        };
        match result {
            Ok((mut change, lookup)) => {
                let ring = next.ring.borrow();
                ring.compare_schemes(&mut change);
                let names = ring
                    .node_ids()
                    .iter()
                    .map(|&id| (id, ring.node_name(id).to_string()))
                    .collect();
                let mut names: Vec<(NodeId, String)> = names;
                if let ringlock_core::ChangeKind::NodeRemoved { id, name } = &change.kind {
                    names.push((*id, name.clone()));
                }
                drop(ring);
                // `version` never goes back, not even when a link is loaded, so neither does seq.
                let seq = next.version + 1;
                next.lookup = lookup.map(|name| (name, seq));
                next.last = Some(Rc::new(LastChange { change, names, seq }));
                next.version += 1;
            }
            Err(error) => next.error = Some(error),
        }
        Rc::new(next)
    }
}

impl AppState {
    fn reduce_view(mut self, action: Action) -> Rc<Self> {
        match action {
            Action::SetScheme(scheme) => {
                self.scheme = scheme;
                self.version += 1;
            }
            Action::LoadFragment(fragment) => {
                let (ring, scheme, notice) = load(&fragment);
                self.ring = Rc::new(RefCell::new(ring));
                self.scheme = scheme;
                self.notice = notice;
                self.last = None;
                self.lookup = None;
                self.version += 1;
            }
            Action::SetLang(lang) => self.lang = lang,
            Action::SetTheme(theme) => self.theme = theme,
            Action::DismissNotice => self.notice = None,
            // `reduce` has already cleared the error.
            Action::ClearError(_) => {}
            _ => {}
        }
        Rc::new(self)
    }
}

/// The words for an input error.
pub fn error_text(lang: Lang, error: &InputError) -> String {
    match error {
        InputError::NotANumber(raw) if raw.is_empty() => lang.t(C::EnterNumber).to_string(),
        InputError::NotANumber(raw) => lang.f(C::NotANumber, &[raw]),
        InputError::Ring(e @ RingError::TooManyKeys { .. }) => {
            format!(
                "{}{}{}",
                ring_error_text(lang, e),
                sentence_gap(lang),
                lang.t(C::NothingAdded)
            )
        }
        InputError::Ring(e) => ring_error_text(lang, e),
        InputError::Paste(p) => {
            let line = lang.num(p.line as u64);
            let text = lang.f(C::PasteLine, &[&line, &ring_error_text(lang, &p.error)]);
            format!("{text}{}{}", sentence_gap(lang), lang.t(C::NothingAdded))
        }
    }
}

/// Space between two sentences: English has one, Chinese none.
fn sentence_gap(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::Zh => "",
    }
}

/// The words for a core error.
pub fn ring_error_text(lang: Lang, error: &RingError) -> String {
    match error {
        RingError::EmptyName => lang.t(C::EmptyName).to_string(),
        RingError::NameTooLong { max } => lang.f(C::NameTooLong, &[max]),
        RingError::ControlCharacter => lang.t(C::ControlCharacter).to_string(),
        RingError::DuplicateNode(n) => lang.f(C::DuplicateNode, &[n]),
        RingError::UnknownNode(n) => lang.f(C::UnknownNode, &[n]),
        RingError::NodeStateUnchanged(n) => lang.f(C::NodeStateUnchanged, &[n]),
        RingError::WeightOutOfRange(w) => {
            lang.f(C::WeightOutOfRange, &[w, &MIN_WEIGHT, &MAX_WEIGHT])
        }
        RingError::VnodesOutOfRange(v) => lang.f(
            C::VnodesOutOfRange,
            &[v, &MIN_VNODES, &lang.num(MAX_VNODES.into())],
        ),
        RingError::TooManyNodes => lang.f(C::TooManyNodes, &[&lang.num(MAX_NODES as u64)]),
        RingError::TooManyPoints { would_be } => lang.f(
            C::TooManyPoints,
            &[&lang.num(*would_be as u64), &lang.num(MAX_POINTS as u64)],
        ),
        RingError::TooManyKeys { would_be } => lang.f(
            C::TooManyKeys,
            &[&lang.num(*would_be), &lang.num(MAX_KEYS as u64)],
        ),
        RingError::DuplicateKey(k) => lang.f(C::DuplicateKey, &[k]),
        RingError::UnknownKey(k) => lang.f(C::UnknownKey, &[k]),
    }
}

/// The words for a link that could not be read.
pub fn scenario_error_text(lang: Lang, error: &ScenarioError) -> String {
    let reason = match error {
        ScenarioError::Ring(e) => ring_error_text(lang, e),
        // Text that is not `key=value` pairs at all is simply not one of our links.
        ScenarioError::Version | ScenarioError::Field("pair") => lang.t(C::LinkVersion).to_string(),
        ScenarioError::Field(field) => lang.f(C::LinkField, &[field]),
    };
    lang.f(C::BadLink, &[&reason])
}
