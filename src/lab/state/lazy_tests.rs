use super::*;
use crate::lab::state::{LabAction, LabState, DEFAULT_SEED};
use ringlock_lock::Settings;
use yew::Reducible;

fn default_part() -> String {
    Lab::new(DEFAULT_SEED, Settings::default())
        .unwrap()
        .to_fragment_part()
}

#[test]
fn an_unbuilt_lab_reads_as_the_default_lab_and_is_built_once() {
    let lazy = LazyLab::default_unbuilt();
    let copy = lazy.clone();
    assert!(!lazy.is_built());
    assert_eq!(lazy.to_fragment_part(), default_part());
    // Reading built it for every state that shares it.
    assert!(copy.is_built());
    assert!(LazyLab::ptr_eq(&lazy, &copy));
}

#[test]
fn changing_a_shared_lab_copies_it_and_leaves_the_other_alone() {
    let before = LazyLab::default_unbuilt();
    let mut after = before.clone();
    after.make_mut().seek(1_000);
    assert!(!LazyLab::ptr_eq(&before, &after));
    assert!(
        !before.is_built(),
        "the earlier state still holds the unbuilt default"
    );
    assert_eq!(before.now(), 0);
    assert_eq!(after.now(), 1_000);
}

#[test]
fn the_app_opening_on_the_course_or_the_ring_does_not_build_the_lab() {
    for fragment in ["", "#learn=1.1", "#v=1&n=a,b,c&t=ring", "#lw=oops"] {
        let state = LabState::from_fragment(fragment);
        assert!(state.is_untouched(), "{fragment}");
        assert!(
            !state.lab.is_built(),
            "{fragment}: the link and the tabs read no lab"
        );
        assert_eq!(state.fragment_part(), default_part(), "{fragment}");
    }
    // A lab link builds it at once.
    let linked = LabState::from_fragment("v=1&n=a&lv=1&ls=1&lw=5&t=lab");
    assert!(linked.lab.is_built());
    // So does the first action.
    let played = Rc::new(LabState::from_fragment("")).reduce(LabAction::Step);
    assert!(played.lab.is_built());
}
