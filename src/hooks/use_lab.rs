//! Access to the lock-lab state from any component.

use yew::prelude::*;

use crate::lab_state::LabState;

/// The shared lab reducer handle.
pub type LabContext = UseReducerHandle<LabState>;

/// The lab state and its dispatcher, from the nearest provider.
#[hook]
pub fn use_lab() -> LabContext {
    use_context::<LabContext>().expect("lab components are mounted inside the lab provider")
}
