//! The share link: each tab's part, joined, kept in the address bar.
//!
//! The ring's part comes first, then the lab's (its keys all start with `l`) and the open tab,
//! then the Algorithms tab's (keys starting with `a`).

use yew::prelude::*;

use crate::algo::state::AlgoContext;
use crate::lab::state::{LabContext, LabState};
use crate::ring::state::RingContext;
use crate::shell::tab::Tab;

/// The lab's part with the open tab: nothing while it is the untouched default lab on the ring
/// tab (a link to the ring alone stays as short as before).
pub fn lab_link_part(lab: &LabState, tab: Tab) -> Option<String> {
    if matches!(tab, Tab::Ring | Tab::Learn) && lab.is_untouched() {
        return None;
    }
    Some(format!("{}{}", lab.fragment_part(), tab.link_suffix()))
}

/// The whole fragment from each part, `&`-joined, absent parts left out.
pub fn join(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .cloned()
        .collect::<Vec<_>>()
        .join("&")
}

/// The address bar's fragment, `#` included.
pub fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Keep the link in step with the tabs' states (replaceState: no history entry per click), and
/// return it (the fragment, without `#`).
/// On the course, its step comes next (`…&learn=2.3`), then the view modes (`&embed=1`).
#[hook]
pub fn use_link_sync(
    ring: &RingContext,
    lab: &LabContext,
    algo: &AlgoContext,
    tab: Tab,
    learn: Option<String>,
    view: Option<String>,
) -> String {
    let ring_part = {
        let ring = ring.clone();
        use_memo((ring.version, ring.scheme), move |_| ring.fragment().0)
    };
    let lab_part = {
        let lab = lab.clone();
        use_memo((lab.link_version, tab), move |&(_, tab)| {
            lab_link_part(&lab, tab)
        })
    };
    let algo_part = {
        let algo = algo.clone();
        use_memo(algo.link_version, move |_| algo.link_part())
    };
    let fragment = join(&[
        Some(ring_part.to_string()),
        (*lab_part).clone(),
        (*algo_part).clone(),
        learn.filter(|_| tab == Tab::Learn),
        view,
    ]);
    use_effect_with(fragment.clone(), move |fragment| {
        let window = gloo::utils::window();
        if location_hash().trim_start_matches('#') != fragment.as_str() {
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("#{fragment}")),
                );
            }
        }
    });
    fragment
}

#[cfg(test)]
#[path = "link_tests.rs"]
mod tests;
