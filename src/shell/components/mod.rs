//! The shell's components: the app, its header, the tab list and the page notices.

pub mod app;
pub mod app_tabs;
pub mod header;
pub mod lab_notice;
pub mod notice_bar;
