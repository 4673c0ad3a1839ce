//! What the user can do to the ring, and what the ring state keeps of it: the last change and
//! the last refusal.

use ringlock_core::{Change, NodeId, PasteError, Ring, RingError, ScenarioError, Scheme};

use crate::ring::view_data::Shared;

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
pub enum RingAction {
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
    /// Hide the notice.
    DismissNotice,
    /// The worker placed the keys of build `0`: its ring, with them installed into its nodes
    /// ([`crate::ring::build::install`]).
    BuildDone(u64, Shared<Ring>),
    /// Build `0` failed in the worker, or its keys did not fit its nodes (why): build it on
    /// the page instead.
    BuildFailed(u64, String),
    /// Stop the running build; the ring stays as it was.
    CancelBuild,
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
