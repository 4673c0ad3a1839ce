//! The lookup walk-through in words: its four steps, what the current one means, and buttons
//! to replay or hide it.

use ringlock_core::Scheme;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::components::ring_lookup::{LookupPlan, Step};
use crate::ring::text::view::R;
use crate::ring::view_data::Shared;
use crate::ui::geom::{fmt_angle, fmt_percent};

/// Props of [`RingCaption`].
#[derive(Properties, PartialEq)]
pub struct RingCaptionProps {
    /// Interface language.
    pub lang: Lang,
    /// The lookup.
    pub plan: Shared<LookupPlan>,
    /// Milliseconds into the walk-through.
    pub elapsed: f64,
    /// Play it again.
    pub onreplay: Callback<()>,
    /// Put it away.
    pub onhide: Callback<()>,
}

/// The name of a non-ring scheme, as it reads inside a sentence.
pub fn scheme_in_sentence(lang: Lang, scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::Ring => lang.t(R::SchemeRing),
        Scheme::Modulo => lang.t(R::SchemeNameModulo),
        Scheme::Article => lang.t(R::SchemeNameArticle),
    }
}

/// What a step says.
pub fn caption_text(lang: Lang, plan: &LookupPlan, step: Step) -> String {
    match step {
        Step::Hash => lang.f(
            R::CapHash,
            &[
                &plan.name,
                &plan.sha1_hex,
                &format!("{:016x}", plan.position),
            ],
        ),
        Step::Place => lang.f(
            R::CapPlace,
            &[
                &format!("{:016x}", plan.position),
                &fmt_percent(plan.angle / 360.0),
                &fmt_angle(plan.angle),
            ],
        ),
        Step::Walk if plan.skipped_total > 0 => lang.t(R::CapWalkSkip).to_string(),
        Step::Walk => lang.t(R::CapWalk).to_string(),
        Step::Owner => {
            let Some(owner) = &plan.owner else {
                return lang.f(R::CapNoOwner, &[&plan.name]);
            };
            let mut text = lang.f(
                R::CapOwner,
                &[
                    &fmt_angle(plan.sweep),
                    &owner.label,
                    &plan.name,
                    &owner.name,
                ],
            );
            if plan.skipped_total > 0 {
                text.push(' ');
                text.push_str(&lang.f(R::CapSkipped, &[&plan.skipped_total]));
            }
            if let Some((id, name)) = &plan.scheme_owner {
                let which = scheme_in_sentence(lang, plan.scheme);
                let message = if *id == owner.node {
                    R::CapOtherSame
                } else {
                    R::CapOther
                };
                text.push(' ');
                text.push_str(&lang.f(message, &[&which, name]));
            }
            text
        }
    }
}

/// The walk-through in words, with its steps and controls.
#[function_component(RingCaption)]
pub fn ring_caption(props: &RingCaptionProps) -> Html {
    let lang = props.lang;
    let plan = &props.plan;
    let (step, _) = plan.step_at(props.elapsed);
    let steps = [
        (Step::Hash, R::StepHash),
        (Step::Place, R::StepPlace),
        (Step::Walk, R::StepWalk),
        (Step::Owner, R::StepOwner),
    ];
    let onreplay = props.onreplay.reform(|_: MouseEvent| ());
    let onhide = props.onhide.reform(|_: MouseEvent| ());
    html! {
        <div class="lookup-box">
            <div class="lookup-top">
                <h3 class="lookup-title">{ lang.f(R::LookupTitle, &[&plan.name]) }</h3>
                <div class="lookup-actions">
                    <button type="button" class="small" onclick={onreplay}
                        aria-label={lang.f(R::ReplayAria, &[&plan.name])}>{ lang.t(R::Replay) }</button>
                    <button type="button" class="small" onclick={onhide}
                        aria-label={lang.f(R::HideAria, &[&plan.name])}>{ lang.t(R::Hide) }</button>
                </div>
            </div>
            <ol class="lookup-steps" aria-label={lang.t(R::StepsLabel)}>
                { for steps.iter().enumerate().map(|(i, (s, label))| {
                    let class = match s.cmp(&step) {
                        std::cmp::Ordering::Less => "done",
                        std::cmp::Ordering::Equal => "current",
                        std::cmp::Ordering::Greater => "todo",
                    };
                    html! {
                        <li class={class} aria-current={(class == "current").then_some("step")}>
                            <span class="step-num">{ i + 1 }</span>{ lang.t(*label) }
                        </li>
                    }
                }) }
            </ol>
            <p class="lookup-caption" aria-live="polite">{ caption_text(lang, plan, step) }</p>
        </div>
    }
}
