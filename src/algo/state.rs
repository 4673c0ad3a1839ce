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
mod tests {
    use super::*;
    use ringlock_core::algo::{maglev, DEFAULT_EPS};

    fn reduce(state: AlgoState, action: AlgoAction) -> AlgoState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn defaults_add_nothing_to_the_link() {
        assert_eq!(AlgoState::default().link_part(), None);
        assert_eq!(AlgoState::default().params.eps, DEFAULT_EPS);
        assert_eq!(AlgoState::from_fragment(""), AlgoState::default());
    }

    #[test]
    fn every_control_survives_the_link() {
        let mut s = AlgoState::default();
        for action in [
            AlgoAction::SetChange(ChangeKind::Kill),
            AlgoAction::SetVictim("node 2&x".into()),
            AlgoAction::SetEps(0.5),
            AlgoAction::SetMaglevM(251),
            AlgoAction::SetPair(1, "jump".into()),
            AlgoAction::SetReplicas(5),
            AlgoAction::SetClient(Client::Redis),
            AlgoAction::SetServers("a:1\nb:2 3\n".into()),
            AlgoAction::SetKeys(Rc::from("k1\n{t}k2\n"), false),
            AlgoAction::SetGone("b:2".into()),
        ] {
            s = reduce(s, action);
        }
        let part = s.link_part().unwrap();
        let fragment = format!("v=1&n=a&{part}&t=algo");
        let back = AlgoState::from_fragment(&fragment);
        assert_eq!(back.bad_link, Vec::<String>::new());
        assert_eq!(back.change, ChangeKind::Kill);
        assert_eq!(back.victim.as_deref(), Some("node 2&x"));
        assert_eq!(back.params.eps, 0.5);
        assert_eq!(back.params.maglev_m, 251);
        assert_eq!(back.pair, ["ring".to_string(), "jump".to_string()]);
        assert_eq!(back.replicas, 5);
        assert_eq!(back.client, Client::Redis);
        assert_eq!(back.servers.as_ref(), "a:1\nb:2 3\n");
        assert_eq!(back.keys.as_ref(), "k1\n{t}k2\n");
        assert_eq!(back.gone.as_deref(), Some("b:2"));
        assert_eq!(back.link_part().unwrap(), part);
    }

    #[test]
    fn out_of_range_values_are_refused_and_named() {
        let s = reduce(AlgoState::default(), AlgoAction::SetEps(9.0));
        assert_eq!(s.params.eps, DEFAULT_EPS);
        assert_eq!(s.link_version, 0, "an ignored action changes nothing");
        let s = reduce(s, AlgoAction::SetMaglevM(100));
        assert_eq!(s.params.maglev_m, maglev::DEFAULT_M);
        let s = reduce(s, AlgoAction::SetPair(1, "nope".into()));
        assert_eq!(s.pair[1], "modulo");
        let s = AlgoState::from_fragment("ae=9&am=12&ap=ring&ar=0&al=x&ac=kill&as=%ZZ");
        assert_eq!(s.bad_link, ["ae", "am", "ap", "ar", "al", "as"]);
        assert_eq!(s.change, ChangeKind::Kill);
        assert_eq!(s.params, Params::default());
        let s = reduce(s, AlgoAction::DismissNotice);
        assert!(s.bad_link.is_empty());
    }

    #[test]
    fn texts_too_long_for_the_link_are_left_out() {
        let long: String = (0..2_000).map(|i| format!("key-{i}\n")).collect();
        let s = reduce(
            AlgoState::default(),
            AlgoAction::SetKeys(Rc::from(long), true),
        );
        assert!(s.keys_left_out());
        assert!(!s.servers_left_out());
        assert!(s.link_part().is_none(), "{:?}", s.link_part());
        assert!(s.link_version > 0);
    }
}
