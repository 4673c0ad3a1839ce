//! Numbers in panel texts: decimals with grouped thousands, percentages.

use crate::i18n::Lang;

/// `x` with `places` decimals and grouped thousands; "—" for a value that is not finite.
pub fn dec(lang: Lang, x: f64, places: usize) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", places, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if x < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('−');
    }
    out.push_str(&lang.num(int.parse().unwrap_or(0)));
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// A fraction as a percentage with one decimal; a tiny non-zero fraction shows as "<0.1%"
/// rather than a misleading "0.0%".
pub fn pct(lang: Lang, fraction: f64) -> String {
    if fraction > 0.0 && fraction < 0.0005 {
        return "<0.1%".to_string();
    }
    format!("{}%", dec(lang, fraction * 100.0, 1))
}

/// The node counts at which the article's code is shown growing by one: small N behaves like
/// modulo, 64 and 100 move less, and from 128 nodes up nothing moves.
pub const ARTICLE_JOIN_EXAMPLES: [usize; 4] = [4, 64, 100, 128];

/// The fraction of keys the article's code moves on each join of [`ARTICLE_JOIN_EXAMPLES`],
/// from the core, as percentages.
pub fn article_join_pcts(lang: Lang) -> [String; 4] {
    ARTICLE_JOIN_EXAMPLES.map(|n| pct(lang, ringlock_core::modulo::article_join_fraction(n)))
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
