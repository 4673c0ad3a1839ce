//! What a step says: its narration, question options and answer ([`Facts`]), and the small
//! formats they share. Filled in by `facts` and `facts_vnodes`.

use crate::i18n::{Lang, Message};
use crate::learn::check::Truth;

/// A step's text and answer, its numbers filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    /// Title.
    pub title: String,
    /// Narration shown from the start: the setup, never the outcome.
    pub before: String,
    /// The question.
    pub ask: Option<String>,
    /// The options of a choice or node question (a node's value is its name).
    pub options: Vec<(String, String)>,
    /// The right answer.
    pub truth: Option<Truth>,
    /// Narration shown once answered.
    pub after: String,
    /// The measured value, shown beside the guess.
    pub measured: Option<String>,
    /// What theory says.
    pub theory: Option<String>,
}

/// Facts with a title and nothing else, to fill in.
pub(crate) fn blank(lang: Lang, title: impl Message) -> Facts {
    Facts {
        title: lang.t(title).into(),
        before: String::new(),
        ask: None,
        options: Vec::new(),
        truth: None,
        after: String::new(),
        measured: None,
        theory: None,
    }
}

pub(crate) fn pct(x: f64) -> String {
    format!("{x:.1}%")
}

pub(crate) fn node_options(nodes: &[(String, f64)], except: &str) -> Vec<(String, String)> {
    nodes
        .iter()
        .filter(|(n, _)| n != except)
        .map(|(n, a)| (format!("{n} · {a:.0}°"), n.clone()))
        .collect()
}

pub(crate) fn choices<M: Message + Copy>(lang: Lang, options: &[M]) -> Vec<(String, String)> {
    options
        .iter()
        .enumerate()
        .map(|(i, &o)| (lang.t(o).to_string(), i.to_string()))
        .collect()
}
