//! What the Algorithms tab's controls hold, and its part of the share link.
//!
//! Every key of that part starts with `a` (the ring's part uses `v`, `n`, `vn`, `k`, `kn`,
//! `kr`, `s`; the lab's keys start with `l`). Only values that differ from the defaults are
//! written, so an untouched tab adds nothing to the link. A value that cannot be read keeps its
//! default and is named in a notice; the rest of the link still loads.

use std::rc::Rc;

use ringlock_core::algo::{replication::REPLICAS, Algo};
use yew::prelude::*;

mod link;

pub use crate::algo::action::AlgoAction;
pub use crate::algo::choices::{ChangeKind, Client};
use crate::algo::data::{Params, EPS_RANGE, MAGLEV_SIZES};

/// Most encoded characters a pasted text (servers or keys) may take in the link; longer texts
/// are left out of it and the panel says so.
pub const MAX_LINK_TEXT: usize = 4_000;

/// Replicas R shown when the link names none.
pub const DEFAULT_REPLICAS: usize = 3;

/// libmemcached's test fixture (`test/fixtures/ketama.hpp`): 8 weighted servers.
pub const DEFAULT_SERVERS: &str = "10.0.1.1:11211 600\n10.0.1.2:11211 300\n10.0.1.3:11211 200\n\
10.0.1.4:11211 350\n10.0.1.5:11211 1000\n10.0.1.6:11211 800\n10.0.1.7:11211 950\n10.0.1.8:11211 100\n";
/// A few keys, one from the fixture (`SVa_]_V41)` → 10.0.1.7) and two sharing a hash tag.
pub const DEFAULT_KEYS: &str = "SVa_]_V41)\nfoo\nbar\npewpew\nuser:1000\nsession:42\n\
{user1000}.following\n{user1000}.followers\n";

/// Everything the Algorithms tab's controls hold.
#[derive(Clone, Debug, PartialEq)]
pub struct AlgoState {
    /// The change compared.
    pub change: ChangeKind,
    /// The node killed when the change is a kill (`None`: the first live node).
    pub victim: Option<String>,
    /// ε and Maglev's M.
    pub params: Params,
    /// The two algorithms side by side, by code.
    pub pair: [String; 2],
    /// Replicas R.
    pub replicas: usize,
    /// The client reproduced.
    pub client: Client,
    /// The server list as typed.
    pub servers: Rc<str>,
    /// The keys of the compatibility panel.
    pub keys: Rc<str>,
    /// Whether a big paste of keys is held out of the text area.
    pub keys_held: bool,
    /// The server whose loss is shown (`None`: the first).
    pub gone: Option<String>,
    /// Link keys whose values could not be read.
    pub bad_link: Vec<String>,
    /// Bumped on every change the link follows.
    pub link_version: u64,
}

impl Default for AlgoState {
    fn default() -> Self {
        AlgoState {
            change: ChangeKind::Add,
            victim: None,
            params: Params::default(),
            pair: ["ring".into(), "modulo".into()],
            replicas: DEFAULT_REPLICAS,
            client: Client::Libmemcached,
            servers: Rc::from(DEFAULT_SERVERS),
            keys: Rc::from(DEFAULT_KEYS),
            keys_held: false,
            gone: None,
            bad_link: Vec::new(),
            link_version: 0,
        }
    }
}

fn valid_code(code: &str) -> bool {
    Algo::CODES.contains(&code)
}

impl Reducible for AlgoState {
    type Action = AlgoAction;

    fn reduce(self: Rc<Self>, action: AlgoAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AlgoAction::SetChange(kind) => next.change = kind,
            AlgoAction::SetVictim(name) => next.victim = Some(name),
            AlgoAction::SetEps(eps) => {
                if EPS_RANGE.contains(&eps) {
                    next.params.eps = eps;
                }
            }
            AlgoAction::SetMaglevM(m) => {
                if MAGLEV_SIZES.contains(&m) {
                    next.params.maglev_m = m;
                }
            }
            AlgoAction::SetPair(side, code) => {
                if side < 2 && valid_code(&code) {
                    next.pair[side] = code;
                }
            }
            AlgoAction::SetReplicas(r) => {
                if REPLICAS.contains(&r) {
                    next.replicas = r;
                }
            }
            AlgoAction::SetClient(client) => next.client = client,
            AlgoAction::SetServers(text) => next.servers = Rc::from(text),
            AlgoAction::SetKeys(text, held) => {
                next.keys = text;
                next.keys_held = held;
            }
            AlgoAction::SetGone(name) => next.gone = Some(name),
            AlgoAction::LoadFragment(fragment) => {
                let mut fresh = AlgoState::from_fragment(&fragment);
                fresh.link_version = self.link_version;
                next = fresh;
            }
            AlgoAction::DismissNotice => {
                next.bad_link.clear();
                return Rc::new(next);
            }
        }
        if next == *self {
            return self;
        }
        next.link_version += 1;
        Rc::new(next)
    }
}

/// The shared Algorithms-tab reducer handle.
pub type AlgoContext = UseReducerHandle<AlgoState>;

/// The Algorithms tab's controls and their dispatcher, from the nearest provider.
#[hook]
pub fn use_algo() -> AlgoContext {
    use_context::<AlgoContext>().expect("algorithm panels are mounted inside the app provider")
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
