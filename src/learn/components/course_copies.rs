//! A replication step's copies, beside its ring: for a few keys, the nodes holding each copy
//! (the core's preference lists on the step's ring). Once the run has played, the nodes it
//! killed are struck out and each key says what it has left.

use yew::prelude::*;

use crate::i18n::use_lang;
use crate::learn::copies::KeyCopies;
use crate::learn::text::frame::F;
use crate::ui::palette;

/// Props of [`CourseCopies`].
#[derive(Properties, PartialEq)]
pub struct CourseCopiesProps {
    /// The keys and their copies.
    pub keys: Vec<KeyCopies>,
    /// Copies per key.
    pub replicas: usize,
    /// Whether the run has played.
    pub revealed: bool,
}

/// The copies table.
#[function_component(CourseCopies)]
pub fn course_copies(props: &CourseCopiesProps) -> Html {
    let lang = use_lang();
    let revealed = props.revealed;
    html! {
        <table class="learn-copies">
            <caption>{ lang.f(F::CopiesCaption, &[&props.replicas]) }</caption>
            <thead><tr>
                <th scope="col">{ lang.t(F::CopiesKey) }</th>
                <th scope="col">{ lang.t(F::CopiesNodes) }</th>
                if revealed {
                    <th scope="col">{ lang.t(F::CopiesAfter) }</th>
                }
            </tr></thead>
            <tbody>
            { for props.keys.iter().map(|k| {
                let left = k.copies.iter().filter(|c| !c.dies).count();
                html! {
                    <tr class={classes!(revealed.then_some(k.lost().then_some("lost")))} data-key={k.key.clone()}>
                        <th scope="row" class="key">{ k.key.clone() }</th>
                        <td>
                            { for k.copies.iter().map(|c| {
                                let swatch = html! {
                                    <span class={classes!("swatch", format!("n{}", c.slot))}
                                        ~style={format!("background: {}", palette::node_color(c.slot))} aria-hidden="true" />
                                };
                                if revealed && c.dies {
                                    html! { <del class="copy">{ swatch }{ c.node.clone() }</del> }
                                } else {
                                    html! { <span class="copy">{ swatch }{ c.node.clone() }</span> }
                                }
                            }) }
                        </td>
                        if revealed {
                            <td class="left">
                                { if left == 0 {
                                    lang.t(F::CopiesLost).to_string()
                                } else {
                                    lang.f(F::CopiesLeft, &[&left, &k.copies.len()])
                                } }
                            </td>
                        }
                    </tr>
                }
            }) }
            </tbody>
        </table>
    }
}
