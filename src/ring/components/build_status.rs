//! While the worker places a large key set: how far it has got, and a Cancel button. Mounting
//! this component is what runs the build (one worker per build, terminated when the build ends,
//! is cancelled or replaced, or the component unmounts).

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::ring::state::{use_ring, RingAction};
use crate::ring::text::view::R;
use crate::ring::worker::client::{start, BuildEvent, BuildJob};

/// The build's progress and its Cancel button; nothing when no build runs.
#[function_component(BuildStatus)]
pub fn build_status() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let hashed = use_state(|| 0usize);
    let job = use_mut_ref(|| None::<BuildJob>);
    let running = app.build.clone();
    {
        let (dispatcher, hashed, job) = (app.dispatcher(), hashed.clone(), job.clone());
        use_effect_with(running.as_ref().map(|b| b.id), move |_| {
            if let Some(build) = running {
                hashed.set(0);
                let id = build.id;
                let on = {
                    let (dispatcher, hashed, job) =
                        (dispatcher.clone(), hashed.clone(), job.clone());
                    Callback::from(move |event: BuildEvent| match event {
                        BuildEvent::Progress(n) => hashed.set(n),
                        BuildEvent::Done(parts) => {
                            job.borrow_mut().take();
                            dispatcher.dispatch(RingAction::BuildDone(id, Rc::new(parts)));
                        }
                        BuildEvent::Failed(why) => {
                            job.borrow_mut().take();
                            dispatcher.dispatch(RingAction::BuildFailed(id, why));
                        }
                    })
                };
                match start(id, build.fragment.clone(), on) {
                    Ok(started) => *job.borrow_mut() = Some(started),
                    Err(why) => dispatcher.dispatch(RingAction::BuildFailed(id, why)),
                }
            }
            move || drop(job.borrow_mut().take())
        });
    }
    let Some(build) = &app.build else {
        return html! {};
    };
    let total = build.keys;
    let done = (*hashed).min(total);
    let text = if done < total {
        lang.f(
            R::BuildHashing,
            &[&lang.num(done as u64), &lang.num(total as u64)],
        )
    } else {
        lang.f(R::BuildPlacing, &[&lang.num(total as u64)])
    };
    let on_cancel = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(RingAction::CancelBuild))
    };
    html! {
        <div class="build-status" role="status" aria-label={lang.t(R::BuildLabel)}>
            <progress max={total.to_string()} value={done.to_string()} aria-hidden="true"></progress>
            <span class="build-text">{ text }</span>
            <button type="button" class="small" onclick={on_cancel}
                aria-label={lang.t(R::BuildCancelLabel)}>{ lang.t(R::BuildCancel) }</button>
        </div>
    }
}
