//! What the app drives: the simulator ([`sim`]: the engine and one lock model), user actions,
//! the history with its snapshots, links, and view data.

pub mod action;
pub mod drive;
pub mod history;
pub mod link;
pub mod link_action;
pub mod link_cost;
pub mod link_shard;
pub mod sim;
pub mod view;
pub mod view_keys;
pub mod view_shard;
pub mod view_steps;
