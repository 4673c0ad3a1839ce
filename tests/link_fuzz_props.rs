//! Property tests of every parser a link's `#…` fragment goes through, fed what the app's
//! opening does: the ring's part (`Scenario`, built), the lock lab's (`Lab::from_fragment_part`
//! and its lesson), the Algorithms tab's (`AlgoState::from_fragment`), the course's `learn=`
//! and the shell's tab. Fragments are random bytes, or valid links mutated: truncated, parts
//! repeated or dropped, numbers made huge, unicode and bad percent-escapes inserted.
//!
//! Properties: no parser panics; every refusal is a named error whose message exists in both
//! languages; whatever is accepted round-trips (parse → serialise → parse gives the same
//! state), and a valid link gives back exactly what made it.
//!
//! Native only. `cargo test -p ringlock --test link_fuzz_props` runs a few hundred fragments;
//! `make soak` runs 5 × `PROPTEST_CASES` per property (50,000, so 200,000 fragments in all).
#![cfg(not(target_arch = "wasm32"))]

mod link_fuzz_helpers;

use link_fuzz_helpers::{mutated_fragment, random_fragment, valid_fragment};
use proptest::prelude::*;
use ringlock::algo::state::AlgoState;
use ringlock::i18n::Lang;
use ringlock::lab::state::LabState;
use ringlock::lab::text::errors::link_error_text;
use ringlock::learn::place::{from_fragment as learn_part, without_learn};
use ringlock::learn::state::{LearnNotice, LearnState};
use ringlock::ring::state::{Notice, RingState};
use ringlock::ring::text::errors::scenario_error_text;
use ringlock::shell::link::join;
use ringlock::shell::tab::Tab;

/// Cases per property: `PROPTEST_CASES` when set (`make soak`), else `default`.
fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const LANGS: [Lang; 2] = [Lang::En, Lang::Zh];

fn named(text: [String; 2]) -> Result<(), TestCaseError> {
    prop_assert!(!text[0].is_empty() && !text[1].is_empty());
    let unfilled = text.iter().any(|t| t.contains("{0}") || t.contains("{1}"));
    prop_assert!(!unfilled, "a placeholder left in {:?}", text);
    prop_assert_ne!(&text[0], &text[1], "the message has a 中文 translation");
    Ok(())
}

/// Open a fragment as the app does at start; check every refusal is named in both languages
/// and that what was accepted round-trips. Returns the states for further checks.
fn open(fragment: &str) -> Result<(RingState, LabState, AlgoState), TestCaseError> {
    let tab = Tab::from_fragment(fragment);
    let others = without_learn(fragment);
    let ring = RingState::from_fragment(&others);
    let lab = LabState::from_fragment(&others);
    let algo = AlgoState::from_fragment(&others);
    let learn = LearnState::new(fragment, None);

    // The ring: a refusal is a `ScenarioError` with words; an acceptance round-trips.
    match &ring.notice {
        Some(Notice::BadLink(e)) => named(LANGS.map(|l| scenario_error_text(l, e)))?,
        None => {
            let (again, _) = ring.fragment();
            let back = RingState::from_fragment(&again);
            prop_assert!(back.notice.is_none());
            prop_assert_eq!(back.fragment().0, again);
            prop_assert_eq!(back.scheme, ring.scheme);
        }
    }
    // The lab: a `LinkError` with words, or a lab whose own link gives the same lab.
    match &lab.notice {
        Some(e) => named(LANGS.map(|l| link_error_text(l, e)))?,
        None => {
            let part = lab.fragment_part();
            let back = LabState::from_fragment(&part);
            prop_assert!(back.notice.is_none(), "{part}");
            prop_assert_eq!(back.fragment_part(), part);
            prop_assert_eq!(back.lab.log_hash(), lab.lab.log_hash());
            prop_assert_eq!(back.lab.now(), lab.lab.now());
        }
    }
    // The Algorithms tab names each unreadable key (shown as `BadAlgoLink`) and keeps the rest.
    for key in &algo.bad_link {
        prop_assert!(key.starts_with('a'), "only the tab's own keys: {key:?}");
    }
    let again = algo.link_part().unwrap_or_default();
    let back = AlgoState::from_fragment(&again);
    prop_assert!(back.bad_link.is_empty(), "{again}");
    prop_assert_eq!(back.link_part().unwrap_or_default(), again);
    // The course: a `learn=` naming no step is the `BadLink` notice; a step round-trips.
    match learn_part(fragment) {
        Some(None) => prop_assert_eq!(learn.notice, Some(LearnNotice::BadLink)),
        Some(Some(step)) => {
            prop_assert_eq!(learn.at, step);
            prop_assert_eq!(learn_part(&step.link_part()), Some(Some(step)));
        }
        None => prop_assert!(learn.notice.is_none()),
    }
    prop_assert_eq!(
        Tab::from_fragment(&format!("x=1{}", tab.link_suffix())) == tab,
        tab != Tab::Learn
    );
    Ok((ring, lab, algo))
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn random_bytes_never_panic_and_every_refusal_is_named(f in random_fragment()) {
        open(&f)?;
    }

    #[test]
    fn mutated_links_never_panic_and_every_refusal_is_named(f in mutated_fragment()) {
        open(&f)?;
    }

    #[test]
    fn a_valid_link_opens_as_written_and_round_trips(f in valid_fragment()) {
        let (ring, lab, algo) = open(&f)?;
        prop_assert!(ring.notice.is_none(), "{f}");
        prop_assert!(lab.notice.is_none(), "{f}");
        prop_assert!(algo.bad_link.is_empty(), "{f}");
        // The shell joins the parts back into the same link.
        let tab = Tab::from_fragment(&f);
        let lab_part = f.contains("lv=1").then(|| format!("{}{}", lab.fragment_part(), tab.link_suffix()));
        let learn = learn_part(&f).flatten().map(|s| s.link_part());
        prop_assert_eq!(join(&[Some(ring.fragment().0), lab_part, algo.link_part(), learn]), f);
    }

    #[test]
    fn percent_encoding_round_trips_any_text(text in "\\PC{0,40}|[ -~]{0,40}") {
        use ringlock_core::scenario::{decode_component, encode_component};
        prop_assert_eq!(decode_component(&encode_component(&text)), Some(text));
    }
}
