//! What the statistics panel and its load chart show.

use ringlock_core::LoadStats;
use yew::AttrValue;

/// What the statistics show, computed once per ring version and scheme.
#[derive(Debug, PartialEq)]
pub struct StatsView {
    /// The core's statistics.
    pub stats: LoadStats,
    /// Names of the live nodes, parallel to `stats.loads`.
    pub names: Vec<AttrValue>,
    /// Vnodes per node when every live node has the same weight (vnodes × weight).
    pub equal_v: Option<u32>,
}
