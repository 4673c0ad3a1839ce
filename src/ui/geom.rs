//! Geometry and colour for the ring drawing, shared by the SVG and canvas layers.
//!
//! Everything is drawn in one coordinate system: a 1000 × 1000 box centred on the origin
//! (`viewBox="-500 -500 1000 1000"`), y pointing down. Angles are the core's: degrees clockwise
//! from the top, so a point at angle θ and radius r sits at (r·sin θ, −r·cos θ).

use ringlock_core::{KeyId, NodeId};

use crate::ui::palette;

/// The SVG `viewBox`.
pub const VIEW_BOX: &str = "-500 -500 1000 1000";
/// Width of the drawing in its own units.
pub const VIEW_SIZE: f64 = 1000.0;
/// The circle every vnode sits on.
pub const R_TRACK: f64 = 400.0;
/// Inner and outer ends of a vnode tick.
pub const R_TICK_IN: f64 = 382.0;
/// Outer end of a vnode tick.
pub const R_TICK_OUT: f64 = 418.0;
/// Centre line and width of the band of arcs each live node owns, just outside the track.
pub const R_ARC: f64 = 436.0;
/// Width of the arc band.
pub const ARC_WIDTH: f64 = 18.0;
/// Radii of the lanes key dots are spread over (inside the track), so neighbours overlap less.
pub const KEY_LANES: [f64; 4] = [364.0, 350.0, 336.0, 322.0];
/// Inner and outer radius of the key density band.
pub const R_DENSITY_IN: f64 = 300.0;
/// Outer radius of the key density band.
pub const R_DENSITY_OUT: f64 = 370.0;
/// Everything inside this radius belongs to the hub (the details card in the middle).
pub const R_HUB: f64 = 292.0;

/// Grey that dead vnodes are mixed towards: still their node's hue, clearly switched off.
const DEAD_GREY: &str = "#8c939d";

/// A point at `radius` and `angle` (degrees clockwise from the top).
pub fn polar(radius: f64, angle: f64) -> (f64, f64) {
    let rad = angle.to_radians();
    (radius * rad.sin(), -radius * rad.cos())
}

/// The angle (degrees clockwise from the top, in [0, 360)) and radius of a point.
pub fn to_polar(x: f64, y: f64) -> (f64, f64) {
    let angle = x.atan2(-y).to_degrees();
    (angle.rem_euclid(360.0), x.hypot(y))
}

/// An SVG path along the circle of `radius` from `start` clockwise by `sweep` degrees.
/// A full circle is drawn as two half arcs (one arc command cannot end where it starts).
pub fn arc_path(radius: f64, start: f64, sweep: f64) -> String {
    let sweep = sweep.clamp(0.0, 360.0);
    if sweep >= 359.99 {
        let (x0, y0) = polar(radius, start);
        let (x1, y1) = polar(radius, start + 180.0);
        return format!(
            "M{x0:.2} {y0:.2}A{radius} {radius} 0 1 1 {x1:.2} {y1:.2}A{radius} {radius} 0 1 1 {x0:.2} {y0:.2}"
        );
    }
    let (x0, y0) = polar(radius, start);
    let (x1, y1) = polar(radius, start + sweep);
    let large = u8::from(sweep > 180.0);
    format!("M{x0:.2} {y0:.2}A{radius} {radius} 0 {large} 1 {x1:.2} {y1:.2}")
}

/// An SVG path for the ring sector between radii `inner` and `outer`, from `start` clockwise
/// by `sweep` degrees.
pub fn sector_path(inner: f64, outer: f64, start: f64, sweep: f64) -> String {
    let sweep = sweep.clamp(0.0, 359.99);
    let large = u8::from(sweep > 180.0);
    let (ox0, oy0) = polar(outer, start);
    let (ox1, oy1) = polar(outer, start + sweep);
    let (ix1, iy1) = polar(inner, start + sweep);
    let (ix0, iy0) = polar(inner, start);
    format!(
        "M{ox0:.2} {oy0:.2}A{outer} {outer} 0 {large} 1 {ox1:.2} {oy1:.2}L{ix1:.2} {iy1:.2}A{inner} {inner} 0 {large} 0 {ix0:.2} {iy0:.2}Z"
    )
}

/// The lane radius of a key: a fixed pseudo-random choice by key id, so a dot never jumps
/// lanes when other keys come and go.
pub fn key_lane(key: KeyId) -> f64 {
    let mixed = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    KEY_LANES[(mixed >> 62) as usize]
}

/// Inner and outer radius of the band canvas-drawn key dots are scattered over.
pub const R_SCATTER_IN: f64 = 302.0;
/// See [`R_SCATTER_IN`].
pub const R_SCATTER_OUT: f64 = 368.0;

/// Where a key's dot sits radially: one of four lanes when keys are few (SVG), anywhere in a
/// band when they are many (canvas), so tens of thousands of dots read as a scatter, not as
/// four solid rings. Fixed per key id, so a dot never jumps when other keys come and go.
pub fn key_radius(key: KeyId, scattered: bool) -> f64 {
    if !scattered {
        return key_lane(key);
    }
    let mixed = u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x5bd1_e995;
    let unit = (mixed.wrapping_mul(0xBF58_476D_1CE4_E5B9) >> 11) as f64 / (1u64 << 53) as f64;
    R_SCATTER_IN + unit * (R_SCATTER_OUT - R_SCATTER_IN)
}

/// Radius of a key dot, smaller when the ring is crowded.
pub fn key_dot_radius(keys: usize) -> f64 {
    match keys {
        0..=300 => 6.5,
        301..=800 => 5.5,
        _ => 4.2,
    }
}

/// The colour of a node, or the "no owner" grey.
pub fn owner_color(owner: Option<NodeId>) -> &'static str {
    owner.map_or(palette::UNOWNED, |n| palette::node_color(n.0))
}

/// The colour of a dead node's vnodes: its own colour, half-way to grey.
pub fn dead_color(node: NodeId) -> String {
    mix(palette::node_color(node.0), DEAD_GREY, 0.55)
}

fn parse_hex(color: &str) -> (f64, f64, f64) {
    let hex = color.trim_start_matches('#');
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .map_or(0.0, f64::from)
    };
    (channel(0), channel(2), channel(4))
}

/// `a` mixed with `b` (`t` = 0 gives `a`, 1 gives `b`), as `#rrggbb`.
pub fn mix(a: &str, b: &str, t: f64) -> String {
    let t = t.clamp(0.0, 1.0);
    let (ar, ag, ab) = parse_hex(a);
    let (br, bg, bb) = parse_hex(b);
    let lerp = |x: f64, y: f64| (x + (y - x) * t).round().clamp(0.0, 255.0) as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        lerp(ar, br),
        lerp(ag, bg),
        lerp(ab, bb)
    )
}

/// A ring position as the angle it is drawn at.
pub fn angle_of(position: u64) -> f64 {
    ringlock_core::hash::angle_deg(position)
}

/// Clockwise distance in degrees between two positions, either way round (the shorter).
pub fn angular_gap(a: u64, b: u64) -> f64 {
    let forward = angle_of(a.wrapping_sub(b));
    forward.min(360.0 - forward)
}

/// Degrees with two decimals.
pub fn fmt_angle(angle: f64) -> String {
    format!("{angle:.2}°")
}

/// A share as a percentage with one decimal ("<0.1%" for a tiny non-zero share).
pub fn fmt_percent(share: f64) -> String {
    let pct = share * 100.0;
    if pct > 0.0 && pct < 0.05 {
        "<0.1%".to_string()
    } else {
        format!("{pct:.1}%")
    }
}
