//! The lock lab's refusals in words: settings out of range, refused actions, bad input, and
//! a lab link that could not be read.

use ringlock_lock::{Field as LimitField, LinkError, LockError, SettingsError};

use crate::i18n::catalogue;
use crate::i18n::common::C;
use crate::i18n::Lang;
use crate::lab::state::LabInputError;
use crate::lab::text::redis::K;
use crate::lab::text::shard::{node_label, S};
use crate::lab::text::L;

catalogue! {
    /// The lab's refusals and its link's errors.
    pub enum LE {
        OutOfRange => "{0} must be between {1} and {2} (got {3}).", "{0}必须在 {1} 到 {2} 之间（输入为 {3}）。";
        Reversed => "{0}: the minimum {1} exceeds the maximum {2}.", "{0}：最小值 {1} 大于最大值 {2}。";
        UnknownWorker => "There is no worker {0}.", "不存在工作者 {0}。";
        WorkerCrashed => "Worker {0} has crashed: a crashed worker cannot be crashed, paused or resumed.",
                         "工作者 {0} 已崩溃：已崩溃的工作者不能再崩溃、暂停或恢复。";
        AlreadyPaused => "Worker {0} is already paused.", "工作者 {0} 已处于暂停状态。";
        NotPaused => "Worker {0} is not paused.", "工作者 {0} 未暂停。";
        TooManyWorkers => "Limit reached: {0} workers would exceed the limit of {1}.", "已达上限：{0} 个工作者将超过 {1} 的上限。";
        TooManyActions => "Limit reached: a run holds at most {0} actions. Reset to start again.", "已达上限：一次运行最多记录 {0} 个操作。请重置后重新开始。";
        BadLabLink => "The lock-lab part of this link could not be read: {0} The default lab is shown instead.",
                      "无法读取此链接中的锁实验室部分：{0}已改为显示默认实验。";
        LinkVersion => "It is not a version 1 lock-lab link.", "这不是第 1 版锁实验室链接。";
        LinkAction => "Action {0} cannot be replayed: {1}", "第 {0} 个操作无法重放：{1}";
        LinkTooLong => "Replaying it would take more than {0} simulated events or {1} days of simulated time, which would freeze the page.",
                       "重放它需要超过 {0} 个模拟事件或 {1} 天的模拟时间，会让页面卡住。";
    }
}

/// Words for a field in an error.
fn field_name(lang: Lang, field: LimitField) -> &'static str {
    let l = |m: L| lang.t(m);
    let k = |m: K| lang.t(m);
    match field {
        LimitField::Workers => l(L::FieldWorkers),
        LimitField::Nodes => l(L::FieldNodes),
        LimitField::Ttl => l(L::FieldTtl),
        LimitField::Latency => l(L::FieldLatency),
        LimitField::Jitter => l(L::FieldJitter),
        LimitField::Think => l(L::FieldThink),
        LimitField::Hold => l(L::FieldHold),
        LimitField::Pause => l(L::FieldPause),
        LimitField::Starvation => l(L::FieldStarvation),
        LimitField::Spawn => l(L::FieldSpawn),
        LimitField::LockDelay => l(L::FieldLockDelay),
        LimitField::ReplLag => k(K::FieldReplLag),
        LimitField::RestartDelay => k(K::FieldRestartDelay),
        LimitField::ClockJump => k(K::FieldClockJump),
        LimitField::Outage => k(K::FieldOutage),
        LimitField::Locks => lang.t(S::FieldLocks),
        LimitField::Vnodes => lang.t(S::FieldVnodes),
    }
}

/// The words for a settings error, with the limits.
pub fn settings_error_text(lang: Lang, error: &SettingsError) -> String {
    match *error {
        SettingsError::OutOfRange {
            field,
            value,
            min,
            max,
        } => lang.f(
            LE::OutOfRange,
            &[
                &field_name(lang, field),
                &lang.num(min),
                &lang.num(max),
                &lang.num(value),
            ],
        ),
        SettingsError::Reversed { field, min, max } => lang.f(
            LE::Reversed,
            &[&field_name(lang, field), &lang.num(min), &lang.num(max)],
        ),
    }
}

/// The words for a refused lab action.
pub fn lock_error_text(lang: Lang, error: &LockError) -> String {
    match *error {
        LockError::UnknownWorker(w) => lang.f(LE::UnknownWorker, &[&w.0]),
        LockError::Crashed(w) => lang.f(LE::WorkerCrashed, &[&w.0]),
        LockError::AlreadyPaused(w) => lang.f(LE::AlreadyPaused, &[&w.0]),
        LockError::NotPaused(w) => lang.f(LE::NotPaused, &[&w.0]),
        LockError::TooManyWorkers { max, would_be } => lang.f(
            LE::TooManyWorkers,
            &[&lang.num(would_be as u64), &lang.num(max as u64)],
        ),
        LockError::Settings(e) => settings_error_text(lang, &e),
        LockError::TooManyActions { max } => lang.f(LE::TooManyActions, &[&lang.num(max as u64)]),
        LockError::WrongModel => lang.t(K::WrongModel).to_string(),
        LockError::UnknownNode(n) => lang.f(K::UnknownNode, &[&n]),
        LockError::AlreadyFailedOver => lang.t(K::AlreadyFailedOver).to_string(),
        LockError::NodeDown(n) => lang.f(S::NodeDown, &[&node_label(lang, n)]),
        LockError::NodeUp(n) => lang.f(S::NodeUp, &[&node_label(lang, n)]),
        LockError::LastNode => lang.t(S::LastNode).to_string(),
        LockError::RingFull(max) => lang.f(S::RingFull, &[&max]),
    }
}

/// The words for an input error.
pub fn lab_error_text(lang: Lang, error: &LabInputError) -> String {
    match error {
        LabInputError::NotANumber(raw) if raw.is_empty() => lang.t(C::EnterNumber).to_string(),
        LabInputError::NotANumber(raw) => lang.f(C::NotANumber, &[raw]),
        LabInputError::Lock(e) => lock_error_text(lang, e),
    }
}

/// The words for a lab link that could not be read.
pub fn link_error_text(lang: Lang, error: &LinkError) -> String {
    let reason = match error {
        LinkError::Version => lang.t(LE::LinkVersion).to_string(),
        LinkError::Field(key) => lang.f(C::LinkField, &[key]),
        LinkError::Settings(e) => settings_error_text(lang, e),
        LinkError::TooLong { max_events, max_ms } => lang.f(
            LE::LinkTooLong,
            &[&lang.num(*max_events), &(max_ms / 86_400_000)],
        ),
        LinkError::Action { index, error } => lang.f(
            LE::LinkAction,
            &[&(index + 1), &lock_error_text(lang, error)],
        ),
    };
    lang.f(LE::BadLabLink, &[&reason])
}
