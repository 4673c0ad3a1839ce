//! The whole ring scenario as a URL fragment, so a link reproduces exactly what you see.
//!
//! Format (`&`-separated, names percent-encoded as UTF-8):
//!
//! ```text
//! v=1&n=node1,node2*2,node3!&vn=16&k=500&kn=apple,pear&kr=key-7&s=ring
//! ```
//!
//! * `n`: nodes in the order they were added; `*w` gives a weight other than 1; `!` marks a
//!   dead node.
//! * `vn`: vnodes per unit of weight. `k`: generated keys `key-0 …`. `kn`: keys added by name.
//!   `kr`: generated keys that were removed. `s`: the scheme shown (`ring`, `mod`, `article`).
//!
//! Keys the decoder does not know are ignored, so other parts of the app can share the link.

pub use super::link::{decode_component, encode_component};
use super::modulo::Scheme;
use super::{KeySpec, NodeSpec, Ring};
pub use super::{DEFAULT_KEYS, DEFAULT_VNODES};
use crate::error::RingError;

/// Everything needed to rebuild a ring view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// Nodes in the order they were added.
    pub nodes: Vec<NodeSpec>,
    /// Vnodes per unit of weight.
    pub vnodes: u32,
    /// How the keys were made.
    pub keys: KeySpec,
    /// The scheme shown.
    pub scheme: Scheme,
}

impl Default for Scenario {
    /// Four equal nodes named as in the article, 16 vnodes each, 400 generated keys.
    fn default() -> Self {
        Scenario {
            nodes: (1..=4)
                .map(|i| NodeSpec {
                    name: format!("node{i}"),
                    weight: 1,
                    alive: true,
                })
                .collect(),
            vnodes: DEFAULT_VNODES,
            keys: KeySpec {
                generated: DEFAULT_KEYS,
                named: Vec::new(),
                removed: Vec::new(),
            },
            scheme: Scheme::Ring,
        }
    }
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScenarioError {
    /// No `v=1`: not a Ringlock link, or a newer one.
    Version,
    /// A field that could not be parsed.
    Field(&'static str),
    /// The scenario it describes is not allowed (a limit, a duplicate name…).
    Ring(RingError),
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScenarioError::Version => write!(f, "not a version 1 Ringlock link"),
            ScenarioError::Field(name) => write!(f, "field {name:?} cannot be read"),
            ScenarioError::Ring(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ScenarioError {}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| encode_component(s))
        .collect::<Vec<_>>()
        .join(",")
}

fn parse_list(value: &str, field: &'static str) -> Result<Vec<String>, ScenarioError> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    value
        .split(',')
        .map(|s| decode_component(s).ok_or(ScenarioError::Field(field)))
        .collect()
}

impl Scenario {
    /// The fragment (without `#`). Named keys beyond `max_named_chars` of encoded text are left
    /// out; the second value says whether any were.
    pub fn to_fragment(&self, max_named_chars: usize) -> (String, bool) {
        let nodes: Vec<String> = self
            .nodes
            .iter()
            .map(|n| {
                let mut s = encode_component(&n.name);
                if n.weight != 1 {
                    s.push_str(&format!("*{}", n.weight));
                }
                if !n.alive {
                    s.push('!');
                }
                s
            })
            .collect();
        let mut fragment = format!(
            "v=1&n={}&vn={}&k={}",
            nodes.join(","),
            self.vnodes,
            self.keys.generated
        );
        let mut named = Vec::new();
        let mut used = 0;
        let mut truncated = false;
        for name in &self.keys.named {
            let encoded = encode_component(name);
            if used + encoded.len() + 1 > max_named_chars {
                truncated = true;
                break;
            }
            used += encoded.len() + 1;
            named.push(encoded);
        }
        if !named.is_empty() {
            fragment.push_str(&format!("&kn={}", named.join(",")));
        }
        if !self.keys.removed.is_empty() {
            fragment.push_str(&format!("&kr={}", list(&self.keys.removed)));
        }
        fragment.push_str(&format!("&s={}", self.scheme.code()));
        (fragment, truncated)
    }

    /// Read a fragment (with or without the leading `#`).
    pub fn from_fragment(fragment: &str) -> Result<Scenario, ScenarioError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut scenario = Scenario {
            nodes: Vec::new(),
            vnodes: DEFAULT_VNODES,
            keys: KeySpec::default(),
            scheme: Scheme::Ring,
        };
        let mut version = false;
        for pair in fragment.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').ok_or(ScenarioError::Field("pair"))?;
            match key {
                "v" => version = value == "1",
                "n" => {
                    for item in value.split(',').filter(|s| !s.is_empty()) {
                        let (item, alive) = match item.strip_suffix('!') {
                            Some(rest) => (rest, false),
                            None => (item, true),
                        };
                        let (name, weight) = match item.split_once('*') {
                            Some((name, w)) => {
                                (name, w.parse().map_err(|_| ScenarioError::Field("n"))?)
                            }
                            None => (item, 1),
                        };
                        let name = decode_component(name).ok_or(ScenarioError::Field("n"))?;
                        scenario.nodes.push(NodeSpec {
                            name,
                            weight,
                            alive,
                        });
                    }
                }
                "vn" => scenario.vnodes = value.parse().map_err(|_| ScenarioError::Field("vn"))?,
                "k" => {
                    scenario.keys.generated =
                        value.parse().map_err(|_| ScenarioError::Field("k"))?
                }
                "kn" => scenario.keys.named = parse_list(value, "kn")?,
                "kr" => scenario.keys.removed = parse_list(value, "kr")?,
                "s" => {
                    scenario.scheme = Scheme::from_code(value).ok_or(ScenarioError::Field("s"))?
                }
                _ => {}
            }
        }
        if !version {
            return Err(ScenarioError::Version);
        }
        Ok(scenario)
    }

    /// Build the ring this scenario describes, checking every limit: the nodes in one batch
    /// ([`Ring::add_nodes`]), then the keys. The ring and any refusal are those of
    /// [`Scenario::build_node_by_node`], without a reported change per node.
    pub fn build(&self) -> Result<Ring, ScenarioError> {
        self.build_reporting(&mut |_| {})
    }

    /// [`build`](Scenario::build), calling `report` with the number of generated keys hashed
    /// so far as it goes (see [`Ring::add_generated_reporting`]).
    pub fn build_reporting(&self, report: &mut dyn FnMut(usize)) -> Result<Ring, ScenarioError> {
        let mut nodes = self.node_steps()?;
        // Dead nodes are placed dead at once: the keys then go to the live points only, where
        // killing those nodes after the keys would have left them.
        while !nodes.step(usize::MAX)? {}
        self.add_keys(&mut nodes.ring, report)?;
        nodes.finish()
    }

    /// This scenario's nodes, without its keys, to be hashed a few at a time (see
    /// [`NodeSteps`]); refused at once if its vnode count is.
    pub fn node_steps(&self) -> Result<NodeSteps, ScenarioError> {
        let mut ring = Ring::new(1);
        ring.set_vnodes(self.vnodes).map_err(ScenarioError::Ring)?;
        Ok(NodeSteps {
            nodes: self.nodes.clone(),
            ring,
            next: 0,
        })
    }

    /// Build the ring node by node, each node a reported change with its theory (O(N) work per
    /// node), then the keys, then kill the dead nodes. The reference [`Scenario::build`] is
    /// tested and benchmarked against.
    pub fn build_node_by_node(&self) -> Result<Ring, ScenarioError> {
        let mut ring = Ring::new(1);
        ring.set_vnodes(self.vnodes).map_err(ScenarioError::Ring)?;
        for node in &self.nodes {
            ring.add_node(&node.name, node.weight)
                .map_err(ScenarioError::Ring)?;
        }
        self.add_keys(&mut ring, &mut |_| {})?;
        for node in self.nodes.iter().filter(|n| !n.alive) {
            ring.kill_node(&node.name).map_err(ScenarioError::Ring)?;
        }
        Ok(ring)
    }

    /// The generated keys, less the removed ones, then the named ones.
    fn add_keys(
        &self,
        ring: &mut Ring,
        report: &mut dyn FnMut(usize),
    ) -> Result<(), ScenarioError> {
        ring.add_generated_reporting(self.keys.generated, report)
            .map_err(ScenarioError::Ring)?;
        if !self.keys.removed.is_empty() {
            let removed: Vec<&str> = self.keys.removed.iter().map(String::as_str).collect();
            ring.remove_keys(&removed).map_err(ScenarioError::Ring)?;
        }
        if !self.keys.named.is_empty() {
            ring.add_keys_text(&self.keys.named.join("\n"))
                .map_err(|e| ScenarioError::Ring(e.error))?;
        }
        Ok(())
    }
}

impl Ring {
    /// The scenario that rebuilds this ring, shown under `scheme`.
    pub fn scenario(&self, scheme: Scheme) -> Scenario {
        Scenario {
            nodes: self
                .node_ids()
                .iter()
                .filter_map(|&id| self.node(id))
                .map(|n| NodeSpec {
                    name: n.name.clone(),
                    weight: n.weight,
                    alive: n.alive,
                })
                .collect(),
            vnodes: self.vnodes(),
            keys: self.key_spec().clone(),
            scheme,
        }
    }
}

/// A scenario's nodes being added to its ring a batch at a time ([`Ring::add_nodes`]), so that
/// hashing many vnodes can be spread over several tasks. However the batches are cut, the
/// ring and any refusal are those of [`Scenario::build`] without the keys.
#[derive(Debug)]
pub struct NodeSteps {
    nodes: Vec<NodeSpec>,
    ring: Ring,
    next: usize,
}

impl NodeSteps {
    /// Add the next nodes, as many as fit in about `points` vnodes (always at least one);
    /// `true` once every node is in.
    pub fn step(&mut self, points: usize) -> Result<bool, ScenarioError> {
        let vnodes = self.ring.vnodes() as usize;
        let mut end = self.next;
        let mut taken = 0usize;
        while end < self.nodes.len() {
            let cost = vnodes.saturating_mul(self.nodes[end].weight as usize);
            if end > self.next && taken.saturating_add(cost) > points {
                break;
            }
            taken = taken.saturating_add(cost);
            end += 1;
        }
        if end > self.next {
            self.ring
                .add_nodes(&self.nodes[self.next..end])
                .map_err(ScenarioError::Ring)?;
            self.next = end;
        }
        Ok(self.next == self.nodes.len())
    }

    /// The ring so far: the nodes added, no keys.
    pub fn ring(&self) -> &Ring {
        &self.ring
    }

    /// The ring: the nodes not yet in are added first, in one batch.
    pub fn finish(mut self) -> Result<Ring, ScenarioError> {
        while !self.step(usize::MAX)? {}
        // Node by node, a dead node is killed by its name as the link writes it, so one whose
        // name has spaces around it (trimmed when it was added) is not found: still refused.
        if let Some(node) = self
            .nodes
            .iter()
            .find(|n| !n.alive && self.ring.find_node(&n.name).is_none())
        {
            return Err(ScenarioError::Ring(RingError::UnknownNode(
                node.name.clone(),
            )));
        }
        Ok(self.ring)
    }
}

#[cfg(test)]
#[path = "scenario_tests.rs"]
mod tests;
