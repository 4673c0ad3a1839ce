//! The shell's components: the app, its header, the tab list, the page notices, the export
//! menu with the film desk behind its flipbook, and the embed and presenter bars.

pub mod app;
pub mod app_tabs;
pub mod embed_bar;
pub mod export_menu;
pub mod film_desk;
pub mod flipbook_stage;
pub mod header;
pub mod import_state;
pub mod lab_notice;
pub mod notice_bar;
pub mod present_bar;
