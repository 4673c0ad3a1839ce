//! The lab state's steps that change the lab: one action, playback frames, stepping.

use ringlock_lock::{Action as LockAction, LabScenario, Setting, Time};

use super::{parse, LabField, LabInputError, LabState, LazyLab, MAX_FRAME_MS, STEP_LIMIT};

impl LabState {
    pub(super) fn replace(&mut self, lab: impl Into<LazyLab>) {
        self.lab = lab.into();
        self.selected = None;
        self.carry = 0.0;
    }

    pub(super) fn act(&mut self, field: LabField, action: LockAction) {
        if let Err(e) = self.lab.make_mut().apply(action) {
            self.error = Some((field, LabInputError::Lock(e)));
        }
    }

    pub(super) fn tick(&mut self, real_ms: f64) -> bool {
        if !self.playing || !real_ms.is_finite() || real_ms <= 0.0 {
            return false;
        }
        let due = self.carry + real_ms.min(MAX_FRAME_MS) * self.speed;
        let whole = due.floor();
        self.carry = due - whole;
        if whole < 1.0 {
            return false;
        }
        let lab = self.lab.make_mut();
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

    pub(super) fn step(&mut self) {
        let lab = self.lab.make_mut();
        let seen = lab.sim().log_total();
        for _ in 0..STEP_LIMIT {
            if !lab.step() || lab.sim().log_total() != seen {
                break;
            }
        }
    }

    pub(super) fn step_back(&mut self) {
        let lab = &self.lab;
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
        self.lab.make_mut().seek(previous);
    }

    pub(super) fn set_number(&mut self, field: LabField, raw: &str) {
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
        let current = *self.lab.sim().settings();
        let mut changed = current;
        if changed.set(setting).is_ok() && changed == current {
            return; // unchanged: no action in the history
        }
        self.act(field, LockAction::Set(setting));
    }
}
