//! One-click lessons, each with a short explanation and a jump to its outcome.

use ringlock_lock::LabScenario;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::common::secs_short;
use crate::lab::state::use_lab;
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::L;

/// Button label and lesson text of a lesson.
pub fn lesson_words(lang: Lang, lesson: LabScenario) -> (&'static str, &'static str) {
    let l = |a: L, b: L| (lang.t(a), lang.t(b));
    let k = |a: K, b: K| (lang.t(a), lang.t(b));
    let e = |a: E, b: E| (lang.t(a), lang.t(b));
    match lesson {
        LabScenario::HolderCrash => l(L::LessonCrash, L::LessonCrashText),
        LabScenario::GcPause => l(L::LessonGc, L::LessonGcText),
        LabScenario::GcPauseFenced => l(L::LessonFence, L::LessonFenceText),
        LabScenario::LocalLock => l(L::LessonLocal, L::LessonLocalText),
        LabScenario::FairQueue => l(L::LessonFair, L::LessonFairText),
        LabScenario::LockDelay => l(L::LessonDelay, L::LessonDelayText),
        LabScenario::ZooKeeper => l(L::LessonZk, L::LessonZkText),
        LabScenario::Herd => l(L::LessonHerd, L::LessonHerdText),
        LabScenario::Etcd => e(E::LessonEtcd, E::LessonEtcdText),
        LabScenario::Failover => k(K::LessonFailover, K::LessonFailoverText),
        LabScenario::RedisDel => k(K::LessonRedisDel, K::LessonRedisDelText),
        LabScenario::ClockJump => k(K::LessonClockJump, K::LessonClockJumpText),
        LabScenario::Restart => k(K::LessonRestart, K::LessonRestartText),
        LabScenario::RestartDelayed => k(K::LessonRestartDelayed, K::LessonRestartDelayedText),
    }
}

/// The lessons, grouped by the lock they run on.
const GROUPS: [(L, &[LabScenario]); 6] = [
    (
        L::GroupLease,
        &[
            LabScenario::HolderCrash,
            LabScenario::LockDelay,
            LabScenario::GcPause,
            LabScenario::GcPauseFenced,
            LabScenario::FairQueue,
        ],
    ),
    (L::GroupZk, &[LabScenario::ZooKeeper, LabScenario::Herd]),
    (L::GroupEtcd, &[LabScenario::Etcd]),
    (
        L::GroupRedis,
        &[LabScenario::Failover, LabScenario::RedisDel],
    ),
    (
        L::GroupRedlock,
        &[
            LabScenario::ClockJump,
            LabScenario::Restart,
            LabScenario::RestartDelayed,
        ],
    ),
    (L::GroupArticle, &[LabScenario::LocalLock]),
];

/// The lessons bar.
#[function_component(LabScenarios)]
pub fn lab_scenarios() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let now = lab.lab.now();
    let button = |lesson: LabScenario| {
        let onclick = {
            let lab = lab.clone();
            Callback::from(move |_: MouseEvent| {
                lab.dispatch(crate::lab::state::LabAction::LoadScenario(lesson))
            })
        };
        let (label, _) = lesson_words(lang, lesson);
        html! {
            <button type="button" data-lesson={lesson.id()}
                aria-pressed={(lab.lesson == Some(lesson)).to_string()} {onclick}>
                { label }
            </button>
        }
    };
    let groups = GROUPS.iter().map(|(name, lessons)| {
        html! {
            <div class="lesson-group" role="group" aria-label={lang.t(*name)}>
                <span class="lesson-group-name" aria-hidden="true">{ lang.t(*name) }</span>
                { for lessons.iter().map(|&l| button(l)) }
            </div>
        }
    });
    let text = lab.lesson.map(|lesson| {
        let (label, text) = lesson_words(lang, lesson);
        let end = lesson.duration();
        let on_end = {
            let lab = lab.clone();
            Callback::from(move |_: MouseEvent| {
                lab.dispatch(crate::lab::state::LabAction::RunToEnd)
            })
        };
        html! {
            <div class="lab-lesson" aria-live="polite">
                <h3>{ label }</h3>
                <p>{ text }</p>
                <button type="button" class="small" onclick={on_end} disabled={now >= end}>
                    { lang.f(L::ShowOutcome, &[&secs_short(lang, end)]) }
                </button>
            </div>
        }
    });
    html! {
        <section class="panel lab-lessons" aria-labelledby="lab-lessons-title">
            <div class="panel-head">
                <h2 id="lab-lessons-title">{ lang.t(L::Lessons) }</h2>
                <span class="panel-meta">{ lang.t(L::LessonsHint) }</span>
            </div>
            <div class="lab-lesson-buttons">
                { for groups }
            </div>
            { for text }
        </section>
    }
}

#[cfg(test)]
#[path = "lab_scenarios_tests.rs"]
mod tests;
