//! The Learn tab: chapters on the side, the step (narration, question or outcome, controls)
//! beside the real Ring view it sets up. ← / → and PageUp / PageDown move between steps unless
//! the focus is in a text field; the step is remembered in localStorage.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::components::chapter_list::ChapterList;
use crate::learn::components::course_lab::CourseLab;
use crate::learn::components::course_nav::CourseNav;
use crate::learn::components::course_ring::CourseRing;
use crate::learn::components::learn_notice::LearnNoticeBar;
use crate::learn::components::outcome::Outcome;
use crate::learn::components::prediction::Prediction;
use crate::learn::components::progress_bar::ProgressBar;
use crate::learn::course::CHAPTERS;
use crate::learn::facts::facts;
use crate::learn::place::PROGRESS_KEY;
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;

/// Props of [`LearnView`].
#[derive(Properties, PartialEq)]
pub struct LearnViewProps {
    /// Open a ring scenario (a link fragment) in the free Ring lab.
    pub onfreelab: Callback<String>,
}

/// Whether a key press belongs to a text field (or was already handled) rather than the course.
fn typing(e: &KeyboardEvent) -> bool {
    if e.default_prevented() || e.alt_key() || e.ctrl_key() || e.meta_key() {
        return true;
    }
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el
                    .closest("[contenteditable], [role=tablist], svg")
                    .ok()
                    .flatten()
                    .is_some()
        })
}

/// The course.
#[function_component(LearnView)]
pub fn learn_view(props: &LearnViewProps) -> Html {
    let learn = use_learn();
    let lang = use_lang();
    let step = learn.step();
    let facts = use_memo((step, lang), |&(step, lang)| facts(step, lang));
    let revealed = learn.revealed();

    use_effect_with(learn.at, |at| {
        let _ = LocalStorage::set(PROGRESS_KEY, at.code());
    });
    {
        let dispatch = learn.dispatcher();
        use_effect_with((), move |_| {
            let document = gloo::utils::document();
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&document, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let action = match e.key().as_str() {
                        "ArrowRight" | "PageDown" => LearnAction::Next,
                        "ArrowLeft" | "PageUp" => LearnAction::Back,
                        _ => return,
                    };
                    if typing(e) {
                        return;
                    }
                    e.prevent_default();
                    dispatch.dispatch(action);
                });
            move || drop(listener)
        });
    }

    let chapter = &CHAPTERS[learn.at.chapter];
    let free = {
        let on = props.onfreelab.clone();
        Callback::from(move |()| {
            on.emit(match step.lock() {
                Some(run) => run.fragment(),
                None => step.setup().to_string(),
            })
        })
    };
    let question = step.question().zip(facts.ask.clone());
    html! {
        <main class="learn" id="panel-learn" role="tabpanel" aria-labelledby="tab-learn">
            <LearnNoticeBar />
            <ChapterList />
            <section class="learn-step">
                <ProgressBar />
                <p class="learn-kicker">
                    { lang.f(F::ChapterN, &[&(learn.at.chapter + 1)]) }{ " · " }{ lang.t(chapter.title) }
                </p>
                <h2 class="learn-title">{ facts.title.clone() }</h2>
                <p class="learn-narration">{ facts.before.clone() }</p>
                if let Some((question, ask)) = question {
                    if let Some(answer) = learn.answer() {
                        <Outcome facts={(*facts).clone()} answer={answer.clone()} />
                    } else {
                        <Prediction key={learn.at.code()} {question} ask={ask} options={facts.options.clone()} />
                    }
                }
                <CourseNav onfreelab={free} lock={step.lock().is_some()} />
            </section>
            <section class="learn-ring-column">
                if let Some(run) = step.lock() {
                    <CourseLab {run} {revealed} />
                } else {
                    <CourseRing {step} {revealed} />
                }
            </section>
        </main>
    }
}
