//! The lock lab's memory soak: every lock model run for 10,000,000 events through the lab the
//! app drives (the simulator with its history: snapshots, action log, event log), with faults
//! every 100,000 events (see [`churn`]), and the peak resident memory (`VmHWM` of
//! `/proc/self/status`) reported per model.
//!
//! `cargo run --release -p ringlock-bench --bin soak` runs each model in a child process of its
//! own, so each peak is that model's alone; `-- --model c --events 1000000` runs one in this
//! process. It exits non-zero when a model stalls, when a fault is refused, or when the
//! most heap live in the second half of the run exceeds that of the first (after a tenth to
//! warm up) by more than [`GROWTH_LIMIT`]: what a bounded history keeps is bounded, so once
//! warm it stays flat. The heap is counted exactly by a wrapper round the system allocator.
//! `make soak` runs it; the numbers are in docs/reliability.md.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use ringlock_lock::{Action, Lab, Model, Settings, WorkerId, WorkerState, LOG_LEN};

/// Events per model unless `--events` says otherwise.
const EVENTS: u64 = 10_000_000;
/// Workers at the start (each churn round crashes one and spawns one).
const WORKERS: u32 = 20;
/// Events between churn rounds.
const CHURN_EVERY: u64 = 100_000;
/// Most growth allowed of the heap's high-water mark, second half of the run over the first
/// (from a tenth on), in bytes: room for the action log's few hundred entries and one more
/// snapshot. A leak of even one byte per event would add 5 MB.
const GROWTH_LIMIT: usize = 256 * 1024;

/// The system allocator, counting the bytes live now and at most: an exact measure of what the
/// lab keeps, where the resident set also counts the allocator's free lists.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged to the system allocator, under the same contract.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as for `alloc`.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            let now = LIVE.fetch_add(new_size, Relaxed) + new_size;
            LIVE.fetch_sub(layout.size(), Relaxed);
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A `kB` field of `/proc/self/status` (Linux only; 0 elsewhere).
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// What one model's run measured (heap in bytes, resident set in kB).
struct Outcome {
    events: u64,
    sim_ms: u64,
    /// Most heap live between a tenth and half of the run, and in the second half.
    heap_first: usize,
    heap_second: usize,
    peak_kb: u64,
    log_kept: usize,
    actions: usize,
    refused: u64,
    hash: u64,
}

/// One round of faults. In the first tenth of the run (`grow`): crash a live worker and spawn
/// one, where a crashed holder's lock comes free again (a lease or a key that expires; the
/// local lock's stays held for ever, by design). Every round: pause a live worker, and with
/// Redlock cut a master off for a second (single Redis fails over once, in the first round).
/// After the first tenth the worker list keeps its length, so whatever still grows would be a
/// leak (the action log grows by a round's few actions, within `MAX_ACTIONS` for half a
/// billion events). Returns how many were refused.
fn churn(lab: &mut Lab, round: u64, grow: bool) -> u64 {
    let model = lab.sim().settings().model;
    let live: Vec<WorkerId> = lab
        .sim()
        .workers()
        .filter(|w| w.state != WorkerState::Crashed)
        .map(|w| w.id)
        .collect();
    let mut actions = Vec::new();
    if !live.is_empty() {
        let pick = |k: u64| live[((round + k) % live.len() as u64) as usize];
        if grow && (model.leased() || model.redis()) {
            actions.extend([Action::Crash(pick(0)), Action::Spawn(1)]);
        }
        actions.push(Action::Pause {
            worker: pick(1),
            ms: 2_000,
        });
    }
    if model.masters() > 1 {
        actions.push(Action::CutOff {
            node: (round % model.masters() as u64) as u32,
            ms: 1_000,
        });
    } else if model.redis() && round == 0 {
        actions.push(Action::Failover); // once: the replica has become the master
    }
    actions
        .into_iter()
        .map(|a| u64::from(lab.apply(a).is_err()))
        .sum()
}

fn run(model: Model, events: u64) -> Result<Outcome, String> {
    let settings = Settings {
        model,
        workers: WORKERS,
        ..Settings::default()
    };
    let mut lab = Lab::new(7, settings).map_err(|e| format!("settings: {e}"))?;
    let (warm_at, half) = (events / 10, events / 2);
    let (mut heap_first, mut heap_second) = (0, 0);
    let mut next_churn = CHURN_EVERY;
    let (mut round, mut refused) = (0, 0);
    while lab.sim().events_processed() < events {
        if !lab.step() {
            return Err(format!(
                "{model:?} stalled after {} events",
                lab.sim().events_processed()
            ));
        }
        let done = lab.sim().events_processed();
        if done >= next_churn {
            refused += churn(&mut lab, round, done < warm_at);
            round += 1;
            next_churn += CHURN_EVERY;
        }
        let live = LIVE.load(Relaxed);
        if done >= half {
            heap_second = heap_second.max(live);
        } else if done >= warm_at {
            heap_first = heap_first.max(live);
        }
    }
    let sim = lab.sim();
    Ok(Outcome {
        events: sim.events_processed(),
        sim_ms: sim.now(),
        heap_first,
        heap_second,
        peak_kb: status_kb("VmHWM:"),
        log_kept: sim.log_since(0).count(),
        actions: lab.actions().len(),
        refused,
        hash: sim.log_hash(),
    })
}

/// Run one model here and print its line; the exit code says whether it held.
fn one(model: Model, events: u64) -> ExitCode {
    let o = match run(model, events) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SOAK {}\tfailed: {e}", model.code());
            return ExitCode::FAILURE;
        }
    };
    let growth = o.heap_second.saturating_sub(o.heap_first);
    println!(
        "SOAK {}\t{model:?}\t{} events\t{} logical s\tpeak RSS {} kB\tpeak heap {} kB\t\
         most heap live 10–50%: {} kB, 50–100%: {} kB (+{growth} B)\tlog kept {}/{LOG_LEN}\t\
         {} actions\thash {:016x}",
        model.code(),
        o.events,
        o.sim_ms / 1_000,
        o.peak_kb,
        PEAK.load(Relaxed) / 1024,
        o.heap_first / 1024,
        o.heap_second / 1024,
        o.log_kept,
        o.actions,
        o.hash,
    );
    let bounded = growth <= GROWTH_LIMIT && o.log_kept <= LOG_LEN;
    if !bounded {
        eprintln!("SOAK {}\tthe heap grew by {growth} bytes", model.code());
    }
    if o.refused > 0 {
        eprintln!("SOAK {}\t{} churn actions refused", model.code(), o.refused);
    }
    if bounded && o.refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let events = match flag("--events").map(|v| v.parse::<u64>()) {
        None => EVENTS,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("--events takes a whole number");
            return ExitCode::FAILURE;
        }
    };
    if let Some(code) = flag("--model") {
        return match Model::from_code(code) {
            Some(model) => one(model, events),
            None => {
                eprintln!("no lock model has the code {code:?}");
                ExitCode::FAILURE
            }
        };
    }
    // Each model in a process of its own, so VmHWM is that model's peak.
    let Ok(exe) = std::env::current_exe() else {
        eprintln!("cannot find this program to run it per model");
        return ExitCode::FAILURE;
    };
    let mut failed = 0;
    for model in Model::ALL {
        let status = Command::new(&exe)
            .args(["--model", model.code(), "--events", &events.to_string()])
            .status();
        if !status.is_ok_and(|s| s.success()) {
            failed += 1;
        }
    }
    if failed > 0 {
        eprintln!("SOAK {failed} of {} models failed", Model::ALL.len());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
