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

use proptest::prelude::*;
use ringlock::algo::state::AlgoState;
use ringlock::i18n::Lang;
use ringlock::lab::state::LabState;
use ringlock::lab::text::errors::link_error_text;
use ringlock::learn::place::{from_fragment as learn_part, without_learn, StepId};
use ringlock::learn::state::{LearnNotice, LearnState};
use ringlock::ring::state::{Notice, RingState};
use ringlock::ring::text::errors::scenario_error_text;
use ringlock::shell::link::join;
use ringlock::shell::tab::Tab;
use ringlock_core::{KeySpec, NodeSpec, Scenario, Scheme};
use ringlock_lock::{Action, Lab, Model, Setting, Settings, Span, WorkerId};

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

fn node_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0u8..40).prop_map(|i| format!("node{i}")),
        1 => prop::sample::select(vec!["10.0.1.1:11211", "a b", "节点", "x&y=z", "%41", "ü"])
            .prop_map(str::to_string),
    ]
}

/// A ring scenario small enough to build in a millisecond.
fn scenario() -> impl Strategy<Value = Scenario> {
    let node = (node_name(), 1u32..4, prop::bool::weighted(0.8));
    (
        prop::collection::vec(node, 0..6),
        1u32..20,
        0u32..200,
        prop::collection::vec("[a-z苹果 ]{1,6}", 0..4),
        prop::collection::vec((0u32..20).prop_map(|i| format!("key-{i}")), 0..3),
        prop::sample::select(Scheme::ALL.to_vec()),
    )
        .prop_map(|(nodes, vnodes, generated, named, removed, scheme)| {
            let mut seen = std::collections::HashSet::new();
            let nodes = nodes
                .into_iter()
                .filter(|(name, ..)| seen.insert(name.clone()))
                .map(|(name, weight, alive)| NodeSpec {
                    name,
                    weight,
                    alive,
                })
                .collect();
            Scenario {
                nodes,
                vnodes,
                keys: KeySpec {
                    generated,
                    named,
                    removed,
                },
                scheme,
            }
        })
}

/// A lab part as the app writes it: a model, a few settings, actions at random times.
fn lab_part() -> impl Strategy<Value = String> {
    let action = prop_oneof![
        (1u32..4).prop_map(Action::Spawn),
        (0u32..8).prop_map(|w| Action::Crash(WorkerId(w))),
        (0u32..8, 1u64..4_000).prop_map(|(w, ms)| Action::Pause {
            worker: WorkerId(w),
            ms
        }),
        (0u32..8).prop_map(|w| Action::Resume(WorkerId(w))),
        (100u64..3_000).prop_map(|v| Action::Set(Setting::Ttl(v))),
        (0u64..200, 1u64..500).prop_map(|(a, b)| Action::Set(Setting::Hold(Span::new(a, a + b)))),
        any::<bool>().prop_map(|on| Action::Set(Setting::Fencing(on))),
        Just(Action::Failover),
        (0u32..5, 1u64..2_000).prop_map(|(node, ms)| Action::CutOff { node, ms }),
    ];
    (
        any::<u64>(),
        prop::sample::select(Model::ALL.to_vec()),
        0u32..12,
        prop::collection::vec((0u64..3_000, action), 0..6),
        0u64..5_000,
        prop::option::of(0usize..14),
    )
        .prop_map(|(seed, model, workers, actions, tail, lesson)| {
            let settings = Settings {
                model,
                workers,
                ..Settings::default()
            };
            let Ok(mut lab) = Lab::new(seed, settings) else {
                return String::new();
            };
            for (dt, action) in actions {
                lab.run_for(dt);
                let _ = lab.apply(action); // refused ones are simply not recorded
            }
            lab.run_for(tail);
            let mut part = lab.to_fragment_part();
            if let Some(i) = lesson {
                let id = ringlock_lock::LabScenario::ALL[i % ringlock_lock::LabScenario::ALL.len()];
                part.push_str(&format!("&lq={}", id.id()));
            }
            part
        })
}

/// An Algorithms-tab part: random pairs from each key's values, kept as the tab writes them.
fn algo_part() -> impl Strategy<Value = Option<String>> {
    let pair = prop_oneof![
        prop::sample::select(vec!["add", "kill", "remove-last"]).prop_map(|v| format!("ac={v}")),
        node_name().prop_map(|v| format!("av={}", ringlock_core::scenario::encode_component(&v))),
        (5u32..=200).prop_map(|e| format!("ae={}", f64::from(e) / 100.0)),
        prop::sample::select(vec![7u64, 251, 4_099, 65_537, 655_373])
            .prop_map(|m| format!("am={m}")),
        (
            prop::sample::select(ringlock_core::algo::Algo::CODES.to_vec()),
            prop::sample::select(ringlock_core::algo::Algo::CODES.to_vec())
        )
            .prop_map(|(a, b)| format!("ap={a},{b}")),
        (1usize..=5).prop_map(|r| format!("ar={r}")),
        prop::sample::select(vec!["libmemcached", "libketama", "redis"])
            .prop_map(|v| format!("al={v}")),
        "[a-z0-9.: \n]{0,30}"
            .prop_map(|v| format!("as={}", ringlock_core::scenario::encode_component(&v))),
        "[a-z0-9{}: \n]{0,30}"
            .prop_map(|v| format!("ak={}", ringlock_core::scenario::encode_component(&v))),
    ];
    prop::collection::vec(pair, 0..5).prop_map(|pairs| {
        let state = AlgoState::from_fragment(&pairs.join("&"));
        state.link_part()
    })
}

/// A whole fragment as the shell joins it: ring, lab and tab, algorithms, course.
fn valid_fragment() -> impl Strategy<Value = String> {
    (
        scenario(),
        prop::option::of(lab_part()),
        algo_part(),
        prop::sample::select(Tab::ALL.to_vec()),
        prop::sample::select(StepId::all()),
    )
        .prop_map(|(scenario, lab, algo, tab, step)| {
            // As the app writes it: from the ring built (names trimmed, blank keys skipped).
            let built = scenario.build().map(|r| r.scenario(scenario.scheme));
            let ring = built.unwrap_or_default().to_fragment(usize::MAX).0;
            let lab = lab
                .filter(|p| !p.is_empty())
                .map(|p| format!("{p}{}", tab.link_suffix()));
            let learn = (tab == Tab::Learn).then(|| step.link_part());
            join(&[Some(ring), lab, algo, learn])
        })
}

/// One mutation of a fragment.
#[derive(Clone, Debug)]
enum Mutation {
    Truncate(prop::sample::Index),
    Repeat(prop::sample::Index),
    Drop(prop::sample::Index),
    Huge(prop::sample::Index, String),
    Insert(prop::sample::Index, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let huge = prop_oneof![
        Just("18446744073709551615".to_string()),
        Just("18446744073709551616".to_string()),
        Just("-1".to_string()),
        Just("1e400".to_string()),
        Just("NaN".to_string()),
        "[1-9][0-9]{9,40}",
    ];
    let junk = prop_oneof![
        Just("%".to_string()),
        Just("%G1".to_string()),
        Just("%FF%FE".to_string()),
        Just("%E4%B8".to_string()),
        Just("&&".to_string()),
        Just("==".to_string()),
        Just(",,".to_string()),
        Just("*".to_string()),
        Just("!".to_string()),
        Just("_".to_string()),
        Just("#".to_string()),
        "\\PC{1,6}",
        "[&=,*!%_0-9a-zA-Z]{1,8}",
    ];
    prop_oneof![
        any::<prop::sample::Index>().prop_map(Mutation::Truncate),
        any::<prop::sample::Index>().prop_map(Mutation::Repeat),
        any::<prop::sample::Index>().prop_map(Mutation::Drop),
        (any::<prop::sample::Index>(), huge).prop_map(|(i, s)| Mutation::Huge(i, s)),
        (any::<prop::sample::Index>(), junk).prop_map(|(i, s)| Mutation::Insert(i, s)),
    ]
}

fn mutate(fragment: &str, m: &Mutation) -> String {
    let parts: Vec<&str> = fragment.split('&').collect();
    let boundaries: Vec<usize> = fragment
        .char_indices()
        .map(|(i, _)| i)
        .chain([fragment.len()])
        .collect();
    match m {
        Mutation::Truncate(i) => fragment[..boundaries[i.index(boundaries.len())]].to_string(),
        Mutation::Repeat(i) => {
            let mut parts = parts.clone();
            let at = i.index(parts.len());
            parts.push(parts[at]);
            parts.join("&")
        }
        Mutation::Drop(i) => {
            let mut parts = parts.clone();
            parts.remove(i.index(parts.len()));
            parts.join("&")
        }
        Mutation::Huge(i, number) => {
            // Replace the digits of one value with the number.
            let mut parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
            let at = i.index(parts.len());
            if let Some((key, value)) = parts[at].split_once('=') {
                let start = value.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
                let end = value[start..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(value.len(), |e| start + e);
                parts[at] = format!("{key}={}{number}{}", &value[..start], &value[end..]);
            }
            parts.join("&")
        }
        Mutation::Insert(i, text) => {
            let at = boundaries[i.index(boundaries.len())];
            format!("{}{text}{}", &fragment[..at], &fragment[at..])
        }
    }
}

fn mutated_fragment() -> impl Strategy<Value = String> {
    (valid_fragment(), prop::collection::vec(mutation(), 1..4))
        .prop_map(|(f, ms)| ms.iter().fold(f, |f, m| mutate(&f, m)))
}

/// Random bytes read as the browser hands them over (lossy UTF-8), now and then with a
/// version key in front so the parsers get past their first check.
fn random_fragment() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(vec!["", "v=1&", "lv=1&", "lv=1&ls=", "learn=", "v=1&n="]);
    (prefix, prop::collection::vec(any::<u8>(), 0..120))
        .prop_map(|(p, bytes)| format!("{p}{}", String::from_utf8_lossy(&bytes)))
}

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
