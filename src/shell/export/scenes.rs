//! The two pictures that can be taken away, assembled from the tab's state and its live
//! drawing: the ring (with the last change, animated, as a variant) and the lock scene (with
//! the run so far, or the lesson, as a flipbook).

use ringlock_core::Scheme;
use ringlock_lock::{LabScenario, Time};
use web_sys::Element;

use super::flipbook::{flipbook, Frame};
use super::motion::{overlay, MovedDot};
use super::picture::{Picture, Swatch};
use super::snapshot::{colors, legend_from, take};
use super::text::X;
use crate::i18n::Lang;
use crate::lab::common::{secs, secs_short};
use crate::lab::text::lessons::lesson_label;
use crate::ring::components::ring_counter::{cause, headline};
use crate::ring::components::ring_fx::MoveSet;
use crate::ring::state::RingState;
use crate::ring::text::view::R;
use crate::ring::view_data::ViewData;
use crate::ui::geom::{dead_color, owner_color, polar};

fn scheme_name(lang: Lang, scheme: Scheme) -> &'static str {
    lang.t(match scheme {
        Scheme::Ring => R::SchemeRing,
        Scheme::Modulo => R::SchemeModulo,
        Scheme::Article => R::SchemeArticle,
    })
}

/// Every node, with its colour and its keys (or that it is dead).
pub fn ring_legend(lang: Lang, view: &ViewData) -> Vec<Swatch> {
    view.nodes
        .iter()
        .map(|n| Swatch {
            // A dead node's marks on the ring are its colour greyed: so is its swatch.
            color: if n.alive {
                owner_color(Some(n.id)).to_string()
            } else {
                dead_color(n.id)
            },
            label: if n.alive {
                lang.f(X::LegendKeys, &[&n.name, &lang.num(n.keys)])
            } else {
                lang.f(X::LegendDead, &[&n.name])
            },
        })
        .collect()
}

/// The ring as shown in `figure` (the `.ring-figure`: canvas, SVG, canvas).
pub fn ring_picture(lang: Lang, ring: &RingState, figure: &Element) -> Option<Picture> {
    let (view_box, body) = take(figure)?;
    let view = ViewData::build(&ring.ring, ring.scheme);
    Some(Picture {
        title: lang.t(X::RingTitle).to_string(),
        subtitle: lang.f(
            X::RingSubtitle,
            &[
                &lang.num(view.nodes.len() as u64),
                &lang.num(view.points as u64),
                &lang.num(view.keys as u64),
                &scheme_name(lang, ring.scheme),
            ],
        ),
        view_box,
        body,
        legend: ring_legend(lang, &view),
        colors: colors(figure),
        lang: lang.tag().to_string(),
    })
}

/// The ring with its last change animated on top; `None` without a change that moved keys.
pub fn ring_motion(lang: Lang, ring: &RingState, figure: &Element) -> Option<Picture> {
    let last = ring.last.as_ref()?;
    let moves = MoveSet::build(&ring.ring, last, ring.scheme, 0)?;
    if moves.sample.is_empty() {
        return None;
    }
    let mut picture = ring_picture(lang, ring, figure)?;
    let dots: Vec<MovedDot> = moves
        .sample
        .iter()
        .map(|d| MovedDot {
            at: polar(d.lane, d.angle),
            from: owner_color(d.from).to_string(),
            to: owner_color(d.to).to_string(),
        })
        .collect();
    picture.body.push_str(&overlay(&dots, moves.dot));
    let what = cause(lang, last).unwrap_or_else(|| headline(lang, &moves));
    picture.title = lang.f(X::MotionTitle, &[&what]);
    picture.subtitle = format!("{} · {}", headline(lang, &moves), lang.t(X::MotionMoved));
    Some(picture)
}

/// The lock scene in `section` (the `.lab-scene` panel: its SVG, model name and legend).
pub fn lab_picture(lang: Lang, section: &Element) -> Option<Picture> {
    let svg = section.query_selector("svg.scene").ok()??;
    let (view_box, body) = take(&svg)?;
    let text = |selector: &str| {
        section
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    let legend = section
        .query_selector(".scene-legend")
        .ok()
        .flatten()
        .map(|list| legend_from(&list))
        .unwrap_or_default();
    Some(Picture {
        title: lang.t(X::LabTitle).to_string(),
        subtitle: format!("{} · {}", text("h2"), text(".panel-meta")),
        view_box,
        body,
        legend,
        colors: colors(section),
        lang: lang.tag().to_string(),
    })
}

/// The lock scene's flipbook: `picture` (the scene framed as it is now: its title band,
/// legend and colours) with its drawing replaced by `bodies`, the scene drawn at `times`
/// (from `span.0` to `span.1`), one frame after the other. Pure.
pub fn lab_flipbook(
    lang: Lang,
    mut picture: Picture,
    lesson: Option<LabScenario>,
    span: (Time, Time),
    times: &[Time],
    bodies: Vec<String>,
) -> Picture {
    let frames: Vec<Frame> = times
        .iter()
        .zip(bodies)
        .map(|(&at, body)| Frame {
            at,
            label: lang.f(X::FlipTime, &[&secs(lang, at)]),
            body,
        })
        .collect();
    let (view_box, body) = flipbook(&frames, picture.view_box, span, &picture.colors);
    picture.title = match lesson {
        Some(l) => lang.f(X::FlipLessonTitle, &[&lesson_label(lang, l)]),
        None => lang.t(X::FlipRunTitle).to_string(),
    };
    let covered = lang.f(
        X::FlipSpan,
        &[
            &secs_short(lang, span.0),
            &secs_short(lang, span.1),
            &lang.num(frames.len() as u64),
        ],
    );
    picture.subtitle = format!("{} · {covered}", picture.subtitle);
    picture.view_box = view_box;
    picture.body = body;
    picture
}
