//! One-click lessons: each loads its setup, asks for a prediction, and shows its outcome
//! only once the run has played (the card is in [`super::lab_lesson`]).

use ringlock_lock::LabScenario;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::components::lab_lesson::LessonCard;
use crate::lab::state::use_lab;
use crate::lab::text::lessons::lesson_label;
use crate::lab::text::L;

/// The lessons, grouped by the lock they run on.
const GROUPS: [(L, &[LabScenario]); 7] = [
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
    (
        L::GroupShard,
        &[
            LabScenario::ShardKill,
            LabScenario::ShardWait,
            LabScenario::ShardNodeTokens,
            LabScenario::ShardEpochTokens,
            LabScenario::ShardJoin,
            LabScenario::ShardHandOff,
        ],
    ),
    (L::GroupArticle, &[LabScenario::LocalLock]),
];

/// The lessons bar.
#[function_component(LabScenarios)]
pub fn lab_scenarios() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let button = |lesson: LabScenario| {
        let onclick = {
            let lab = lab.clone();
            Callback::from(move |_: MouseEvent| {
                lab.dispatch(crate::lab::state::LabAction::LoadScenario(lesson))
            })
        };
        let label = lesson_label(lang, lesson);
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
    let text = lab
        .lesson
        .map(|lesson| html! { <LessonCard key={lesson.id()} {lesson} /> });
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
