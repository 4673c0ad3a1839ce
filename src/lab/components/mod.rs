//! The lock lab's components: one component per file, named after it.

pub mod lab_controls;
pub mod lab_flight;
pub mod lab_lesson;
pub mod lab_log;
pub mod lab_metrics;
pub mod lab_monitor;
pub mod lab_scenarios;
pub mod lab_scene;
pub mod lab_server;
pub mod lab_settings;
pub mod lab_spawn;
pub mod lab_storage;
pub mod lab_view;
pub mod lab_worker_detail;
pub mod lab_workers;
pub mod redis_nodes;
pub mod scene;
pub mod shard_ring;
pub mod shard_settings;
pub mod worker_cell;
pub mod worker_grid;
