//! Regressions found by the link parsers' property test (tests/link_fuzz_props.rs of the app):
//! each fragment panicked or froze the page before its fix.

use ringlock_lock::{Lab, LinkError};

/// An action code that is not ASCII: the arguments were sliced one byte after the code, in
/// the middle of its UTF-8 encoding — a panic, which in wasm kills the app.
#[test]
fn an_action_code_outside_ascii_is_a_named_refusal_not_a_panic() {
    for fragment in [
        "lv=1&ls=1&la=0\u{11399}",
        "lv=1&ls=1&la=12é5",
        "lv=1&ls=1&la=0s1,300中",
    ] {
        assert_eq!(
            Lab::from_fragment_part(fragment).err(),
            Some(LinkError::Field("la")),
            "{fragment}"
        );
    }
}
