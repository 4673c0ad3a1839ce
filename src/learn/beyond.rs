//! Chapter 6's numbers: the same keys and the same change through every placement algorithm,
//! as the Algorithms tab's comparison table computes them.

use ringlock_core::algo::compare::{compare, AlgoReport};
use ringlock_core::algo::Algo;

use crate::algo::data::{algos, CompareInput, Params, TopologyChange};
use crate::learn::numbers::build;

/// Each algorithm's report for `change` on the ring of `fragment`, with the table's defaults.
pub fn reports(fragment: &str, change: &TopologyChange) -> Vec<AlgoReport> {
    let input = CompareInput::from_ring(&build(fragment));
    let after = input.after(change);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    compare(
        &algos(&input, Params::default()),
        &input.nodes,
        &after,
        &keys,
    )
    .into_iter()
    .flatten()
    .collect()
}

/// The report of the first algorithm `pick` accepts.
pub fn report(reports: &[AlgoReport], pick: fn(&Algo) -> bool) -> Option<&AlgoReport> {
    reports.iter().find(|r| pick(&r.algo))
}

/// Keys of a report that moved other than from `from` (a live node's keys moving).
pub fn moved_besides(report: &AlgoReport, from: &str) -> u64 {
    report
        .flows
        .iter()
        .filter(|f| f.from != from)
        .map(|f| f.keys)
        .sum()
}

/// Keys of a report that moved to `to`.
pub fn moved_to(report: &AlgoReport, to: &str) -> u64 {
    report
        .flows
        .iter()
        .filter(|f| f.to == to)
        .map(|f| f.keys)
        .sum()
}
