//! The rendezvous score bars in the browser, mounted on their own inside the app's state
//! provider: the owner row against the core's `Rendezvous`, the empty-key error, the key chips,
//! the empty state and the "+n more" line.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_scores`.

use ringlock::algo::components::algo_scores::{AlgoScores, CHIPS};
use ringlock::algo::text::scores::S;
use ringlock::i18n::{Lang, Message};
use ringlock::ring::state::RingContext;
use ringlock::ring::state::RingState;
use ringlock_core::algo::scores::SHOWN;
use ringlock_core::algo::Rendezvous;
use ringlock_core::Scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{tick, Mounted};

/// Five nodes of different weights, one of them dead, and 20 generated keys.
const RING: &str = "#v=1&n=a*3,b,c!,d*2,e&vn=4&k=20";
/// The live nodes of [`RING`], in order, with their weights.
const LIVE: [(&str, u32); 4] = [("a", 3), ("b", 1), ("d", 2), ("e", 1)];

#[derive(Properties, PartialEq)]
struct HostProps {
    fragment: String,
    lang: Lang,
}

/// The app's state provider around the panel alone.
#[function_component(Host)]
fn host(props: &HostProps) -> Html {
    let fragment = props.fragment.clone();
    let state = use_reducer(move || RingState::from_fragment(&fragment));
    html! {
        <ContextProvider<Lang> context={props.lang}>
        <ContextProvider<RingContext> context={state}>
            <div class="algo"><AlgoScores lang={props.lang} /></div>
        </ContextProvider<RingContext>>
        </ContextProvider<Lang>>
    }
}

/// The panel alone, mounted on the shared harness of `tests/common`.
type Panel = Mounted<Host>;

impl Mounted<Host> {
    async fn panel(fragment: &str, lang: Lang) -> Panel {
        Mounted::with_props(HostProps {
            fragment: fragment.to_string(),
            lang,
        })
        .await
    }

    fn key_input(&self) -> HtmlInputElement {
        self.input("#algo-scores-key")
    }

    async fn type_key(&self, value: &str) {
        let input = self.key_input();
        input.set_value(value);
        input.dispatch_event(&Event::new("input").unwrap()).unwrap();
        tick().await;
    }

    /// `data-node` of every bar, top first.
    fn order(&self) -> Vec<String> {
        self.all("li.score-row")
            .iter()
            .map(|li| li.get_attribute("data-node").unwrap())
            .collect()
    }
}

/// The first `n` keys of [`RING`] as the panel offers them: oldest batch first, each batch in
/// ring order (the order of key ids, as in the replication panel).
fn first_keys(n: usize) -> Vec<String> {
    let ring = Scenario::from_fragment(RING).unwrap().build().unwrap();
    let store = ring.keys();
    let mut ids = store.ids().to_vec();
    ids.sort_unstable();
    ids.iter()
        .take(n)
        .map(|&id| store.name(id).to_string())
        .collect()
}

/// The live nodes of [`RING`] ranked by the core for `key`, best first.
fn core_order(key: &str) -> Vec<String> {
    Rendezvous::new(&LIVE)
        .unwrap()
        .top_k(key, LIVE.len())
        .into_iter()
        .map(|i| LIVE[i].0.to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn the_owner_row_is_the_rendezvous_winner_for_the_typed_key() {
    let panel = Panel::panel(RING, Lang::En).await;
    assert!(panel
        .find("section.panel.algo-scores[aria-labelledby=algo-scores-title] h2#algo-scores-title")
        .is_some());
    // Prefilled with the ring's first key.
    assert_eq!(panel.key_input().value(), first_keys(1)[0]);
    let core = Rendezvous::new(&LIVE).unwrap();
    for key in ["user:42", "order:7", "session-abc", "  padded  ", "节点"] {
        panel.type_key(key).await;
        let trimmed = key.trim();
        let winner = LIVE[core.lookup(trimmed)].0;
        let owner = panel.get("li.score-row.owner");
        assert_eq!(
            owner.get_attribute("data-node").as_deref(),
            Some(winner),
            "{key}"
        );
        assert_eq!(owner.get_attribute("data-rank").as_deref(), Some("1"));
        assert_eq!(panel.all("li.score-row.owner").len(), 1);
        let order = core_order(trimmed);
        assert_eq!(panel.order(), order, "{key}");
        let runner = panel.get("li.score-row.runner-up");
        assert_eq!(runner.get_attribute("data-node"), Some(order[1].clone()));
        assert_eq!(runner.get_attribute("data-rank").as_deref(), Some("2"));
        // The dead node gets no bar.
        assert!(panel.find("li.score-row[data-node=c]").is_none());
        // The owner's bar is full and the others are no longer.
        let width = |li: &Element| -> String {
            li.query_selector(".score-bar")
                .unwrap()
                .unwrap()
                .get_attribute("style")
                .unwrap()
        };
        assert!(width(&owner).contains("width: 100%"), "{}", width(&owner));
        // The what-if line names the owner, the runner-up and the key.
        let what_if = panel.text(".score-whatif-line");
        assert!(
            what_if.contains(&format!(
                "If {winner} goes, “{trimmed}” moves to {}",
                order[1]
            )),
            "{what_if}"
        );
        assert!(panel.text("li.score-row.owner").contains("owner"));
        assert!(panel
            .text("li.score-row.runner-up")
            .contains("takes over if the owner goes"));
    }
    let weight = panel.text("li.score-row[data-node=a] .score-weight");
    assert_eq!(weight, "weight 3");
}

#[wasm_bindgen_test]
async fn an_empty_key_shows_an_error_and_no_bars() {
    let panel = Panel::panel(RING, Lang::En).await;
    assert!(panel.text("#algo-scores-key-error").is_empty());
    assert_eq!(panel.key_input().get_attribute("aria-invalid"), None);
    assert_eq!(
        panel
            .key_input()
            .get_attribute("aria-describedby")
            .as_deref(),
        Some("algo-scores-key-error")
    );
    for blank in ["", "   "] {
        panel.type_key(blank).await;
        assert_eq!(
            panel.key_input().get_attribute("aria-invalid").as_deref(),
            Some("true")
        );
        assert!(panel.text("#algo-scores-key-error").contains("Type a key"));
        assert!(panel.all("li.score-row").is_empty());
    }
    panel.type_key("a\tb").await;
    assert!(panel
        .text("#algo-scores-key-error")
        .contains("control characters"));
    // Typing a key again brings the bars back and clears the error.
    panel.type_key("user:1").await;
    assert_eq!(panel.key_input().get_attribute("aria-invalid"), None);
    assert!(panel.text("#algo-scores-key-error").is_empty());
    assert_eq!(panel.order(), core_order("user:1"));
}

#[wasm_bindgen_test]
async fn clicking_a_key_chip_changes_the_bars() {
    let panel = Panel::panel(RING, Lang::En).await;
    let chips = panel.all("button.score-chip");
    let names: Vec<String> = chips
        .iter()
        .map(|c| c.get_attribute("data-key").unwrap())
        .collect();
    assert_eq!(names, first_keys(CHIPS));
    assert_eq!(panel.key_input().value(), names[0]);
    assert_eq!(
        chips[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let before = panel.order();
    assert_eq!(before, core_order(&names[0]));
    // A chip whose key ranks the nodes differently from the first.
    let (i, key) = names
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, k)| core_order(k) != before)
        .expect("some ring key ranks the nodes differently");
    chips[i].dyn_ref::<HtmlElement>().unwrap().click();
    tick().await;
    assert_eq!(panel.key_input().value(), *key);
    let after = panel.order();
    assert_ne!(after, before);
    assert_eq!(after, core_order(key));
    let chips = panel.all("button.score-chip");
    assert_eq!(
        chips[i].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        chips[0].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn no_live_node_shows_an_empty_state_and_no_keys_a_default() {
    let panel = Panel::panel("#v=1&n=a!,b!&vn=4", Lang::En).await;
    assert_eq!(panel.key_input().value(), "user:42");
    assert!(panel.all("button.score-chip").is_empty());
    assert!(panel.all("li.score-row").is_empty());
    assert!(panel.text(".score-empty").contains("No live node"));
    assert!(panel.find(".score-whatif").is_none());
}

#[wasm_bindgen_test]
async fn many_nodes_draw_the_top_twelve_and_say_how_many_more() {
    let names: Vec<String> = (0..30).map(|i| format!("n{i}")).collect();
    let panel = Panel::panel(&format!("#v=1&n={}&vn=1&k=3", names.join(",")), Lang::En).await;
    panel.type_key("user:9").await;
    let rows = panel.all("li.score-row");
    assert_eq!(rows.len(), SHOWN);
    let spec: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 1)).collect();
    let top: Vec<String> = Rendezvous::new(&spec)
        .unwrap()
        .top_k("user:9", SHOWN)
        .into_iter()
        .map(|i| names[i].clone())
        .collect();
    assert_eq!(panel.order(), top);
    let more = panel.text(".score-more");
    assert!(more.contains("+18 more"), "{more}");
    assert!(more.contains("top 12 of 30"), "{more}");
}

#[wasm_bindgen_test]
async fn one_live_node_has_nowhere_to_send_the_key_and_chinese_reads() {
    let panel = Panel::panel("#v=1&n=solo,gone!&vn=4", Lang::Zh).await;
    panel.type_key("k").await;
    assert_eq!(panel.order(), ["solo"]);
    assert!(panel.find("li.score-row.runner-up").is_none());
    assert!(panel.text(".score-whatif-line").contains("无处可去"));
    assert!(panel.text("li.score-row.owner").contains("所有者"));
    assert_eq!(panel.text("#algo-scores-title"), S::Title.text(Lang::Zh));
}
