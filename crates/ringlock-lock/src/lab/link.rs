//! The lab as part of a URL fragment: seed, settings that differ from the defaults, and the
//! action log — enough to replay it exactly.
//!
//! Every key starts with `l`, so it sits beside the ring's keys (`v`, `n`, `vn`, `k`, `kn`,
//! `kr`, `s`) in one fragment; keys the decoder does not know are ignored.
//!
//! ```text
//! lv=1&ls=7&lw=2&lf=0&la=412p0_2500,3000F1&lc=5000
//! ```
//!
//! `lv` version, `ls` seed, `lm` model (`c`/`l`/`z`/`e`/`r` Redis/`k` Redlock/`s` sharded), `lw` workers, `ln` nodes, `lt` TTL, `ll`
//! latency, `lj` jitter, `lk` think `min-max`, `lh` hold `min-max`, `lp` pause, `lf` fencing
//! and `lr` renewal (`0`/`1`), `lx` starvation bound, `ld` lock-delay, `le` watch all
//! children (`0`/`1`), `lg` replication lag, `lu` plain `DEL` (`0`/`1`), `ly` restart
//! delay, `lo` leases (`0`: the lease family's grants never expire; absent: on), the
//! sharded model's `lks`, `li`, `lsf`, `lts` (see `link_shard`), `lc` the time shown. `la` lists actions
//! as *delay since the previous action* + code + arguments: `s`n spawn, `c`w crash,
//! `p`w`_`ms pause, `r`w resume; settings `T` TTL, `L` latency, `J` jitter, `K`min`_`max
//! think, `H`min`_`max hold, `P` pause, `F`0/1 fencing, `R`0/1 renewal, `X` starvation,
//! `D` lock-delay, `E`0/1 watch all children, `G` replication lag, `U`0/1 plain `DEL`, `Y`
//! restart delay; Redis faults `f` failover, `j`node`_`ms clock jump, `x`node`_`ms cut off,
//! `b`node restart; ring changes `d`node kill, `u`node revive, `n` join.

use super::history::{Lab, Stamped};
use super::link_action::{decode_action, encode_action, span};
use super::link_cost::{within_budget, MAX_LINK_EVENTS, MAX_LINK_TIME};
use super::link_shard::{read_shard, shard_parts};
use crate::settings::{LockError, Model, Settings, SettingsError, Span};

/// Why the lab part of a link could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// `lv` is not 1.
    Version,
    /// A field that could not be parsed (its key).
    Field(&'static str),
    /// The settings are out of range.
    Settings(SettingsError),
    /// Replaying the link would take more than [`MAX_LINK_EVENTS`] events, or reach past
    /// [`MAX_LINK_TIME`] (see [`super::link_cost`]).
    TooLong {
        /// The limit of events.
        max_events: u64,
        /// The limit of simulated time, in ms.
        max_ms: u64,
    },
    /// An action could not be applied when replayed (its position in `la`).
    Action {
        /// Position in the list, from 0.
        index: usize,
        /// Why.
        error: LockError,
    },
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::Version => write!(f, "not a version 1 lock lab link"),
            LinkError::Field(k) => write!(f, "field {k:?} cannot be read"),
            LinkError::Settings(e) => write!(f, "{e}"),
            LinkError::TooLong { max_events, max_ms } => write!(
                f,
                "replaying it would take more than {max_events} events or {max_ms} ms"
            ),
            LinkError::Action { index, error } => write!(f, "action {index}: {error}"),
        }
    }
}

impl std::error::Error for LinkError {}

impl Lab {
    /// This lab as `&`-joined `l…` keys (no leading `&` or `#`). Only settings that differ
    /// from the defaults are written.
    pub fn to_fragment_part(&self) -> String {
        let s = self.initial_settings();
        let d = Settings::default();
        let mut parts = vec!["lv=1".to_string(), format!("ls={}", self.sim().seed())];
        let mut put = |key: &str, differs: bool, value: String| {
            if differs {
                parts.push(format!("{key}={value}"));
            }
        };
        put("lm", s.model != d.model, s.model.code().to_string());
        put("lw", s.workers != d.workers, s.workers.to_string());
        put("ln", s.nodes != d.nodes, s.nodes.to_string());
        put("lt", s.ttl != d.ttl, s.ttl.to_string());
        put("ll", s.latency != d.latency, s.latency.to_string());
        put("lj", s.jitter != d.jitter, s.jitter.to_string());
        put("lk", s.think != d.think, span(s.think));
        put("lh", s.hold != d.hold, span(s.hold));
        put("lp", s.pause != d.pause, s.pause.to_string());
        put(
            "lf",
            s.fencing != d.fencing,
            u8::from(s.fencing).to_string(),
        );
        put(
            "lr",
            s.renewal != d.renewal,
            u8::from(s.renewal).to_string(),
        );
        put("lx", s.starvation != d.starvation, s.starvation.to_string());
        put("ld", s.lock_delay != d.lock_delay, s.lock_delay.to_string());
        put(
            "le",
            s.watch_all != d.watch_all,
            u8::from(s.watch_all).to_string(),
        );
        put("lg", s.repl_lag != d.repl_lag, s.repl_lag.to_string());
        put(
            "lu",
            s.plain_del != d.plain_del,
            u8::from(s.plain_del).to_string(),
        );
        put(
            "ly",
            s.restart_delay != d.restart_delay,
            s.restart_delay.to_string(),
        );
        put("lo", s.leases != d.leases, u8::from(s.leases).to_string());
        let mut last = 0;
        let actions: Vec<String> = self
            .actions()
            .iter()
            .map(|a| {
                let text = format!("{}{}", a.at - last, encode_action(a.action));
                last = a.at;
                text
            })
            .collect();
        put("la", !actions.is_empty(), actions.join(","));
        put("lc", self.now() > 0, self.now().to_string());
        parts.extend(shard_parts(s));
        parts.join("&")
    }

    /// Read the lab part of a fragment (with or without `#`; other keys are ignored).
    /// `Ok(None)` when it has no lab part. The actions are replayed once to check them,
    /// then the lab is shown at the time `lc` names.
    pub fn from_fragment_part(fragment: &str) -> Result<Option<Lab>, LinkError> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let pairs: Vec<(&str, &str)> = fragment
            .split('&')
            .filter_map(|p| p.split_once('='))
            .filter(|(k, _)| k.starts_with('l'))
            .collect();
        let get = |key: &str| pairs.iter().rev().find(|(k, _)| *k == key).map(|p| p.1);
        match get("lv") {
            None => return Ok(None),
            Some("1") => {}
            Some(_) => return Err(LinkError::Version),
        }
        fn num<T: std::str::FromStr>(
            v: Option<&str>,
            key: &'static str,
        ) -> Result<Option<T>, LinkError> {
            v.map(|v| v.parse().map_err(|_| LinkError::Field(key)))
                .transpose()
        }
        let spanned = |key: &'static str| -> Result<Option<Span>, LinkError> {
            get(key)
                .map(|v| {
                    let (a, b) = v.split_once('-').ok_or(LinkError::Field(key))?;
                    let a = a.parse().map_err(|_| LinkError::Field(key))?;
                    let b = b.parse().map_err(|_| LinkError::Field(key))?;
                    Ok(Span::new(a, b))
                })
                .transpose()
        };
        let flag = |key: &'static str| match get(key) {
            None => Ok(None),
            Some("0") => Ok(Some(false)),
            Some("1") => Ok(Some(true)),
            Some(_) => Err(LinkError::Field(key)),
        };
        let seed = num::<u64>(get("ls"), "ls")?.ok_or(LinkError::Field("ls"))?;
        let d = Settings::default();
        let model = match get("lm") {
            None => d.model,
            Some(code) => Model::from_code(code).ok_or(LinkError::Field("lm"))?,
        };
        let settings = Settings {
            model,
            workers: num(get("lw"), "lw")?.unwrap_or(d.workers),
            nodes: num(get("ln"), "ln")?.unwrap_or(d.nodes),
            ttl: num(get("lt"), "lt")?.unwrap_or(d.ttl),
            latency: num(get("ll"), "ll")?.unwrap_or(d.latency),
            jitter: num(get("lj"), "lj")?.unwrap_or(d.jitter),
            think: spanned("lk")?.unwrap_or(d.think),
            hold: spanned("lh")?.unwrap_or(d.hold),
            pause: num(get("lp"), "lp")?.unwrap_or(d.pause),
            fencing: flag("lf")?.unwrap_or(d.fencing),
            renewal: flag("lr")?.unwrap_or(d.renewal),
            starvation: num(get("lx"), "lx")?.unwrap_or(d.starvation),
            lock_delay: num(get("ld"), "ld")?.unwrap_or(d.lock_delay),
            watch_all: flag("le")?.unwrap_or(d.watch_all),
            repl_lag: num(get("lg"), "lg")?.unwrap_or(d.repl_lag),
            plain_del: flag("lu")?.unwrap_or(d.plain_del),
            restart_delay: num(get("ly"), "ly")?.unwrap_or(d.restart_delay),
            leases: flag("lo")?.unwrap_or(d.leases),
            ..d
        };
        let settings = read_shard(settings, get).map_err(LinkError::Field)?;
        settings.validate().map_err(LinkError::Settings)?;
        let mut actions = Vec::new();
        let mut at: u64 = 0;
        for text in get("la").unwrap_or("").split(',').filter(|t| !t.is_empty()) {
            let (delay, action) = decode_action(text).ok_or(LinkError::Field("la"))?;
            at = at.checked_add(delay).ok_or(LinkError::Field("la"))?;
            actions.push(Stamped { at, action });
        }
        let now = num::<u64>(get("lc"), "lc")?.unwrap_or(0);
        if !within_budget(seed, &settings, &actions, now) {
            return Err(LinkError::TooLong {
                max_events: MAX_LINK_EVENTS,
                max_ms: MAX_LINK_TIME,
            });
        }
        let mut lab = Lab::with_actions(seed, settings, actions)
            .map_err(|(index, error)| LinkError::Action { index, error })?;
        lab.seek(now);
        Ok(Some(lab))
    }
}

#[cfg(test)]
#[path = "link_tests.rs"]
mod tests;
