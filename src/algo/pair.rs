//! Where two algorithms put the keys before and after a change, for the side-by-side circles:
//! the band of arcs each node owns and the keys drawn as dots.

use ringlock_core::algo::geometry::{self, has_circle, sectors, Arc};
use ringlock_core::algo::{Algo, AlgoError};

use crate::algo::data::{CompareInput, TopologyChange};
use crate::ui::geom::angle_of;

/// Most keys drawn as dots on each circle.
pub const DOTS: usize = 400;
/// Sectors the band is drawn at: a degree is about a pixel on the drawn circle.
pub const SECTORS: usize = 720;
/// The band of one layout: `(start°, sweep°, node)` runs.
pub type Band = Vec<(f64, f64, usize)>;

/// Where one algorithm puts the keys before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct PairSide {
    /// The algorithm.
    pub algo: Algo,
    /// Owner of each key before (index into the nodes before) and after (into the nodes
    /// after; a node keeps its index, since the change only appends, kills or pops).
    pub owners: Result<(Vec<usize>, Vec<usize>), AlgoError>,
    /// The bands before and after, for algorithms with a circle.
    pub bands: Option<(Band, Band)>,
    /// The keys drawn: indexes into the keys, spread evenly over them.
    pub drawn: Vec<usize>,
    /// Where each drawn key sits on this algorithm's circle, in degrees.
    pub angles: Vec<f64>,
}

/// Up to [`DOTS`] indexes spread evenly over `len` keys (the keys are numbered in ring order
/// batch by batch, so the first few would all sit on one stretch of the circle).
pub fn drawn_keys(len: usize) -> Vec<usize> {
    let n = len.min(DOTS);
    (0..n).map(|i| i * len / n).collect()
}

fn band(arcs: Option<Vec<Arc>>) -> Band {
    let step = 360.0 / SECTORS as f64;
    arcs.map(|arcs| {
        sectors(&arcs, SECTORS)
            .into_iter()
            .map(|(first, n, node)| (first as f64 * step, n as f64 * step, node))
            .collect()
    })
    .unwrap_or_default()
}

/// Place the keys with `algo` before and after `change`, with the arcs of both layouts.
pub fn place_side(input: &CompareInput, change: &TopologyChange, algo: Algo) -> PairSide {
    let after = input.after(change);
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let placed = algo
        .placers_for_change(&input.nodes, &after, keys.len())
        .map(|(mut old, mut new)| {
            let bands = has_circle(&algo).then(|| (band(old.arcs()), band(new.arcs())));
            ((old.place_all(&keys), new.place_all(&keys)), bands)
        });
    let drawn = drawn_keys(keys.len());
    let angles = drawn
        .iter()
        .map(|&k| angle_of(geometry::key_point(&algo, keys[k])))
        .collect();
    let (owners, bands) = match placed {
        Ok((owners, bands)) => (Ok(owners), bands),
        Err(e) => (Err(e), None),
    };
    PairSide {
        algo,
        owners,
        bands,
        drawn,
        angles,
    }
}
