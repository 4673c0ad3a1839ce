//! The export menu in the ring's and the lock scene's heads: the picture as SVG or PNG, the
//! ring's last change or the lock scene's run (or lesson) animated, the link's state as JSON
//! (and back), and a link to embed.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::lab::state::use_lab;
use crate::ring::state::use_ring;
use crate::shell::components::import_state::ImportState;
use crate::shell::export::flipbook::{frame_count, frame_times, window};
use crate::shell::export::picture::{compose, size, Picture};
use crate::shell::export::raster::save_png;
use crate::shell::export::scenes::{lab_picture, ring_motion, ring_picture};
use crate::shell::export::state_file;
use crate::shell::export::text::X;
use crate::shell::film::{use_film_desk, Film, FilmEnd};
use crate::shell::link::location_hash;
use crate::shell::state::use_shell;
use crate::shell::view_mode::{embed_link, without_view};
use crate::ui::download::download_text;

/// What the menu exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The Ring tab's ring.
    Ring,
    /// The Lock lab's scene.
    Lab,
}

/// Props of [`ExportMenu`].
#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// Which picture.
    pub kind: ExportKind,
}

/// One export's outcome, shown under the menu's buttons.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Outcome {
    Done,
    Failed,
    NoChange,
    NothingYet,
    ThemeChanged,
}

/// The export menu.
#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    let lang = use_lang();
    let shell = use_shell();
    let ring = use_ring();
    let lab = use_lab();
    let menu = use_node_ref();
    let outcome = use_state_eq(|| None::<Outcome>);
    let kind = props.kind;
    let stem = match kind {
        ExportKind::Ring => "ringlock-ring",
        ExportKind::Lab => "ringlock-lab",
    };

    // The picture as it is now, framed; `motion` for the ring's last change.
    let picture = {
        let (menu, ring) = (menu.clone(), ring.clone());
        move |motion: bool| -> Option<Picture> {
            let root = menu.cast::<Element>()?;
            match kind {
                ExportKind::Ring => {
                    let panel = root.closest(".ring-panel").ok()??;
                    let figure = panel.query_selector(".ring-figure").ok()??;
                    if motion {
                        ring_motion(lang, &ring, &figure)
                    } else {
                        ring_picture(lang, &ring, &figure)
                    }
                }
                ExportKind::Lab => lab_picture(lang, &root.closest(".lab-scene").ok()??),
            }
        }
    };
    let on_svg = {
        let (picture, outcome) = (picture.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = picture(false).is_some_and(|p| {
                download_text(&format!("{stem}.svg"), "image/svg+xml", &compose(&p)).is_ok()
            });
            outcome.set(Some(if saved {
                Outcome::Done
            } else {
                Outcome::Failed
            }));
        })
    };
    let on_png = {
        let (picture, outcome) = (picture.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(p) = picture(false) else {
                return outcome.set(Some(Outcome::Failed));
            };
            let outcome = outcome.clone();
            save_png(&compose(&p), size(&p), &format!("{stem}.png"), move |ok| {
                outcome.set(Some(if ok { Outcome::Done } else { Outcome::Failed }))
            });
        })
    };
    let on_motion = {
        let (picture, outcome) = (picture.clone(), outcome.clone());
        Callback::from(move |_: MouseEvent| {
            let result = match picture(true) {
                None => Outcome::NoChange,
                Some(p) => {
                    match download_text("ringlock-change.svg", "image/svg+xml", &compose(&p)) {
                        Ok(()) => Outcome::Done,
                        Err(_) => Outcome::Failed,
                    }
                }
            };
            outcome.set(Some(result));
        })
    };
    // The flipbook is filmed by the shell's desk, so it goes on if this menu goes (another tab
    // opened meanwhile); its end is shown by the lab's menu, here or when it comes back. A film
    // that ended unsaved opens the menu to say why: the click that ended it (on the theme) or
    // any click since has closed it.
    let desk = use_film_desk();
    let filming = desk.as_ref().and_then(|d| d.filming.clone());
    {
        let (outcome, desk, menu) = (outcome.clone(), desk.clone(), menu.clone());
        let unseen = desk.as_ref().and_then(|d| d.unseen);
        use_effect_with((kind, unseen), move |&(kind, unseen)| {
            if let (ExportKind::Lab, Some(end), Some(desk)) = (kind, unseen, desk) {
                if end != FilmEnd::Saved {
                    if let Some(details) = menu.cast::<Element>() {
                        let _ = details.set_attribute("open", "");
                    }
                }
                outcome.set(Some(match end {
                    FilmEnd::Saved => Outcome::Done,
                    FilmEnd::Failed => Outcome::Failed,
                    FilmEnd::ThemeChanged => Outcome::ThemeChanged,
                }));
                desk.seen.emit(());
            }
        });
    }
    let on_film = {
        let (picture, outcome, desk) = (picture.clone(), outcome.clone(), desk.clone());
        let lab = lab.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(desk) = desk.as_ref() else {
                return outcome.set(Some(Outcome::Failed));
            };
            if desk.filming.is_some() {
                return;
            }
            let Some(span) = window(lab.lab.now(), lab.lesson.is_some()) else {
                return outcome.set(Some(Outcome::NothingYet));
            };
            let Some(picture) = picture(false) else {
                return outcome.set(Some(Outcome::Failed));
            };
            // The frame count follows the size of the drawing now (see `flipbook::BUDGET_BYTES`).
            let times = frame_times(span.0, span.1, frame_count(picture.body.len()));
            outcome.set(None);
            desk.start.emit(Film {
                start: Rc::new((*lab).clone()),
                lesson: lab.lesson,
                span,
                times: Rc::new(times),
                picture,
                lang,
            });
        })
    };
    let on_json = {
        let (outcome, tab) = (outcome.clone(), shell.tab);
        Callback::from(move |_: MouseEvent| {
            let text = state_file::write(&without_view(&location_hash()), tab.code());
            let saved = download_text(state_file::FILE_NAME, "application/json", &text).is_ok();
            outcome.set(Some(if saved {
                Outcome::Done
            } else {
                Outcome::Failed
            }));
        })
    };
    let copied = use_state_eq(|| false);
    let on_embed = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let location = window.location();
            let base = location.href().unwrap_or_default();
            let base = base.split('#').next().unwrap_or_default();
            let link = format!("{base}#{}", embed_link(&location_hash()));
            let _ = window.navigator().clipboard().write_text(&link);
            copied.set(true);
            let copied = copied.clone();
            Timeout::new(2_000, move || copied.set(false)).forget();
        })
    };
    let status = match (
        filming.as_ref().filter(|_| kind == ExportKind::Lab),
        *outcome,
    ) {
        (Some((f, filmed)), _) => lang.f(
            X::FlipRecording,
            &[&(filmed + 1).min(f.times.len()), &f.times.len()],
        ),
        (None, Some(Outcome::Failed)) => lang.t(X::Failed).to_string(),
        (None, Some(Outcome::NoChange)) => lang.t(X::MotionNone).to_string(),
        (None, Some(Outcome::NothingYet)) => lang.t(X::FlipNone).to_string(),
        (None, Some(Outcome::ThemeChanged)) => lang.t(X::FlipThemeChanged).to_string(),
        (None, Some(Outcome::Done) | None) => String::new(),
    };
    let film_label = if lab.lesson.is_some() {
        lang.t(X::FlipLesson)
    } else {
        lang.t(X::FlipRun)
    };
    html! {
        <details ref={menu} class="export-menu" data-kind={if kind == ExportKind::Ring { "ring" } else { "lab" }}>
            <summary>{ lang.t(X::Menu) }</summary>
            <div class="export-list" role="group" aria-label={lang.t(X::MenuLabel)}>
                <button type="button" data-export="svg" onclick={on_svg}>{ lang.t(X::Svg) }</button>
                <button type="button" data-export="png" onclick={on_png}>{ lang.t(X::Png) }</button>
                if kind == ExportKind::Ring {
                    <button type="button" data-export="motion" onclick={on_motion}>{ lang.t(X::Motion) }</button>
                } else {
                    <button type="button" data-export="flipbook" onclick={on_film}
                        disabled={filming.is_some()} aria-busy={filming.is_some().to_string()}>{ film_label }</button>
                }
                <button type="button" data-export="json" onclick={on_json}>{ lang.t(X::StateJson) }</button>
                <ImportState />
                <button type="button" data-export="embed" onclick={on_embed}>
                    { if *copied { lang.t(X::EmbedCopied) } else { lang.t(X::EmbedLink) } }
                </button>
                <p class="export-status" role="status">{ status }</p>
            </div>
        </details>
    }
}
