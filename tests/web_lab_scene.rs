//! The lock scene mounted in the app: a message half-way along its latency is drawn half-way
//! between its sender and receiver, the queue at the server is the simulator's queue in its
//! order, and each model draws its own middle.
//!
//! Run with `cargo test -p ringlock --target wasm32-unknown-unknown --test web_lab_scene`.

use ringlock::i18n::Lang;
use ringlock::lab::common::worker_list;
use ringlock::lab::scene_layout::{discs_at, Pt, Shape};
use ringlock_lock::{Lab, Model, WorkerId, WorkerState};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::Mounted;

/// A lab from a link's lab part (the same reading the app does).
fn lab(part: &str) -> Lab {
    Lab::from_fragment_part(part)
        .ok()
        .flatten()
        .expect("a valid lab link")
}

fn shape(app: &Mounted) -> Shape {
    let class = app
        .get(".lab-scene svg.scene")
        .get_attribute("class")
        .unwrap_or_default();
    if class.contains("tall") {
        Shape::Tall
    } else {
        Shape::Wide
    }
}

#[wasm_bindgen_test]
async fn a_message_half_way_is_drawn_half_way_between_its_ends() {
    let base = "v=1&n=a&lv=1&ls=3&lw=3";
    // The first message whose latency splits into two whole halves, at its middle.
    let mut run = lab(base);
    let half = loop {
        assert!(run.step(), "the run has messages");
        let found = run
            .sim()
            .in_flight()
            .into_iter()
            .find(|m| m.arrives_at > m.sent_at + 1 && (m.arrives_at - m.sent_at) % 2 == 0);
        if let Some(m) = found {
            break (m.sent_at + m.arrives_at) / 2;
        }
    };
    let part = format!("{base}&lc={half}");
    let at_half = lab(&part);
    let sim = at_half.sim();
    let messages = sim.in_flight();
    let m = messages
        .iter()
        .find(|m| m.progress(half) == 0.5)
        .copied()
        .expect("the message is still on its way");

    let app = Mounted::new(&format!("#{part}&t=lab")).await;
    let f = shape(&app).frame();
    let n = sim.worker_count();
    let model = sim.settings().model;
    let (a, b) = f.path(model, m.from, m.to, n);
    let mid = Pt::new((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
    let drawn: String = app
        .all(".lab-scene .sc-dots .dot")
        .iter()
        .filter_map(|d| d.get_attribute("d"))
        .collect();
    assert!(
        drawn.contains(&discs_at(std::iter::once(mid), 6.0))
            || drawn.contains(&discs_at(std::iter::once(mid), 5.0)),
        "a dot at {mid:?} in {drawn}"
    );
    // Not at either end.
    assert!(!drawn.contains(&discs_at(std::iter::once(a), 6.0)));
    assert_eq!(
        app.get(".lab-scene .sc-dots")
            .get_attribute("data-count")
            .as_deref(),
        Some(messages.len().to_string().as_str())
    );
}

#[wasm_bindgen_test]
async fn the_queue_at_the_server_is_the_simulators_in_its_order() {
    let base = "v=1&n=a&lv=1&ls=1&lw=12";
    let mut run = lab(base);
    while run.sim().locks()[0].queue.len() < 5 {
        assert!(run.step(), "a queue forms");
    }
    let part = format!("{base}&lc={}", run.now());
    let expected: Vec<String> = lab(&part).sim().locks()[0]
        .queue
        .iter()
        .map(|w| w.0.to_string())
        .collect();
    let app = Mounted::new(&format!("#{part}&t=lab")).await;
    let f = shape(&app).frame();
    let shown = f.queue_fits(f.server_w).min(expected.len());
    let drawn: Vec<String> = app
        .all(".lab-scene .sc-queue .q-chip")
        .iter()
        .filter_map(|c| c.get_attribute("data-q"))
        .collect();
    assert_eq!(drawn, expected[..shown].to_vec());
    if expected.len() > shown {
        let more = app.text(".lab-scene .q-more");
        assert_eq!(more, format!("+{}", expected.len() - shown));
    }
    // Each queued worker's place is its order, left to right.
    let xs: Vec<f64> = app
        .all(".lab-scene .sc-queue .q-chip circle")
        .iter()
        .filter_map(|c| c.get_attribute("cx")?.parse().ok())
        .collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
}

#[wasm_bindgen_test]
async fn each_model_draws_its_own_middle() {
    for model in Model::ALL {
        let part = match model {
            Model::Central | Model::ZooKeeper | Model::Etcd => "lease",
            Model::LocalLock => "local",
            Model::Redis => "redis",
            Model::Redlock => "redlock",
            Model::Sharded => "shard",
        };
        let app = Mounted::new(&format!(
            "#v=1&n=a&lv=1&ls=1&lm={}&lc=2000&t=lab",
            model.code()
        ))
        .await;
        assert_eq!(
            app.get(".lab-scene").get_attribute("data-model").as_deref(),
            Some(model.code())
        );
        assert!(
            app.find(&format!(".lab-scene [data-part='{part}']"))
                .is_some(),
            "{model:?}: its {part} part"
        );
        assert!(app.find(".lab-scene [data-part='storage']").is_some());
        let nodes = app.all(".lab-scene .sc-node").len();
        let locals = app.all(".lab-scene .sc-local").len();
        match model {
            Model::Redlock => assert_eq!(nodes, 5, "five masters"),
            Model::Redis => assert_eq!(nodes, 2, "a master and its replica"),
            Model::LocalLock => assert_eq!(locals, 2, "a lock per node"),
            Model::Sharded => assert_eq!(
                (nodes, locals),
                (0, ringlock_lock::Settings::default().locks as usize),
                "a box per lock name"
            ),
            Model::Central | Model::ZooKeeper | Model::Etcd => assert_eq!(nodes + locals, 0),
        }
        let caption = app
            .find(".lab-scene [data-part='lease']")
            .and_then(|e| e.text_content())
            .unwrap_or_default();
        match model {
            Model::ZooKeeper | Model::Etcd => assert!(caption.contains("watches"), "{caption}"),
            Model::Central => assert!(caption.contains("first served first"), "{caption}"),
            Model::LocalLock | Model::Redis | Model::Redlock | Model::Sharded => {
                assert!(caption.is_empty())
            }
        }
    }
}

#[wasm_bindgen_test]
async fn a_thousand_workers_are_ticks_and_the_queue_stays_exact() {
    let part = "v=1&n=a&lv=1&ls=1&lw=1000&lc=1500";
    let sim_queue = lab(part).sim().locks()[0].queue.len();
    let app = Mounted::new(&format!("#{part}&t=lab")).await;
    assert!(app.find(".lab-scene .scene-workers.aggregated").is_some());
    let ticks: usize = app
        .all(".lab-scene .scene-workers .ticks")
        .iter()
        .filter_map(|p| p.get_attribute("d"))
        .map(|d| d.matches('M').count())
        .sum();
    assert_eq!(ticks, 1000, "a tick per worker");
    assert_eq!(app.all(".lab-scene .sw-cursor").len(), 1, "one tab stop");
    let chips = app.all(".lab-scene .q-chip").len();
    let more: usize = app
        .text(".lab-scene .q-more")
        .trim_start_matches('+')
        .replace(',', "")
        .parse()
        .unwrap_or(0);
    assert!(sim_queue > 0);
    assert_eq!(chips + more, sim_queue, "every waiter drawn or counted");
}

/// The sharded ring's scene: each lock's box names the node the simulator says owns it, a kill
/// marks what it moved, and two workers holding one lock are named with that lock (two
/// holders of different locks are no alarm).
#[wasm_bindgen_test]
async fn the_sharded_scene_names_each_locks_owner_and_the_lock_held_twice() {
    let part = "v=1&n=a&lv=1&ls=4&lm=s&lw=0&ln=3&lks=5";
    let app = Mounted::new(&format!("#{part}&t=lab")).await;
    let view = lab(part).sim().shard().expect("sharded");
    for l in &view.locks {
        let b = app.get(&format!(".lab-scene .sc-shard[data-lock='{}']", l.lock));
        assert_eq!(b.get_attribute("data-owner"), Some(l.owner.to_string()));
        let title = b.query_selector(".sc-title").unwrap().unwrap();
        let words = title.text_content().unwrap_or_default();
        assert_eq!(words, format!("lock{} · node{}", l.lock + 1, l.owner + 1));
    }
    assert!(app.all(".lab-scene .sc-shard.moved").is_empty());

    // The shard-kill lesson's run, stopped while two workers act as holders of one lock.
    let mut run = ringlock_lock::LabScenario::ShardKill.build();
    let mut found = None;
    while found.is_none() && run.sim().now() < 60_000 {
        run.run_for(5);
        let mut acting: Vec<(u32, u32)> = run
            .sim()
            .workers()
            .filter(|w| matches!(w.state, WorkerState::Holding | WorkerState::Writing))
            .map(|w| (w.resource, w.id.0))
            .collect();
        acting.sort_unstable();
        found = acting
            .windows(2)
            .find(|p| p[0].0 == p[1].0)
            .map(|p| (p[0].0, p[0].1, p[1].1));
    }
    let (lock, a, b) = found.expect("the lesson's two holders of one lock");
    let app = Mounted::new(&format!("#{}&t=lab", run.to_fragment_part())).await;
    let alarm = app.text(".lab-scene .two-holders");
    assert!(alarm.contains(&format!("lock{}", lock + 1)), "{alarm}");
    let who = worker_list(Lang::En, &[WorkerId(a), WorkerId(b)]);
    assert!(alarm.contains(&who), "{alarm} names {who}");
    assert!(
        !app.all(".lab-scene .sc-shard.moved").is_empty(),
        "the kill moved a lock"
    );
}

/// The next animation frame.
async fn frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn while_it_plays_the_clock_moves_every_frame_and_the_panels_on_their_turns() {
    // Five workers: the workers panel shows cards whose timelines end at the lab's now, so
    // every redraw of it changes it.
    let app = Mounted::new("#v=1&n=a&lv=1&ls=1&t=lab").await;
    common::click(&app.root, ".lab-transport button.play");
    const FRAMES: usize = 36;
    let (mut clock, mut workers, mut log) = (0, 0, 0);
    let mut last = (String::new(), String::new(), String::new());
    for _ in 0..FRAMES {
        frame().await;
        let now = (
            app.text(".lab-clock"),
            app.get(".lab-workers").inner_html(),
            app.get(".lab-log").inner_html(),
        );
        clock += usize::from(now.0 != last.0);
        workers += usize::from(now.1 != last.1);
        log += usize::from(now.2 != last.2);
        last = now;
    }
    let turns = FRAMES / ringlock::lab::paced::PACE_FRAMES as usize;
    web_sys::console::log_1(
        &format!("{FRAMES} frames: clock {clock}, workers {workers}, log {log}").into(),
    );
    assert!(
        clock > 2 * (turns + 3),
        "the clock moved on {clock} of {FRAMES} frames"
    );
    // A turn every six frames (and at least every 500 ms on a slow machine), plus the first.
    assert!(
        workers <= turns + 3,
        "the workers panel changed on {workers} of {FRAMES} frames"
    );
    assert!(
        workers >= 2,
        "the workers panel still follows the lab ({workers})"
    );
    assert!(
        log <= turns + 3,
        "the log changed on {log} of {FRAMES} frames"
    );
}
