//! The event log: the most recent entries, newest first, in words.

use ringlock_lock::{LogEntry, LogKind, Model, Setting, TokenScope};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::{millis, node_name, secs, worker_name};
use crate::lab::components::lab_flight::kind_words;
use crate::lab::paced::{use_lab_paced, PacedProps, Turn};
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::shard::{lock_label, node_label, token_label, S};
use crate::lab::text::L;

/// Entries listed.
const SHOWN: u64 = 30;

/// A token after a space; an epoch token (only the sharded ring's reach 2³²) as `#e1·33`.
fn token(t: Option<u64>) -> String {
    let scope = |t: u64| {
        if t >> 32 == 0 {
            TokenScope::Node
        } else {
            TokenScope::Epoch
        }
    };
    t.map(|t| format!(" {}", token_label(scope(t), t)))
        .unwrap_or_default()
}

fn setting_text(lang: Lang, s: Setting) -> String {
    let on_off = |on: bool| lang.t(if on { L::On } else { L::Off });
    match s {
        Setting::Ttl(v) => format!("{} = {}", lang.t(L::FieldTtl), millis(lang, v)),
        Setting::Latency(v) => format!("{} = {}", lang.t(L::FieldLatency), millis(lang, v)),
        Setting::Jitter(v) => format!("{} = {}", lang.t(L::FieldJitter), millis(lang, v)),
        Setting::Think(s) => format!(
            "{} = {}–{}",
            lang.t(L::FieldThink),
            s.min,
            millis(lang, s.max)
        ),
        Setting::Hold(s) => format!(
            "{} = {}–{}",
            lang.t(L::FieldHold),
            s.min,
            millis(lang, s.max)
        ),
        Setting::Pause(v) => format!("{} = {}", lang.t(L::FieldPause), millis(lang, v)),
        Setting::Fencing(on) => format!("{} = {}", lang.t(L::Fencing), on_off(on)),
        Setting::Renewal(on) => format!("{} = {}", lang.t(L::Renewal), on_off(on)),
        Setting::Starvation(v) => format!("{} = {}", lang.t(L::FieldStarvation), millis(lang, v)),
        Setting::LockDelay(v) => format!("{} = {}", lang.t(L::FieldLockDelay), millis(lang, v)),
        Setting::WatchAll(on) => format!("{} = {}", lang.t(L::WatchAll), on_off(on)),
        Setting::ReplLag(v) => format!("{} = {}", lang.t(K::FieldReplLag), millis(lang, v)),
        Setting::PlainDel(on) => format!("{} = {}", lang.t(K::PlainDel), on_off(on)),
        Setting::RestartDelay(v) => {
            format!("{} = {}", lang.t(K::FieldRestartDelay), millis(lang, v))
        }
    }
}

/// One log entry in words, and a class for its colour (`model` names the Redis nodes).
pub fn entry_text(lang: Lang, model: Model, e: &LogEntry) -> (&'static str, String) {
    let w = |w| worker_name(lang, w);
    let n = |node| node_name(lang, model, node);
    match e.kind {
        LogKind::Spawned { worker, node } => ("", lang.f(L::LogSpawned, &[&w(worker), &node])),
        LogKind::Requested { worker } => ("", lang.f(L::LogRequested, &[&w(worker)])),
        LogKind::Queued {
            worker, position, ..
        } => ("", lang.f(L::LogQueued, &[&w(worker), &(position + 1)])),
        LogKind::Granted {
            worker, token: t, ..
        } => ("grant", lang.f(L::LogGranted, &[&w(worker), &token(t)])),
        LogKind::Holding {
            worker,
            token: t,
            waited,
        } => (
            "grant",
            lang.f(
                L::LogHolding,
                &[&w(worker), &token(t), &millis(lang, waited)],
            ),
        ),
        LogKind::Renewed {
            worker,
            token: t,
            until,
        } => (
            "",
            lang.f(
                L::LogRenewed,
                &[&w(worker), &token(Some(t)), &secs(lang, until)],
            ),
        ),
        LogKind::RenewIgnored { worker, token: t } => (
            "warn",
            lang.f(L::LogRenewIgnored, &[&w(worker), &token(Some(t))]),
        ),
        LogKind::Expired { worker, token: t } => (
            "warn",
            lang.f(L::LogExpired, &[&w(worker), &token(Some(t))]),
        ),
        LogKind::WriteSent { worker, token: t } => {
            ("", lang.f(L::LogWriteSent, &[&w(worker), &token(t)]))
        }
        LogKind::WriteAccepted { worker, token: t } => {
            ("ok", lang.f(L::LogWriteAccepted, &[&w(worker), &token(t)]))
        }
        LogKind::WriteRejected {
            worker,
            token: t,
            highest,
        } => (
            "bad",
            lang.f(
                L::LogWriteRejected,
                &[&w(worker), &token(t), &token(Some(highest))],
            ),
        ),
        LogKind::Released { worker, .. } => ("", lang.f(L::LogReleased, &[&w(worker)])),
        LogKind::ReleaseIgnored { worker, token: t } => (
            "warn",
            lang.f(L::LogReleaseIgnored, &[&w(worker), &token(Some(t))]),
        ),
        LogKind::Dropped { worker, kind } => (
            "warn",
            lang.f(L::LogDropped, &[&kind_words(lang, kind).1, &w(worker)]),
        ),
        LogKind::Crashed { worker } => ("bad", lang.f(L::LogCrashed, &[&w(worker)])),
        LogKind::Paused { worker, until } => (
            "warn",
            lang.f(L::LogPaused, &[&w(worker), &secs(lang, until)]),
        ),
        LogKind::Resumed { worker } => ("", lang.f(L::LogResumed, &[&w(worker)])),
        LogKind::Setting(s) => ("", lang.f(L::LogSetting, &[&setting_text(lang, s)])),
        LogKind::LockDelayed { until, .. } => {
            ("warn", lang.f(L::LogLockDelayed, &[&secs(lang, until)]))
        }
        LogKind::Notified { worker, .. } if model == Model::Etcd => {
            ("", lang.f(E::LogNotifiedEtcd, &[&w(worker)]))
        }
        LogKind::SessionExpired { worker, revision } => (
            "warn",
            lang.f(E::LogSessionExpired, &[&w(worker), &revision]),
        ),
        LogKind::Notified { worker, count } if count <= 1 => {
            ("", lang.f(L::LogNotifiedOne, &[&w(worker)]))
        }
        LogKind::Notified { worker, count } => (
            "warn",
            lang.f(
                L::LogNotifiedAll,
                &[&w(worker), &lang.num(u64::from(count))],
            ),
        ),
        LogKind::KeySet {
            worker,
            node,
            won: true,
        } => ("", lang.f(K::LogKeySet, &[&w(worker), &n(node)])),
        LogKind::KeySet { worker, node, .. } => {
            ("", lang.f(K::LogKeyTaken, &[&w(worker), &n(node)]))
        }
        LogKind::KeyExpired { worker, node } => {
            ("warn", lang.f(K::LogKeyExpired, &[&w(worker), &n(node)]))
        }
        LogKind::KeyDeleted {
            worker,
            node,
            owner: Some(owner),
        } if owner != worker => (
            "bad",
            lang.f(K::LogUnlockForeign, &[&w(worker), &n(node), &w(owner)]),
        ),
        LogKind::KeyDeleted {
            worker,
            node,
            owner: Some(_),
        } => ("", lang.f(K::LogUnlockOwn, &[&w(worker), &n(node)])),
        LogKind::KeyDeleted { worker, node, .. } => {
            ("", lang.f(K::LogUnlockNone, &[&w(worker), &n(node)]))
        }
        // A single master has no votes: the SET took the key or found it taken.
        LogKind::Votes {
            worker,
            validity: Some(v),
            ..
        } if model == Model::Redis => (
            "grant",
            lang.f(K::LogSetWon, &[&w(worker), &millis(lang, v)]),
        ),
        LogKind::Votes { worker, .. } if model == Model::Redis => {
            ("warn", lang.f(K::LogSetLost, &[&w(worker)]))
        }
        LogKind::Votes {
            worker,
            votes,
            validity: Some(v),
        } => (
            "grant",
            lang.f(K::LogVotesWon, &[&w(worker), &votes, &millis(lang, v)]),
        ),
        LogKind::Votes { worker, votes, .. } => {
            ("warn", lang.f(K::LogVotesLost, &[&w(worker), &votes]))
        }
        LogKind::FailedOver { lost: Some(who) } => {
            ("bad", lang.f(K::LogFailedOverLost, &[&w(who)]))
        }
        LogKind::FailedOver { lost: None } => ("warn", lang.t(K::LogFailedOver).to_string()),
        LogKind::ClockJumped { node, ms } => (
            "bad",
            lang.f(K::LogClockJumped, &[&n(node), &millis(lang, ms)]),
        ),
        LogKind::NodeCutOff { node, until } => (
            "warn",
            lang.f(K::LogCutOff, &[&n(node), &secs(lang, until)]),
        ),
        LogKind::NodeRestarted { node, until } => (
            "bad",
            lang.f(K::LogRestarted, &[&n(node), &secs(lang, until)]),
        ),
        LogKind::NodeKilled { node, epoch } => (
            "bad",
            lang.f(S::LogKilled, &[&node_label(lang, node), &epoch]),
        ),
        LogKind::NodeRevived { node, epoch } => (
            "",
            lang.f(S::LogRevived, &[&node_label(lang, node), &epoch]),
        ),
        LogKind::NodeJoined { node, epoch } => {
            ("", lang.f(S::LogJoined, &[&node_label(lang, node), &epoch]))
        }
        LogKind::LockMoved {
            lock,
            from,
            to,
            held,
            kept,
        } => {
            let args = [
                lock_label(lang, lock),
                node_label(lang, from),
                node_label(lang, to),
            ];
            let args: Vec<&dyn std::fmt::Display> = args.iter().map(|a| a as _).collect();
            match (kept, held) {
                (true, _) => ("", lang.f(S::LogMovedKept, &args)),
                (false, true) => ("bad", lang.f(S::LogMovedLost, &args)),
                (false, false) => ("warn", lang.f(S::LogMovedLost, &args)),
            }
        }
    }
}

/// The log panel.
#[function_component(LabLog)]
pub fn lab_log() -> Html {
    let lab = use_lab_paced(Turn::Log);
    html! { <LabLogPanel {lab} /> }
}

/// [`LabLog`] as drawn from the paced lab: skipped whole while its snapshot is the same.
#[function_component(LabLogPanel)]
fn lab_log_panel(PacedProps { lab }: &PacedProps) -> Html {
    let lang = use_lang();
    let l = &lab.lab;
    let sim = l.sim();
    let total = sim.log_total();
    let model = sim.settings().model;
    let mut entries: Vec<&LogEntry> = sim.log_since(total.saturating_sub(SHOWN)).collect();
    entries.reverse();
    html! {
        <section class="panel lab-log" aria-labelledby="lab-log-title">
            <div class="panel-head">
                <h2 id="lab-log-title">{ lang.t(L::Log) }</h2>
                <span class="panel-meta">{ lang.f(L::LogCount, &[&lang.num(total)]) }</span>
            </div>
            <ol class="log-list" tabindex="0" aria-labelledby="lab-log-title">
                { for entries.iter().map(|e| {
                    let (class, text) = entry_text(lang, model, e);
                    html! { <li class={class}><span class="log-time">{ secs(lang, e.at) }</span>{ text }</li> }
                }) }
            </ol>
        </section>
    }
}
