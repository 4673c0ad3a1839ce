//! Property tests of the compatibility panel's and the score panel's computations: real
//! clients' placement of a server list, what moves when a server goes, the CSV export, and
//! rendezvous scores ranked, each against a computation written here.

mod common;

use std::collections::BTreeMap;

use common::config;
use proptest::prelude::*;
use ringlock_core::algo::compat::{place, to_csv, what_if};
use ringlock_core::algo::redis_cluster::{layout_change, SlotMap};
use ringlock_core::algo::scores::{bar_width, board, rank, Candidate, SHOWN};
use ringlock_core::algo::servers::{parse_servers, Server};
use ringlock_core::algo::{Algo, Ketama, KetamaLabels, Rendezvous};
use ringlock_core::NodeSpec;

fn servers(weights: &[u32]) -> Vec<Server> {
    let text: String = weights
        .iter()
        .enumerate()
        .map(|(i, w)| format!("10.0.{}.{}:11211 {w}\n", i / 200, i % 200))
        .collect();
    parse_servers(&text).unwrap()
}

fn key_text(seed: u32, count: usize) -> (String, Vec<String>) {
    let keys: Vec<String> = (0..count)
        .map(|i| match i % 4 {
            0 => format!("user:{seed}:{i}"),
            1 => format!("{{tag{}}}.k{i}", i % 7),
            2 => format!("a,\"b\" {seed}-{i}"),
            _ => format!("k{i}"),
        })
        .collect();
    let mut text = String::new();
    for (i, k) in keys.iter().enumerate() {
        text.push_str(k);
        text.push_str(if i % 5 == 0 { "\r\n\n" } else { "\n" });
    }
    (text, keys)
}

fn clients() -> [Algo; 4] {
    [
        Algo::Ketama(KetamaLabels::Libmemcached),
        Algo::Ketama(KetamaLabels::Libketama),
        Algo::Ketama(KetamaLabels::Spy),
        Algo::RedisSlots,
    ]
}

/// Owner of each key, one lookup at a time in the client's own structure; `gone` (if any)
/// left out of a ketama continuum, or drained by redis-cli.
fn lookups(algo: &Algo, servers: &[Server], keys: &[String], gone: Option<usize>) -> Vec<usize> {
    let kept: Vec<usize> = (0..servers.len()).filter(|&i| Some(i) != gone).collect();
    match algo {
        Algo::Ketama(labels) => {
            let specs: Vec<(&str, u32)> = kept
                .iter()
                .map(|&i| (servers[i].address.as_str(), servers[i].weight))
                .collect();
            let ketama = Ketama::new(&specs, *labels).unwrap();
            keys.iter().map(|k| kept[ketama.lookup(k)]).collect()
        }
        _ => {
            let before: Vec<NodeSpec> = servers.iter().map(Server::spec).collect();
            let map: SlotMap = match gone {
                None => SlotMap::create(servers.len()).unwrap(),
                Some(g) => {
                    let mut after = before.clone();
                    after[g].alive = false;
                    layout_change(&before, &after).unwrap().1
                }
            };
            keys.iter().map(|k| map.lookup(k)).collect()
        }
    }
}

fn quote(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn clients_place_and_move_keys_as_their_own_lookups_do(
        weights in prop::collection::vec(1u32..1000, 2..12),
        seed in any::<u32>(),
        count in 0usize..400,
        gone in any::<prop::sample::Index>(),
    ) {
        let servers = servers(&weights);
        let (text, keys) = key_text(seed, count);
        let gone = gone.index(servers.len());
        for algo in clients() {
            let placement = place(&servers, &text, &algo).unwrap();
            let before = lookups(&algo, &servers, &keys, None);
            prop_assert_eq!(&placement.owners, &before, "{:?}", algo);
            let after = lookups(&algo, &servers, &keys, Some(gone));
            let mut truth: BTreeMap<(usize, usize), u64> = BTreeMap::new();
            for (&b, &a) in before.iter().zip(&after) {
                if a != b {
                    *truth.entry((b, a)).or_default() += 1;
                }
            }
            let (moved, flows) = what_if(&placement, &text, &algo, gone).unwrap();
            prop_assert_eq!(moved, truth.values().sum::<u64>());
            let mut expected: Vec<(usize, usize, u64)> =
                truth.into_iter().map(|((f, t), n)| (f, t, n)).collect();
            expected.sort_by_key(|&(f, t, n)| (std::cmp::Reverse(n), f, t));
            prop_assert_eq!(flows, expected);
            let mut csv = String::from("key,server\n");
            for (k, &o) in keys.iter().zip(&before) {
                csv.push_str(&format!("{},{}\n", quote(k), quote(&servers[o].address)));
            }
            prop_assert_eq!(to_csv(&placement, &text), csv);
        }
    }

    #[test]
    fn scores_rank_by_repeated_maximum(
        weights in prop::collection::vec(1u32..6, 1..30),
        key in "[a-z:0-9]{1,12}",
    ) {
        let names: Vec<String> = (0..weights.len()).map(|i| format!("node-{i}")).collect();
        let specs: Vec<(&str, u32)> =
            names.iter().map(String::as_str).zip(weights.iter().copied()).collect();
        let scores = Rendezvous::new(&specs).unwrap().scores(&key);
        // Pick the highest remaining score each time, the earlier node on a tie.
        let mut left: Vec<usize> = (0..scores.len()).collect();
        let mut expected = Vec::new();
        while !left.is_empty() {
            let mut best = 0;
            for j in 1..left.len() {
                if scores[left[j]] > scores[left[best]] {
                    best = j;
                }
            }
            let i = left.remove(best);
            expected.push((i, scores[i]));
        }
        prop_assert_eq!(rank(&specs, &key).unwrap(), expected.clone());
        let candidates: Vec<Candidate> = specs
            .iter()
            .enumerate()
            .map(|(i, &(name, weight))| Candidate { name: name.into(), weight, slot: i as u32 * 7 })
            .collect();
        let b = board(&candidates, &key).unwrap();
        prop_assert_eq!(b.bars.len(), specs.len().min(SHOWN));
        prop_assert_eq!(b.hidden(), specs.len() - b.bars.len());
        for (bar, &(i, score)) in b.bars.iter().zip(&expected) {
            prop_assert_eq!(&bar.name, &names[i]);
            prop_assert_eq!(bar.slot, i as u32 * 7);
            prop_assert_eq!(bar.score, score);
            prop_assert_eq!(bar.width, bar_width(score, expected[0].1));
        }
    }
}
