//! Settings: TTL, latency, jitter, lock-delay (central server), fencing, renewal, the watch
//! mode (ZooKeeper), the replication lag and plain `DEL` (Redis), the restart delay (Redlock) —
//! recorded as actions at the current time, so they replay with the link —
//! and the lock model (a new lab). Validation messages, with
//! the limits, sit next to the input they are about.

use ringlock_lock::{Field, Model};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::components::shard_settings::ShardSettings;
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField, LabState};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::etcd::E;
use crate::lab::text::redis::K;
use crate::lab::text::shard::S;
use crate::lab::text::L;

fn number_field(
    lang: Lang,
    lab: &UseReducerHandle<LabState>,
    field: LabField,
    limits: Field,
    label: &'static str,
    value: u64,
) -> Html {
    let (min, max) = limits.limits();
    let id = format!("lab-set-{field:?}").to_lowercase();
    let error_id = format!("{id}-error");
    let error = lab
        .error
        .as_ref()
        .filter(|(f, _)| *f == field)
        .map(|(_, e)| lab_error_text(lang, e));
    let onchange = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            lab.dispatch(LabAction::SetNumber(field, input.value()));
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input id={id} type="text" inputmode="numeric" min={min.to_string()} max={max.to_string()}
                value={value.to_string()} {onchange}
                aria-invalid={error.is_some().to_string()} aria-describedby={error_id.clone()} />
            <p id={error_id} class={classes!("field-error", error.is_none().then_some("empty"))} role="alert">
                { error.unwrap_or_else(|| lang.f(L::Range, &[&lang.num(min), &lang.num(max)])) }
            </p>
        </div>
    }
}

/// The settings panel.
#[function_component(LabSettings)]
pub fn lab_settings() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let s = *lab.lab.sim().settings();
    let on_fencing = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            lab.dispatch(LabAction::SetFencing(input.checked()));
        })
    };
    let on_renewal = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            lab.dispatch(LabAction::SetRenewal(input.checked()));
        })
    };
    let on_model = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(m) = Model::from_code(&value) {
                lab.dispatch(LabAction::SetModel(m));
            }
        })
    };
    let on_watch_all = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            lab.dispatch(LabAction::SetWatchAll(input.checked()));
        })
    };
    let on_plain_del = {
        let lab = lab.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            lab.dispatch(LabAction::SetPlainDel(input.checked()));
        })
    };
    let central = s.model == Model::Central;
    let redis = s.model == Model::Redis;
    let redlock = s.model == Model::Redlock;
    let zk = s.model == Model::ZooKeeper;
    let etcd = s.model == Model::Etcd;
    let option = |m: Model, label: &'static str| {
        html! { <option value={m.code()} selected={s.model == m}>{ label }</option> }
    };
    html! {
        <section class="panel lab-settings" aria-labelledby="lab-settings-title">
            <h2 id="lab-settings-title">{ lang.t(L::Settings) }</h2>
            <div class="field">
                <label for="lab-model">{ lang.t(L::Model) }</label>
                <select id="lab-model" onchange={on_model}>
                    { option(Model::Central, lang.t(L::ModelCentral)) }
                    { option(Model::LocalLock, lang.t(L::ModelLocal)) }
                    { option(Model::ZooKeeper, lang.t(L::ModelZk)) }
                    { option(Model::Etcd, lang.t(E::ModelEtcd)) }
                    { option(Model::Redis, lang.t(K::ModelRedis)) }
                    { option(Model::Redlock, lang.t(K::ModelRedlock)) }
                    { option(Model::Sharded, lang.t(S::ModelSharded)) }
                </select>
                <p class="hint">{ lang.t(L::ModelHint) }</p>
            </div>
            if s.model == Model::Sharded {
                <ShardSettings />
            }
            <div class="settings-grid">
                { number_field(lang, &lab, LabField::Ttl, Field::Ttl, lang.t(L::Ttl), s.ttl) }
                { number_field(lang, &lab, LabField::Latency, Field::Latency, lang.t(L::Latency), s.latency) }
                { number_field(lang, &lab, LabField::Jitter, Field::Jitter, lang.t(L::Jitter), s.jitter) }
                if central {
                    { number_field(lang, &lab, LabField::LockDelay, Field::LockDelay, lang.t(L::LockDelay), s.lock_delay) }
                }
                if redis {
                    { number_field(lang, &lab, LabField::ReplLag, Field::ReplLag, lang.t(K::ReplLag), s.repl_lag) }
                }
                if redlock {
                    { number_field(lang, &lab, LabField::RestartDelay, Field::RestartDelay, lang.t(K::RestartDelay), s.restart_delay) }
                }
            </div>
            if redlock {
                <p class="hint">{ lang.t(K::RestartDelayHint) }</p>
            }
            if central {
                <p class="hint">{ lang.t(L::LockDelayFieldHint) }</p>
            }
            <div class="switches">
                <label class="inline" title={etcd.then(|| lang.t(E::RevisionGuardHint))}><input type="checkbox" checked={s.fencing} onchange={on_fencing} disabled={s.model.redis()} />{ if etcd { lang.t(E::RevisionGuard) } else { lang.t(L::Fencing) } }</label>
                <label class="inline"><input type="checkbox" checked={s.renewal} onchange={on_renewal} disabled={!s.model.leased()} />{ lang.t(L::Renewal) }</label>
                if zk {
                    <label class="inline" title={lang.t(L::WatchAllHint)}>
                        <input id="lab-watch-all" type="checkbox" checked={s.watch_all} onchange={on_watch_all} />{ lang.t(L::WatchAll) }
                    </label>
                }
                if redis {
                    <label class="inline" title={lang.t(K::PlainDelHint)}>
                        <input id="lab-plain-del" type="checkbox" checked={s.plain_del} onchange={on_plain_del} />{ lang.t(K::PlainDel) }
                    </label>
                }
            </div>
            if zk {
                <p class="hint">{ lang.t(L::WatchAllHint) }</p>
            }
            if etcd {
                <p class="hint">{ lang.t(E::RevisionGuardHint) }</p>
            }
            if redis {
                <p class="hint">{ lang.t(K::PlainDelHint) }</p>
            }
            if s.model.redis() {
                <p class="hint">{ lang.t(K::NoTokenHint) }</p>
            }
            <p class="hint">{ lang.t(L::SettingsHint) }</p>
        </section>
    }
}
