//! `redis-cli --cluster rebalance --cluster-use-empty-masters`, step for step: redis
//! `src/redis-cli.c`, `clusterManagerCommandRebalance` and the single-source case of
//! `clusterManagerComputeReshardTable`.
//!
//! redis-cli computes the expected slot counts in C `float` and truncates them to `int`; so
//! does this (`f32`, `as i32`), which is what x86-64 and arm64 builds of redis-cli do.

use super::{SlotMap, SlotMove, SLOTS};

/// redis-cli's default `--cluster-threshold`, in percent (`CLUSTER_MANAGER_REBALANCE_THRESHOLD`):
/// no slot moves unless some master is further than this from its expected count.
pub const REBALANCE_THRESHOLD: f32 = 2.0;

impl SlotMap {
    /// Rebalance as `redis-cli --cluster rebalance --cluster-use-empty-masters` does, master
    /// `m` having `--cluster-weight` `weights[m]` (0 empties it); returns the slots moved, as
    /// contiguous ranges in the order redis-cli moves them.
    ///
    /// 1. `expected = (int)((16384f / total_weight) · weight)` and
    ///    `balance = slots − expected` for every master, in index order;
    /// 2. nothing moves unless some master is over the 2 % threshold
    ///    ([`REBALANCE_THRESHOLD`]), or empty with `expected > 1`;
    /// 3. while the balances sum to more than 0, each master with `balance ≤ 0` in index
    ///    order takes one more (the rounding slots go to the first such masters);
    /// 4. masters are sorted by balance, ascending, with a stable sort: redis-cli calls
    ///    `qsort`, which in glibc is a merge sort (stable) for arrays this small; musl's or
    ///    a BSD libc's may order equal balances differently;
    /// 5. the most negative receives from the most positive the smaller of the two balances
    ///    in slots — the lowest-numbered slots the giver still owns — and whichever reaches
    ///    0 is passed, until the two ends meet.
    ///
    /// Nothing moves, and the map is unchanged, if `weights` does not cover every master
    /// that owns a slot, if a weight is negative or not finite, or if they sum to 0. Where
    /// redis-cli would loop forever (step 3 with every balance positive, possible only with
    /// odd fractional weights) this stops the rounding instead; where it would stop with
    /// "Reshard table != number of slots" (a giver short of slots, likewise), this stops too,
    /// keeping the moves already made.
    pub fn rebalance(&mut self, weights: &[f32]) -> Vec<SlotMove> {
        let Some(mut balance) = balances(self, weights) else {
            return Vec::new();
        };
        let total: i64 = balance.iter().map(|&b| i64::from(b)).sum();
        spread_rounding(&mut balance, total);
        let mut order: Vec<usize> = (0..balance.len()).collect();
        // `sort_by_key` is stable, as glibc's merge sort is.
        order.sort_by_key(|&m| balance[m]);
        execute(self, &mut balance, &order)
    }
}

/// Step 1 and 2: every master's balance, or `None` if the weights are unusable or no master
/// is over the threshold.
fn balances(map: &SlotMap, weights: &[f32]) -> Option<Vec<i32>> {
    if weights.iter().any(|w| !w.is_finite() || *w < 0.0) {
        return None;
    }
    let counts = map.slot_counts(weights.len());
    if counts.iter().map(|&c| c as usize).sum::<usize>() != SLOTS {
        return None;
    }
    // `total_weight += n->weight`, in float, in index order.
    let total = weights.iter().fold(0f32, |sum, &w| sum + w);
    if !(total.is_finite() && total > 0.0) {
        return None;
    }
    let expected: Vec<i32> = weights
        .iter()
        .map(|&w| ((SLOTS as f32 / total) * w) as i32)
        .collect();
    let over = counts
        .iter()
        .zip(&expected)
        .any(|(&c, &e)| over_threshold(c, e));
    over.then(|| {
        counts
            .iter()
            .zip(&expected)
            .map(|(&c, &e)| c as i32 - e)
            .collect()
    })
}

/// redis-cli's test: `fabs(100 − 100.0·expected/slots) > threshold` (in double, stored in a
/// float), or, for an empty master, `expected > 1`.
fn over_threshold(slots: u32, expected: i32) -> bool {
    if slots > 0 {
        let err = (100.0 - 100.0 * f64::from(expected) / f64::from(slots)).abs() as f32;
        err > REBALANCE_THRESHOLD
    } else {
        expected > 1
    }
}

/// Step 3: hand the rounding surplus out, one slot per pass to each master with
/// `balance ≤ 0`, in index order.
fn spread_rounding(balance: &mut [i32], mut total: i64) {
    while total > 0 {
        let mut gave = false;
        for b in balance.iter_mut() {
            if *b <= 0 && total > 0 {
                *b -= 1;
                total -= 1;
                gave = true;
            }
        }
        if !gave {
            return;
        }
    }
}

/// Step 5: move slots from the givers at the end of `order` to the takers at its start.
fn execute(map: &mut SlotMap, balance: &mut [i32], order: &[usize]) -> Vec<SlotMove> {
    let mut slots_of: Vec<Vec<u16>> = vec![Vec::new(); balance.len()];
    for (slot, &m) in map.owner.iter().enumerate() {
        slots_of[m as usize].push(slot as u16);
    }
    // Givers only ever give, so the slots they still own are a suffix of their list.
    let mut given = vec![0usize; balance.len()];
    let mut moves: Vec<SlotMove> = Vec::new();
    let (mut dst_idx, mut src_idx) = (0, order.len().saturating_sub(1));
    while dst_idx < src_idx {
        let (dst, src) = (order[dst_idx], order[src_idx]);
        let numslots = balance[dst].abs().min(balance[src].abs());
        if numslots > 0 {
            let left = &slots_of[src][given[src]..];
            let Some(taken) = left.get(..numslots as usize) else {
                break;
            };
            for &slot in taken {
                map.owner[usize::from(slot)] = dst as u32;
                record(&mut moves, slot, src, dst);
            }
            given[src] += taken.len();
        }
        balance[dst] += numslots;
        balance[src] -= numslots;
        if balance[dst] == 0 {
            dst_idx += 1;
        }
        if balance[src] == 0 {
            src_idx -= 1;
        }
    }
    moves
}

/// Append one moved slot, extending the last range when it continues it.
fn record(moves: &mut Vec<SlotMove>, slot: u16, from: usize, to: usize) {
    match moves.last_mut() {
        Some(m) if m.from == from && m.to == to && m.last.checked_add(1) == Some(slot) => {
            m.last = slot;
        }
        _ => moves.push(SlotMove {
            first: slot,
            last: slot,
            from,
            to,
        }),
    }
}

#[cfg(test)]
#[path = "rebalance_tests.rs"]
mod tests;
