//! The key panel: how many keys against the limit, add one, generate many, paste, remove,
//! clear, and export the placement as CSV.

use ringlock_core::error::MAX_KEYS;
use ringlock_core::ChangeKind;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::ring::components::generate_keys::GenerateKeys;
use crate::ring::components::key_name_form::{KeyFormKind, KeyNameForm};
use crate::ring::components::paste_keys::PasteKeys;
use crate::ring::panel::scheme_name;
use crate::ring::state::use_ring;
use crate::ring::state::RingAction;
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;
use crate::ui::download::{download_text, CSV_FILE_NAME};

/// What the last key operation did, in words (`None` if the last change was not about keys).
pub fn key_status(lang: Lang, kind: &ChangeKind) -> Option<String> {
    let n = |x: usize| lang.num(x as u64);
    Some(match kind {
        ChangeKind::KeysAdded { added, duplicates } if *duplicates > 0 => {
            lang.f(P::KeysAddedSkipped, &[&n(*added), &n(*duplicates)])
        }
        ChangeKind::KeysAdded { added: 1, .. } => lang.t(P::KeysAddedOne).to_string(),
        ChangeKind::KeysAdded { added, .. } => lang.f(P::KeysAdded, &[&n(*added)]),
        ChangeKind::KeysRemoved(1) => lang.t(P::KeysRemovedOne).to_string(),
        ChangeKind::KeysRemoved(k) => lang.f(P::KeysRemoved, &[&n(*k)]),
        ChangeKind::KeysCleared(k) => lang.f(P::KeysCleared, &[&n(*k)]),
        _ => return None,
    })
}

/// The key panel.
#[function_component(KeysPanel)]
pub fn keys_panel() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let heading_id = use_dom_id("keys-heading");
    let busy = use_state(|| false);
    let export_failed = use_state(|| false);

    let keys = app.ring.keys().len();
    let fill = keys as f64 / MAX_KEYS as f64 * 100.0;
    let status = app
        .last
        .as_ref()
        .and_then(|last| key_status(lang, &last.change.kind));

    let on_clear = {
        let (app, busy) = (app.clone(), busy.clone());
        Callback::from(move |_: MouseEvent| {
            if keys >= 200_000 {
                busy.set(true);
                let (app, busy) = (app.clone(), busy.clone());
                crate::ui::dom::after_paint(move || async move {
                    app.dispatch(RingAction::ClearKeys);
                    busy.set(false);
                });
            } else {
                app.dispatch(RingAction::ClearKeys);
            }
        })
    };
    let on_export = {
        let (app, export_failed) = (app.clone(), export_failed.clone());
        Callback::from(move |_: MouseEvent| {
            let csv = app.ring.to_csv(app.scheme);
            export_failed
                .set(download_text(CSV_FILE_NAME, "text/csv;charset=utf-8", &csv).is_err());
        })
    };

    html! {
        <section class="panel keys-panel" aria-labelledby={heading_id.clone()} aria-busy={busy.to_string()}>
            <div class="panel-head">
                <h2 id={heading_id}>{ lang.t(P::KeysTitle) }</h2>
                <span class={classes!("panel-meta", (keys >= MAX_KEYS).then_some("at-limit"))}>
                    { lang.f(P::KeysCount, &[&lang.num(keys as u64), &lang.num(MAX_KEYS as u64)]) }
                </span>
            </div>
            <div class="meter" aria-hidden="true"><span ~style={format!("width:{:.3}%", fill.min(100.0))}></span></div>
            <KeyNameForm kind={KeyFormKind::Add} disabled={*busy} />
            <GenerateKeys busy={busy.clone()} />
            <details class="paste-details">
                <summary>{ lang.t(P::PasteSummary) }</summary>
                <PasteKeys busy={busy.clone()} />
            </details>
            <KeyNameForm kind={KeyFormKind::Remove} disabled={*busy} />
            <div class="form-row between key-actions">
                <button type="button" onclick={on_export} disabled={*busy || keys == 0}
                    title={lang.f(P::ExportTitle, &[&scheme_name(lang, app.scheme)])}>{ lang.t(P::ExportCsv) }</button>
                <button type="button" class="danger" onclick={on_clear} disabled={*busy || keys == 0}>
                    { lang.t(P::ClearKeys) }
                </button>
            </div>
            <p class="status-line" role="status">
                if *busy {
                    { lang.t(P::Working) }
                } else if *export_failed {
                    { lang.t(P::ExportFailed) }
                } else if let Some(status) = status {
                    { status }
                }
            </p>
        </section>
    }
}
