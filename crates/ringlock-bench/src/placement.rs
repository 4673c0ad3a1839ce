//! First hashing + placement of generated keys against the bare loop it is measured by: the
//! same names hashed with the same SHA-1 and looked up by binary search, nothing else.

use ringlock_core::{hash, Ring};

use crate::{median, Row};

/// The name of the row of the first hashing + placement of all keys.
pub const FIRST_ROW: &str = "first hashing + placement of all keys";

/// The name of the baseline row: what "first hashing + placement" is measured against.
pub const BARE_ROW: &str = "baseline: bare SHA-1 + binary search of all keys";

/// The name of the stricter baseline row: the bare loop with its names written digit by digit.
pub const BARE_DIGITS_ROW: &str =
    "baseline: bare SHA-1 + binary search of all keys, names written without core::fmt";

/// The baseline: the same keys' names formatted, hashed with the same SHA-1 and looked up by
/// binary search among the ring's sorted vnode positions, into a plain array of owners, with
/// none of the ring's bookkeeping (no key store, no sorted key order, no counts).
pub fn bare_placement(ring: &Ring, keys: u32, now: &dyn Fn() -> f64) -> Row {
    bare_loop(ring, keys, now, BARE_ROW, |i, name| {
        use std::fmt::Write;
        let _ = write!(name, "key-{i}");
    })
}

/// [`bare_placement`] with each name's digits written one by one, as the core writes
/// generated names, rather than through `core::fmt` (slow in wasm).
pub fn bare_placement_digits(ring: &Ring, keys: u32, now: &dyn Fn() -> f64) -> Row {
    bare_loop(ring, keys, now, BARE_DIGITS_ROW, |i, name| {
        let mut digits = [0u8; 10];
        name.push_str("key-");
        hash::decimal(i, &mut digits)
            .iter()
            .for_each(|&d| name.push(char::from(d)));
    })
}

fn bare_loop(
    ring: &Ring,
    keys: u32,
    now: &dyn Fn() -> f64,
    row: &str,
    write_name: impl Fn(u32, &mut String),
) -> Row {
    let positions: Vec<u64> = ring.points().iter().map(|p| p.position).collect();
    let owners: Vec<u32> = ring.points().iter().map(|p| p.node.0).collect();
    let t = now();
    let mut name = String::with_capacity(16);
    let mut placed = Vec::with_capacity(keys as usize);
    for i in 0..keys {
        name.clear();
        write_name(i, &mut name);
        let at = ringlock_core::hash::key_position(&name);
        let slot = positions.partition_point(|&p| p < at);
        placed.push(
            owners
                .get(slot)
                .or(owners.first())
                .copied()
                .unwrap_or(u32::MAX),
        );
    }
    Row {
        name: row.into(),
        ms: now() - t,
        check: placed.iter().filter(|&&o| o != u32::MAX).count() as u64,
    }
}

/// The first placement of `keys` generated keys on `ring` (which has nodes and no keys) and
/// both bare loops, alternated `reps` times so that a noisy moment hits them all: the three
/// medians, then for each bare loop the ratio of each repetition's pair (first ÷ bare), in the
/// order they ran, in the row's name and their median as its `ms`. The first repetition is
/// the only one that grows the memory (in wasm, the page's); the later ones reuse what it
/// freed. Check: keys placed, then keys with an owner (twice), then the keys whose owner
/// differs between the ring and a binary search (0 when they agree).
pub fn placement_rows(ring: &Ring, keys: u32, reps: usize, now: &dyn Fn() -> f64) -> Vec<Row> {
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    let mut ratios = [Vec::new(), Vec::new()];
    let (mut placed, mut owned, mut differ) = (0, 0, 0);
    for _ in 0..reps.max(1) {
        let mut fresh = ring.clone();
        let t = now();
        fresh
            .add_generated(keys)
            .expect("bench keys are within limits");
        let ms = now() - t;
        let bare = [
            bare_placement(ring, keys, now),
            bare_placement_digits(ring, keys, now),
        ];
        times[0].push(ms);
        for (k, row) in bare.iter().enumerate() {
            times[k + 1].push(row.ms);
            ratios[k].push(ms / row.ms);
        }
        placed = fresh.keys().len() as u64;
        owned = bare[0].check;
        differ = disagreements(&fresh, ring);
    }
    let [first, bare, digits] = times;
    let mut rows = vec![
        Row {
            name: FIRST_ROW.into(),
            ms: median(first),
            check: placed,
        },
        Row {
            name: BARE_ROW.into(),
            ms: median(bare),
            check: owned,
        },
        Row {
            name: BARE_DIGITS_ROW.into(),
            ms: median(digits),
            check: owned,
        },
    ];
    for (label, ratios) in ["first ÷ bare", "first ÷ bare with digits"]
        .iter()
        .zip(ratios)
    {
        let each: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        rows.push(Row {
            name: format!("{label}, per repetition: {}", each.join(" ")),
            ms: median(ratios),
            check: differ,
        });
    }
    rows
}

/// Keys of `placed` whose owner is not the one a binary search among `nodes`' points gives.
fn disagreements(placed: &Ring, nodes: &Ring) -> u64 {
    let points = nodes.points();
    let keys = placed.keys();
    (0..keys.len())
        .filter(|&slot| {
            let at = keys.positions()[slot];
            let i = points.partition_point(|p| p.position < at);
            let expected = points.get(i).or(points.first()).map(|p| p.node);
            placed.owner_at(slot) != expected
        })
        .count() as u64
}
