//! The ring's last change as an animation inside the SVG file (SMIL `<animate>`, which every
//! browser plays in an `<img>` or opened directly, and which needs no script): each moved key
//! pulses in its old owner's colour, then turns to its new owner's, on a loop. Pure.

use std::fmt::Write;

use super::picture::escape;

/// Most keys written into the file: enough to read the pattern, small enough to open fast.
pub const MAX_DOTS: usize = 600;
/// One loop of the animation, in milliseconds (that of the ring's own animation).
pub const LOOP_MS: f64 = 2_400.0;

/// One moved key, placed and coloured.
#[derive(Clone, Debug, PartialEq)]
pub struct MovedDot {
    /// Centre, in the ring's viewBox units.
    pub at: (f64, f64),
    /// Old owner's colour.
    pub from: String,
    /// New owner's colour.
    pub to: String,
}

/// The animated overlay: a group of pulsing, recolouring dots of radius `r`, at most
/// [`MAX_DOTS`] of them, taken evenly from `dots`.
pub fn overlay(dots: &[MovedDot], r: f64) -> String {
    let step = dots.len().div_ceil(MAX_DOTS).max(1);
    let dur = LOOP_MS / 1000.0;
    let halo = r * 4.5;
    let mut s = String::from("<g class=\"rl-moves\">\n");
    for d in dots.iter().step_by(step) {
        let (x, y) = (round(d.at.0), round(d.at.1));
        let (from, to) = (escape(&d.from), escape(&d.to));
        // The halo grows and fades in the first 40 % while the dot keeps its old colour; the
        // colour turns over the next 40 % and holds to the end of the loop.
        let _ = write!(
            s,
            "<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"none\" stroke=\"{from}\" stroke-width=\"2\">\
             <animate attributeName=\"r\" values=\"{r};{halo};{halo}\" keyTimes=\"0;0.4;1\" dur=\"{dur}s\" repeatCount=\"indefinite\"/>\
             <animate attributeName=\"opacity\" values=\"0.9;0;0\" keyTimes=\"0;0.4;1\" dur=\"{dur}s\" repeatCount=\"indefinite\"/></circle>\
             <circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" fill=\"{from}\">\
             <animate attributeName=\"fill\" values=\"{from};{from};{to};{to}\" keyTimes=\"0;0.4;0.8;1\" dur=\"{dur}s\" repeatCount=\"indefinite\"/></circle>"
        );
        s.push('\n');
    }
    s.push_str("</g>");
    s
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
