use std::rc::Rc;

use ringlock_lock::WorkerId;
use yew::Reducible;

use super::{stale, MAX_AGE_MS};
use crate::lab::state::{LabAction, LabState};

fn playing() -> Rc<LabState> {
    Rc::new(LabState::from_fragment("v=1&n=a&lv=1&ls=1&lw=5&t=lab")).reduce(LabAction::Play)
}

#[test]
fn a_playing_lab_redraws_its_panels_on_their_turn_only() {
    let shown = playing();
    let later = shown.clone().reduce(LabAction::Tick(16.7));
    assert!(
        later.lab.now() > shown.lab.now(),
        "the tick moved the clock"
    );
    assert!(
        !stale(&shown, &later, 16.7, false),
        "a frame later: the panels wait"
    );
    assert!(
        stale(&shown, &later, 16.7, true),
        "on its turn: a panel redraws"
    );
    assert!(
        stale(&shown, &later, MAX_AGE_MS, false),
        "never older than the bound"
    );
    assert!(
        stale(&shown, &later, -1.0, false),
        "a clock that went back redraws"
    );
}

#[test]
fn anything_but_a_tick_shows_at_once() {
    let shown = playing();
    let paused = shown.clone().reduce(LabAction::Pause);
    assert!(stale(&shown, &paused, 1.0, false), "a pause");
    assert!(
        stale(&paused, &paused, 1.0, false),
        "paused: always as it is"
    );
    let crashed = shown.clone().reduce(LabAction::Crash(WorkerId(1)));
    assert!(
        stale(&shown, &crashed, 1.0, false),
        "an action (it changes the link)"
    );
    let faster = shown.clone().reduce(LabAction::SetSpeed(2.0));
    assert!(stale(&shown, &faster, 1.0, false), "a new speed");
    let refused = shown.clone().reduce(LabAction::Spawn("ten".into()));
    assert!(refused.error.is_some());
    assert!(
        stale(&shown, &refused, 1.0, false),
        "a refusal next to its input"
    );
}
