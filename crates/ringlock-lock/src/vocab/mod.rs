//! What the lab's runs are made of, as the app and the log see them: the kinds of messages on
//! the wire, the kinds of log entries, and the log's canonical encoding that every pinned hash
//! rests on. One list for all models, so that one encoding covers every run; each entry is
//! documented with the model it belongs to. It depends on nothing but the settings.

pub mod hash;
pub mod log;
pub mod wire;
