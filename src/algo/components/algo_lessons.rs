//! What each algorithm trades, in a few sentences each.

use yew::prelude::*;

use crate::algo::text::A;
use crate::i18n::use_lang;
use crate::ui::format::{article_join_pcts, pct};
use ringlock_core::modulo::modulo_join_fraction;

/// The lessons beside the comparison.
#[function_component(AlgoLessons)]
pub fn algo_lessons() -> Html {
    let lang = use_lang();
    let modulo = [3, 10].map(|n| pct(lang, modulo_join_fraction(n)));
    let article = article_join_pcts(lang);
    let lessons = [
        (
            "modulo",
            lang.t(A::NameModulo).to_string(),
            lang.f(A::LessonModulo, &[&modulo[0], &modulo[1]]),
        ),
        (
            "article",
            lang.t(A::NameArticle).to_string(),
            lang.f(
                A::LessonArticle,
                &[&article[0], &article[1], &article[2], &article[3]],
            ),
        ),
        (
            "ring",
            lang.t(A::TitleRing).to_string(),
            lang.t(A::LessonRing).to_string(),
        ),
        (
            "ketama",
            "Ketama".to_string(),
            lang.t(A::LessonKetama).to_string(),
        ),
        (
            "jump",
            lang.t(A::NameJump).to_string(),
            lang.t(A::LessonJump).to_string(),
        ),
        (
            "rendezvous",
            lang.t(A::NameRendezvous).to_string(),
            lang.t(A::LessonRendezvous).to_string(),
        ),
        (
            "maglev",
            "Maglev".to_string(),
            lang.t(A::LessonMaglev).to_string(),
        ),
        (
            "bounded",
            lang.t(A::TitleBounded).to_string(),
            lang.t(A::LessonBounded).to_string(),
        ),
        (
            "redis",
            lang.t(A::NameRedis).to_string(),
            lang.t(A::LessonRedis).to_string(),
        ),
    ];
    html! {
        <section class="panel algo-lessons" aria-labelledby="algo-lessons-title">
            <h2 id="algo-lessons-title">{ lang.t(A::LessonsTitle) }</h2>
            <div class="lesson-grid">
                { for lessons.into_iter().map(|(code, title, text)| html! {
                    <article class="algo-lesson" data-lesson={code}>
                        <h3>{ title }</h3>
                        <p>{ text }</p>
                    </article>
                }) }
            </div>
        </section>
    }
}
