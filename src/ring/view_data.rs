//! What the ring drawing needs, computed once per ring version and scheme.
//!
//! The core gives angles, arcs, key dots and density; this module only decides *how much* of it
//! to draw as SVG (a few thousand elements at most) and what to hand to the canvas instead.

use std::rc::Rc;

use ringlock_core::{ArcSpan, BinTick, DensityBin, KeyDot, NodeId, Ring, Scheme, Tick};

/// Most vnodes drawn as SVG ticks (with their arcs as SVG paths); above, the canvas draws both.
pub const SVG_TICKS: usize = 3_000;
/// Most keys drawn as SVG circles.
pub const SVG_KEYS: usize = 2_000;
/// Most keys drawn one by one on the canvas; above, a density band.
pub const CANVAS_DOTS: usize = 50_000;
/// Most keys, and separately vnodes, that get a tab stop each. Above, the arrow keys on the
/// focused ring reach every one of them instead.
pub const FOCUSABLE: usize = 100;
/// Angular slices of the density band.
pub const DENSITY_BINS: usize = 720;
/// Angular slices the canvas draws ticks in when there are too many to draw one by one. A tick
/// is 2.5 units wide, about 1.6 px on the 1280-px layout's 635-px ring, and 1,024 of them on
/// its tick circle are about 1.6 px apart: more would only overlap, and cost raster time on
/// the main thread (4,096 took five times as long, docs/benchmarks.md).
pub const TICK_BINS: usize = 1_024;
/// Angular samples of the arc band on the canvas.
pub const ARC_BINS: usize = 2_048;

/// An `Rc` compared by pointer: props that change exactly when their data was rebuilt.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One node as the legend and labels show it.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeEntry {
    /// Its slot (and colour).
    pub id: NodeId,
    /// Its name.
    pub name: String,
    /// Live or dead.
    pub alive: bool,
    /// Keys it holds under the scheme shown.
    pub keys: u64,
}

/// How keys are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyMode {
    /// One SVG circle each.
    Svg,
    /// One canvas dot each.
    Canvas,
    /// A density band on the canvas.
    Density,
}

impl KeyMode {
    /// How `keys` keys are drawn.
    pub fn for_keys(keys: usize) -> KeyMode {
        match keys {
            k if k <= SVG_KEYS => KeyMode::Svg,
            k if k <= CANVAS_DOTS => KeyMode::Canvas,
            _ => KeyMode::Density,
        }
    }

    /// Whether dots are scattered over a band (see [`crate::ui::geom::key_radius`]).
    pub fn scattered(self) -> bool {
        self == KeyMode::Canvas
    }
}

/// Everything one frame of the ring needs, for one ring version and scheme.
#[derive(Debug, PartialEq)]
pub struct ViewData {
    /// The scheme key colours follow.
    pub scheme: Scheme,
    /// Present nodes in the order they were added.
    pub nodes: Vec<NodeEntry>,
    /// Live nodes.
    pub live: usize,
    /// Vnodes on the ring.
    pub points: usize,
    /// Keys on the ring.
    pub keys: usize,
    /// Every vnode, when there are at most [`SVG_TICKS`].
    pub ticks: Option<Vec<Tick>>,
    /// `name#i` of each tick, when they are few enough to be focusable.
    pub tick_labels: Vec<String>,
    /// The arcs live nodes own, with the SVG ticks.
    pub arcs: Option<Vec<ArcSpan>>,
    /// Canvas ticks, when there are more than [`SVG_TICKS`] vnodes.
    pub bin_ticks: Option<Vec<BinTick>>,
    /// Canvas arc band: the ring owner at the middle of each of [`ARC_BINS`] slices.
    pub bin_arcs: Option<Vec<Option<NodeId>>>,
    /// How keys are drawn.
    pub key_mode: KeyMode,
    /// Every key, unless the density band is drawn.
    pub dots: Option<Vec<KeyDot>>,
    /// Names of the keys, when they are few enough to be focusable.
    pub key_names: Vec<String>,
    /// The density band.
    pub density: Option<Vec<DensityBin>>,
}

impl ViewData {
    /// Build the view of a ring under a scheme.
    pub fn build(ring: &Ring, scheme: Scheme) -> ViewData {
        let counts = ring.counts_under(scheme);
        let nodes: Vec<NodeEntry> = ring
            .node_ids()
            .iter()
            .map(|&id| NodeEntry {
                id,
                name: ring.node_name(id).to_string(),
                alive: ring.node(id).is_some_and(|n| n.alive),
                keys: counts.get(id.0 as usize).copied().unwrap_or(0),
            })
            .collect();
        let live = nodes.iter().filter(|n| n.alive).count();
        let points = ring.points().len();
        let keys = ring.keys().len();

        let svg_ring = points <= SVG_TICKS;
        let ticks = svg_ring.then(|| ring.ticks());
        let tick_labels = if points <= FOCUSABLE {
            ring.points()
                .iter()
                .map(|p| ringlock_core::hash::vnode_label(ring.node_name(p.node), p.index))
                .collect()
        } else {
            Vec::new()
        };
        let arcs = svg_ring.then(|| ring.arcs());
        let bin_ticks = (!svg_ring).then(|| ring.tick_bins(TICK_BINS));
        let bin_arcs = (!svg_ring).then(|| ring.arc_bins(ARC_BINS));

        let key_mode = KeyMode::for_keys(keys);
        let dots = (key_mode != KeyMode::Density).then(|| ring.key_dots(scheme));
        let key_names = if keys <= FOCUSABLE {
            let store = ring.keys();
            store
                .ids()
                .iter()
                .map(|&id| store.name(id).to_string())
                .collect()
        } else {
            Vec::new()
        };
        let density = (key_mode == KeyMode::Density).then(|| ring.density(DENSITY_BINS, scheme));

        ViewData {
            scheme,
            nodes,
            live,
            points,
            keys,
            ticks,
            tick_labels,
            arcs,
            bin_ticks,
            bin_arcs,
            key_mode,
            dots,
            key_names,
            density,
        }
    }

    /// The entry of a node.
    pub fn node(&self, id: NodeId) -> Option<&NodeEntry> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// Dead nodes.
    pub fn dead(&self) -> usize {
        self.nodes.len() - self.live
    }
}
