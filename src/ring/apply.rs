//! The ring actions that change the ring itself, applied to a ring of the state's own.

use ringlock_core::{Change, Ring, RingError};

use crate::ring::action::{Field, InputError, RingAction};

/// A whole number from a text field. Numbers too large for the core get the same range error
/// as any other out-of-range value (`too_big`), not "not a number".
fn parse_number(raw: &str, too_big: impl FnOnce(u64) -> RingError) -> Result<u32, InputError> {
    let raw = raw.trim();
    let value: u64 = raw
        .parse()
        .map_err(|_| InputError::NotANumber(raw.to_string()))?;
    u32::try_from(value).map_err(|_| InputError::Ring(too_big(value)))
}

/// What a ring action reports: the change and the named key to animate, or the refusal.
pub type Applied = Result<(Change, Option<String>), (Field, InputError)>;

/// Apply an action that changes the ring.
pub fn apply(ring: &mut Ring, action: RingAction) -> Applied {
    let ring_err = |field: Field| move |e: RingError| (field, InputError::Ring(e));
    match action {
        RingAction::AddNode { name, weight } => parse_number(&weight, RingError::WeightOutOfRange)
            .map_err(|e| (Field::AddNode, e))
            .and_then(|w| ring.add_node(&name, w).map_err(ring_err(Field::AddNode)))
            .map(|c| (c, None)),
        RingAction::KillNode(name) => ring
            .kill_node(&name)
            .map(|c| (c, None))
            .map_err(ring_err(Field::NodeRow)),
        RingAction::ReviveNode(name) => ring
            .revive_node(&name)
            .map(|c| (c, None))
            .map_err(ring_err(Field::NodeRow)),
        RingAction::RemoveNode(name) => ring
            .remove_node(&name)
            .map(|c| (c, None))
            .map_err(ring_err(Field::NodeRow)),
        RingAction::SetWeight { name, weight } => {
            parse_number(&weight, RingError::WeightOutOfRange)
                .map_err(|e| (Field::NodeRow, e))
                .and_then(|w| ring.set_weight(&name, w).map_err(ring_err(Field::NodeRow)))
                .map(|c| (c, None))
        }
        RingAction::SetVnodes(raw) => parse_number(&raw, RingError::VnodesOutOfRange)
            .map_err(|e| (Field::Vnodes, e))
            .and_then(|v| ring.set_vnodes(v).map_err(ring_err(Field::Vnodes)))
            .map(|c| (c, None)),
        RingAction::AddKey(name) => ring
            .add_key(&name)
            .map(|c| (c, Some(name.trim().to_string())))
            .map_err(ring_err(Field::AddKey)),
        RingAction::AddGenerated(raw) => parse_number(&raw, |n| RingError::TooManyKeys {
            would_be: ring.keys().len() as u64 + n,
        })
        .map_err(|e| (Field::AddKeys, e))
        .and_then(|n| ring.add_generated(n).map_err(ring_err(Field::AddKeys)))
        .map(|c| (c, None)),
        RingAction::PasteKeys(text) => ring
            .add_keys_text(&text)
            .map(|c| (c, None))
            .map_err(|e| (Field::Paste, InputError::Paste(e))),
        RingAction::RemoveKey(name) => ring
            .remove_keys(&[name.trim()])
            .map(|c| (c, None))
            .map_err(ring_err(Field::RemoveKey)),
        RingAction::ClearKeys => Ok((ring.clear_keys(), None)),
        RingAction::SetScheme(_)
        | RingAction::LoadFragment(_)
        | RingAction::DismissNotice
        | RingAction::BuildDone(..)
        | RingAction::BuildFailed(..)
        | RingAction::CancelBuild
        | RingAction::ClearError(_) => {
            unreachable!("reduce_view takes the actions that keep the ring")
        }
    }
}
