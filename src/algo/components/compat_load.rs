//! The compatibility panel's load per server: weight, keys and share of each server, the
//! first [`LOAD_ROWS_SHOWN`] of them (a list may hold up to 16,384; the rest are counted in a
//! line below the table so the page stays responsive).

use std::rc::Rc;

use ringlock_core::algo::compat::Placement;
use ringlock_core::algo::loads;
use yew::prelude::*;

use crate::algo::text::A;
use crate::i18n::use_lang;
use crate::ui::format::pct;

/// Servers listed in the load table.
pub const LOAD_ROWS_SHOWN: usize = 1_000;

/// Props of [`CompatLoad`].
#[derive(Properties, PartialEq)]
pub struct CompatLoadProps {
    /// Where every key went.
    pub placement: Rc<Placement>,
}

/// The load table.
#[function_component(CompatLoad)]
pub fn compat_load(props: &CompatLoadProps) -> Html {
    let lang = use_lang();
    let p = &props.placement;
    let loads = loads(&p.nodes, &p.owners);
    let total = p.owners.len().max(1) as f64;
    let max = loads.iter().copied().max().unwrap_or(0).max(1) as f64;
    let servers = p.nodes.len();
    html! {
        <div class="compat-load">
            <table class="algo-table load-table">
                <caption>{ lang.t(A::LoadTitle) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ lang.t(A::ColServer) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColWeight) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColKeys) }</th>
                        <th scope="col" class="num">{ lang.t(A::ColShare) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for p.nodes.iter().zip(&loads).take(LOAD_ROWS_SHOWN).map(|(n, &load)| html! {
                        <tr>
                            <th scope="row">{ n.name.clone() }</th>
                            <td class="num">{ lang.num(u64::from(n.weight)) }</td>
                            <td class="num">{ lang.num(load) }</td>
                            <td class="num share">
                                <span class="share-bar" aria-hidden="true"
                                    ~style={format!("width: {:.1}%", load as f64 / max * 100.0)} />
                                { pct(lang, load as f64 / total) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if servers > LOAD_ROWS_SHOWN {
                <p class="hint compat-load-rows" role="status">
                    { lang.f(A::ShowingServers, &[&lang.num(LOAD_ROWS_SHOWN as u64), &lang.num(servers as u64)]) }
                </p>
            }
        </div>
    }
}
