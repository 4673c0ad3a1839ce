//! Access to the app state from any component.

use yew::prelude::*;

use crate::state::AppState;

/// The shared reducer handle.
pub type AppContext = UseReducerHandle<AppState>;

/// The app state and its dispatcher, from the nearest provider.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are mounted inside the app provider")
}
