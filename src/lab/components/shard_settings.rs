//! The sharded ring's own settings in the settings panel: nodes, lock names and points per
//! node, what a node does with arcs it gains, and where fencing tokens come from. Each is
//! fixed for a lab's life, so changing one starts a new lab with the same seed.

use ringlock_lock::{Field, Settings, ShardFix, TokenScope};
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::lab::state::use_lab;
use crate::lab::state::{LabAction, LabField, ShardSetting};
use crate::lab::text::errors::lab_error_text;
use crate::lab::text::shard::S;
use crate::lab::text::L;

fn number(
    lang: Lang,
    id: &'static str,
    label: &'static str,
    value: u32,
    field: Field,
    make: fn(String) -> ShardSetting,
    dispatch: Callback<LabAction>,
) -> Html {
    let (min, max) = field.limits();
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        dispatch.emit(LabAction::SetShard(make(input.value())));
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="text" inputmode="numeric" value={value.to_string()} {onchange} />
            <p class="field-error empty">{ lang.f(L::Range, &[&lang.num(min), &lang.num(max)]) }</p>
        </div>
    }
}

/// The ring's settings (shown when the sharded model runs).
#[function_component(ShardSettings)]
pub fn shard_settings() -> Html {
    let lab = use_lab();
    let lang = use_lang();
    let s: Settings = *lab.lab.initial_settings();
    let dispatch = {
        let lab = lab.clone();
        Callback::from(move |a: LabAction| lab.dispatch(a))
    };
    let on_fix = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(fix) = ShardFix::from_code(&value) {
                dispatch.emit(LabAction::SetShard(ShardSetting::Fix(fix)));
            }
        })
    };
    let on_scope = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(scope) = TokenScope::from_code(&value) {
                dispatch.emit(LabAction::SetShard(ShardSetting::Scope(scope)));
            }
        })
    };
    let fix_option = |f: ShardFix, key: S| {
        html! { <option value={f.code()} selected={s.shard_fix == f}>{ lang.t(key) }</option> }
    };
    let scope_option = |t: TokenScope, key: S| {
        html! { <option value={t.code()} selected={s.token_scope == t}>{ lang.t(key) }</option> }
    };
    let error = (lab.error.as_ref())
        .filter(|(f, _)| *f == LabField::Shard)
        .map(|(_, e)| lab_error_text(lang, e));
    let scope_hint = match s.token_scope {
        TokenScope::Node => S::ScopeNodeHint,
        TokenScope::Epoch => S::ScopeEpochHint,
    };
    html! {
        <div class="shard-settings">
            <div class="settings-grid">
                { number(lang, "lab-shard-nodes", lang.t(L::FieldNodes), s.nodes, Field::Nodes, ShardSetting::Nodes, dispatch.clone()) }
                { number(lang, "lab-shard-locks", lang.t(S::FieldLocks), s.locks, Field::Locks, ShardSetting::Locks, dispatch.clone()) }
                { number(lang, "lab-shard-vnodes", lang.t(S::FieldVnodes), s.vnodes, Field::Vnodes, ShardSetting::Vnodes, dispatch) }
            </div>
            if let Some(e) = error { <p class="field-error" role="alert">{ e }</p> }
            <div class="field">
                <label for="lab-shard-fix">{ lang.t(S::Fix) }</label>
                <select id="lab-shard-fix" onchange={on_fix}>
                    { fix_option(ShardFix::Nothing, S::FixNothing) }
                    { fix_option(ShardFix::WaitTtl, S::FixWait) }
                    { fix_option(ShardFix::HandOff, S::FixHandOff) }
                </select>
            </div>
            <div class="field">
                <label for="lab-shard-scope">{ lang.t(S::Scope) }</label>
                <select id="lab-shard-scope" onchange={on_scope}>
                    { scope_option(TokenScope::Node, S::ScopeNode) }
                    { scope_option(TokenScope::Epoch, S::ScopeEpoch) }
                </select>
                <p class="hint">{ lang.t(scope_hint) }</p>
            </div>
        </div>
    }
}
