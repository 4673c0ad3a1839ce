//! Rendezvous (highest random weight) scores for one key, ranked as the score panel draws
//! them: every node's score `w / −ln(u)`, highest first, each bar the node's score as a share
//! of the owner's.

use super::{AlgoError, Rendezvous};
use crate::error::{validate_name, RingError, MAX_KEY_NAME};

/// Bars drawn; the rest are summed up as "+n more".
pub const SHOWN: usize = 12;
/// The narrowest bar, in percent, so that a tiny score still shows.
pub const MIN_WIDTH: f64 = 1.5;

/// A live node that can win the key.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Its name (what the score hashes).
    pub name: String,
    /// Its weight.
    pub weight: u32,
    /// Its colour slot on the ring view (the node's id number).
    pub slot: u32,
}

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// 1 for the owner, 2 for the runner-up, …
    pub rank: usize,
    /// The node's name.
    pub name: String,
    /// The node's weight.
    pub weight: u32,
    /// The node's colour slot.
    pub slot: u32,
    /// The score `w / −ln(u)`.
    pub score: f64,
    /// Bar length in percent: the score as a share of the owner's.
    pub width: f64,
}

/// The bars for one key: the best [`SHOWN`] of the live nodes.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    /// The key scored.
    pub key: String,
    /// The highest-scoring nodes, best first.
    pub bars: Vec<Bar>,
    /// How many live nodes were scored.
    pub live: usize,
}

impl Board {
    /// The owner's bar.
    pub fn owner(&self) -> Option<&Bar> {
        self.bars.first()
    }

    /// The runner-up's bar, where the key goes if the owner goes.
    pub fn runner_up(&self) -> Option<&Bar> {
        self.bars.get(1)
    }

    /// Live nodes scored but not drawn.
    pub fn hidden(&self) -> usize {
        self.live - self.bars.len()
    }
}

/// Why a typed key cannot be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// Nothing but white space.
    Empty,
    /// Longer than the ring accepts.
    TooLong,
    /// A tab, line break or other control character.
    Control,
}

/// The key to score from the text typed: trimmed and checked the way the ring checks key names.
pub fn check_key(text: &str) -> Result<&str, KeyProblem> {
    validate_name(text, MAX_KEY_NAME).map_err(|e| match e {
        RingError::EmptyName => KeyProblem::Empty,
        RingError::NameTooLong { .. } => KeyProblem::TooLong,
        _ => KeyProblem::Control,
    })
}

/// Node indices (into `nodes`) with their scores for `key`, best first; ties go to the earlier
/// node, as in [`Rendezvous::lookup`].
pub fn rank(nodes: &[(&str, u32)], key: &str) -> Result<Vec<(usize, f64)>, AlgoError> {
    let scores = Rendezvous::new(nodes)?.scores(key);
    let mut ranked: Vec<(usize, f64)> = scores.into_iter().enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(ranked)
}

/// Bar length in percent for `score` when the owner scores `top`: proportional, the owner at
/// 100, never below [`MIN_WIDTH`].
pub fn bar_width(score: f64, top: f64) -> f64 {
    if !(top > 0.0 && top.is_finite() && score.is_finite()) {
        return MIN_WIDTH;
    }
    (score / top * 100.0).clamp(MIN_WIDTH, 100.0)
}

/// A score in a few significant digits; very large scores (u close to 1) in scientific form.
pub fn format_score(score: f64) -> String {
    if !score.is_finite() {
        "∞".to_string()
    } else if score >= 1e6 {
        format!("{score:.3e}")
    } else if score >= 100.0 {
        format!("{score:.1}")
    } else {
        format!("{score:.3}")
    }
}

/// The bars for `key` over `nodes`.
pub fn board(nodes: &[Candidate], key: &str) -> Result<Board, AlgoError> {
    let named: Vec<(&str, u32)> = nodes.iter().map(|n| (n.name.as_str(), n.weight)).collect();
    let ranked = rank(&named, key)?;
    let top = ranked.first().map_or(0.0, |r| r.1);
    let bars = ranked
        .iter()
        .take(SHOWN)
        .enumerate()
        .map(|(i, &(index, score))| {
            let node = &nodes[index];
            Bar {
                rank: i + 1,
                name: node.name.clone(),
                weight: node.weight,
                slot: node.slot,
                score,
                width: bar_width(score, top),
            }
        })
        .collect();
    Ok(Board {
        key: key.to_string(),
        bars,
        live: nodes.len(),
    })
}

#[cfg(test)]
#[path = "scores_tests.rs"]
mod tests;
