//! The Algorithms tab's part of the share link: read from a fragment, written back.

use std::rc::Rc;

use ringlock_core::algo::replication::REPLICAS;
use ringlock_core::scenario::{decode_component, encode_component};

use super::{valid_code, AlgoState, DEFAULT_KEYS, DEFAULT_SERVERS, MAX_LINK_TEXT};
use crate::algo::choices::{ChangeKind, Client};
use crate::algo::data::{EPS_RANGE, MAGLEV_SIZES};

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
