//! What the Algorithms tab's controls hold, and its part of the share link.
//!
//! Every key of that part starts with `a` (the ring's part uses `v`, `n`, `vn`, `k`, `kn`,
//! `kr`, `s`; the lab's keys start with `l`). Only values that differ from the defaults are
//! written, so an untouched tab adds nothing to the link. A value that cannot be read keeps its
//! default and is named in a notice; the rest of the link still loads.

use std::rc::Rc;

use ringlock_core::algo::{replication::REPLICAS, Algo};
use ringlock_core::scenario::{decode_component, encode_component};
use yew::prelude::*;

use crate::algo::data::{Params, EPS_RANGE, MAGLEV_SIZES};
use crate::algo::text::A;

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

/// The kind of topology change compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChangeKind {
    /// A node joins.
    #[default]
    Add,
    /// A node dies.
    Kill,
    /// The last listed node leaves.
    RemoveLast,
}

impl ChangeKind {
    /// Code in the select and the link.
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Add => "add",
            ChangeKind::Kill => "kill",
            ChangeKind::RemoveLast => "remove-last",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<ChangeKind> {
        [ChangeKind::Add, ChangeKind::Kill, ChangeKind::RemoveLast]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// The client the compatibility panel reproduces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Client {
    /// libmemcached `KETAMA_WEIGHTED`.
    #[default]
    Libmemcached,
    /// libketama and npm hashring.
    Libketama,
    /// Redis Cluster.
    Redis,
}

impl Client {
    /// Every client, in the select's order.
    pub const ALL: [Client; 3] = [Client::Libmemcached, Client::Libketama, Client::Redis];

    /// Code in the select and the link.
    pub fn code(self) -> &'static str {
        match self {
            Client::Libmemcached => "libmemcached",
            Client::Libketama => "libketama",
            Client::Redis => "redis",
        }
    }

    /// The client with this code.
    pub fn from_code(code: &str) -> Option<Client> {
        Client::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Its name in the select.
    pub fn label(self) -> A {
        match self {
            Client::Libmemcached => A::ClientLibmemcached,
            Client::Libketama => A::ClientLibketama,
            Client::Redis => A::ClientRedis,
        }
    }

    /// The core's algorithm for this client.
    pub fn algo(self) -> Algo {
        match self {
            Client::Libmemcached => Algo::Ketama(ringlock_core::algo::KetamaLabels::Libmemcached),
            Client::Libketama => Algo::Ketama(ringlock_core::algo::KetamaLabels::Libketama),
            Client::Redis => Algo::RedisSlots,
        }
    }
}

/// A change to the tab's controls.
#[derive(Clone, Debug, PartialEq)]
pub enum AlgoAction {
    /// The change compared.
    SetChange(ChangeKind),
    /// The node killed when the change is a kill.
    SetVictim(String),
    /// ε of bounded loads (ignored outside [`EPS_RANGE`]).
    SetEps(f64),
    /// Maglev's table size (ignored unless one of [`MAGLEV_SIZES`]).
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

fn text_part(text: &str) -> Option<String> {
    let encoded = encode_component(text);
    (encoded.len() <= MAX_LINK_TEXT).then_some(encoded)
}

impl AlgoState {
    /// State for a link fragment: defaults for what it does not name.
    pub fn from_fragment(fragment: &str) -> AlgoState {
        let mut state = AlgoState::default();
        state.load(fragment);
        state
    }

    fn load(&mut self, fragment: &str) {
        let fragment = fragment.trim_start_matches('#');
        let mut bad = Vec::new();
        for (key, value) in fragment.split('&').filter_map(|p| p.split_once('=')) {
            if !self.apply(key, value) {
                bad.push(key.to_string());
            }
        }
        self.bad_link = bad;
    }

    /// Apply one link pair; false if it is ours and unreadable.
    fn apply(&mut self, key: &str, value: &str) -> bool {
        let text = || decode_component(value);
        match key {
            "ac" => ChangeKind::from_code(value)
                .map(|c| self.change = c)
                .is_some(),
            "av" => text().map(|v| self.victim = Some(v)).is_some(),
            "ae" => value
                .parse::<f64>()
                .ok()
                .filter(|e| EPS_RANGE.contains(e))
                .map(|eps| self.params.eps = eps)
                .is_some(),
            "am" => value
                .parse::<u64>()
                .ok()
                .filter(|m| MAGLEV_SIZES.contains(m))
                .map(|m| self.params.maglev_m = m)
                .is_some(),
            "ap" => match value.split_once(',') {
                Some((a, b)) if valid_code(a) && valid_code(b) => {
                    self.pair = [a.to_string(), b.to_string()];
                    true
                }
                _ => false,
            },
            "ar" => value
                .parse::<usize>()
                .ok()
                .filter(|r| REPLICAS.contains(r))
                .map(|r| self.replicas = r)
                .is_some(),
            "al" => Client::from_code(value).map(|c| self.client = c).is_some(),
            "as" => text().map(|v| self.servers = Rc::from(v)).is_some(),
            "ak" => text().map(|v| self.keys = Rc::from(v)).is_some(),
            "ag" => text().map(|v| self.gone = Some(v)).is_some(),
            _ => true,
        }
    }

    /// This tab's part of the share link, `None` when everything is at its default.
    pub fn link_part(&self) -> Option<String> {
        let d = AlgoState::default();
        let mut parts: Vec<String> = Vec::new();
        let mut put = |key: &str, differs: bool, value: String| {
            if differs {
                parts.push(format!("{key}={value}"));
            }
        };
        put("ac", self.change != d.change, self.change.code().into());
        if let Some(v) = &self.victim {
            put("av", self.change == ChangeKind::Kill, encode_component(v));
        }
        put(
            "ae",
            self.params.eps != d.params.eps,
            self.params.eps.to_string(),
        );
        put(
            "am",
            self.params.maglev_m != d.params.maglev_m,
            self.params.maglev_m.to_string(),
        );
        put("ap", self.pair != d.pair, self.pair.join(","));
        put("ar", self.replicas != d.replicas, self.replicas.to_string());
        put("al", self.client != d.client, self.client.code().into());
        if self.servers != d.servers {
            if let Some(text) = text_part(&self.servers) {
                put("as", true, text);
            }
        }
        if self.keys != d.keys {
            if let Some(text) = text_part(&self.keys) {
                put("ak", true, text);
            }
        }
        if let Some(g) = &self.gone {
            put("ag", true, encode_component(g));
        }
        (!parts.is_empty()).then(|| parts.join("&"))
    }

    /// Whether the compatibility panel's keys are too long for the link.
    pub fn keys_left_out(&self) -> bool {
        self.keys.as_ref() != DEFAULT_KEYS && text_part(&self.keys).is_none()
    }

    /// Whether the server list is too long for the link.
    pub fn servers_left_out(&self) -> bool {
        self.servers.as_ref() != DEFAULT_SERVERS && text_part(&self.servers).is_none()
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

/// The shared Algorithms-tab reducer handle.
pub type AlgoContext = UseReducerHandle<AlgoState>;

/// The Algorithms tab's controls and their dispatcher, from the nearest provider.
#[hook]
pub fn use_algo() -> AlgoContext {
    use_context::<AlgoContext>().expect("algorithm panels are mounted inside the app provider")
}
