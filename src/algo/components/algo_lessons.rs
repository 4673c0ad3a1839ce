//! What each algorithm trades, in a few sentences each.

use yew::prelude::*;

use crate::algo::text::A;
use crate::i18n::use_lang;

/// The lessons beside the comparison.
#[function_component(AlgoLessons)]
pub fn algo_lessons() -> Html {
    let lang = use_lang();
    let lessons = [
        ("modulo", lang.t(A::NameModulo).to_string(), A::LessonModulo),
        (
            "article",
            lang.t(A::NameArticle).to_string(),
            A::LessonArticle,
        ),
        ("ring", lang.t(A::TitleRing).to_string(), A::LessonRing),
        ("ketama", "Ketama".to_string(), A::LessonKetama),
        ("jump", lang.t(A::NameJump).to_string(), A::LessonJump),
        (
            "rendezvous",
            lang.t(A::NameRendezvous).to_string(),
            A::LessonRendezvous,
        ),
        ("maglev", "Maglev".to_string(), A::LessonMaglev),
        (
            "bounded",
            lang.t(A::TitleBounded).to_string(),
            A::LessonBounded,
        ),
        ("redis", lang.t(A::NameRedis).to_string(), A::LessonRedis),
    ];
    html! {
        <section class="panel algo-lessons" aria-labelledby="algo-lessons-title">
            <h2 id="algo-lessons-title">{ lang.t(A::LessonsTitle) }</h2>
            <div class="lesson-grid">
                { for lessons.into_iter().map(|(code, title, text)| html! {
                    <article class="algo-lesson" data-lesson={code}>
                        <h3>{ title }</h3>
                        <p>{ lang.t(text) }</p>
                    </article>
                }) }
            </div>
        </section>
    }
}
