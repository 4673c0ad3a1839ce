//! Statistics: how evenly the keys are spread under the scheme shown, measured against theory,
//! and how many keys the last change moved under each scheme.

use ringlock_core::Scheme;
use yew::prelude::*;

use crate::i18n::use_lang;
use crate::i18n::Lang;
use crate::ring::components::last_change_view::LastChangeView;
use crate::ring::components::load_chart::LoadChart;
use crate::ring::panel::scheme_name;
use crate::ring::state::use_ring;
use crate::ring::stats_view::StatsView;
use crate::ring::text::panels::P;
use crate::ui::dom::use_dom_id;
use crate::ui::format::dec;

/// Which theory the numbers are compared with, in words.
fn theory_note(lang: Lang, view: &StatsView) -> String {
    let s = &view.stats;
    let n = s.loads.len();
    let k = lang.num(s.keys);
    match (s.scheme, view.equal_v) {
        _ if n == 0 => String::new(),
        _ if n == 1 => lang.t(P::VnodesTheoryOne).to_string(),
        (Scheme::Ring, Some(v)) => lang.f(
            P::TheoryRing,
            &[&lang.num(n as u64), &lang.num(u64::from(v)), &k],
        ),
        (Scheme::Ring, None) => lang.t(P::TheoryRingWeights).to_string(),
        (Scheme::Modulo, _) => lang.f(P::TheoryModulo, &[&k]),
        (Scheme::Article, _) => lang.f(P::TheoryArticle, &[&lang.num(n as u64), &k]),
    }
}

/// Decimals worth showing for a per-node count: none once the counts run into thousands.
fn places(mean: f64) -> usize {
    if mean >= 1000.0 {
        0
    } else {
        1
    }
}

/// The statistics panel.
#[function_component(StatsPanel)]
pub fn stats_panel() -> Html {
    let app = use_ring();
    let lang = use_lang();
    let heading_id = use_dom_id("stats-heading");
    let view = {
        let app = app.clone();
        use_memo((app.version, app.scheme), move |_| {
            let ring = &app.ring;
            let stats = ring.stats(app.scheme);
            let names = stats
                .loads
                .iter()
                .map(|l| AttrValue::from(ring.node_name(l.node).to_string()))
                .collect();
            let weights: Vec<u32> = stats
                .loads
                .iter()
                .filter_map(|l| ring.node(l.node).map(|n| n.weight))
                .collect();
            let equal_v = (weights.windows(2).all(|w| w[0] == w[1]))
                .then(|| weights.first().map(|w| w * ring.vnodes()))
                .flatten();
            StatsView {
                stats,
                names,
                equal_v,
            }
        })
    };
    let s = &view.stats;
    let scheme = scheme_name(lang, app.scheme);
    let na = lang.t(P::NotApplicable);
    let cv3 = |x: Option<f64>| x.map_or_else(|| na.to_string(), |x| dec(lang, x, 3));
    let figure = |label: P, value: String| {
        html! { <div class="figure"><dt>{ lang.t(label) }</dt><dd>{ value }</dd></div> }
    };

    html! {
        <section class="panel stats-panel" aria-labelledby={heading_id.clone()}>
            <div class="panel-head">
                <h2 id={heading_id}>{ lang.t(P::StatsTitle) }</h2>
                <span class="panel-meta">{ lang.f(P::StatsUnder, &[&scheme]) }</span>
            </div>
            if s.loads.is_empty() {
                <p class="empty-note">{ lang.t(P::NoLiveNodes) }</p>
            } else {
                if s.keys == 0 {
                    <p class="empty-note">{ lang.t(P::NoKeysYet) }</p>
                } else {
                    <LoadChart view={view.clone()} scheme={AttrValue::from(scheme)} lang={lang} />
                }
                <dl class="figures">
                    { figure(P::FigLive, lang.num(s.loads.len() as u64)) }
                    { figure(P::FigKeys, lang.num(s.keys)) }
                    { figure(P::FigMean, dec(lang, s.mean, places(s.mean))) }
                    { figure(P::FigStdDev, dec(lang, s.std_dev, places(s.mean))) }
                    { figure(P::FigMaxMean, format!("{}×", dec(lang, s.max_over_mean, 2))) }
                </dl>
                <table class="cv-table">
                    <caption class="sr-only">{ lang.t(P::CvCaption) }</caption>
                    <thead><tr>
                        <td></td>
                        <th scope="col" class="num">{ lang.t(P::Measured) }</th>
                        <th scope="col" class="num">{ lang.t(P::Theory) }</th>
                    </tr></thead>
                    <tbody>
                        <tr data-stat="cv">
                            <th scope="row">{ lang.t(P::CvKeys) }</th>
                            <td class="num">{ if s.keys > 0 { dec(lang, s.cv, 3) } else { "—".to_string() } }</td>
                            <td class="num">{ cv3(s.theory_cv) }</td>
                        </tr>
                        <tr data-stat="share-cv">
                            <th scope="row">{ lang.t(P::CvShares) }</th>
                            <td class="num">{ dec(lang, s.share_cv, 3) }</td>
                            <td class="num">{ cv3(s.theory_share_cv) }</td>
                        </tr>
                    </tbody>
                </table>
                <p class="theory-note">{ theory_note(lang, &view) }</p>
            }
            <LastChangeView last={app.last.clone()} scheme={app.scheme} lang={lang} />
        </section>
    }
}
