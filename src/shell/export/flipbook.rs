//! A stretch of the lock scene's run as one animated SVG: a flipbook. The scene is drawn at
//! evenly spaced logical times; each drawing goes in its own group, and one SMIL timeline
//! shows one group after the other (`display` switched with `calcMode="discrete"`), on a
//! loop, the last frame (the moment the export was asked for) held a little longer. Under
//! the drawing, each frame carries its logical time and a progress bar. Pure: the DOM side
//! (`components::flipbook_stage`) supplies each frame's markup.
//!
//! `display`, not `visibility`: the snapshot writes the drawing's own `visibility="visible"`
//! on its root group, which would show through a parent's `hidden`; `display="none"` on a
//! parent hides everything under it.

use std::fmt::Write;

use ringlock_lock::Time;

use super::picture::{escape, Colors};

/// Most frames in a file: enough for the queue to form and drain, few enough to open fast.
pub const MAX_FRAMES: usize = 48;
/// Fewest frames, however large each one is.
pub const MIN_FRAMES: usize = 8;
/// What the frames' markup may add up to: the frame count shrinks (down to [`MIN_FRAMES`])
/// so that `frames × one frame's size` stays under it. At 1,000 workers the scene draws them
/// aggregated, so a frame stays in the hundreds of kilobytes.
pub const BUDGET_BYTES: usize = 4 * 1024 * 1024;
/// How long each frame is on screen, in milliseconds.
pub const FRAME_MS: u32 = 125;
/// How much longer the last frame stays, before the loop starts again.
pub const HOLD_MS: u32 = 1_500;
/// Without a lesson, the logical time a flipbook covers: the last ten seconds of the run.
pub const RUN_WINDOW: Time = 10_000;
/// Height of the strip under the drawing (time label and progress bar), as a share of the
/// drawing's width (so it reads the same in the wide and the tall scene).
const STRIP: f64 = 0.07;

/// One frame: the scene at one logical time.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The logical time drawn.
    pub at: Time,
    /// Its label, in the current language ("logical time 4.200 s").
    pub label: String,
    /// The scene's markup at that time (as `snapshot::take` writes it).
    pub body: String,
}

/// The logical times a flipbook covers, `(from, to)`: a lesson from its start, otherwise the
/// last [`RUN_WINDOW`] up to `now`. `None` at time 0: nothing has happened to animate.
pub fn window(now: Time, lesson: bool) -> Option<(Time, Time)> {
    if now == 0 {
        return None;
    }
    let from = if lesson {
        0
    } else {
        now.saturating_sub(RUN_WINDOW)
    };
    Some((from, now))
}

/// How many frames fit the budget when one frame's markup is `frame_bytes` long.
pub fn frame_count(frame_bytes: usize) -> usize {
    (BUDGET_BYTES / frame_bytes.max(1)).clamp(MIN_FRAMES, MAX_FRAMES)
}

/// `count` times spread evenly from `from` to `to`, both included, strictly increasing
/// (fewer when the window holds fewer whole milliseconds). Empty when `to < from`.
pub fn frame_times(from: Time, to: Time, count: usize) -> Vec<Time> {
    if to < from || count == 0 {
        return Vec::new();
    }
    let span = to - from;
    let n = (count as u64).min(span + 1);
    if n == 1 {
        return vec![to];
    }
    let mut times: Vec<Time> = (0..n)
        .map(|i| from + ((u128::from(span) * u128::from(i)) / u128::from(n - 1)) as Time)
        .collect();
    times.dedup();
    times
}

/// One loop, in milliseconds, for `n` frames.
pub fn loop_ms(n: usize) -> u32 {
    n as u32 * FRAME_MS + HOLD_MS
}

/// Where each frame's turn starts on the loop, as a share of it, and 1 at the end: `n + 1`
/// strictly increasing values from 0 to 1.
pub fn bounds(n: usize) -> Vec<f64> {
    let total = f64::from(loop_ms(n));
    let mut b: Vec<f64> = (0..n)
        .map(|i| f64::from(i as u32 * FRAME_MS) / total)
        .collect();
    b.push(1.0);
    b
}

/// Frame `i` of `n`: its `display` values and their key times (strictly increasing, from 0
/// to 1): shown during its turn, hidden before and after. At 1 the loop starts again, so the
/// value there is the one at 0.
pub fn switch(i: usize, n: usize) -> (Vec<&'static str>, Vec<f64>) {
    let b = bounds(n);
    let shown_at_start = i == 0;
    let at_start = if shown_at_start { "inline" } else { "none" };
    let mut values = vec![at_start];
    let mut times = vec![0.0];
    if i > 0 {
        values.push("inline");
        times.push(b[i]);
    }
    if i + 1 < n {
        values.push("none");
        times.push(b[i + 1]);
    }
    values.push(at_start);
    times.push(1.0);
    (values, times)
}

/// A share of the loop, short and exact at the ends (`0`, `1`).
fn key(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

fn join<T: AsRef<str>>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|s| s.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(";")
}

/// The flipbook of `frames` (times from `span.0` to `span.1`) drawn in `view_box`: the new
/// view box (the drawing and the strip under it) and the markup that goes in it.
pub fn flipbook(
    frames: &[Frame],
    view_box: [f64; 4],
    span: (Time, Time),
    colors: &Colors,
) -> ([f64; 4], String) {
    let [vx, vy, vw, vh] = view_box;
    let strip = (vw * STRIP).round();
    let n = frames.len();
    let dur = f64::from(loop_ms(n)) / 1000.0;
    let (text, muted, font) = (
        escape(&colors.text),
        escape(&colors.muted),
        escape(&colors.font),
    );
    let size = (strip * 0.34).round();
    let (bar_x, bar_w, bar_h) = (vx + vw * 0.45, vw * 0.53, (strip * 0.16).round().max(2.0));
    let (label_y, bar_y) = (
        vy + vh + strip * 0.62,
        vy + vh + strip * 0.62 - size * 0.35 - bar_h / 2.0,
    );
    let length = span.1.saturating_sub(span.0).max(1) as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<g class=\"rl-flipbook\" data-frames=\"{n}\" data-loop-ms=\"{ms}\">\n\
         <rect class=\"rl-track\" x=\"{bar_x}\" y=\"{bar_y}\" width=\"{bar_w}\" height=\"{bar_h}\" rx=\"{r}\" fill=\"{muted}\" fill-opacity=\"0.3\"/>\n",
        ms = loop_ms(n),
        r = bar_h / 2.0,
    );
    for (i, f) in frames.iter().enumerate() {
        let (values, times) = switch(i, n);
        let done = (f.at.saturating_sub(span.0) as f64 / length).clamp(0.0, 1.0);
        let shown = if i + 1 == n { "inline" } else { "none" };
        let _ = write!(
            s,
            "<g class=\"rl-frame\" data-t=\"{t}\" display=\"{shown}\">\
             <animate attributeName=\"display\" calcMode=\"discrete\" values=\"{values}\" keyTimes=\"{keys}\" dur=\"{dur}s\" repeatCount=\"indefinite\"/>\n\
             {body}\n\
             <text class=\"rl-time\" x=\"{vx}\" y=\"{label_y}\" fill=\"{text}\" font-family=\"{font}\" font-size=\"{size}\" font-weight=\"600\" text-anchor=\"start\">{label}</text>\
             <rect x=\"{bar_x}\" y=\"{bar_y}\" width=\"{w:.1}\" height=\"{bar_h}\" rx=\"{r}\" fill=\"{text}\"/></g>\n",
            t = f.at,
            values = join(values),
            keys = join(times.iter().map(|&v| key(v))),
            body = f.body,
            label = escape(&f.label),
            w = bar_w * done,
            r = bar_h / 2.0,
        );
    }
    s.push_str("</g>");
    ([vx, vy, vw, vh + strip], s)
}

#[cfg(test)]
#[path = "flipbook_tests.rs"]
mod tests;
