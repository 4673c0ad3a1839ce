//! How the page is shown, as the link says: `embed=1` leaves out the page's chrome (header,
//! tabs) so a tab's picture and its controls fit an iframe in slides; `present=1` is the
//! presenter mode (larger type, the course on a clicker's PageDown and PageUp).
//!
//! These keys belong to the shell: the tabs never see them ([`without_view`]).

/// The link keys of the view modes.
const EMBED: &str = "embed";
const PRESENT: &str = "present";

/// How the page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ViewMode {
    /// Without the page chrome, for an iframe.
    pub embed: bool,
    /// Presenter mode.
    pub present: bool,
}

fn is_view_key(part: &str) -> bool {
    let key = part.split_once('=').map_or(part, |(k, _)| k);
    key == EMBED || key == PRESENT
}

/// A flag's value: `1` (or `true`, `yes`, `on`) turns it on; anything else leaves it off.
fn flag(value: &str) -> bool {
    matches!(value, "1" | "true" | "yes" | "on")
}

impl ViewMode {
    /// The modes a link fragment names.
    pub fn from_fragment(fragment: &str) -> ViewMode {
        let mut mode = ViewMode::default();
        for part in fragment.trim_start_matches('#').split('&') {
            match part.split_once('=') {
                Some((EMBED, v)) => mode.embed = flag(v),
                Some((PRESENT, v)) => mode.present = flag(v),
                _ => {}
            }
        }
        mode
    }

    /// Its part of the link, last: `embed=1`, `present=1`, both, or nothing.
    pub fn link_part(self) -> Option<String> {
        let parts: Vec<&str> = [
            self.embed.then_some("embed=1"),
            self.present.then_some("present=1"),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join("&"))
    }
}

/// The fragment without the view modes' keys (and without `#`).
pub fn without_view(fragment: &str) -> String {
    fragment
        .trim_start_matches('#')
        .split('&')
        .filter(|p| !is_view_key(p))
        .collect::<Vec<_>>()
        .join("&")
}

/// The fragment with `embed=1` added (a link to this view for an iframe).
pub fn embed_link(fragment: &str) -> String {
    let rest = without_view(fragment);
    let mode = ViewMode {
        embed: true,
        ..ViewMode::from_fragment(fragment)
    };
    let view = mode.link_part().unwrap_or_default();
    if rest.is_empty() {
        view
    } else {
        format!("{rest}&{view}")
    }
}

#[cfg(test)]
#[path = "view_mode_tests.rs"]
mod tests;
