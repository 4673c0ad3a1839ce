//! The sentences under the ring drawing: what the scheme does, and the scale notes.

use ringlock_core::Scheme;

use crate::i18n::Lang;
use crate::ring::text::view::R;
use crate::ring::view_data::{KeyMode, ViewData};
use crate::ui::format::article_join_pcts;

/// What the scheme shown does, in a few sentences; the article's numbers come from the core.
pub fn about(lang: Lang, scheme: Scheme) -> String {
    match scheme {
        Scheme::Ring => lang.t(R::AboutRing).to_string(),
        Scheme::Modulo => lang.t(R::AboutModulo).to_string(),
        Scheme::Article => {
            let [a, b, c, d] = article_join_pcts(lang);
            lang.f(R::AboutArticle, &[&a, &b, &c, &d])
        }
    }
}

/// The scale notes under the drawing, when the canvas stands in for DOM elements.
pub fn notes(lang: Lang, view: &ViewData) -> Vec<String> {
    let mut out = Vec::new();
    match view.key_mode {
        KeyMode::Svg => {}
        KeyMode::Canvas => out.push(lang.f(R::NoteDots, &[&lang.num(view.keys as u64)])),
        KeyMode::Density => out.push(lang.f(
            R::NoteDensity,
            &[
                &lang.num(view.keys as u64),
                &view.density.as_ref().map_or(0, Vec::len),
            ],
        )),
    }
    if view.bin_ticks.is_some() {
        out.push(lang.f(R::NoteTicks, &[&lang.num(view.points as u64)]));
    }
    out
}
