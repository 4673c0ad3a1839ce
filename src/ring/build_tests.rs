use crate::ring::state::{RingAction, RingState};
use crate::ring::view_data::Shared;

const BIG: &str = "v=1&n=a,b,c,d,e&vn=16&k=100000&s=ring&t=algo";

#[test]
fn a_link_with_many_keys_opens_with_its_nodes_and_a_build() {
    let s = RingState::opening(BIG);
    let build = s
        .build
        .as_ref()
        .expect("100,000 keys are placed in the worker");
    assert_eq!(build.keys, 100_000);
    assert_eq!(s.ring.node_ids().len(), 5);
    assert_eq!(s.ring.keys().len(), 0, "the keys come from the worker");
    // Few keys: built at once, no worker.
    assert!(RingState::opening("v=1&n=a,b&vn=16&k=400&s=ring")
        .build
        .is_none());
}

/// The keys a worker sends for `build`: its scenario built in full, taken apart.
fn worker_parts(build: &super::PendingBuild) -> ringlock_core::KeyParts {
    ringlock_core::Scenario::from_fragment(&build.fragment)
        .and_then(|s| s.build())
        .expect("the build's scenario is valid")
        .key_parts()
}

#[test]
fn installing_the_worker_keys_gives_the_ring_the_link_describes() {
    let link = "v=1&n=a,b*2,c!&vn=8&k=50000&kn=apple&s=ring";
    let opening = RingState::opening(link);
    let build = opening.build.clone().expect("a worker build");
    let ring = super::install(&build, worker_parts(&build)).expect("the keys fit");
    let (direct, _, _) = crate::ring::state::load(link);
    assert_eq!(ring.key_parts(), direct.key_parts());
    assert_eq!(
        ring.scenario(ringlock_core::Scheme::Ring),
        direct.scenario(ringlock_core::Scheme::Ring)
    );
    // The build's nodes are left as they were: installing works on a copy.
    assert_eq!(build.nodes.keys().len(), 0);

    // The reducer then only shows it: the state's ring is that very ring.
    let shared = std::rc::Rc::new(ring);
    let done = yew::Reducible::reduce(
        std::rc::Rc::new(opening),
        RingAction::BuildDone(build.id, Shared(shared.clone())),
    );
    assert!(std::rc::Rc::ptr_eq(&done.ring, &shared));
    assert!(done.build.is_none());
}

#[test]
fn keys_that_do_not_fit_are_refused_and_the_page_builds_the_link() {
    let link = "v=1&n=a,b,c&vn=8&k=50000&s=ring";
    let opening = RingState::opening(link);
    let build = opening.build.clone().expect("a worker build");
    let mut parts = worker_parts(&build);
    parts.owner.pop();
    let why = super::install(&build, parts).expect_err("one owner short");
    assert!(why.contains("differ in number"), "{why}");
    // The reducer builds the link on the page instead.
    let done = yew::Reducible::reduce(
        std::rc::Rc::new(opening),
        RingAction::BuildFailed(build.id, why),
    );
    assert_eq!(done.ring.keys().len(), 50_000);
    assert!(done.build.is_none());
}

/// `n` nodes named `n1`…, `vn` vnodes each, a million keys.
fn nodes_link(n: usize, vn: u32, extra: &str) -> String {
    let names: Vec<String> = (1..=n).map(|i| format!("n{i}")).collect();
    format!("v=1&n={}{extra}&vn={vn}&k=1000000&s=ring", names.join(","))
}

#[test]
fn a_link_opens_its_nodes_a_batch_per_step() {
    use crate::ring::state::RingOpening;
    let link = nodes_link(1_000, 16, "");
    let mut opening = RingOpening::begin(&link);
    let mut steps = 1;
    while !opening.step() {
        steps += 1;
    }
    // 16,000 vnodes, about NODE_STEP_POINTS a step.
    assert_eq!(steps, 16_000_usize.div_ceil(super::NODE_STEP_POINTS));
    let stepped = opening.finish();
    let at_once = RingState::opening(&link);
    let (a, b) = (stepped.build.unwrap(), at_once.build.unwrap());
    assert_eq!(a.fragment, b.fragment);
    assert_eq!(a.link, b.link);
    assert_eq!(a.nodes.points(), b.nodes.points());
    assert_eq!(a.nodes.points().len(), 16_000);
    assert_eq!(
        stepped.ring.points(),
        a.nodes.points(),
        "the ring shown is the build's nodes"
    );
}

#[test]
fn a_node_refused_in_a_later_batch_opens_the_link_on_the_page() {
    use crate::ring::state::RingOpening;
    // n1 again, after the first batches: refused there, and the page says why.
    let link = nodes_link(1_000, 16, ",n1");
    let mut opening = RingOpening::begin(&link);
    while !opening.step() {}
    let state = opening.finish();
    assert!(state.build.is_none());
    assert!(state.notice.is_some(), "the refusal is reported");
    // As the page builds the link itself.
    let page = RingState::from_fragment(&link);
    assert_eq!(state.notice, page.notice);
    assert_eq!(state.ring.points(), page.ring.points());
}
