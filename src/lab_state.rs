//! Lock-lab state: the [`Lab`] plus playback and what the UI remembers around it, changed only
//! through [`LabAction`]s.
//!
//! Like the ring in [`crate::state`], the lab lives behind `Rc<RefCell<_>>` and is mutated in
//! place; every reduction that changes it bumps `version` (what components compare to redraw)
//! and, unless it is a playback tick, `link_version` (what the share link follows — rewriting
//! the address sixty times a second would be wasted work). The core never reads a clock: a
//! [`LabAction::Tick`] carries the real milliseconds of one animation frame, and the logical
//! time it advances is that times the speed.

use std::cell::RefCell;
use std::rc::Rc;

use ringlock_lock::{
    Action as LockAction, Lab, LabScenario, LinkError, LockError, Model, Setting, Settings, Time,
    WorkerId,
};
use yew::Reducible;

/// Slowest playback: a tenth of real time.
pub const MIN_SPEED: f64 = 0.1;
/// Fastest playback: a hundred times real time.
pub const MAX_SPEED: f64 = 100.0;
/// Seed of the default lab.
pub const DEFAULT_SEED: u64 = 1;
/// Longest real frame counted: a tab brought back from the background must not leap ahead.
const MAX_FRAME_MS: f64 = 100.0;
/// Most events one "step" runs while looking for something visible to happen.
const STEP_LIMIT: usize = 10_000;
/// Fragment key of the lesson shown (ignored by the core's link decoder).
const LESSON_KEY: &str = "lq";

/// Which half of the app is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    /// The consistent-hashing ring.
    #[default]
    Ring,
    /// The lock lab.
    Lab,
    /// The placement algorithms side by side.
    Algorithms,
}

impl Tab {
    /// The tab a fragment names (`t=lab`, `t=algo`); the ring otherwise.
    pub fn from_fragment(fragment: &str) -> Tab {
        let mut parts = fragment.trim_start_matches('#').split('&');
        match parts.find(|p| *p == "t=lab" || *p == "t=algo") {
            Some("t=lab") => Tab::Lab,
            Some(_) => Tab::Algorithms,
            None => Tab::Ring,
        }
    }
}

/// Which input an error belongs next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabField {
    /// The seed field.
    Seed,
    /// The spawn buttons and field.
    Spawn,
    /// The selected worker's buttons.
    Worker,
    /// The pause length field.
    PauseMs,
    /// Lease TTL.
    Ttl,
    /// Network latency.
    Latency,
    /// Network jitter.
    Jitter,
    /// Chubby's lock-delay.
    LockDelay,
    /// The fencing and renewal switches.
    Switches,
    /// Redis replication lag.
    ReplLag,
    /// Redlock's restart delay.
    RestartDelay,
    /// The Redis nodes' fault buttons and the fault length.
    Nodes,
}

/// A fault to inflict on one Redlock node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeFault {
    /// Its clock jumps forward by the fault length.
    Jump,
    /// It is unreachable for the fault length.
    CutOff,
    /// It restarts without persistence (for the restart delay).
    Restart,
}

/// An error to show next to an input.
#[derive(Clone, Debug, PartialEq)]
pub enum LabInputError {
    /// Text that should have been a whole number.
    NotANumber(String),
    /// The core refused the action.
    Lock(LockError),
}

/// What the user can do to the lab.
#[derive(Clone, Debug, PartialEq)]
pub enum LabAction {
    /// Show a tab.
    SetTab(Tab),
    /// Start playback.
    Play,
    /// Stop playback.
    Pause,
    /// Play or pause.
    TogglePlay,
    /// One animation frame of playback: real milliseconds since the last one.
    Tick(f64),
    /// Run to the next logged event.
    Step,
    /// Go back to the previous moment something was logged.
    StepBack,
    /// Move to a logical time (back by rebuilding, forward by running).
    Seek(Time),
    /// Playback speed, clamped to [`MIN_SPEED`]–[`MAX_SPEED`].
    SetSpeed(f64),
    /// A new lab with this seed (as typed), same settings, no actions.
    SetSeed(String),
    /// Back to time 0 with no actions (a lesson: its own recorded action).
    Reset,
    /// Load a lesson, and play it.
    LoadScenario(LabScenario),
    /// Jump to the end of the current lesson.
    RunToEnd,
    /// Spawn workers (count as typed).
    Spawn(String),
    /// Crash a worker.
    Crash(WorkerId),
    /// Pause a worker for a time (as typed, ms).
    PauseWorker {
        /// The worker.
        worker: WorkerId,
        /// Milliseconds as typed.
        ms: String,
    },
    /// Wake a paused worker.
    Resume(WorkerId),
    /// Select a worker (or none) for the detail panel.
    Select(Option<WorkerId>),
    /// Change a numeric setting (value as typed).
    SetNumber(LabField, String),
    /// Switch fencing.
    SetFencing(bool),
    /// Switch renewal.
    SetRenewal(bool),
    /// Switch ZooKeeper's watches between the predecessor (off) and all children (on).
    SetWatchAll(bool),
    /// Switch Redis releases between compare-and-delete (off) and a plain `DEL` (on).
    SetPlainDel(bool),
    /// Redis: the master dies and the replica takes over.
    Failover,
    /// Redlock: a fault on one node, with its length as typed (a restart ignores it).
    NodeFault {
        /// Which fault.
        fault: NodeFault,
        /// The node, 0–4.
        node: u32,
        /// Milliseconds as typed.
        ms: String,
    },
    /// Start a new lab with another lock model.
    SetModel(Model),
    /// Load a link fragment's lab part (a malformed one loads the default with a notice).
    LoadFragment(String),
    /// Hide the bad-link notice.
    DismissNotice,
}

/// Everything the lock lab shows.
#[derive(Clone)]
pub struct LabState {
    /// The lab (mutated in place; see the module docs).
    pub lab: Rc<RefCell<Lab>>,
    /// Bumped on every change to the lab.
    pub version: u64,
    /// Bumped on every change the share link should follow.
    pub link_version: u64,
    /// The tab shown.
    pub tab: Tab,
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
        Rc::ptr_eq(&self.lab, &other.lab)
            && self.version == other.version
            && self.link_version == other.link_version
            && self.tab == other.tab
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
fn load(fragment: &str) -> (Lab, Option<LabScenario>, Option<LinkError>) {
    let fragment = fragment.trim_start_matches('#');
    let lesson = fragment
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == LESSON_KEY)
        .and_then(|(_, v)| LabScenario::from_id(v));
    match Lab::from_fragment_part(fragment) {
        Ok(Some(lab)) => (lab, lesson, None),
        Ok(None) => (default_lab(), None, None),
        Err(e) => (default_lab(), None, Some(e)),
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
            lab: Rc::new(RefCell::new(lab)),
            version: 0,
            link_version: 0,
            tab: Tab::from_fragment(fragment),
            playing: false,
            speed: 1.0,
            carry: 0.0,
            lesson,
            selected: None,
            error: None,
            notice,
        }
    }

    /// The lab's part of the share link, plus the tab when the lab is open.
    pub fn fragment_part(&self) -> String {
        let mut part = self.lab.borrow().to_fragment_part();
        if let Some(lesson) = self.lesson {
            part.push_str(&format!("&{LESSON_KEY}={}", lesson.id()));
        }
        match self.tab {
            Tab::Lab => part.push_str("&t=lab"),
            Tab::Algorithms => part.push_str("&t=algo"),
            Tab::Ring => {}
        }
        part
    }

    /// What the share link carries for the lab: nothing while it is the untouched default lab
    /// on the ring tab (a link to the ring alone stays as short as before), its part otherwise.
    pub fn link_part(&self) -> Option<String> {
        let part = self.fragment_part();
        let untouched = Lab::new(DEFAULT_SEED, Settings::default())
            .map(|lab| lab.to_fragment_part())
            .is_ok_and(|default| default == part);
        (!untouched).then_some(part)
    }

    fn replace(&mut self, lab: Lab) {
        self.lab = Rc::new(RefCell::new(lab));
        self.selected = None;
        self.carry = 0.0;
    }

    fn act(&mut self, field: LabField, action: LockAction) {
        if let Err(e) = self.lab.borrow_mut().apply(action) {
            self.error = Some((field, LabInputError::Lock(e)));
        }
    }

    fn tick(&mut self, real_ms: f64) -> bool {
        if !self.playing || !real_ms.is_finite() || real_ms <= 0.0 {
            return false;
        }
        let due = self.carry + real_ms.min(MAX_FRAME_MS) * self.speed;
        let whole = due.floor();
        self.carry = due - whole;
        if whole < 1.0 {
            return false;
        }
        let mut lab = self.lab.borrow_mut();
        let before = lab.now();
        let target = before.saturating_add(whole as Time);
        // A lesson stops by itself where its story ends, so the outcome stays on screen.
        match self.lesson.map(LabScenario::duration) {
            Some(end) if before < end && target >= end => {
                lab.run_until(end);
                self.playing = false;
                self.link_version += 1;
            }
            _ => lab.run_until(target),
        }
        true
    }

    fn step(&mut self) {
        let mut lab = self.lab.borrow_mut();
        let seen = lab.sim().log_total();
        for _ in 0..STEP_LIMIT {
            if !lab.step() || lab.sim().log_total() != seen {
                break;
            }
        }
    }

    fn step_back(&mut self) {
        let mut lab = self.lab.borrow_mut();
        let now = lab.now();
        if now == 0 {
            return;
        }
        let total = lab.sim().log_total();
        let previous = lab
            .sim()
            .log_since(total.saturating_sub(ringlock_lock::LOG_LEN as u64))
            .map(|e| e.at)
            .filter(|&at| at < now)
            .max()
            .unwrap_or(0);
        lab.seek(previous);
    }

    fn set_number(&mut self, field: LabField, raw: &str) {
        let value: u64 = match parse(raw) {
            Ok(v) => v,
            Err(e) => {
                self.error = Some((field, e));
                return;
            }
        };
        let setting = match field {
            LabField::Ttl => Setting::Ttl(value),
            LabField::Latency => Setting::Latency(value),
            LabField::Jitter => Setting::Jitter(value),
            LabField::LockDelay => Setting::LockDelay(value),
            LabField::ReplLag => Setting::ReplLag(value),
            LabField::RestartDelay => Setting::RestartDelay(value),
            _ => return,
        };
        let current = *self.lab.borrow().sim().settings();
        let mut changed = current;
        if changed.set(setting).is_ok() && changed == current {
            return; // unchanged: no action in the history
        }
        self.act(field, LockAction::Set(setting));
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
            LabAction::SetTab(tab) => {
                next.tab = tab;
                if tab != Tab::Lab {
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
                next.lab.borrow_mut().seek(t);
                next.carry = 0.0;
            }
            LabAction::SetSpeed(speed) => {
                if speed.is_finite() {
                    next.speed = speed.clamp(MIN_SPEED, MAX_SPEED);
                }
            }
            LabAction::SetSeed(raw) => match parse::<u64>(&raw) {
                Ok(seed) => {
                    let settings = *next.lab.borrow().initial_settings();
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
                        let lab = next.lab.borrow();
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
                next.playing = true;
            }
            LabAction::RunToEnd => {
                if let Some(lesson) = next.lesson {
                    let end = lesson.duration();
                    next.lab.borrow_mut().seek(end);
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
                    let lab = next.lab.borrow();
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
            LabAction::LoadFragment(fragment) => {
                let (lab, lesson, notice) = load(&fragment);
                next.replace(lab);
                next.lesson = lesson;
                next.notice = notice;
                next.tab = Tab::from_fragment(&fragment);
                next.playing = false;
            }
            LabAction::DismissNotice => next.notice = None,
        }
        next.version += 1;
        next.link_version += 1;
        Rc::new(next)
    }
}
