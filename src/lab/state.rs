//! Lock-lab state: the [`Lab`] plus playback and what the UI remembers around it, changed only
//! through [`LabAction`]s.
//!
//! Like the ring in [`crate::ring::state`], the lab lives behind an `Rc` shared with the
//! previous state until an action changes it, then copied on write ([`LazyLab::make_mut`]);
//! the default lab is built only when first read or changed ([`lazy`]). Reducing
//! never changes the previous state. Every reduction that changes it bumps `version` (what
//! components compare to redraw) and, unless it is a playback tick, `link_version` (what the share link follows — rewriting
//! the address sixty times a second would be wasted work). The core never reads a clock: a
//! [`LabAction::Tick`] carries the real milliseconds of one animation frame, and the logical
//! time it advances is that times the speed.

pub mod lazy;
mod ops;
mod shard_ops;

use std::rc::Rc;

use ringlock_lock::{
    Action as LockAction, Lab, LabScenario, LinkError, LockError, Setting, Settings, WorkerId,
};
use yew::Reducible;

pub use lazy::LazyLab;

pub use crate::lab::action::{
    LabAction, LabField, LabInputError, NodeFault, RingChange, ShardSetting, MAX_SPEED, MIN_SPEED,
};

/// Seed of the default lab.
pub const DEFAULT_SEED: u64 = 1;
/// Longest real frame counted: a tab brought back from the background must not leap ahead.
const MAX_FRAME_MS: f64 = 100.0;
/// Most events one "step" runs while looking for something visible to happen.
const STEP_LIMIT: usize = 10_000;
/// Fragment key of the lesson shown (ignored by the core's link decoder).
const LESSON_KEY: &str = "lq";

/// Everything the lock lab shows.
#[derive(Clone)]
pub struct LabState {
    /// The lab (shared until changed; see the module docs).
    pub lab: LazyLab,
    /// Bumped on every change to the lab.
    pub version: u64,
    /// Bumped on every change the share link should follow.
    pub link_version: u64,
    /// Whether playback runs.
    pub playing: bool,
    /// Logical milliseconds per real millisecond.
    pub speed: f64,
    /// Logical time owed from earlier frames (below one millisecond).
    carry: f64,
    /// The lesson loaded, if any.
    pub lesson: Option<LabScenario>,
    /// The worker in the detail panel.
    pub selected: Option<WorkerId>,
    /// The last refused input.
    pub error: Option<(LabField, LabInputError)>,
    /// A lab link that could not be read.
    pub notice: Option<LinkError>,
}

impl PartialEq for LabState {
    fn eq(&self, other: &Self) -> bool {
        LazyLab::ptr_eq(&self.lab, &other.lab)
            && self.version == other.version
            && self.link_version == other.link_version
            && self.playing == other.playing
            && self.speed == other.speed
            && self.lesson == other.lesson
            && self.selected == other.selected
            && self.error == other.error
            && self.notice == other.notice
    }
}

fn default_lab() -> Lab {
    match Lab::new(DEFAULT_SEED, Settings::default()) {
        Ok(lab) => lab,
        Err(_) => unreachable!("the default settings are valid (tested in the core)"),
    }
}

/// The lab part of a fragment: the lab, the lesson it names, and a link error if any.
fn load(fragment: &str) -> (LazyLab, Option<LabScenario>, Option<LinkError>) {
    let fragment = fragment.trim_start_matches('#');
    let lesson = fragment
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == LESSON_KEY)
        .and_then(|(_, v)| LabScenario::from_id(v));
    match Lab::from_fragment_part(fragment) {
        Ok(Some(lab)) => (LazyLab::new(lab), lesson, None),
        Ok(None) => (LazyLab::default_unbuilt(), None, None),
        Err(e) => (LazyLab::default_unbuilt(), None, Some(e)),
    }
}

fn parse<T: std::str::FromStr>(raw: &str) -> Result<T, LabInputError> {
    let trimmed: String = raw.trim().chars().filter(|c| *c != ',').collect();
    trimmed
        .parse::<T>()
        .map_err(|_| LabInputError::NotANumber(raw.trim().to_string()))
}

impl LabState {
    /// State for a link fragment (no lab part: the default lab).
    pub fn from_fragment(fragment: &str) -> LabState {
        let (lab, lesson, notice) = load(fragment);
        LabState {
            lab,
            version: 0,
            link_version: 0,
            playing: false,
            speed: 1.0,
            carry: 0.0,
            lesson,
            selected: None,
            error: None,
            notice,
        }
    }

    /// The lab's part of the share link (the shell adds the tab).
    pub fn fragment_part(&self) -> String {
        let mut part = self.lab.to_fragment_part();
        if let Some(lesson) = self.lesson {
            part.push_str(&format!("&{LESSON_KEY}={}", lesson.id()));
        }
        part
    }

    /// Whether this is the untouched default lab: its link part is the default lab's.
    pub fn is_untouched(&self) -> bool {
        if !self.lab.is_built() {
            // Nothing has read or changed the default lab yet.
            return self.lesson.is_none();
        }
        let part = self.fragment_part();
        Lab::new(DEFAULT_SEED, Settings::default())
            .map(|lab| lab.to_fragment_part())
            .is_ok_and(|default| default == part)
    }
}

impl Reducible for LabState {
    type Action = LabAction;

    fn reduce(self: Rc<Self>, action: LabAction) -> Rc<Self> {
        if let LabAction::Tick(ms) = action {
            let mut next = (*self).clone();
            return if next.tick(ms) {
                next.version += 1;
                Rc::new(next)
            } else if next.carry != self.carry {
                // Keep the fraction without a redraw: the state compares equal.
                Rc::new(next)
            } else {
                self
            };
        }
        let mut next = (*self).clone();
        next.error = None;
        match action {
            LabAction::Tick(_) => {}
            LabAction::Shown(shown) => {
                if !shown {
                    next.playing = false;
                }
            }
            LabAction::Play => next.playing = true,
            LabAction::Pause => next.playing = false,
            LabAction::TogglePlay => next.playing = !next.playing,
            LabAction::Step => {
                next.playing = false;
                next.step();
            }
            LabAction::StepBack => {
                next.playing = false;
                next.step_back();
            }
            LabAction::Seek(t) => {
                next.lab.make_mut().seek(t);
                next.carry = 0.0;
            }
            LabAction::SetSpeed(speed) => {
                if speed.is_finite() {
                    next.speed = speed.clamp(MIN_SPEED, MAX_SPEED);
                }
            }
            LabAction::SetSeed(raw) => match parse::<u64>(&raw) {
                Ok(seed) => {
                    let settings = *next.lab.initial_settings();
                    match Lab::new(seed, settings) {
                        Ok(lab) => {
                            next.replace(lab);
                            next.lesson = None;
                            next.playing = false;
                        }
                        Err(e) => {
                            next.error =
                                Some((LabField::Seed, LabInputError::Lock(LockError::Settings(e))))
                        }
                    }
                }
                Err(e) => next.error = Some((LabField::Seed, e)),
            },
            LabAction::Reset => {
                let lab = match next.lesson {
                    Some(lesson) => Ok(lesson.build()),
                    None => {
                        let lab = &next.lab;
                        Lab::new(lab.sim().seed(), *lab.initial_settings())
                    }
                };
                if let Ok(lab) = lab {
                    next.replace(lab);
                }
                next.playing = false;
            }
            LabAction::LoadScenario(lesson) => {
                next.replace(lesson.build());
                next.lesson = Some(lesson);
                // It waits at time 0 for the student's prediction.
                next.playing = false;
            }
            LabAction::RunToEnd => {
                if let Some(lesson) = next.lesson {
                    let end = lesson.duration();
                    next.lab.make_mut().seek(end);
                }
                next.playing = false;
            }
            LabAction::Spawn(raw) => match parse::<u32>(&raw) {
                Ok(n) => next.act(LabField::Spawn, LockAction::Spawn(n)),
                Err(e) => next.error = Some((LabField::Spawn, e)),
            },
            LabAction::Crash(w) => next.act(LabField::Worker, LockAction::Crash(w)),
            LabAction::PauseWorker { worker, ms } => match parse::<u64>(&ms) {
                Ok(ms) => next.act(LabField::PauseMs, LockAction::Pause { worker, ms }),
                Err(e) => next.error = Some((LabField::PauseMs, e)),
            },
            LabAction::Resume(w) => next.act(LabField::Worker, LockAction::Resume(w)),
            LabAction::Select(w) => {
                next.selected = w;
                return Rc::new(next); // no change to the lab or the link
            }
            LabAction::SetNumber(field, raw) => next.set_number(field, &raw),
            LabAction::SetFencing(on) => {
                next.act(LabField::Switches, LockAction::Set(Setting::Fencing(on)))
            }
            LabAction::SetRenewal(on) => {
                next.act(LabField::Switches, LockAction::Set(Setting::Renewal(on)))
            }
            LabAction::SetWatchAll(on) => {
                next.act(LabField::Switches, LockAction::Set(Setting::WatchAll(on)))
            }
            LabAction::SetPlainDel(on) => {
                next.act(LabField::Switches, LockAction::Set(Setting::PlainDel(on)))
            }
            LabAction::Failover => next.act(LabField::Nodes, LockAction::Failover),
            LabAction::NodeFault { fault, node, ms } => {
                let action = match fault {
                    NodeFault::Restart => Ok(LockAction::Restart(node)),
                    NodeFault::Jump => parse(&ms).map(|ms| LockAction::ClockJump { node, ms }),
                    NodeFault::CutOff => parse(&ms).map(|ms| LockAction::CutOff { node, ms }),
                };
                match action {
                    Ok(action) => next.act(LabField::Nodes, action),
                    Err(e) => next.error = Some((LabField::Nodes, e)),
                }
            }
            LabAction::SetModel(model) => {
                let (seed, settings) = {
                    let lab = &next.lab;
                    (lab.sim().seed(), *lab.initial_settings())
                };
                if settings.model != model {
                    if let Ok(lab) = Lab::new(seed, Settings { model, ..settings }) {
                        next.replace(lab);
                        next.lesson = None;
                        next.playing = false;
                    }
                }
            }
            LabAction::RingChange(change) => next.ring_change(change),
            LabAction::SetShard(setting) => next.set_shard(setting),
            LabAction::LoadFragment(fragment) => {
                let (lab, lesson, notice) = load(&fragment);
                next.replace(lab);
                next.lesson = lesson;
                next.notice = notice;
                next.playing = false;
            }
            LabAction::DismissNotice => next.notice = None,
        }
        next.version += 1;
        next.link_version += 1;
        Rc::new(next)
    }
}

/// The shared lab reducer handle.
pub type LabContext = yew::UseReducerHandle<LabState>;

/// The lab state and its dispatcher, from the nearest provider.
#[yew::hook]
pub fn use_lab() -> LabContext {
    yew::use_context::<LabContext>().expect("lab components are mounted inside the lab provider")
}
