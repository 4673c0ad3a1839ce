//! What the user can do to the lab, and where a refusal is shown.

use ringlock_lock::{LabScenario, LockError, Model, ShardFix, Time, TokenScope, WorkerId};

/// Slowest playback: a tenth of real time.
pub const MIN_SPEED: f64 = 0.1;
/// Fastest playback: a hundred times real time.
pub const MAX_SPEED: f64 = 100.0;

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
    /// The sharded ring's change buttons.
    Ring,
    /// The sharded ring's own settings (a new lab).
    Shard,
}

/// A change of the sharded ring's membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RingChange {
    /// A node dies.
    Kill(u32),
    /// A dead node comes back.
    Revive(u32),
    /// A new node joins.
    Join,
}

/// One of the sharded ring's settings, fixed for a lab's life: changing it starts a new lab.
#[derive(Clone, Debug, PartialEq)]
pub enum ShardSetting {
    /// Ring nodes at the start, as typed.
    Nodes(String),
    /// Lock names, as typed.
    Locks(String),
    /// Points per node, as typed.
    Vnodes(String),
    /// What a node does with arcs it gains.
    Fix(ShardFix),
    /// Where tokens come from.
    Scope(TokenScope),
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
    /// The lab's tab was shown (`true`) or left (`false`: playback stops).
    Shown(bool),
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
    /// Load a lesson at time 0, paused until the student has answered its question.
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
    /// Sharded: kill, revive or join a ring node.
    RingChange(RingChange),
    /// Sharded: a new lab with one of the ring's own settings changed.
    SetShard(ShardSetting),
    /// Load a link fragment's lab part (a malformed one loads the default with a notice).
    LoadFragment(String),
    /// Hide the bad-link notice.
    DismissNotice,
}
