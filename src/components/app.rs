//! The root: owns the reducer, keeps the link, language and theme in sync with the browser.

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::algo_state::{AlgoAction, AlgoState};
use crate::components::algo_view::AlgoView;
use crate::components::header::Header;
use crate::components::keys_panel::KeysPanel;
use crate::components::lab_notice::LabNotice;
use crate::components::lab_tabs::LabTabs;
use crate::components::lab_view::LabView;
use crate::components::nodes_panel::NodesPanel;
use crate::components::notice::NoticeBar;
use crate::components::ring_view::RingView;
use crate::components::stats_panel::StatsPanel;
use crate::components::vnodes_panel::VnodesPanel;
use crate::hooks::use_algo::AlgoContext;
use crate::hooks::use_app::AppContext;
use crate::hooks::use_lab::LabContext;
use crate::i18n::Lang;
use crate::lab_state::{LabAction, LabState, Tab};
use crate::state::{Action, AppState, Theme};

/// localStorage key of the language.
pub const LANG_KEY: &str = "ringlock.lang";
/// localStorage key of the theme.
pub const THEME_KEY: &str = "ringlock.theme";

fn initial_lang() -> Lang {
    LocalStorage::get::<String>(LANG_KEY)
        .ok()
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(|| {
            gloo::utils::window()
                .navigator()
                .language()
                .and_then(|tag| Lang::from_tag(&tag))
        })
        .unwrap_or_default()
}

fn initial_theme() -> Theme {
    LocalStorage::get::<String>(THEME_KEY)
        .ok()
        .and_then(|c| Theme::from_code(&c))
        .unwrap_or_default()
}

fn location_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// The whole app.
#[function_component(App)]
pub fn app() -> Html {
    let state =
        use_reducer(|| AppState::from_fragment(&location_hash(), initial_lang(), initial_theme()));
    let lab = use_reducer(|| LabState::from_fragment(&location_hash()));
    let algo = use_reducer(|| AlgoState::from_fragment(&location_hash()));

    // Language and theme: on <html>, and remembered.
    {
        let (lang, theme) = (state.lang, state.theme);
        use_effect_with((lang, theme), move |_| {
            let root = gloo::utils::document_element();
            let _ = root.set_attribute("lang", lang.tag());
            let _ = root.set_attribute("data-theme", theme.code());
            gloo::utils::document().set_title(lang.t(crate::i18n::common::C::PageTitle));
            let _ = LocalStorage::set(LANG_KEY, lang.tag());
            let _ = LocalStorage::set(THEME_KEY, theme.code());
        });
    }

    // The link follows the scenario (replaceState: no history entry per click): the ring's
    // part, then the lab's (its keys all start with `l`) and the open tab, then the Algorithms
    // tab's (keys starting with `a`).
    {
        let ring = {
            let state = state.clone();
            use_memo((state.version, state.scheme), move |_| state.fragment().0)
        };
        let lab_part = {
            let lab = lab.clone();
            use_memo((lab.link_version, lab.tab), move |_| lab.link_part())
        };
        let algo_part = {
            let algo = algo.clone();
            use_memo(algo.link_version, move |_| algo.link_part())
        };
        let fragment = [
            Some(ring.to_string()),
            (*lab_part).clone(),
            (*algo_part).clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("&");
        use_effect_with(fragment, move |fragment| {
            let window = gloo::utils::window();
            if location_hash().trim_start_matches('#') != fragment.as_str() {
                if let Ok(history) = window.history() {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("#{fragment}")),
                    );
                }
            }
        });
    }

    // A link pasted into the address bar of an open tab.
    {
        let dispatch = state.dispatcher();
        let lab_dispatch = lab.dispatcher();
        let algo_dispatch = algo.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                dispatch.dispatch(Action::LoadFragment(location_hash()));
                lab_dispatch.dispatch(LabAction::LoadFragment(location_hash()));
                algo_dispatch.dispatch(AlgoAction::LoadFragment(location_hash()));
            });
            move || drop(listener)
        });
    }

    html! {
        <ContextProvider<AppContext> context={state}>
        <ContextProvider<LabContext> context={lab.clone()}>
        <ContextProvider<AlgoContext> context={algo}>
            <Header />
            <NoticeBar />
            <LabNotice />
            <LabTabs />
            if lab.tab == Tab::Lab {
                <LabView />
            } else if lab.tab == Tab::Algorithms {
                <AlgoView />
            } else {
            <main class="layout" id="panel-ring" role="tabpanel" aria-labelledby="tab-ring">
                <section class="ring-column">
                    <RingView />
                </section>
                <section class="panels">
                    <NodesPanel />
                    <VnodesPanel />
                    <KeysPanel />
                    <StatsPanel />
                </section>
            </main>
            }
        </ContextProvider<AlgoContext>>
        </ContextProvider<LabContext>>
        </ContextProvider<AppContext>>
    }
}
