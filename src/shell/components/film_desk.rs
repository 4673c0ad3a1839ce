//! The provider of the [`FilmDesk`]: it keeps the film being made and its off-screen stage
//! mounted whatever tab is open, and saves the file when the last frame is taken.

use std::rc::Rc;

use yew::prelude::*;

use crate::shell::components::flipbook_stage::FlipbookStage;
use crate::shell::export::picture::compose;
use crate::shell::export::scenes::lab_flipbook;
use crate::shell::film::{Film, FilmDesk, FilmEnd};
use crate::ui::download::download_text;
use crate::ui::theme::use_theme;

/// Props of [`FilmDeskProvider`].
#[derive(Properties, PartialEq)]
pub struct FilmDeskProviderProps {
    /// The app under the desk.
    pub children: Html,
}

/// Provides the [`FilmDesk`] to `children` and films its flipbook.
#[function_component(FilmDeskProvider)]
pub fn film_desk_provider(props: &FilmDeskProviderProps) -> Html {
    let film = use_state(|| None::<Rc<Film>>);
    let filmed = use_state_eq(|| 0usize);
    let unseen = use_state_eq(|| None::<FilmEnd>);
    let theme = use_theme();
    // The theme the film started in.
    let filmed_in = use_mut_ref(|| theme);
    let start = {
        let (film, filmed, filmed_in) = (film.clone(), filmed.clone(), filmed_in.clone());
        Callback::from(move |f: Film| {
            if film.is_none() {
                *filmed_in.borrow_mut() = theme;
                filmed.set(0);
                film.set(Some(Rc::new(f)));
            }
        })
    };
    {
        let (film, unseen) = (film.clone(), unseen.clone());
        use_effect_with(theme, move |&theme| {
            if film.is_some() && *filmed_in.borrow() != theme {
                film.set(None);
                unseen.set(Some(FilmEnd::ThemeChanged));
            }
        });
    }
    let seen = {
        let unseen = unseen.clone();
        Callback::from(move |()| unseen.set(None))
    };
    let stage = film.as_ref().map(|f| {
        let onprogress = {
            let filmed = filmed.clone();
            Callback::from(move |n: usize| filmed.set(n))
        };
        let ondone = {
            let (f, film, unseen) = (f.clone(), film.clone(), unseen.clone());
            Callback::from(move |bodies: Option<Vec<String>>| {
                let saved = bodies.is_some_and(|bodies| {
                    let p = lab_flipbook(
                        f.lang,
                        f.picture.clone(),
                        f.lesson,
                        f.span,
                        &f.times,
                        bodies,
                    );
                    download_text(&f.file_name(), "image/svg+xml", &compose(&p)).is_ok()
                });
                unseen.set(Some(if saved {
                    FilmEnd::Saved
                } else {
                    FilmEnd::Failed
                }));
                film.set(None);
            })
        };
        html! {
            <FlipbookStage start={f.start.clone()} times={f.times.clone()} lang={f.lang}
                {onprogress} {ondone} />
        }
    });
    let desk = FilmDesk {
        filming: film.as_ref().map(|f| (f.clone(), *filmed)),
        unseen: *unseen,
        start,
        seen,
    };
    html! {
        <ContextProvider<FilmDesk> context={desk}>
            { props.children.clone() }
            { for stage }
        </ContextProvider<FilmDesk>>
    }
}
