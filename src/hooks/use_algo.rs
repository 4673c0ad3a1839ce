//! Access to the Algorithms tab's controls from any of its panels.

use yew::prelude::*;

use crate::algo_state::AlgoState;

/// The shared Algorithms-tab reducer handle.
pub type AlgoContext = UseReducerHandle<AlgoState>;

/// The Algorithms tab's controls and their dispatcher, from the nearest provider.
#[hook]
pub fn use_algo() -> AlgoContext {
    use_context::<AlgoContext>().expect("algorithm panels are mounted inside the app provider")
}
