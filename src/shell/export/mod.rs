//! Take-aways: the picture shown (the ring or the lock scene) as SVG and PNG with a title and
//! a legend in the current theme and language, the ring's last change and the lock scene's
//! run (or lesson) as animated SVGs, and the link's state as a JSON file that imports back to
//! the same link.
//!
//! ```text
//! snapshot (live DOM → markup, colours resolved) ─┐
//! motion   (the ring's last change → markup)     ─┤
//! flipbook (the scene at N times → one timeline) ─┼→ picture (framed SVG) ─→ raster (PNG)
//! state_file (link ⇄ JSON)                         │
//! ```
//!
//! The flipbook's frames are filmed by `components::flipbook_stage`, on a copy of the lab.

pub mod flipbook;
pub mod motion;
pub mod picture;
pub mod raster;
pub mod scenes;
pub mod snapshot;
pub mod state_file;
pub mod text;
