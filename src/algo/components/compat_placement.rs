//! The compatibility panel's key → server table: the first [`ROWS_SHOWN`] keys with the
//! server the client picks and the hash (or Redis Cluster slot) it picks it by.

use std::rc::Rc;

use ringlock_core::algo::compat::{key_lines, Placement};
use ringlock_core::algo::{ketama, redis};
use yew::prelude::*;

use crate::algo::state::Client;
use crate::algo::text::A;
use crate::i18n::use_lang;

/// Rows of the key → server table.
pub const ROWS_SHOWN: usize = 200;

/// Props of [`CompatPlacement`].
#[derive(Properties, PartialEq)]
pub struct CompatPlacementProps {
    /// Where every key went.
    pub placement: Rc<Placement>,
    /// The keys' text, one per line.
    pub keys: Rc<str>,
    /// The client that placed them.
    pub client: Client,
}

/// The key → server table.
#[function_component(CompatPlacement)]
pub fn compat_placement(props: &CompatPlacementProps) -> Html {
    let lang = use_lang();
    let (p, client) = (&props.placement, props.client);
    let (keys, _) = key_lines(&props.keys);
    let total = keys.len();
    html! {
        <div class="compat-placement">
            <div class="algo-table-wrap compat-scroll" tabindex="0" role="region" aria-label={lang.t(A::PlacementCaption)}>
                <table class="algo-table compat-table">
                    <caption>{ lang.t(A::PlacementCaption) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ lang.t(A::ColKey) }</th>
                            <th scope="col">{ lang.t(A::ColServer) }</th>
                            <th scope="col" class="num">
                                { if client == Client::Redis { lang.t(A::ColSlot) } else { lang.t(A::ColHash) } }
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        { for keys.iter().zip(&p.owners).take(ROWS_SHOWN).map(|(key, &o)| {
                            let hash = if client == Client::Redis {
                                redis::key_slot(key).to_string()
                            } else {
                                ketama::key_hash(key).to_string()
                            };
                            html! {
                                <tr>
                                    <td class="key">{ key.to_string() }</td>
                                    <td class="server">{ p.nodes[o].name.clone() }</td>
                                    <td class="num">{ hash }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="hint compat-rows">{ lang.f(A::ShowingRows, &[&lang.num(total.min(ROWS_SHOWN) as u64), &lang.num(total as u64)]) }</p>
        </div>
    }
}
