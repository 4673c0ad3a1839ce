//! The reducer and the error texts, in the browser (where the app's code runs).

use std::rc::Rc;

use ringlock::i18n::Lang;
use ringlock::ring::state::{Field, InputError, RingAction, RingState};
use ringlock::ring::text::errors::error_text;
use ringlock::shell::state::{ShellAction, ShellState};
use ringlock::ui::theme::Theme;
use ringlock_core::{PasteError, RingError};
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn state(fragment: &str) -> Rc<RingState> {
    Rc::new(RingState::from_fragment(fragment))
}

#[wasm_bindgen_test]
fn a_refused_action_keeps_everything_and_says_why() {
    let s = state("#v=1&n=a,b&vn=4&k=20&s=ring");
    let version = s.version;
    let s = s.reduce(RingAction::AddNode {
        name: "a".into(),
        weight: "1".into(),
    });
    assert_eq!(s.version, version, "nothing changed");
    assert_eq!(s.ring.node_ids().len(), 2);
    let (field, error) = s.error.clone().expect("an error");
    assert_eq!(field, Field::AddNode);
    assert_eq!(
        error_text(Lang::En, &error),
        "A node named “a” already exists."
    );
    let s = s.reduce(RingAction::AddNode {
        name: "c".into(),
        weight: "abc".into(),
    });
    assert_eq!(
        error_text(Lang::En, &s.error.clone().unwrap().1),
        "“abc” is not a whole number."
    );
    let s = s.reduce(RingAction::SetVnodes(String::new()));
    assert_eq!(
        error_text(Lang::Zh, &s.error.clone().unwrap().1),
        "请输入数字。"
    );
}

#[wasm_bindgen_test]
fn a_kill_records_the_moves_and_the_modulo_comparison() {
    let s = state("#v=1&n=a,b,c&vn=8&k=300&s=ring");
    let owned = {
        let ring = &s.ring;
        ring.key_count(ring.find_node("b").unwrap())
    };
    let s = s.reduce(RingAction::KillNode("b".into()));
    let last = s.last.clone().expect("a change");
    assert_eq!(last.change.moved.ring, owned);
    assert!(last.change.moved.modulo > 0, "compare_schemes ran");
    assert!(
        s.fragment().0.contains("b!"),
        "the link records the dead node"
    );
}

#[wasm_bindgen_test]
fn limit_and_paste_errors_read_well_in_both_languages() {
    let over = InputError::Ring(RingError::TooManyKeys {
        would_be: 1_000_400,
    });
    assert_eq!(
        error_text(Lang::En, &over),
        "Limit reached: 1,000,400 keys would exceed the limit of 1,000,000. Nothing was added."
    );
    assert_eq!(
        error_text(Lang::Zh, &over),
        "已达上限：1,000,400 个键将超过 1,000,000 的上限。未添加任何键。"
    );
    let paste = InputError::Paste(PasteError {
        line: 999_601,
        error: RingError::NameTooLong { max: 256 },
    });
    assert_eq!(
        error_text(Lang::En, &paste),
        "Line 999,601: Names are at most 256 characters. Nothing was added."
    );
}

#[wasm_bindgen_test]
fn a_malformed_link_opens_the_default_with_a_notice() {
    for bad in ["#garbage", "#v=1&vn=abc", "#v=1&n=a,a", "#v=2&n=a"] {
        let s = state(bad);
        assert!(s.notice.is_some(), "{bad}");
        assert_eq!(s.ring.node_ids().len(), 4, "{bad}");
    }
    assert!(state("").notice.is_none());
}

#[wasm_bindgen_test]
fn numbers_too_large_for_the_core_get_the_range_message() {
    let s = state("#v=1&n=a&vn=4&k=0&s=ring");
    let s = s.reduce(RingAction::AddNode {
        name: "b".into(),
        weight: "99999999999".into(),
    });
    assert_eq!(
        error_text(Lang::En, &s.error.clone().unwrap().1),
        "Weight must be between 1 and 100 (got 99999999999)."
    );
    let s = s.reduce(RingAction::SetVnodes("99999999999".into()));
    assert_eq!(
        error_text(Lang::En, &s.error.clone().unwrap().1),
        "Virtual nodes per node must be between 1 and 1,024 (got 99999999999)."
    );
    let s = s.reduce(RingAction::AddGenerated("5000000000".into()));
    assert!(error_text(Lang::En, &s.error.clone().unwrap().1)
        .starts_with("Limit reached: 5,000,000,000 keys"));
    let s = s.reduce(RingAction::AddNode {
        name: "c".into(),
        weight: "1e".into(),
    });
    assert_eq!(
        error_text(Lang::En, &s.error.clone().unwrap().1),
        "“1e” is not a whole number."
    );
    assert_eq!(s.ring.node_ids().len(), 1, "nothing was added");
}

#[wasm_bindgen_test]
fn switching_language_keeps_the_error_and_rewords_it() {
    let s = state("#v=1&n=a&vn=4&k=0&s=ring");
    let s = s.reduce(RingAction::AddNode {
        name: "a".into(),
        weight: "1".into(),
    });
    // The language belongs to the shell: switching it leaves the ring state, refusal included.
    let shell = Rc::new(ShellState::from_fragment("", Lang::En, Theme::System));
    let shell = shell.reduce(ShellAction::SetLang(Lang::Zh));
    let (_, error) = s.error.clone().expect("the refusal is still shown");
    assert_eq!(error_text(shell.lang, &error), "已存在名为“a”的节点。");
    let s = s.reduce(RingAction::ClearError(Field::AddNode));
    assert!(s.error.is_none());
}

// ----- the worker's message -----

/// A `done` message read back: the keys come out whole after the second step, not the first,
/// equal to what the worker sent (named keys, generated keys and a dead node's keys).
#[wasm_bindgen_test]
fn the_workers_keys_are_read_back_in_two_steps() {
    use ringlock::ring::worker::wire::{self, FromWorker};
    let mut ring =
        ringlock_core::Scenario::from_fragment("v=1&n=a,b,c&vn=8&k=300&kn=x,y,日本&s=ring")
            .unwrap()
            .build()
            .unwrap();
    ring.kill_node("b").unwrap();
    let sent = ring.key_parts();
    assert!(sent.positions.len() > 300 && !sent.arena.is_empty());
    let (message, _) = wire::done(7, &sent);
    let Ok(FromWorker::Done(7, mut arrived)) = wire::read(&message) else {
        panic!("not read as job 7's keys");
    };
    assert!(
        arrived.step().unwrap().is_none(),
        "the first step copies only part"
    );
    assert_eq!(arrived.step().unwrap(), Some(sent));
}

/// Keys copied a step per task reach the build's callback, unless the build was dropped
/// (cancelled or replaced) while they were being copied: then nothing more is copied or said.
#[wasm_bindgen_test]
async fn keys_being_copied_stop_when_their_build_is_dropped() {
    use std::cell::{Cell, RefCell};

    use ringlock::ring::worker::client::{copy_in_steps, BuildEvent};
    use ringlock::ring::worker::wire::{self, FromWorker};
    use yew::Callback;

    let sent = ringlock_core::Scenario::from_fragment("v=1&n=a,b&vn=4&k=50&s=ring")
        .unwrap()
        .build()
        .unwrap()
        .key_parts();
    let arrived = || {
        let (message, _) = wire::done(1, &sent);
        match wire::read(&message) {
            Ok(FromWorker::Done(_, arrived)) => arrived,
            _ => panic!("not read as keys"),
        }
    };
    let heard: Rc<RefCell<Vec<Option<ringlock_core::KeyParts>>>> = Rc::default();
    let on = {
        let heard = heard.clone();
        Callback::from(move |event: BuildEvent| {
            heard.borrow_mut().push(match event {
                BuildEvent::Done(parts) => Some(parts),
                _ => None,
            })
        })
    };
    let settle = || gloo::timers::future::TimeoutFuture::new(100);

    copy_in_steps(arrived(), on.clone(), Rc::new(Cell::new(false)));
    settle().await;
    assert_eq!(
        *heard.borrow(),
        vec![Some(sent.clone())],
        "copied and reported once"
    );

    // Dropped after the first step: the second never runs.
    heard.borrow_mut().clear();
    let dropped = Rc::new(Cell::new(false));
    copy_in_steps(arrived(), on, dropped.clone());
    dropped.set(true);
    settle().await;
    assert!(heard.borrow().is_empty(), "a dropped build hears nothing");
}
