//! Bar chart of keys per live node, with the mean and the theory band (mean ± theory CV·mean).
//!
//! The bars are an SVG stretched to the plot (`preserveAspectRatio="none"`, one unit per bar),
//! so it fills any width; lines keep a one-pixel stroke with `vector-effect`, and every label
//! is HTML laid over it, so text stays crisp and readable on a phone.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::ring::stats_view::StatsView;
use crate::ring::text::panels::P;
use crate::ui::format::{dec, pct};
use crate::ui::palette::node_color;

/// Name bars under the chart up to this many nodes.
const NAMED_BARS: usize = 12;
/// Up to this many nodes each bar is its own element with a tooltip; beyond, bars are under
/// two pixels wide, so those of one colour are one path (the table has every number), and a
/// change at 1,000 nodes redraws a few paths instead of a thousand bars.
pub const TITLED_BARS: usize = 200;

/// `x` with three decimals, as SVG attributes want it, without float formatting (exact float
/// formatting of thousands of numbers per change was measurable at 1,000 nodes).
pub fn f3(x: f64) -> String {
    let milli = (x * 1000.0).round();
    if !milli.is_finite() || milli.abs() >= 9e15 {
        return "0".into();
    }
    let milli = milli as i64;
    let sign = if milli < 0 { "-" } else { "" };
    let abs = milli.unsigned_abs();
    format!("{sign}{}.{:03}", abs / 1000, abs % 1000)
}

/// Bars of height `h` (percent of the plot), one unit wide side by side, as one SVG path per
/// colour: `(colour, d)`, in the order each colour first appears.
pub fn bar_paths(bars: impl Iterator<Item = (u32, f64)>) -> Vec<(&'static str, String)> {
    use std::fmt::Write;
    let mut paths: Vec<(&'static str, String)> = Vec::new();
    for (i, (node, h)) in bars.enumerate() {
        if h <= 0.0 {
            continue;
        }
        let fill = node_color(node);
        let at = match paths.iter().position(|(c, _)| *c == fill) {
            Some(at) => at,
            None => {
                paths.push((fill, String::new()));
                paths.len() - 1
            }
        };
        let d = &mut paths[at].1;
        let _ = write!(d, "M{i} {}h1V100h-1z", f3(100.0 - h));
    }
    paths
}

/// A round axis maximum at or above `max`, and the step between grid lines (about 4 steps).
pub fn nice_axis(max: f64) -> (f64, f64) {
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 1.0);
    }
    let raw = max / 4.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    ((max / step).ceil() * step, step)
}

/// Props of [`LoadChart`].
#[derive(Properties, PartialEq)]
pub struct LoadChartProps {
    /// Statistics and names of the live nodes.
    pub view: Rc<StatsView>,
    /// The scheme's name, for the summary.
    pub scheme: AttrValue,
    /// Interface language.
    pub lang: Lang,
}

/// The chart, plus a table of the same numbers on demand.
#[function_component(LoadChart)]
pub fn load_chart(props: &LoadChartProps) -> Html {
    let lang = props.lang;
    let stats = &props.view.stats;
    let names = &props.view.names;
    let table_open = use_state(|| false);
    let n = stats.loads.len();
    let max = stats.loads.iter().map(|l| l.keys).max().unwrap_or(0) as f64;
    let min = stats.loads.iter().map(|l| l.keys).min().unwrap_or(0) as f64;
    let band = stats
        .theory_cv
        .filter(|&cv| cv > 0.0)
        .map(|cv| ((stats.mean * (1.0 - cv)).max(0.0), stats.mean * (1.0 + cv)));
    let (top, step) = nice_axis(max.max(band.map_or(0.0, |b| b.1)));
    let y = |v: f64| 100.0 - v / top * 100.0;
    let gap = match n {
        0..=40 => 0.24,
        41..=150 => 0.12,
        _ => 0.0,
    };

    let summary = lang.f(
        P::ChartSummary,
        &[
            &props.scheme,
            &lang.num(n as u64),
            &lang.num(min as u64),
            &lang.num(max as u64),
            &dec(lang, stats.mean, 1),
        ],
    );
    let grid: Vec<f64> = (0..)
        .map(|i| f64::from(i) * step)
        .take_while(|&v| v <= top + step / 2.0)
        .collect();
    let on_toggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let el: web_sys::Element = e.target_unchecked_into();
            table_open.set(el.has_attribute("open"));
        })
    };

    // The y labels' column fits the longest label, so a million keys never spill over.
    let label_chars = lang.num(top as u64).chars().count();
    let y_width = format!("--y-w:{}ch", label_chars + 2);

    html! {
        <figure class="load-chart" ~style={y_width}>
            <div class="chart" role="img" aria-label={summary}>
                <div class="chart-y" aria-hidden="true">
                    { for grid.iter().map(|&v| html! {
                        <span ~style={format!("bottom:{}%", f3(v / top * 100.0))}>{ lang.num(v as u64) }</span>
                    }) }
                </div>
                <div class="chart-plot">
                    <svg viewBox={format!("0 0 {} 100", n.max(1))} preserveAspectRatio="none" aria-hidden="true">
                        { for grid.iter().map(|&v| html! {
                            <line class="grid" x1="0" x2={n.max(1).to_string()} y1={f3(y(v))} y2={f3(y(v))}
                                vector-effect="non-scaling-stroke" />
                        }) }
                        if let Some((lo, hi)) = band {
                            <rect class="band" x="0" width={n.max(1).to_string()} y={f3(y(hi))}
                                height={f3((y(lo) - y(hi)).max(0.0))} />
                        }
                        if n <= TITLED_BARS {
                            { for stats.loads.iter().enumerate().map(|(i, load)| {
                                let h = load.keys as f64 / top * 100.0;
                                let name = names.get(i).map_or("", |s| s.as_str());
                                html! {
                                    <rect x={f3(i as f64 + gap / 2.0)} width={f3(1.0 - gap)}
                                        y={f3(100.0 - h)} height={f3(h)}
                                        fill={node_color(load.node.0)}>
                                        <title>{ lang.f(P::BarTitle, &[&lang.num(load.keys), &pct(lang, load.share), &name]) }</title>
                                    </rect>
                                }
                            }) }
                        } else {
                            { for bar_paths(stats.loads.iter().map(|l| (l.node.0, l.keys as f64 / top * 100.0)))
                                .into_iter().map(|(fill, d)| html! { <path class="bars" {fill} {d} /> }) }
                        }
                        <line class="mean" x1="0" x2={n.max(1).to_string()} y1={f3(y(stats.mean))}
                            y2={f3(y(stats.mean))} vector-effect="non-scaling-stroke" />
                    </svg>
                    <span class="mean-label" aria-hidden="true"
                        ~style={format!("bottom:{}%", f3((stats.mean / top * 100.0).min(92.0)))}>
                        { lang.f(P::MeanLabel, &[&dec(lang, stats.mean, 1)]) }
                    </span>
                </div>
                if (1..=NAMED_BARS).contains(&n) {
                    <div class="chart-x" aria-hidden="true">
                        { for names.iter().map(|name| html! { <span title={name.clone()}>{ name.to_string() }</span> }) }
                    </div>
                }
            </div>
            <figcaption class="chart-legend">
                <span class="key-mean">{ lang.t(P::LegendMean) }</span>
                if let (Some(cv), Some(_)) = (stats.theory_cv, band) {
                    <span class="key-band">{ lang.f(P::LegendBand, &[&dec(lang, cv * 100.0, 1)]) }</span>
                }
                if n > NAMED_BARS {
                    <span>{ lang.t(P::LegendOrder) }</span>
                }
            </figcaption>
            <details class="chart-table" ontoggle={on_toggle}>
                <summary>{ lang.t(P::ShowTable) }</summary>
                if *table_open {
                    <div class="table-wrap" tabindex="0" role="region" aria-label={lang.t(P::LoadTable)}>
                        <table>
                            <thead><tr>
                                <th scope="col">{ lang.t(P::ColNode) }</th>
                                <th scope="col" class="num">{ lang.t(P::ColKeys) }</th>
                                <th scope="col" class="num">{ lang.t(P::ColVsMean) }</th>
                                <th scope="col" class="num">{ lang.t(P::ColShare) }</th>
                            </tr></thead>
                            <tbody>
                                { for stats.loads.iter().enumerate().map(|(i, load)| html! {
                                    <tr>
                                        <th scope="row">{ names.get(i).map(|s| s.to_string()).unwrap_or_default() }</th>
                                        <td class="num">{ lang.num(load.keys) }</td>
                                        <td class="num">{ if stats.mean > 0.0 { format!("{}×", dec(lang, load.keys as f64 / stats.mean, 2)) } else { "—".into() } }</td>
                                        <td class="num">{ pct(lang, load.share) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </details>
        </figure>
    }
}

#[cfg(test)]
#[path = "load_chart_tests.rs"]
mod tests;
