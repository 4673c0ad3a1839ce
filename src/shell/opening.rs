//! What the app opens with: every reducer's first state, read from the address bar and from
//! storage. [`crate::start`] reads it over a few tasks ([`Reading`]: a 1,000-node link hashes
//! its 16,000 points a batch per task) and draws the app in the next, so the link's work and
//! the first render never hold the main thread together.

use gloo::storage::{LocalStorage, Storage};

use crate::algo::state::AlgoState;
use crate::lab::state::LabState;
use crate::learn::place::{without_learn, PROGRESS_KEY, VISITED_KEY};
use crate::learn::state::LearnState;
use crate::ring::state::{RingOpening, RingState};
use crate::shell::link::location_hash;
use crate::shell::preferences::{initial_lang, initial_theme};
use crate::shell::state::ShellState;
use crate::shell::view_mode::without_view;

/// The first state of each reducer the app owns.
#[derive(Clone)]
pub struct Opening {
    /// The tab, language, theme and view mode.
    pub shell: ShellState,
    /// The ring (a link with many keys: its nodes, its keys still to place in the worker).
    pub ring: RingState,
    /// The lock lab (built on first use).
    pub lab: LabState,
    /// The Algorithms tab.
    pub algo: AlgoState,
    /// The course: the chapter shown and the stored answers.
    pub learn: LearnState,
}

impl Opening {
    /// Read the link in the address bar and what is stored, all at once.
    pub fn read() -> Opening {
        let mut reading = Opening::begin();
        while !reading.step() {}
        reading.finish()
    }

    /// Start reading: everything but the ring's nodes, which [`Reading::step`] hashes.
    pub fn begin() -> Reading {
        let hash = location_hash();
        // Any value at all (not only the JSON this app writes) marks a returning visitor.
        let visited = LocalStorage::raw()
            .get_item(VISITED_KEY)
            .ok()
            .flatten()
            .is_some();
        // The tabs other than the course never see its `learn=` part.
        let others = without_learn(&without_view(&hash));
        let stored = LocalStorage::get::<String>(PROGRESS_KEY).ok();
        Reading {
            shell: ShellState::opening(&hash, visited, initial_lang(), initial_theme()),
            ring: RingOpening::begin(&others),
            lab: LabState::from_fragment(&others),
            algo: AlgoState::from_fragment(&others),
            learn: LearnState::new(&without_view(&hash), stored.as_deref()),
        }
    }
}

/// An [`Opening`] being read: the ring's nodes are hashed a batch per step.
pub struct Reading {
    shell: ShellState,
    ring: RingOpening,
    lab: LabState,
    algo: AlgoState,
    learn: LearnState,
}

impl Reading {
    /// Hash the ring's next batch of nodes; `true` when nothing is left to hash.
    pub fn step(&mut self) -> bool {
        self.ring.step()
    }

    /// The opening (any nodes not yet hashed are hashed now).
    pub fn finish(self) -> Opening {
        Opening {
            shell: self.shell,
            ring: self.ring.finish(),
            lab: self.lab,
            algo: self.algo,
            learn: self.learn,
        }
    }
}
