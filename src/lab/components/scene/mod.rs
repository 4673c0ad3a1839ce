//! The lock scene's parts, each a function of one [`Ctx`]: the lease server and its queue
//! (with ZooKeeper's and etcd's watches), the article's local locks, the Redis masters,
//! storage, the marks of what just went wrong, the workers' ring and the messages' dots.
//! `lab_scene.rs` puts them in one SVG and owns the hover, focus and keys.

pub mod dots;
pub mod keys;
pub mod lease;
pub mod local;
pub mod marks;
pub mod shard;
pub mod storage;
pub mod workers;

use ringlock_lock::{Model, Sim, Time};

use crate::i18n::Lang;
use crate::lab::scene_layout::Frame;

/// What every part of the scene reads.
pub struct Ctx<'a> {
    /// The interface language.
    pub lang: Lang,
    /// The geometry.
    pub f: Frame,
    /// The simulation now.
    pub sim: &'a Sim,
    /// Its logical time.
    pub now: Time,
    /// Workers so far.
    pub n: usize,
    /// The lock model.
    pub model: Model,
    /// The reader asked for less motion.
    pub reduced: bool,
}

/// A rounded box centred on `(x, y)`.
pub fn rect(class: impl Into<yew::Classes>, x: f64, y: f64, w: f64, h: f64) -> yew::Html {
    yew::html! {
        <rect class={class.into()} x={format!("{:.1}", x - w / 2.0)} y={format!("{:.1}", y - h / 2.0)}
            width={format!("{w:.1}")} height={format!("{h:.1}")} rx="9" />
    }
}

/// A line of text centred on `(x, y)`.
pub fn label(class: impl Into<yew::Classes>, x: f64, y: f64, text: String) -> yew::Html {
    yew::html! {
        <text class={class.into()} x={format!("{x:.1}")} y={format!("{y:.1}")}>{ text }</text>
    }
}
