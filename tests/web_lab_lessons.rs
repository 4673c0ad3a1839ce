//! Every Lock-lab lesson asks before it tells: its outcome is absent until the student has
//! answered (or pressed "show me") and the run has played; the right answer is the one the
//! simulator's facts give, computed here independently.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab_lessons`.

use ringlock::i18n::Lang;
use ringlock::lab::predict::{ask, Ask};
use ringlock::lab::text::lessons::{outcome, setup};
use ringlock_lock::{Expect, Facts, LabScenario};
use wasm_bindgen_test::*;
use web_sys::Event;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{tick, Mounted};

mod lab_helpers;
mod learn_helpers;
use learn_helpers::people::sum;
use learn_helpers::{ms, winning_votes};

/// The right answer, from the facts, not through the app's own `answer`.
enum Right {
    Choice(bool),
    Number(f64),
}

fn right(lesson: LabScenario, f: &Facts) -> Right {
    match ask(lesson) {
        Ask::StaleWrite => Right::Choice(f.meets(Expect::StaleWriteAccepted)),
        Ask::TwoHolders => Right::Choice(!f.overlaps.is_empty()),
        Ask::AnyViolation => Right::Choice(
            lesson
                .expects()
                .iter()
                .any(|e| matches!(e, Expect::Violated(_))),
        ),
        Ask::WaitSecs => {
            let (_, _, at) = f.takeover.expect("a takeover");
            Right::Number((at - f.trigger.expect("a trigger").at) as f64 / 1000.0)
        }
        Ask::WakeupsPerHandoff => {
            Right::Number(f.metrics.wakeups as f64 / f.metrics.handoffs as f64)
        }
    }
}

fn lesson_text(app: &Mounted) -> String {
    app.text(".lab-lesson")
}

#[wasm_bindgen_test]
async fn every_lesson_hides_its_outcome_until_a_guess_and_the_run_and_checks_the_guess() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    for lesson in LabScenario::ALL {
        let id = lesson.id();
        let facts = lesson.facts();
        let told = outcome(Lang::En, lesson, &facts);
        app.click(&format!("[data-lesson='{id}']")).await;
        assert!(app.find(".lab-lesson .lesson-outcome").is_none(), "{id}");
        assert!(
            !lesson_text(&app).contains(&told),
            "{id}: told before asking"
        );
        assert!(
            app.find(".lab-lesson .lesson-jump").is_none(),
            "{id}: jump before a guess"
        );
        assert!(
            app.find(".lab-lesson .lesson-play").is_none(),
            "{id}: play before a guess"
        );
        match right(lesson, &facts) {
            Right::Choice(yes) => {
                let choice = if yes { "yes" } else { "no" };
                app.click(&format!(".lesson-choice[data-choice='{choice}']"))
                    .await;
            }
            Right::Number(x) => {
                let input = app.input(".lesson-guess");
                input.set_value(&format!("{x:.3}"));
                input.dispatch_event(&Event::new("input").unwrap()).unwrap();
                tick().await;
                app.click(".lesson-check").await;
            }
        }
        assert!(
            app.find(".lab-lesson .lesson-outcome").is_none(),
            "{id}: before the run"
        );
        assert!(
            !lesson_text(&app).contains(&told),
            "{id}: told before the run"
        );
        assert!(app.find(".lab-lesson .lesson-play").is_some(), "{id}");
        app.click(".lab-lesson .lesson-jump").await;
        let text = lesson_text(&app);
        assert!(
            text.contains(&told),
            "{id}: the outcome after the run: {text}"
        );
        assert!(
            app.find(".lesson-verdict.right").is_some(),
            "{id}: the facts' answer is judged right: {text}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_wrong_guess_is_judged_wrong_and_show_me_gives_no_verdict() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    app.click("[data-lesson='fence']").await;
    app.click(".lesson-choice[data-choice='yes']").await;
    app.click(".lab-lesson .lesson-jump").await;
    assert!(app.find(".lesson-verdict.wrong").is_some());
    assert_eq!(app.text(".lesson-guessed"), "Yes");
    assert_eq!(app.text(".lesson-measured"), "No");

    app.click("[data-lesson='crash']").await;
    app.click(".lesson-check").await;
    assert!(
        app.find(".lab-lesson .field-error").is_some(),
        "an empty guess is refused"
    );
    app.click(".lab-lesson .lesson-show").await;
    assert!(app.find(".lab-lesson .lesson-outcome").is_none());
    app.click(".lab-lesson .lesson-jump").await;
    assert!(app.find(".lesson-verdict").is_none());
    assert_eq!(app.text(".lesson-guessed"), "skipped");
    assert_eq!(app.text(".lesson-measured"), "2.0 s");
}

#[wasm_bindgen_test]
fn the_redlock_lessons_show_its_steps_and_each_winning_attempts_validity() {
    for lesson in [
        LabScenario::ClockJump,
        LabScenario::Restart,
        LabScenario::RestartDelayed,
    ] {
        let id = lesson.id();
        let ttl = lesson.settings().ttl;
        let drift = ttl / 100 + 2;
        let mut lab = lesson.build();
        lab.run_until(lesson.duration());
        // Each winning vote in the log: who, T2, and the validity the client logged.
        let won = winning_votes(lab.sim().log_since(0));
        assert!(won.len() >= 2, "{id}");
        let facts = lesson.facts();
        for lang in [Lang::En, Lang::Zh] {
            let set = setup(lang, lesson);
            assert!(set.contains("TTL − (T2 − T1)"), "{id}: {set}");
            assert!(set.contains(&format!("PX {ttl}")), "{id}: {set}");
            assert!(set.contains(&ms(lang, drift)), "{id}: {set}");
            let out = outcome(lang, lesson, &facts);
            for &(worker, t2, v) in &won {
                // T1 from the published formula: validity = TTL − (T2 − T1) − drift.
                let t1 = t2 - (ttl - drift - v);
                let sum = sum(lang, ttl, t2, t1, drift, v);
                assert!(out.contains(&sum), "{id}: {sum} missing from {out}");
                assert!(out.contains(&learn_helpers::worker(lang, worker)), "{id}");
            }
        }
    }
}
