//! One action of a lab link's `la` list: its code and arguments (see `link` for the table),
//! written and read back.

use super::action::Action;
use crate::settings::{Setting, Span};
use crate::WorkerId;

/// A span as the link writes it: `min-max`.
pub fn span(s: Span) -> String {
    format!("{}-{}", s.min, s.max)
}

/// An action as the link writes it, without its delay.
pub fn encode_action(action: Action) -> String {
    match action {
        Action::Spawn(n) => format!("s{n}"),
        Action::Crash(w) => format!("c{}", w.0),
        Action::Pause { worker, ms } => format!("p{}_{ms}", worker.0),
        Action::Resume(w) => format!("r{}", w.0),
        Action::Set(s) => match s {
            Setting::Ttl(v) => format!("T{v}"),
            Setting::Latency(v) => format!("L{v}"),
            Setting::Jitter(v) => format!("J{v}"),
            Setting::Think(s) => format!("K{}_{}", s.min, s.max),
            Setting::Hold(s) => format!("H{}_{}", s.min, s.max),
            Setting::Pause(v) => format!("P{v}"),
            Setting::Fencing(on) => format!("F{}", u8::from(on)),
            Setting::Renewal(on) => format!("R{}", u8::from(on)),
            Setting::Starvation(v) => format!("X{v}"),
            Setting::LockDelay(v) => format!("D{v}"),
            Setting::WatchAll(on) => format!("E{}", u8::from(on)),
            Setting::ReplLag(v) => format!("G{v}"),
            Setting::PlainDel(on) => format!("U{}", u8::from(on)),
            Setting::RestartDelay(v) => format!("Y{v}"),
        },
        Action::Failover => "f".to_string(),
        Action::ClockJump { node, ms } => format!("j{node}_{ms}"),
        Action::CutOff { node, ms } => format!("x{node}_{ms}"),
        Action::Restart(node) => format!("b{node}"),
        Action::KillNode(node) => format!("d{node}"),
        Action::ReviveNode(node) => format!("u{node}"),
        Action::JoinNode => "n".to_string(),
    }
}

/// A delay and an action read back, or `None` if `text` is not one.
pub fn decode_action(text: &str) -> Option<(u64, Action)> {
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let delay = text[..split].parse().ok()?;
    let code = text[split..].chars().next()?;
    // After the code's own bytes: a link may put any character there (`la=12é`).
    let args = &text[split + code.len_utf8()..];
    let one = || args.parse::<u64>().ok();
    let two = || {
        let (a, b) = args.split_once('_')?;
        Some((a.parse::<u64>().ok()?, b.parse::<u64>().ok()?))
    };
    let worker = || args.parse::<u32>().ok().map(WorkerId);
    let flag = || match args {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    };
    let action = match code {
        's' => Action::Spawn(args.parse().ok()?),
        'c' => Action::Crash(worker()?),
        'r' => Action::Resume(worker()?),
        'p' => {
            let (w, ms) = two()?;
            Action::Pause {
                worker: WorkerId(u32::try_from(w).ok()?),
                ms,
            }
        }
        'T' => Action::Set(Setting::Ttl(one()?)),
        'L' => Action::Set(Setting::Latency(one()?)),
        'J' => Action::Set(Setting::Jitter(one()?)),
        'K' => two().map(|(a, b)| Action::Set(Setting::Think(Span::new(a, b))))?,
        'H' => two().map(|(a, b)| Action::Set(Setting::Hold(Span::new(a, b))))?,
        'P' => Action::Set(Setting::Pause(one()?)),
        'F' => Action::Set(Setting::Fencing(flag()?)),
        'R' => Action::Set(Setting::Renewal(flag()?)),
        'X' => Action::Set(Setting::Starvation(one()?)),
        'D' => Action::Set(Setting::LockDelay(one()?)),
        'E' => Action::Set(Setting::WatchAll(flag()?)),
        'G' => Action::Set(Setting::ReplLag(one()?)),
        'U' => Action::Set(Setting::PlainDel(flag()?)),
        'Y' => Action::Set(Setting::RestartDelay(one()?)),
        'f' if args.is_empty() => Action::Failover,
        'j' | 'x' => {
            let (node, ms) = two()?;
            let node = u32::try_from(node).ok()?;
            if code == 'j' {
                Action::ClockJump { node, ms }
            } else {
                Action::CutOff { node, ms }
            }
        }
        'b' => Action::Restart(args.parse().ok()?),
        'd' => Action::KillNode(args.parse().ok()?),
        'u' => Action::ReviveNode(args.parse().ok()?),
        'n' if args.is_empty() => Action::JoinNode,
        _ => return None,
    };
    Some((delay, action))
}
