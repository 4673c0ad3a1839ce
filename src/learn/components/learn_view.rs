//! The Learn tab: chapters on the side, the step (narration, question or outcome, controls)
//! beside the real Ring view it sets up. ← / → and PageUp / PageDown move between steps unless
//! the focus is in a text field; the step is remembered in localStorage.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use web_sys::ScrollLogicalPosition;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::check::{Guess, Question};
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
use crate::learn::place::{StepId, PROGRESS_KEY};
use crate::learn::state::{use_learn, LearnAction};
use crate::learn::text::frame::F;
use crate::ui::dom::{matches_media, scroll_into_view};

/// The layout where the course stacks its columns (as in learn.css).
const PHONE: &str = "(max-width: 760px)";

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
    let (step_ref, view_ref) = (use_node_ref(), use_node_ref());
    {
        // On a phone the step sits above its view. A new step starts at its title; once
        // answered, the run plays on the view, so the view comes into sight.
        let (step_ref, view_ref) = (step_ref.clone(), view_ref.clone());
        let last = use_mut_ref(|| None::<(StepId, bool)>);
        use_effect_with((learn.at, revealed), move |&(at, revealed)| {
            let before = last.borrow_mut().replace((at, revealed));
            if !matches_media(PHONE) {
                return;
            }
            let target = match before {
                Some((was, _)) if was != at => step_ref.cast::<web_sys::Element>(),
                Some((_, false)) if revealed => view_ref.cast::<web_sys::Element>(),
                Some(_) | None => None,
            };
            if let Some(el) = target {
                scroll_into_view(&el, ScrollLogicalPosition::Start);
            }
        });
    }
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
    // A replication step that asks for a key shows where its options keep their copies.
    let copy_keys: Vec<String> = match step.question() {
        Some(Question::Node) if step.replicas().is_some() => {
            facts.options.iter().map(|(_, key)| key.clone()).collect()
        }
        Some(_) | None => Vec::new(),
    };
    // A node (or key) question may be answered by clicking it on the ring; a click on
    // anything that is not one of the options is only a look.
    let picking = !revealed && step.lock().is_none() && step.question() == Some(Question::Node);
    let onpick = picking.then(|| {
        let (learn, options) = (learn.dispatcher(), facts.options.clone());
        Callback::from(move |name: String| {
            if options.iter().any(|(_, value)| *value == name) {
                learn.dispatch(LearnAction::Pick(Guess::Node(name)));
            }
        })
    });
    html! {
        <div class="learn" id="panel-learn" role="tabpanel" aria-labelledby="tab-learn">
            <LearnNoticeBar />
            <ChapterList />
            <section class="learn-step" ref={step_ref}>
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
                        if picking {
                            <p class="learn-pick-hint">{ lang.t(F::PickOnRing) }</p>
                        }
                    }
                }
                <CourseNav onfreelab={free} lock={step.lock().is_some()} />
            </section>
            <section class="learn-ring-column" ref={view_ref}>
                if let Some(run) = step.lock() {
                    <CourseLab {run} {revealed} />
                } else {
                    <CourseRing {step} {revealed} {onpick} keys={copy_keys} />
                }
            </section>
        </div>
    }
}
