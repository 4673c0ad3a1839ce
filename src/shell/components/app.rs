//! The root: owns the shell's and each tab's reducer, keeps the link, language and theme in
//! sync with the browser, and shows the open tab.

use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use crate::algo::components::algo_view::AlgoView;
use crate::algo::state::{AlgoAction, AlgoContext};
use crate::i18n::Lang;
use crate::lab::components::lab_view::LabView;
use crate::lab::state::{LabAction, LabContext};
use crate::learn::components::learn_view::LearnView;
use crate::learn::place::{without_learn, VISITED_KEY};
use crate::learn::state::{LearnAction, LearnContext};
use crate::ring::components::keys_panel::KeysPanel;
use crate::ring::components::nodes_panel::NodesPanel;
use crate::ring::components::ring_builder::RingBuilder;
use crate::ring::components::ring_view::RingView;
use crate::ring::components::stats_panel::StatsPanel;
use crate::ring::components::vnodes_panel::VnodesPanel;
use crate::ring::state::{RingAction, RingContext};
use crate::ring::view_data::Shared;
use crate::shell::components::app_tabs::AppTabs;
use crate::shell::components::embed_bar::EmbedBar;
use crate::shell::components::export_menu::{ExportKind, ExportMenu};
use crate::shell::components::film_desk::FilmDeskProvider;
use crate::shell::components::header::Header;
use crate::shell::components::lab_notice::LabNotice;
use crate::shell::components::notice_bar::NoticeBar;
use crate::shell::components::present_bar::PresentBar;
use crate::shell::link::{location_hash, use_link_sync};
use crate::shell::opening::Opening;
use crate::shell::preferences::use_preferences_sync;
use crate::shell::presenter::use_presenter;
use crate::shell::state::{ShellAction, ShellContext};
use crate::shell::tab::Tab;
use crate::shell::view_mode::without_view;
use crate::ui::later::Later;
use crate::ui::theme::Theme;

/// [`App`]'s properties.
#[derive(Properties, Clone, Default, PartialEq)]
pub struct AppProps {
    /// The states to open with, read before the first render ([`crate::start`]); `None`
    /// reads them from the address bar and storage when the app is first drawn.
    #[prop_or_default]
    pub opening: Option<Shared<Opening>>,
}

/// The whole app.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let opening = use_memo((), |_| {
        props
            .opening
            .as_ref()
            .map_or_else(Opening::read, |o| Opening::clone(o))
    });
    let shell = use_reducer(|| opening.shell);
    let state = use_reducer(|| opening.ring.clone());
    let lab = use_reducer(|| opening.lab.clone());
    let algo = use_reducer(|| opening.algo.clone());
    let learn = use_reducer(|| opening.learn.clone());

    use_preferences_sync(shell.lang, shell.theme);
    let link = use_link_sync(
        &state,
        &lab,
        &algo,
        shell.tab,
        Some(learn.at.link_part()),
        shell.view.link_part(),
    );
    use_presenter(&shell, &learn);
    use_effect_with((), |_| {
        let _ = LocalStorage::set(VISITED_KEY, "1");
    });

    // A link pasted into the address bar of an open tab.
    {
        let shell_dispatch = shell.dispatcher();
        let dispatch = state.dispatcher();
        let lab_dispatch = lab.dispatcher();
        let algo_dispatch = algo.dispatcher();
        let learn_dispatch = learn.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let others = without_learn(&without_view(&location_hash()));
                dispatch.dispatch(RingAction::LoadFragment(others.clone()));
                lab_dispatch.dispatch(LabAction::LoadFragment(others.clone()));
                shell_dispatch.dispatch(ShellAction::LoadFragment(location_hash()));
                algo_dispatch.dispatch(AlgoAction::LoadFragment(others));
                learn_dispatch.dispatch(LearnAction::LoadFragment(without_view(&location_hash())));
            });
            move || drop(listener)
        });
    }

    // From the course to the free Ring lab, with the course's ring loaded (or, from the lock
    // chapters, to the Lock lab with the course's run: a lab link part starts with `lv=`).
    let free_lab = {
        let (shell, ring, lab) = (shell.clone(), state.clone(), lab.clone());
        Callback::from(move |fragment: String| {
            if fragment.starts_with("lv=") {
                lab.dispatch(LabAction::LoadFragment(fragment));
                shell.dispatch(ShellAction::SetTab(Tab::Lab));
            } else {
                ring.dispatch(RingAction::LoadFragment(fragment));
                shell.dispatch(ShellAction::SetTab(Tab::Ring));
            }
        })
    };
    let tab = shell.tab;
    let embed = shell.view.embed;
    html! {
        <ContextProvider<ShellContext> context={shell.clone()}>
        <ContextProvider<Lang> context={shell.lang}>
        <ContextProvider<Theme> context={shell.theme}>
        <ContextProvider<RingContext> context={state}>
        <ContextProvider<LabContext> context={lab}>
        <ContextProvider<AlgoContext> context={algo}>
        <ContextProvider<LearnContext> context={learn}>
        <RingBuilder>
        <FilmDeskProvider>
            if !embed {
                <Header />
            }
            // One `main` landmark holds the notices, the tab list and the open tab's panel.
            <main>
            <NoticeBar />
            <LabNotice />
            if embed {
                <EmbedBar {link} />
            } else {
                <AppTabs />
            }
            if shell.view.present && !embed {
                <PresentBar />
            }
            if tab == Tab::Learn {
                <LearnView onfreelab={free_lab} />
            } else if tab == Tab::Lab {
                <LabView tools={html! { <ExportMenu kind={ExportKind::Lab} /> }} />
            } else if tab == Tab::Algorithms {
                <AlgoView />
            } else {
            // Drawn over several frames (`Later`): at 1,000 nodes one render of it all held
            // the main thread for ~100 ms.
            <div class="layout" id="panel-ring" role="tabpanel" aria-labelledby="tab-ring">
                <section class="ring-column">
                    <Later stage={1}><RingView tools={html! { <ExportMenu kind={ExportKind::Ring} /> }} /></Later>
                </section>
                if !embed {
                <section class="panels">
                    <Later stage={2}><NodesPanel /></Later>
                    <Later stage={3}>
                        <VnodesPanel />
                        <KeysPanel />
                    </Later>
                    <Later stage={4}><StatsPanel /></Later>
                </section>
                }
            </div>
            }
            </main>
        </FilmDeskProvider>
        </RingBuilder>
        </ContextProvider<LearnContext>>
        </ContextProvider<AlgoContext>>
        </ContextProvider<LabContext>>
        </ContextProvider<RingContext>>
        </ContextProvider<Theme>>
        </ContextProvider<Lang>>
        </ContextProvider<ShellContext>>
    }
}
