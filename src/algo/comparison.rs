//! The comparison, without freezing the page: small inputs are compared during the render;
//! large ones one algorithm per timer turn, so the page can paint a "working…" status and stay
//! responsive between algorithms.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use ringlock_core::algo::{compare, Algo, AlgoError, AlgoReport};
use yew::prelude::*;

use crate::algo::data::{algos, run, CompareInput, Comparison, Params, TopologyChange};

/// Keys up to which every algorithm is run during the render (a few milliseconds in all).
pub const SYNC_KEYS: usize = 5_000;

/// Where the comparison stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// No live node: nothing to compare.
    Idle,
    /// Running: `done` of `total` algorithms finished; the last finished comparison, if any,
    /// is kept to show dimmed meanwhile.
    Working {
        /// Algorithms finished.
        done: usize,
        /// Algorithms in all.
        total: usize,
        /// The previous result.
        stale: Option<Rc<Comparison>>,
    },
    /// Finished.
    Ready(Rc<Comparison>),
}

impl Progress {
    /// The comparison to show: the finished one, or the previous one while working.
    pub fn shown(&self) -> Option<&Rc<Comparison>> {
        match self {
            Progress::Ready(c) => Some(c),
            Progress::Working { stale, .. } => stale.as_ref(),
            Progress::Idle => None,
        }
    }
}

/// What a comparison is computed for. The input is compared by identity: it is memoised per
/// ring version, and comparing 100,000 keys on every render would cost more than it saves.
/// Every comparison of deps (the effect's, the render's with what was published) is this one,
/// so an equal input rebuilt for a new ring version (the same ring loaded again) restarts the
/// chain instead of leaving the render waiting for a result that never comes. A published
/// result holds its input, so the input's address cannot be reused by another while it
/// matters.
#[derive(Clone)]
struct Deps {
    input: Rc<CompareInput>,
    change: TopologyChange,
    params: Params,
}

impl PartialEq for Deps {
    fn eq(&self, other: &Deps) -> bool {
        Rc::ptr_eq(&self.input, &other.input)
            && self.change == other.change
            && self.params == other.params
    }
}

type Reports = Vec<(Algo, Result<AlgoReport, AlgoError>)>;

/// The state the timer chain publishes into.
type Published = UseStateHandle<Option<(Deps, Progress)>>;

/// Run one algorithm, then schedule the next; the last one publishes the comparison.
fn step(
    deps: Rc<Deps>,
    list: Rc<Vec<Algo>>,
    reports: Rc<RefCell<Reports>>,
    published: Published,
    stale: Option<Rc<Comparison>>,
    timer: Rc<RefCell<Option<Timeout>>>,
) {
    let Deps { input, change, .. } = &*deps;
    let after = input.after(change);
    let i = reports.borrow().len();
    let Some(&algo) = list.get(i) else {
        let reports = reports.take();
        let done = Progress::Ready(Rc::new(Comparison { after, reports }));
        published.set(Some(((*deps).clone(), done)));
        return;
    };
    let keys: Vec<&str> = input.keys.iter().map(String::as_str).collect();
    let report = compare(&[algo], &input.nodes, &after, &keys).remove(0);
    reports.borrow_mut().push((algo, report));
    let working = Progress::Working {
        done: i + 1,
        total: list.len(),
        stale: stale.clone(),
    };
    published.set(Some(((*deps).clone(), working)));
    let next = timer.clone();
    *timer.borrow_mut() = Some(Timeout::new(0, move || {
        step(deps, list, reports, published, stale, next)
    }));
}

/// The comparison of `input` under `change` and `params`; `ready` says there is a live node.
#[hook]
pub fn use_comparison(
    input: Rc<CompareInput>,
    change: TopologyChange,
    params: Params,
    ready: bool,
) -> Progress {
    let small = input.keys.len() <= SYNC_KEYS;
    let deps = Deps {
        input,
        change,
        params,
    };
    let sync = use_memo((deps.clone(), ready), |(deps, ready)| {
        (*ready && deps.input.keys.len() <= SYNC_KEYS)
            .then(|| run(&deps.input, &deps.change, deps.params))
    });
    let published: Published = use_state(|| None);
    let last_shown = use_mut_ref(|| None::<Rc<Comparison>>);
    let timer = use_mut_ref(|| None::<Timeout>);
    {
        let (published, timer, last_shown) = (published.clone(), timer.clone(), last_shown.clone());
        use_effect_with((deps.clone(), ready), move |(deps, ready)| {
            if *ready && !small {
                let list = Rc::new(algos(&deps.input, deps.params));
                let stale = last_shown.borrow().clone();
                let (deps, cell) = (Rc::new(deps.clone()), timer.clone());
                let reports = Rc::new(RefCell::new(Vec::with_capacity(list.len())));
                *timer.borrow_mut() = Some(Timeout::new(0, move || {
                    step(deps, list, reports, published, stale, cell)
                }));
            }
            move || drop(timer.borrow_mut().take())
        });
    }
    let progress = if !ready {
        Progress::Idle
    } else if let Some(comparison) = (*sync).clone() {
        Progress::Ready(comparison)
    } else {
        match published.as_ref() {
            Some((of, progress)) if *of == deps => progress.clone(),
            _ => Progress::Working {
                done: 0,
                total: Algo::CODES.len(),
                stale: last_shown.borrow().clone(),
            },
        }
    };
    if let Progress::Ready(c) = &progress {
        *last_shown.borrow_mut() = Some(c.clone());
    }
    progress
}
