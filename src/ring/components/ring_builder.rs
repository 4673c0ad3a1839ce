//! Runs the ring's worker builds ([`crate::ring::build`]). The shell wraps every tab in it, so
//! a link with many keys gets its keys whatever tab is open (the Algorithms tab of such a link
//! too). One worker per build, started once the open tab's stages are drawn
//! ([`crate::ui::later::when_drawn`]) and terminated when the build ends, is cancelled or
//! replaced. Its progress is a context of its own, read by the `BuildStatus` line only: a
//! progress message redraws the status line, not every view of the ring.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::ring::build::install;
use crate::ring::state::{use_ring, RingAction};
use crate::ring::view_data::Shared;
use crate::ring::worker::client::{start, BuildEvent, BuildJob};
use crate::ui::later::{when_drawn, WhenDrawn};

/// How far the worker of build `id` has got: keys hashed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BuildProgress {
    /// The build.
    pub id: u64,
    /// Keys hashed so far.
    pub hashed: usize,
}

/// Props of [`RingBuilder`].
#[derive(Properties, PartialEq)]
pub struct RingBuilderProps {
    /// What is shown meanwhile (the tabs).
    pub children: Html,
}

/// The driver of the running build, if any, around `children`.
#[function_component(RingBuilder)]
pub fn ring_builder(props: &RingBuilderProps) -> Html {
    let app = use_ring();
    let progress = use_state(BuildProgress::default);
    let job = use_mut_ref(|| None::<BuildJob>);
    let waiting = use_mut_ref(|| None::<WhenDrawn>);
    let running = app.build.clone();
    {
        let (dispatcher, job, progress) = (app.dispatcher(), job.clone(), progress.clone());
        let waiting = waiting.clone();
        use_effect_with(running.as_ref().map(|b| b.id), move |_| {
            if let Some(build) = running {
                let id = build.id;
                let fragment = build.fragment.clone();
                progress.set(BuildProgress { id, hashed: 0 });
                let on = {
                    let (dispatcher, job) = (dispatcher.clone(), job.clone());
                    Callback::from(move |event: BuildEvent| match event {
                        BuildEvent::Progress(hashed) => progress.set(BuildProgress { id, hashed }),
                        BuildEvent::Done(parts) => {
                            job.borrow_mut().take();
                            // Installing the keys is this task; showing the ring is the next,
                            // so neither holds the main thread for both.
                            let action = match install(&build, parts) {
                                Ok(ring) => RingAction::BuildDone(id, Shared(Rc::new(ring))),
                                Err(why) => RingAction::BuildFailed(id, why),
                            };
                            let dispatcher = dispatcher.clone();
                            Timeout::new(0, move || dispatcher.dispatch(action)).forget();
                        }
                        BuildEvent::Failed(why) => {
                            job.borrow_mut().take();
                            dispatcher.dispatch(RingAction::BuildFailed(id, why));
                        }
                    })
                };
                // The worker starts once the open tab's stages are drawn: hashing a million
                // keys takes a whole core, and the stages drawn beside it took up to half as
                // long again.
                let slot = job.clone();
                *waiting.borrow_mut() = Some(when_drawn(Callback::from(move |_| {
                    match start(id, fragment.clone(), on.clone()) {
                        Ok(started) => *slot.borrow_mut() = Some(started),
                        Err(why) => dispatcher.dispatch(RingAction::BuildFailed(id, why)),
                    }
                })));
            }
            move || {
                drop(waiting.borrow_mut().take());
                drop(job.borrow_mut().take());
            }
        });
    }
    html! {
        <ContextProvider<BuildProgress> context={*progress}>
            { props.children.clone() }
        </ContextProvider<BuildProgress>>
    }
}
