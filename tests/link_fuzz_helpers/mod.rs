//! The fragments the link parsers' property test feeds the app (tests/link_fuzz_props.rs):
//! valid links as the shell joins them, their mutations, and random bytes.

use proptest::prelude::*;
use ringlock::algo::state::AlgoState;
use ringlock::learn::place::StepId;
use ringlock::shell::link::join;
use ringlock::shell::tab::Tab;
use ringlock_core::{KeySpec, NodeSpec, Scenario, Scheme};
use ringlock_lock::{Action, Lab, Model, Setting, Settings, Span, WorkerId};

pub fn node_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0u8..40).prop_map(|i| format!("node{i}")),
        1 => prop::sample::select(vec!["10.0.1.1:11211", "a b", "节点", "x&y=z", "%41", "ü"])
            .prop_map(str::to_string),
    ]
}

/// A ring scenario small enough to build in a millisecond.
pub fn scenario() -> impl Strategy<Value = Scenario> {
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
            let keys = KeySpec {
                generated,
                named,
                removed,
            };
            Scenario {
                nodes,
                vnodes,
                keys,
                scheme,
            }
        })
}

/// A lab part as the app writes it: a model, a few settings, actions at random times.
pub fn lab_part() -> impl Strategy<Value = String> {
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
        (0u32..6).prop_map(Action::KillNode),
        (0u32..6).prop_map(Action::ReviveNode),
        Just(Action::JoinNode),
    ];
    (
        any::<u64>(),
        prop::sample::select(Model::ALL.to_vec()),
        0u32..12,
        prop::collection::vec((0u64..3_000, action), 0..6),
        0u64..5_000,
        prop::option::of(0usize..64),
        (1u32..12, 1u32..8, 0usize..3, 0usize..2),
    )
        .prop_map(|(seed, model, workers, actions, tail, lesson, shard)| {
            let (locks, vnodes, fix, scope) = shard;
            let settings = Settings {
                model,
                workers,
                locks,
                vnodes,
                shard_fix: ringlock_lock::ShardFix::ALL[fix],
                token_scope: ringlock_lock::TokenScope::ALL[scope],
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
pub fn algo_part() -> impl Strategy<Value = Option<String>> {
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
pub fn valid_fragment() -> impl Strategy<Value = String> {
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
pub enum Mutation {
    Truncate(prop::sample::Index),
    Repeat(prop::sample::Index),
    Drop(prop::sample::Index),
    Huge(prop::sample::Index, String),
    Insert(prop::sample::Index, String),
}

pub fn mutation() -> impl Strategy<Value = Mutation> {
    let words =
        |list: &[&'static str]| prop::sample::select(list.to_vec()).prop_map(str::to_string);
    let huge = prop_oneof![
        words(&[
            "18446744073709551615",
            "18446744073709551616",
            "-1",
            "1e400",
            "NaN"
        ]),
        "[1-9][0-9]{9,40}",
    ];
    let junk = prop_oneof![
        words(&["%", "%G1", "%FF%FE", "%E4%B8", "&&", "==", ",,", "*", "!", "_", "#"]),
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

pub fn mutate(fragment: &str, m: &Mutation) -> String {
    let parts: Vec<&str> = fragment.split('&').collect();
    let boundaries: Vec<usize> = fragment
        .char_indices()
        .map(|(i, _)| i)
        .chain([fragment.len()])
        .collect();
    match m {
        Mutation::Truncate(i) => fragment[..boundaries[i.index(boundaries.len())]].to_string(),
        Mutation::Repeat(i) | Mutation::Drop(i) => {
            let mut parts = parts.clone();
            let at = i.index(parts.len());
            if matches!(m, Mutation::Repeat(_)) {
                parts.push(parts[at]);
            } else {
                parts.remove(at);
            }
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

pub fn mutated_fragment() -> impl Strategy<Value = String> {
    (valid_fragment(), prop::collection::vec(mutation(), 1..4))
        .prop_map(|(f, ms)| ms.iter().fold(f, |f, m| mutate(&f, m)))
}

/// Random bytes read as the browser hands them over (lossy UTF-8), now and then with a
/// version key in front so the parsers get past their first check.
pub fn random_fragment() -> impl Strategy<Value = String> {
    let prefix = prop::sample::select(vec!["", "v=1&", "lv=1&", "lv=1&ls=", "learn=", "v=1&n="]);
    (prefix, prop::collection::vec(any::<u8>(), 0..120))
        .prop_map(|(p, bytes)| format!("{p}{}", String::from_utf8_lossy(&bytes)))
}
