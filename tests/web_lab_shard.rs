//! The sharded ring in the Lock lab: its picture and list against the simulator's own view
//! and event log, its ring changes and settings through the page, the link that replays them,
//! and its lessons' numbers against their runs.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab_shard`.

use ringlock::i18n::Lang;
use ringlock::lab::shard_layout::ring_tab_link;
use ringlock::lab::text::lessons::outcome;
use ringlock::ring::state::RingState;
use ringlock_lock::{Action, Invariant, Lab, LabScenario, LogKind, Model};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{hash_when, Mounted};

mod lab_helpers;
use lab_helpers::lab;

/// A sharded lab with 6 lock names on 3 nodes, no workers: nothing but ring changes happen.
const LINK: &str = "#v=1&n=a&t=lab&lv=1&ls=4&lm=s&lw=0&ln=3&lks=6";

fn moved_in_log(l: &Lab) -> usize {
    l.sim()
        .log_since(0)
        .filter(|e| matches!(e.kind, LogKind::LockMoved { .. }))
        .count()
}

#[wasm_bindgen_test]
async fn the_ring_shows_each_lock_at_its_owner_and_what_a_change_moved() {
    let app = Mounted::new(LINK).await;
    assert_eq!(app.all(".shard-svg .shard-lock").len(), 6);
    assert_eq!(app.all(".shard-nodes .shard-node").len(), 3);
    let before = lab(LINK);
    let view = before.lab.sim().shard().unwrap();
    for l in &view.locks {
        let mark = app.get(&format!(".shard-svg .shard-lock[data-lock='{}']", l.lock));
        assert_eq!(mark.get_attribute("data-owner"), Some(l.owner.to_string()));
    }
    assert!(app.all(".shard-lock.moved").is_empty());
    // Kill node1's owner of lock1 through the page.
    let victim = view.locks[0].owner;
    app.click(&format!(".shard-node[data-node='{victim}'] button"))
        .await;
    let link = hash_when(|h| h.contains("la=")).await;
    let after = lab(&link);
    let moved = moved_in_log(&after.lab);
    assert!(moved > 0);
    assert_eq!(app.all(".shard-svg .shard-lock.moved").len(), moved);
    assert_eq!(app.all(".shard-rows .shard-row.moved").len(), moved);
    assert!(app.all(".shard-lock.lost").is_empty(), "nothing was held");
    for l in &after.lab.sim().shard().unwrap().locks {
        assert_ne!(l.owner, victim);
        let mark = app.get(&format!(".shard-svg .shard-lock[data-lock='{}']", l.lock));
        assert_eq!(mark.get_attribute("data-owner"), Some(l.owner.to_string()));
    }
    assert!(app
        .text(".shard-change")
        .contains(&format!("node{} → ", victim + 1)));
    assert!(app
        .get(&format!(".shard-node[data-node='{victim}']"))
        .class_name()
        .contains("down"));
    // Killing the last two live nodes: the second is refused, beside the buttons.
    let others: Vec<u32> = (0..3).filter(|&n| n != victim).collect();
    app.click(&format!(".shard-node[data-node='{}'] button", others[0]))
        .await;
    app.click(&format!(".shard-node[data-node='{}'] button", others[1]))
        .await;
    assert!(app
        .text(".shard-ring .field-error")
        .contains("last live node"));
    // A join adds a node; the link replays all of it.
    app.click(".shard-join").await;
    assert_eq!(app.all(".shard-nodes .shard-node").len(), 4);
    let link = hash_when(|h| h.matches(',').count() >= 2 && h.contains('n')).await;
    let replayed = lab(&link);
    assert_eq!(replayed.lab.sim().shard().unwrap().nodes.len(), 4);
    assert_eq!(replayed.lab.sim().shard().unwrap().epoch, 3);
}

#[wasm_bindgen_test]
async fn the_ring_settings_start_a_new_lab_and_go_into_the_link() {
    let app = Mounted::new(LINK).await;
    app.change("#lab-shard-locks", "9").await;
    app.settled(|a| a.all(".shard-svg .shard-lock").len() == 9)
        .await;
    assert_eq!(app.all(".shard-svg .shard-lock").len(), 9);
    app.change("#lab-shard-fix", "w").await;
    app.change("#lab-shard-scope", "e").await;
    let link = hash_when(|h| h.contains("lsf=w") && h.contains("lts=e")).await;
    assert!(link.contains("lks=9"), "{link}");
    app.change("#lab-shard-locks", "65").await;
    app.settled(|a| {
        !a.text(".shard-settings .field-error[role='alert']")
            .is_empty()
    })
    .await;
    assert!(app
        .text(".shard-settings .field-error[role='alert']")
        .contains("65"));
    assert_eq!(
        app.all(".shard-svg .shard-lock").len(),
        9,
        "refused: unchanged"
    );
}

#[wasm_bindgen_test]
async fn each_sharded_lesson_ends_with_the_numbers_of_its_run() {
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    let sharded = LabScenario::ALL
        .into_iter()
        .filter(|l| l.settings().model == Model::Sharded);
    for lesson in sharded {
        let id = lesson.id();
        app.lesson_to_end(id).await;
        let mut run = lesson.build();
        run.run_until(lesson.duration());
        let sim = run.sim();
        let m = sim.monitor();
        let shown: Vec<String> = (app.all(".violations li[data-invariant]").iter())
            .filter_map(|li| li.get_attribute("data-invariant"))
            .collect();
        for i in Invariant::ALL {
            assert_eq!(
                shown.contains(&i.id().to_string()),
                m.count(i) > 0,
                "{id}: {i:?}"
            );
        }
        // The ring shows the run's last change: the moved locks of its log.
        let view = sim.shard().unwrap();
        assert_eq!(app.all(".shard-lock.moved").len(), view.moves.len(), "{id}");
        let lost = (view.moves.iter())
            .filter(|m| m.held && !m.kept && !m.waits)
            .count();
        assert_eq!(app.all(".shard-lock.lost").len(), lost, "{id}");
        let told = outcome(Lang::En, lesson, &lesson.facts());
        assert!(app.text(".lab-lesson").contains(&told), "{id}: {told}");
    }
}

/// The link to the Ring tab opens a ring the Ring tab builds with its own code: each lock name,
/// a key there, lands on the node this model says owns it — after kills, a revive and a join.
#[wasm_bindgen_test]
async fn the_ring_tab_puts_each_lock_on_the_node_that_owns_it_here() {
    let mut l = (*lab(LINK).lab).clone();
    for action in [
        Action::KillNode(0),
        Action::JoinNode,
        Action::KillNode(2),
        Action::ReviveNode(0),
    ] {
        l.apply(action).expect("a ring change");
        let view = l.sim().shard().unwrap();
        let link = ring_tab_link(&view, l.sim().settings().vnodes);
        assert!(link.ends_with("&t=ring"), "{link}");
        let ring = RingState::from_fragment(&link).ring;
        assert_eq!(ring.node_ids().len(), view.nodes.len(), "{link}");
        assert_eq!(
            ring.live_ids().len(),
            view.nodes.iter().filter(|n| n.alive).count()
        );
        for lock in &view.locks {
            let found = ring.lookup(&lock.name).point.expect("a live node");
            let owner = ring.node_name(ring.points()[found].node);
            assert_eq!(
                owner, view.nodes[lock.owner as usize].name,
                "{} in {link}",
                lock.name
            );
        }
    }
    // The page links to the same ring.
    let app = Mounted::new(LINK).await;
    let view = lab(LINK).lab.sim().shard().unwrap();
    let href = app.get(".shard-ring-tab a").get_attribute("href");
    assert_eq!(href, Some(ring_tab_link(&view, 16)));
}
