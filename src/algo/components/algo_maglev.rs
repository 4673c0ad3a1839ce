//! Maglev's lookup table drawn slot by slot, before and after the change, for the small
//! table sizes: slots that changed backend are outlined, showing that Maglev's disruption is
//! not minimal (a slot can pass between two backends that both stayed).

use std::rc::Rc;

use ringlock_core::algo::{AlgoError, Maglev};
use yew::prelude::*;

use crate::algo::data::{CompareInput, TopologyChange, MAGLEV_DRAWN};
use crate::algo::text::A;
use crate::algo::words::algo_error_text;
use crate::i18n::Lang;
use crate::ui::palette;

/// Props of [`AlgoMaglev`].
#[derive(Properties, PartialEq)]
pub struct AlgoMaglevProps {
    /// The nodes.
    pub input: Rc<CompareInput>,
    /// The change.
    pub change: TopologyChange,
    /// Table size M.
    pub m: u64,
    /// Language.
    pub lang: Lang,
}

/// Both tables as node indices (into the longer of the node lists before and after).
#[derive(Clone, Debug, PartialEq)]
pub struct Tables {
    /// Owner of each slot before.
    pub before: Vec<usize>,
    /// Owner of each slot after.
    pub after: Vec<usize>,
    /// Names of the nodes the indices point at.
    pub names: Vec<String>,
}

/// Fill Maglev's table over the live nodes before and after `change`.
pub fn tables(input: &CompareInput, change: &TopologyChange, m: u64) -> Result<Tables, AlgoError> {
    let after = input.after(change);
    let all = if after.len() >= input.nodes.len() {
        &after
    } else {
        &input.nodes
    };
    let names: Vec<String> = all.iter().map(|n| n.name.clone()).collect();
    let table = |nodes: &[ringlock_core::NodeSpec]| -> Result<Vec<usize>, AlgoError> {
        let live: Vec<&str> = nodes
            .iter()
            .filter(|n| n.alive)
            .map(|n| n.name.as_str())
            .collect();
        let table = Maglev::new(&live, m)?;
        Ok(table
            .table()
            .iter()
            .map(|&b| {
                let name = live[b as usize];
                names.iter().position(|n| n == name).unwrap_or(0)
            })
            .collect())
    };
    Ok(Tables {
        before: table(&input.nodes)?,
        after: table(&after)?,
        names: names.clone(),
    })
}

/// The table view.
#[function_component(AlgoMaglev)]
pub fn algo_maglev(props: &AlgoMaglevProps) -> Html {
    let lang = props.lang;
    let small = props.m <= MAGLEV_DRAWN;
    let result = use_memo(
        (props.input.clone(), props.change.clone(), props.m),
        |(input, change, m)| (*m <= MAGLEV_DRAWN).then(|| tables(input, change, *m)),
    );
    let body = match result.as_ref() {
        None => html! { <p class="algo-empty">{ lang.t(A::MaglevPickSmall) }</p> },
        Some(Err(e)) => html! { <p class="algo-error">{ algo_error_text(lang, e) }</p> },
        Some(Ok(t)) => {
            let after_nodes = props.input.after(&props.change);
            let alive_after =
                |i: usize| after_nodes.iter().any(|n| n.alive && n.name == t.names[i]);
            let changed: Vec<bool> = t.before.iter().zip(&t.after).map(|(b, a)| b != a).collect();
            let between_survivors = t
                .before
                .iter()
                .zip(&changed)
                .filter(|(&b, &c)| c && alive_after(b))
                .count();
            let strip = |label: A, class: &'static str, owners: &[usize]| {
                html! {
                    <div class="maglev-row">
                        <span class="row-label">{ lang.t(label) }</span>
                        <ol class={classes!("maglev-cells", class)} aria-label={lang.t(label)}>
                            { for owners.iter().zip(&changed).enumerate().map(|(slot, (&o, &c))| html! {
                                <li class={classes!("cell", c.then_some("changed"))}
                                    ~style={format!("background: {}", palette::node_color(props.input.color_slot(o)))}
                                    title={lang.f(A::MaglevSlot, &[&slot, &t.names[o]])} />
                            }) }
                        </ol>
                    </div>
                }
            };
            html! {
                <>
                    { strip(A::ColBefore, "before", &t.before) }
                    { strip(A::ColAfter, "after", &t.after) }
                    <p class="maglev-changed" data-changed={changed.iter().filter(|&&c| c).count().to_string()}
                        data-survivors={between_survivors.to_string()}>
                        { lang.f(A::MaglevChanged, &[
                            &lang.num(changed.iter().filter(|&&c| c).count() as u64),
                            &lang.num(props.m),
                            &lang.num(between_survivors as u64),
                        ]) }
                    </p>
                    <ul class="maglev-legend">
                        { for t.names.iter().enumerate().map(|(i, n)| html! {
                            <li><span class="swatch" ~style={format!("background: {}", palette::node_color(props.input.color_slot(i)))} aria-hidden="true" />{ n.clone() }</li>
                        }) }
                    </ul>
                </>
            }
        }
    };
    html! {
        <figure class={classes!("maglev-view", small.then_some("small"))} aria-labelledby="algo-maglev-title">
            <figcaption>
                <h3 id="algo-maglev-title">{ lang.f(A::MaglevTitle, &[&lang.num(props.m)]) }</h3>
                <p class="hint">{ lang.t(A::MaglevCaption) }</p>
            </figcaption>
            { body }
        </figure>
    }
}
