//! A bar per algorithm: the share of keys the change moved, beside the minimum possible.

use std::rc::Rc;

use yew::prelude::*;

use crate::algo::data::Comparison;
use crate::algo::text::A;
use crate::algo::words::algo_name;
use crate::i18n::Lang;
use crate::ui::format::pct;

/// Props of [`AlgoChart`].
#[derive(Properties, PartialEq)]
pub struct AlgoChartProps {
    /// The reports.
    pub comparison: Rc<Comparison>,
    /// Keys compared.
    pub keys: usize,
    /// The fewest keys the change must move, as a fraction.
    pub ideal: f64,
    /// Language.
    pub lang: Lang,
}

/// The moved-% chart.
#[function_component(AlgoChart)]
pub fn algo_chart(props: &AlgoChartProps) -> Html {
    let lang = props.lang;
    let keys = props.keys.max(1) as f64;
    let ideal = props.ideal.clamp(0.0, 1.0);
    html! {
        <figure class="algo-chart">
            <figcaption>
                { lang.t(A::ChartTitle) }
                <span class="ideal-key">{ lang.f(A::Ideal, &[&pct(lang, ideal)]) }</span>
            </figcaption>
            <ul ~style={format!("--ideal: {:.3}%", ideal * 100.0)}>
                { for props.comparison.reports.iter().map(|(algo, report)| {
                    let name = algo_name(lang, algo);
                    let (fraction, refused) = match report {
                        Ok(r) => (r.moved as f64 / keys, r.refused.is_some()),
                        Err(_) => (0.0, true),
                    };
                    html! {
                        <li data-algo={algo.code()} class={classes!(refused.then_some("refused"))}>
                            <span class="bar-label">{ name }</span>
                            <span class="bar-track" aria-hidden="true">
                                <span class="bar" ~style={format!("width: {:.3}%", fraction * 100.0)} />
                            </span>
                            <span class="bar-value">{ pct(lang, fraction) }</span>
                        </li>
                    }
                }) }
            </ul>
        </figure>
    }
}
