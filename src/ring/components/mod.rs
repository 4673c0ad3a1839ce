//! The ring tab's components: one component per file, named after it.

pub mod add_node_form;
pub mod build_status;
pub mod error_line;
pub mod generate_keys;
pub mod key_name_form;
pub mod keys_panel;
pub mod last_change_view;
pub mod load_chart;
pub mod node_row;
pub mod nodes_panel;
pub mod paste_keys;
pub mod ring_builder;
pub mod ring_canvas;
pub mod ring_caption;
pub mod ring_counter;
pub mod ring_fx;
pub mod ring_highlight;
pub mod ring_hub;
pub mod ring_layer;
pub mod ring_legend;
pub mod ring_lessons;
pub mod ring_lookup;
pub mod ring_view;
pub mod stats_panel;
pub mod vnodes_panel;
