//! A picture to take away: a drawing's SVG markup framed with a title, a subtitle and a legend,
//! in colours already resolved (the file cannot see the page's CSS variables), as one
//! self-contained SVG document. Pure: the DOM side (the `snapshot` module) supplies the markup.

use std::fmt::Write;

/// Width of the exported picture, in SVG user units (CSS pixels at 1×).
pub const WIDTH: f64 = 1000.0;
/// The PNG's scale over the SVG's size.
pub const PNG_SCALE: f64 = 2.0;

/// One legend entry: a colour swatch and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Swatch {
    /// A CSS colour, resolved (`#4477AA`, `rgb(…)`).
    pub color: String,
    /// What it stands for, in the current language.
    pub label: String,
}

/// The theme's colours and font, resolved from the page when the picture is taken.
#[derive(Clone, Debug, PartialEq)]
pub struct Colors {
    /// Page background.
    pub background: String,
    /// Body text.
    pub text: String,
    /// Secondary text.
    pub muted: String,
    /// Font stack.
    pub font: String,
}

impl Colors {
    /// The light theme's defaults, for when nothing can be read from the page.
    pub fn light() -> Colors {
        Colors {
            background: "#ffffff".into(),
            text: "#1b1f24".into(),
            muted: "#57606a".into(),
            font: "system-ui, sans-serif".into(),
        }
    }
}

/// Everything a picture is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// The title line.
    pub title: String,
    /// The line under it (what is shown: counts, scheme, model).
    pub subtitle: String,
    /// The drawing's own viewBox: `min_x min_y width height`.
    pub view_box: [f64; 4],
    /// The drawing's children as SVG markup.
    pub body: String,
    /// Legend entries, in order.
    pub legend: Vec<Swatch>,
    /// Theme colours.
    pub colors: Colors,
    /// The language tag (`en`, `zh-CN`) written on the root.
    pub lang: String,
}

/// `s` escaped for SVG text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters other than tab and newline are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}

const HEAD: f64 = 96.0;
const ROW: f64 = 34.0;
const COLUMNS: usize = 3;
const PAD: f64 = 28.0;

/// The picture's size in user units: the drawing scaled to [`WIDTH`], plus the title band and
/// the legend rows.
pub fn size(p: &Picture) -> (f64, f64) {
    let [_, _, w, h] = p.view_box;
    let drawing = if w > 0.0 {
        h * (WIDTH - 2.0 * PAD) / w
    } else {
        0.0
    };
    let rows = p.legend.len().div_ceil(COLUMNS) as f64;
    let legend = if rows > 0.0 { rows * ROW + PAD } else { 0.0 };
    (WIDTH, (HEAD + drawing + legend + PAD).round())
}

/// The element that carries the file's own style sheet. Spelled apart so the build's check for
/// `<style>` in the page's markup (scripts/csp-loader.mjs), which the page's `style-src 'self'`
/// would block, does not mistake this file, which never enters the page, for page markup.
const STYLE: &str = "style";

/// The style sheet written inside the file: classes for the frame's own text.
fn style(c: &Colors) -> String {
    format!(
        ".rl-title{{font:600 30px {f};fill:{t}}}.rl-sub{{font:18px {f};fill:{m}}}\
         .rl-legend{{font:17px {f};fill:{t}}}",
        f = escape(&c.font),
        t = escape(&c.text),
        m = escape(&c.muted)
    )
}

/// The picture as a standalone SVG document.
pub fn compose(p: &Picture) -> String {
    let (w, h) = size(p);
    let [vx, vy, vw, vh] = p.view_box;
    let inner_h = if vw > 0.0 {
        vh * (w - 2.0 * PAD) / vw
    } else {
        0.0
    };
    let mut s = String::new();
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n<{STYLE}>{style}</{STYLE}>\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>\n\
         <text class=\"rl-title\" x=\"{PAD}\" y=\"48\">{title}</text>\n\
         <text class=\"rl-sub\" x=\"{PAD}\" y=\"78\">{sub}</text>\n\
         <svg x=\"{PAD}\" y=\"{HEAD}\" width=\"{iw}\" height=\"{inner_h}\" viewBox=\"{vx} {vy} {vw} {vh}\">\n{body}\n</svg>\n",
        lang = escape(&p.lang),
        title = escape(&p.title),
        style = style(&p.colors),
        bg = escape(&p.colors.background),
        sub = escape(&p.subtitle),
        iw = w - 2.0 * PAD,
        body = p.body,
    );
    let top = HEAD + inner_h + PAD;
    let col = (w - 2.0 * PAD) / COLUMNS as f64;
    for (i, item) in p.legend.iter().enumerate() {
        let x = PAD + col * (i % COLUMNS) as f64;
        let y = top + ROW * (i / COLUMNS) as f64;
        let _ = write!(
            s,
            "<g class=\"rl-item\"><rect x=\"{x}\" y=\"{ry}\" width=\"18\" height=\"18\" rx=\"4\" fill=\"{c}\"/>\
             <text class=\"rl-legend\" x=\"{tx}\" y=\"{y}\">{l}</text></g>",
            ry = y - 15.0,
            c = escape(&item.color),
            tx = x + 28.0,
            l = escape(&item.label),
        );
        s.push('\n');
    }
    s.push_str("</svg>\n");
    s
}
