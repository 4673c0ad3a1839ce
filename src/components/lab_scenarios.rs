//! One-click lessons, each with a short explanation and a jump to its outcome.

use ringlock_core::lock::LabScenario;
use yew::prelude::*;

use crate::components::lab_common::secs_short;
use crate::hooks::use_app::use_app;
use crate::hooks::use_lab::use_lab;
use crate::i18n::lab::L;

/// Button label and lesson text of a lesson.
pub fn lesson_words(lesson: LabScenario) -> (L, L) {
    match lesson {
        LabScenario::HolderCrash => (L::LessonCrash, L::LessonCrashText),
        LabScenario::GcPause => (L::LessonGc, L::LessonGcText),
        LabScenario::GcPauseFenced => (L::LessonFence, L::LessonFenceText),
        LabScenario::LocalLock => (L::LessonLocal, L::LessonLocalText),
        LabScenario::FairQueue => (L::LessonFair, L::LessonFairText),
        LabScenario::LockDelay => (L::LessonDelay, L::LessonDelayText),
        LabScenario::ZooKeeper => (L::LessonZk, L::LessonZkText),
        LabScenario::Herd => (L::LessonHerd, L::LessonHerdText),
    }
}

/// The lessons bar.
#[function_component(LabScenarios)]
pub fn lab_scenarios() -> Html {
    let lab = use_lab();
    let lang = use_app().lang;
    let now = lab.lab.borrow().now();
    let buttons = LabScenario::ALL.into_iter().map(|lesson| {
        let onclick = {
            let lab = lab.clone();
            Callback::from(move |_: MouseEvent| {
                lab.dispatch(crate::lab_state::LabAction::LoadScenario(lesson))
            })
        };
        let (label, _) = lesson_words(lesson);
        html! {
            <button type="button" data-lesson={lesson.id()}
                aria-pressed={(lab.lesson == Some(lesson)).to_string()} {onclick}>
                { lang.t(label) }
            </button>
        }
    });
    let text = lab.lesson.map(|lesson| {
        let (label, text) = lesson_words(lesson);
        let end = lesson.duration();
        let on_end = {
            let lab = lab.clone();
            Callback::from(move |_: MouseEvent| lab.dispatch(crate::lab_state::LabAction::RunToEnd))
        };
        html! {
            <div class="lab-lesson" aria-live="polite">
                <h3>{ lang.t(label) }</h3>
                <p>{ lang.t(text) }</p>
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
            <div class="lab-lesson-buttons" role="group" aria-labelledby="lab-lessons-title">
                { for buttons }
            </div>
            { for text }
        </section>
    }
}
