//! Messages in flight as dots on their way: each on the straight line from its sender to its
//! receiver, as far along as its logical time in flight says (eased; with reduced motion,
//! already at its receiver with its path drawn). While few are in flight each carries its
//! name and paths are drawn.

use std::fmt::Write;

use ringlock_lock::MessageView;
use yew::prelude::*;

use super::Ctx;
use crate::lab::components::lab_flight::kind_words;
use crate::lab::scene_layout::{along, discs_at};

/// Most dots drawn (the rest are counted in the scene's label).
pub const DOTS: usize = 400;
/// Paths drawn while at most this many are in flight (and always with reduced motion). Beyond a
/// dozen they are a web that shows no one message's way, and long thin lines across the whole
/// picture are what the browser spends most on to paint a busy frame (twice the raster time
/// of the scene without them, with 30 in flight at 1,000 workers).
const PATHS: usize = 12;
/// Names drawn while at most this many are in flight.
const NAMED: usize = 8;
/// Beyond [`NAMED`], the picture is cut into this many columns and rows of cells, a path of
/// dots per kind and cell.
const CELLS: usize = 6;

/// The dots: while few, each its own element with its path and name; beyond that one path
/// per kind of message, so a busy frame stays a handful of elements.
pub fn dots_part(c: &Ctx, messages: &[MessageView]) -> Html {
    let paths = c.reduced || messages.len() <= PATHS;
    let placed = messages.iter().take(DOTS).map(|m| {
        let (a, b) = c.f.path(c.model, m.from, m.to, c.n);
        (m, a, b, along(a, b, m.progress(c.now), c.reduced))
    });
    if messages.len() > NAMED {
        // Per kind, the dots in cells of the picture: a tile of the page rasterises only the
        // cells that cross it (see `STRETCHES` in the workers' part).
        let mut by_kind: Vec<(&'static str, Vec<String>, String)> = Vec::new();
        let cell = |v: f64, size: f64| ((v / size * CELLS as f64).max(0.0) as usize).min(CELLS - 1);
        for (m, a, b, at) in placed {
            let (class, _) = kind_words(c.lang, m.kind);
            let i = match by_kind.iter().position(|(k, _, _)| *k == class) {
                Some(i) => i,
                None => {
                    by_kind.push((class, vec![String::new(); CELLS * CELLS], String::new()));
                    by_kind.len() - 1
                }
            };
            let (_, cells, lines) = &mut by_kind[i];
            let k = cell(at.y, c.f.h) * CELLS + cell(at.x, c.f.w);
            cells[k].push_str(&discs_at(std::iter::once(at), 5.0));
            if paths {
                let _ = write!(lines, "M{:.1} {:.1}L{:.1} {:.1}", a.x, a.y, b.x, b.y);
            }
        }
        let groups = by_kind.into_iter().map(|(class, cells, lines)| {
            let dots = cells
                .into_iter()
                .enumerate()
                .filter(|(_, d)| !d.is_empty())
                .map(|(k, d)| html! { <path key={k} class="dot" {d} /> });
            html! {
                <g class={classes!("msg", class)} data-kind={class}>
                    if paths { <path class="msg-path" d={lines} /> }
                    <g>{ for dots }</g>
                </g>
            }
        });
        return html! { <g class="sc-dots" aria-hidden="true" data-count={messages.len().to_string()}>{ for groups }</g> };
    }
    let dots = placed.map(|(m, a, b, at)| {
        let (class, name) = kind_words(c.lang, m.kind);
        let token = m.token.map(|t| format!(" #{t}")).unwrap_or_default();
        html! {
            <g class={classes!("msg", class)} data-kind={class}>
                <line class="msg-path" x1={a.sx()} y1={a.sy()} x2={b.sx()} y2={b.sy()} />
                <path class="dot" d={discs_at(std::iter::once(at), 6.0)} />
                <text x={format!("{:.1}", at.x + 9.0)} y={format!("{:.1}", at.y - 7.0)}>{ format!("{name}{token}") }</text>
            </g>
        }
    });
    html! { <g class="sc-dots" aria-hidden="true" data-count={messages.len().to_string()}>{ for dots }</g> }
}
