//! The live drawing as SVG markup that stands on its own: each element's computed paint and
//! type written as presentation attributes, so the theme's CSS variables and the page's classes
//! are resolved into plain colours. Canvas layers come along as images.
//!
//! Nothing here touches the page: the markup is a string, and the page's style policy
//! (`style-src 'self'`) is never asked to allow anything.

use std::fmt::Write;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleDeclaration, Element, HtmlCanvasElement, Node};

use super::picture::{escape, Colors};

/// Inherited properties: written where they differ from the parent's.
const INHERITED: [&str; 14] = [
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-dasharray",
    "stroke-linecap",
    "stroke-linejoin",
    "font-family",
    "font-size",
    "font-weight",
    "text-anchor",
    "visibility",
    // Outlined labels (a worker's number) draw their stroke under the fill.
    "paint-order",
];
/// Properties that are not inherited: written where they are not the initial value.
const OWN: [(&str, &str); 2] = [("opacity", "1"), ("dominant-baseline", "auto")];

/// Attributes left out: the page's behaviour, not the picture.
fn skipped(name: &str) -> bool {
    name == "style"
        || name == "tabindex"
        || name == "role"
        || name == "focusable"
        || name.starts_with("aria-")
        || name.starts_with("on")
}

fn computed(el: &Element) -> Option<CssStyleDeclaration> {
    gloo::utils::window().get_computed_style(el).ok().flatten()
}

fn value(style: &CssStyleDeclaration, name: &str) -> String {
    style.get_property_value(name).unwrap_or_default()
}

/// `el`'s children (not `el` itself) as markup; `parent` is `el`'s computed style.
fn children(el: &Element, parent: &CssStyleDeclaration, out: &mut String) {
    let mut next = el.first_child();
    while let Some(node) = next {
        next = node.next_sibling();
        match node.node_type() {
            Node::TEXT_NODE => out.push_str(&escape(&node.text_content().unwrap_or_default())),
            Node::ELEMENT_NODE => {
                if let Ok(child) = node.dyn_into::<Element>() {
                    element(&child, parent, out);
                }
            }
            _ => {}
        }
    }
}

fn element(el: &Element, parent: &CssStyleDeclaration, out: &mut String) {
    let Some(style) = computed(el) else { return };
    if value(&style, "display") == "none" {
        return;
    }
    let tag = el.tag_name();
    let _ = write!(out, "<{tag}");
    for name in el
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if skipped(&name) {
            continue;
        }
        let v = el.get_attribute(&name).unwrap_or_default();
        let _ = write!(out, " {name}=\"{}\"", escape(&v));
    }
    for name in INHERITED {
        let v = value(&style, name);
        if !v.is_empty() && v != value(parent, name) && el.get_attribute(name).is_none() {
            let _ = write!(out, " {name}=\"{}\"", escape(&v));
        }
    }
    for (name, initial) in OWN {
        let v = value(&style, name);
        if !v.is_empty() && v != initial && el.get_attribute(name).is_none() {
            let _ = write!(out, " {name}=\"{}\"", escape(&v));
        }
    }
    out.push('>');
    children(el, &style, out);
    let _ = write!(out, "</{tag}>");
}

/// The root's inherited properties, written on a group that wraps the drawing.
fn root_group(style: &CssStyleDeclaration) -> String {
    let mut g = String::from("<g");
    for name in INHERITED {
        let v = value(style, name);
        if !v.is_empty() {
            let _ = write!(g, " {name}=\"{}\"", escape(&v));
        }
    }
    g.push('>');
    g
}

/// A canvas layer as an image over the whole `view_box` (the ring's canvases are drawn in
/// the SVG's own units and share its box). Empty when the canvas has no pixels.
fn canvas_image(canvas: &HtmlCanvasElement, view_box: [f64; 4]) -> String {
    if canvas.width() == 0 || canvas.height() == 0 {
        return String::new();
    }
    let Ok(url) = canvas.to_data_url() else {
        return String::new();
    };
    let [x, y, w, h] = view_box;
    format!("<image x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" href=\"{url}\" xlink:href=\"{url}\"/>")
}

/// The drawing in `figure`: its `svg` elements and `canvas` layers, bottom to top, as the
/// children of one `<svg>` with the first SVG's viewBox. `None` when there is no SVG.
pub fn take(figure: &Element) -> Option<([f64; 4], String)> {
    let svg = if figure.tag_name().eq_ignore_ascii_case("svg") {
        figure.clone()
    } else {
        figure.query_selector("svg").ok().flatten()?
    };
    let view_box = parse_view_box(&svg.get_attribute("viewBox")?)?;
    let layers: Vec<Element> = if svg == *figure {
        vec![svg]
    } else {
        let all = figure.children();
        (0..all.length()).filter_map(|i| all.item(i)).collect()
    };
    let mut body = String::new();
    for layer in layers {
        if let Some(canvas) = layer.dyn_ref::<HtmlCanvasElement>() {
            body.push_str(&canvas_image(canvas, view_box));
        } else if layer.tag_name().eq_ignore_ascii_case("svg") {
            let style = computed(&layer)?;
            body.push_str(&root_group(&style));
            children(&layer, &style, &mut body);
            body.push_str("</g>");
        }
    }
    Some((view_box, body))
}

/// `min_x min_y width height`, if it reads as four numbers with a positive size.
pub fn parse_view_box(text: &str) -> Option<[f64; 4]> {
    let v: Vec<f64> = text
        .split([' ', ','])
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    match v[..] {
        [x, y, w, h] if w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite() => Some([x, y, w, h]),
        _ => None,
    }
}

/// The theme's colours as the page shows them around `el`: the first opaque background above
/// it, its text colour and font.
pub fn colors(el: &Element) -> Colors {
    let mut colors = Colors::light();
    if let Some(style) = computed(el) {
        colors.text = value(&style, "color");
        colors.font = value(&style, "font-family");
    }
    if let Some(muted) = gloo::utils::document()
        .query_selector(".panel-meta, .ring-hint")
        .ok()
        .flatten()
        .and_then(|m| computed(&m))
    {
        colors.muted = value(&muted, "color");
    }
    let mut at = Some(el.clone());
    while let Some(e) = at {
        if let Some(style) = computed(&e) {
            let bg = value(&style, "background-color");
            if !bg.is_empty() && bg != "transparent" && bg != "rgba(0, 0, 0, 0)" {
                colors.background = bg;
                break;
            }
        }
        at = e.parent_element();
    }
    colors
}

/// Legend entries read from a list in the page (`li` each with a swatch element first): the
/// swatch's painted colour and the item's words.
pub fn legend_from(list: &Element) -> Vec<super::picture::Swatch> {
    let Ok(items) = list.query_selector_all("li") else {
        return Vec::new();
    };
    (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|li| {
            let swatch = li.first_element_child()?;
            let style = computed(&swatch)?;
            let bg = value(&style, "background-color");
            let color = if bg.is_empty() || bg == "rgba(0, 0, 0, 0)" {
                value(&style, "color")
            } else {
                bg
            };
            let label = li.text_content()?.trim().to_string();
            Some(super::picture::Swatch { color, label })
        })
        .collect()
}
