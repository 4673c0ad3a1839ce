//! The sharded model's keys in a lab link: `lks` lock names, `li` points per node, `lsf` what
//! a node does with arcs it gains (`n` nothing, `w` wait one TTL, `h` hand-off), `lts` where
//! tokens come from (`n` per node, `e` epoch and counter). Each is written only when it
//! differs from the default.

use crate::settings::{Settings, ShardFix, TokenScope};

/// The sharded keys of `s` that differ from the defaults, as `key=value`.
pub fn shard_parts(s: &Settings) -> Vec<String> {
    let d = Settings::default();
    let mut parts = Vec::new();
    if s.locks != d.locks {
        parts.push(format!("lks={}", s.locks));
    }
    if s.vnodes != d.vnodes {
        parts.push(format!("li={}", s.vnodes));
    }
    if s.shard_fix != d.shard_fix {
        parts.push(format!("lsf={}", s.shard_fix.code()));
    }
    if s.token_scope != d.token_scope {
        parts.push(format!("lts={}", s.token_scope.code()));
    }
    parts
}

/// `base` with the sharded keys `get` finds; a value that cannot be read is an error naming
/// its key.
pub fn read_shard<'a>(
    base: Settings,
    get: impl Fn(&str) -> Option<&'a str>,
) -> Result<Settings, &'static str> {
    let num = |key: &'static str, default: u32| match get(key) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| key),
    };
    let fix = match get("lsf") {
        None => base.shard_fix,
        Some(code) => ShardFix::from_code(code).ok_or("lsf")?,
    };
    let scope = match get("lts") {
        None => base.token_scope,
        Some(code) => TokenScope::from_code(code).ok_or("lts")?,
    };
    Ok(Settings {
        locks: num("lks", base.locks)?,
        vnodes: num("li", base.vnodes)?,
        shard_fix: fix,
        token_scope: scope,
        ..base
    })
}
