//! What the user can do to the Algorithms tab's controls.

use std::rc::Rc;

use crate::algo::choices::{ChangeKind, Client};

/// A change to the tab's controls.
#[derive(Clone, Debug, PartialEq)]
pub enum AlgoAction {
    /// The change compared.
    SetChange(ChangeKind),
    /// The node killed when the change is a kill.
    SetVictim(String),
    /// ε of bounded loads (ignored outside [`EPS_RANGE`](crate::algo::data::EPS_RANGE)).
    SetEps(f64),
    /// Maglev's table size (ignored unless one of [`MAGLEV_SIZES`](crate::algo::data::MAGLEV_SIZES)).
    SetMaglevM(u64),
    /// One of the two algorithms side by side (0 or 1) by code.
    SetPair(usize, String),
    /// Replicas R (ignored outside 1–5).
    SetReplicas(usize),
    /// The client reproduced.
    SetClient(Client),
    /// The server list as typed.
    SetServers(String),
    /// The keys as typed or pasted, and whether a big paste is held out of the text area.
    SetKeys(Rc<str>, bool),
    /// The server whose loss is shown.
    SetGone(String),
    /// Load a link fragment's part for this tab.
    LoadFragment(String),
    /// Hide the notice about unreadable link values.
    DismissNotice,
}
