//! Node colours: Paul Tol's colour-blind-safe qualitative palettes ("bright" then "muted"),
//! readable on both the light and the dark background.

/// Colours in the order nodes are given them.
pub const PALETTE: [&str; 12] = [
    "#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#44AA99", "#999933",
    "#DDCC77", "#CC6677", "#117733", "#AA4499",
];

/// The colour of a node slot.
pub fn node_color(slot: u32) -> &'static str {
    PALETTE[slot as usize % PALETTE.len()]
}

/// Colour for keys with no live owner.
pub const UNOWNED: &str = "#888888";
