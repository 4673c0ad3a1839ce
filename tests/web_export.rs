//! Take-aways, in the browser: the framed SVG names what it shows and carries its own colours,
//! the live drawing is snapshotted with the theme resolved, the state file round-trips to the
//! same link and a bad one is refused by name, the view modes stay out of the tabs' links, and
//! a lesson exported as a flipbook holds the scene at every frame time while the lab on screen
//! stays exactly as it was.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};

use ringlock::i18n::Lang;
use ringlock::ring::state::{RingAction, RingState};
use ringlock::ring::view_data::ViewData;
use ringlock::shell::export::flipbook::{frame_count, frame_times};
use ringlock::shell::export::motion::{overlay, MovedDot, MAX_DOTS};
use ringlock::shell::export::picture::{compose, size, Colors, Picture, Swatch};
use ringlock::shell::export::raster::png_size;
use ringlock::shell::export::scenes::ring_legend;
use ringlock::shell::export::snapshot::{parse_view_box, take};
use ringlock::shell::export::state_file::{read, write, StateFileError};
use ringlock::shell::view_mode::{without_view, ViewMode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::{hash_when, wait, Mounted};
mod lab_helpers;

fn picture(legend: Vec<Swatch>, body: &str) -> Picture {
    Picture {
        title: "Ringlock · the hash ring".into(),
        subtitle: "3 nodes".into(),
        view_box: [-500.0, -500.0, 1000.0, 1000.0],
        body: body.into(),
        legend,
        colors: Colors::light(),
        lang: "en".into(),
    }
}

#[wasm_bindgen_test]
fn the_ring_picture_names_every_node_in_both_languages() {
    let ring = RingState::from_fragment("#v=1&n=alpha,beta,gamma!&vn=8&k=60&s=ring");
    let view = ViewData::build(&ring.ring, ring.scheme);
    let en = compose(&picture(ring_legend(Lang::En, &view), "<circle r=\"4\"/>"));
    for name in ["alpha", "beta", "gamma"] {
        assert!(en.contains(&format!(">{name} · ")), "{name} in the legend");
    }
    assert!(en.contains("gamma · dead"), "a dead node says so");
    let zh = compose(&picture(ring_legend(Lang::Zh, &view), ""));
    assert!(zh.contains("gamma · 已宕机") && zh.contains("个键"), "{zh}");
    // Self-contained: its own style sheet, the theme's colours, no page variables.
    assert!(en.starts_with("<?xml") && en.contains("<style>") && !en.contains("var(--"));
    parse_svg(&en);
}

/// `svg` parsed as an SVG document; panics if it is not well-formed.
fn parse_svg(svg: &str) -> web_sys::Document {
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(svg, web_sys::SupportedType::ImageSvgXml)
        .unwrap();
    assert!(
        doc.query_selector("parsererror").unwrap().is_none(),
        "well-formed XML"
    );
    doc
}

#[wasm_bindgen_test]
fn the_png_is_twice_the_svg_and_the_svg_grows_with_its_legend() {
    let few = picture(vec![], "");
    let many = picture(
        (0..7)
            .map(|i| Swatch {
                color: "#4477AA".into(),
                label: format!("node{i} <&>"),
            })
            .collect(),
        "",
    );
    let (w, h) = size(&few);
    assert_eq!(w, 1000.0);
    assert!(size(&many).1 > h, "legend rows add height");
    assert_eq!(png_size(size(&many)), (2000, (size(&many).1 * 2.0) as u32));
    assert!(compose(&many).contains("node6 &lt;&amp;&gt;"), "escaped");
    assert_eq!(
        parse_view_box("0 0 900 640"),
        Some([0.0, 0.0, 900.0, 640.0])
    );
    assert_eq!(parse_view_box("0 0 0 640"), None);
    assert_eq!(parse_view_box("a b c d"), None);
}

#[wasm_bindgen_test]
fn a_snapshot_resolves_the_pages_classes_and_variables_into_colours() {
    let document = gloo::utils::document();
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet
        .replace_sync(".t-probe { --c: rgb(1, 2, 3); } .t-probe .lit { fill: var(--c); } .t-probe .gone { display: none; }")
        .unwrap();
    document.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let host = document.create_element("div").unwrap();
    host.set_class_name("t-probe");
    host.set_inner_html(
        "<svg viewBox=\"0 0 100 50\"><circle class=\"lit\" r=\"3\" tabindex=\"0\" aria-label=\"x\"/>\
         <text class=\"gone\">hidden</text><text>node-α &amp; co</text></svg>",
    );
    gloo::utils::body().append_child(&host).unwrap();
    let (view_box, body) = take(&host.clone().dyn_into().unwrap()).expect("a drawing");
    host.remove();
    assert_eq!(view_box, [0.0, 0.0, 100.0, 50.0]);
    assert!(body.contains("fill=\"rgb(1, 2, 3)\""), "{body}");
    assert!(!body.contains("hidden") && !body.contains("tabindex") && !body.contains("aria-"));
    assert!(body.contains("node-α &amp; co"), "{body}");
}

#[wasm_bindgen_test]
fn the_last_change_animates_each_moved_key_from_old_to_new_colour() {
    let dots: Vec<MovedDot> = (0..1500)
        .map(|i| MovedDot {
            at: (f64::from(i), 0.0),
            from: "#EE6677".into(),
            to: "#4477AA".into(),
        })
        .collect();
    let svg = overlay(&dots, 3.0);
    let keys = svg.matches("attributeName=\"fill\"").count();
    assert!(keys > 0 && keys <= MAX_DOTS, "{keys}");
    assert!(svg.contains("values=\"#EE6677;#EE6677;#4477AA;#4477AA\""));
    assert_eq!(overlay(&[], 3.0), "<g class=\"rl-moves\">\n</g>");
}

#[wasm_bindgen_test]
fn the_state_file_imports_back_to_the_same_link() {
    let s = Rc::new(RingState::from_fragment("#v=1&n=a,b,c&vn=16&k=40&s=ring"));
    let s = s.reduce(RingAction::KillNode("b".into()));
    let link = format!("{}&lv=1&t=lab", s.fragment().0);
    let text = write(&format!("#{link}"), "lab");
    assert!(text.contains("\"format\": \"ringlock-state\"") && text.contains("\"tab\": \"lab\""));
    assert_eq!(read(&text), Ok(link.clone()));
    // And the link, loaded, is the state it came from.
    let back = RingState::from_fragment(&read(&text).unwrap());
    assert_eq!(back.fragment().0, s.fragment().0);
}

#[wasm_bindgen_test]
fn a_bad_state_file_is_refused_by_name() {
    assert_eq!(read("{not json"), Err(StateFileError::NotJson));
    assert_eq!(read(""), Err(StateFileError::NotJson));
    assert_eq!(read("[1,2]"), Err(StateFileError::NotState));
    assert_eq!(read("{\"link\":\"v=1\"}"), Err(StateFileError::NotState));
    assert_eq!(
        read("{\"format\":\"ringlock-state\",\"version\":1,\"link\":3}"),
        Err(StateFileError::NotState)
    );
    assert_eq!(
        read("{\"format\":\"ringlock-state\",\"version\":1,\"link\":\"v=1\\n#x\"}"),
        Err(StateFileError::NotState)
    );
    assert_eq!(
        read("{\"format\":\"ringlock-state\",\"version\":7,\"link\":\"v=1\"}"),
        Err(StateFileError::NewerVersion(7))
    );
    assert_eq!(
        read("{\"format\":\"ringlock-state\",\"version\":1.5,\"link\":\"v=1\"}"),
        Err(StateFileError::NotState)
    );
    assert_eq!(
        read(&" ".repeat(5 * 1024 * 1024)),
        Err(StateFileError::TooLarge)
    );
}

#[wasm_bindgen_test]
fn the_view_modes_never_reach_the_tabs() {
    let f = "#v=1&n=a,b&embed=1&present=1";
    assert_eq!(without_view(f), "v=1&n=a,b");
    let mode = ViewMode::from_fragment(f);
    assert!(mode.embed && mode.present);
    let ring = RingState::from_fragment(&without_view(f));
    assert!(ring.notice.is_none(), "a clean link for the ring");
}

/// Files offered for download so far: (name, text).
type Caught = Rc<RefCell<Vec<(String, String)>>>;

/// Files the page offers for download, caught at the `<a download>` click and kept from
/// leaving the page.
fn catch_downloads() -> (Caught, EventListener) {
    let caught = Rc::new(RefCell::new(Vec::new()));
    let options = EventListenerOptions {
        phase: EventListenerPhase::Capture,
        passive: false,
    };
    let sink = caught.clone();
    let listener = EventListener::new_with_options(
        &gloo::utils::document(),
        "click",
        options,
        move |e| {
            let Some(a) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            if a.download().is_empty() {
                return;
            }
            e.prevent_default();
            // A blob: URL of this page, read back synchronously.
            let text = js_sys::eval(&format!(
                "(() => {{ const x = new XMLHttpRequest(); x.open('GET', '{}', false); x.send(); return x.responseText; }})()",
                a.href()
            ))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
            sink.borrow_mut().push((a.download(), text));
        },
    );
    (caught, listener)
}

/// The logical time in a lab link (`lc=`, absent at 0).
fn link_time(hash: &str) -> u64 {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|p| p.strip_prefix("lc="))
        .map_or(0, |v| v.parse().unwrap())
}

impl Mounted {
    async fn export_flipbook(&self) {
        self.get("details.export-menu[data-kind='lab']")
            .set_attribute("open", "")
            .unwrap();
        self.get("[data-export='flipbook']")
            .unchecked_into::<web_sys::HtmlElement>()
            .click();
        common::tick().await;
    }
}

#[wasm_bindgen_test]
async fn a_lesson_animated_is_the_scene_at_every_frame_time_and_the_lab_stays_as_it_was() {
    let app = Mounted::new("#v=1&n=a,b,c&vn=8&k=50&s=ring&lv=1&ls=1&t=lab").await;
    let (files, _listener) = catch_downloads();
    app.get("[data-lesson='crash']")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    hash_when(|h| h.contains("lq=crash")).await;
    common::tick().await;
    assert_eq!(
        app.get("[data-export='flipbook']").text_content().unwrap(),
        "This lesson, animated (SVG)"
    );
    // At time 0 there is nothing to animate: said, and nothing saved.
    app.export_flipbook().await;
    assert!(
        app.text(".export-status")
            .contains("Nothing to animate yet"),
        "{}",
        app.text(".export-status")
    );
    assert!(files.borrow().is_empty());

    // Run it part way, then stop.
    app.get(".lab-lesson .lesson-show")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    common::tick().await;
    app.get(".lab-transport .play")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    // While it plays the link stays still: the clock tells the time.
    let clock = |app: &Mounted| {
        app.text(".lab-clock")
            .trim_end_matches(" s")
            .parse::<f64>()
            .unwrap_or(0.0)
    };
    assert!(app.settled(|a| clock(a) >= 1.5).await, "it plays");
    app.get(".lab-transport .play")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait(300).await;
    let before = hash_when(|_| true).await;
    let now = link_time(&before);
    assert!(
        (1_500..8_000).contains(&now) && before.contains("lq=crash"),
        "{before}"
    );
    assert_eq!(
        clock(&app),
        now as f64 / 1000.0,
        "paused where the link says"
    );
    let live = app.get(".lab-scene svg.scene");
    let scene_before = live.outer_html();
    let play_before = app.get(".lab-transport .play").outer_html();
    let (_, live_body) = take(&live).expect("the live scene");
    let workers: Vec<String> = app
        .all(".lab-scene svg.scene text.sw-num")
        .iter()
        .map(|t| t.text_content().unwrap())
        .collect();
    assert!(workers.len() >= 3, "{workers:?}");

    app.export_flipbook().await;
    assert!(
        app.text(".export-status").starts_with("Recording… frame"),
        "{}",
        app.text(".export-status")
    );
    assert!(app.settled(|_| !files.borrow().is_empty()).await, "a file");
    let (name, svg) = files.borrow()[0].clone();
    assert_eq!(name, "ringlock-lesson-crash.svg");

    // Well-formed, one frame per planned time, each the scene with every worker and its time.
    let doc = parse_svg(&svg);
    let times = frame_times(0, now, frame_count(live_body.len()));
    let frames = doc.query_selector_all("g.rl-frame").unwrap();
    let filmed: Vec<u64> = (0..frames.length())
        .filter_map(|i| frames.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|f| f.get_attribute("data-t")?.parse().ok())
        .collect();
    assert_eq!(filmed, times, "now {now}, clock {}", app.text(".lab-clock"));
    assert!(times.len() >= 8, "{times:?}");
    for (i, &t) in times.iter().enumerate() {
        let frame: web_sys::Element = frames.item(i as u32).unwrap().dyn_into().unwrap();
        assert_eq!(frame.get_attribute("data-t"), Some(t.to_string()));
        let label = frame.query_selector("text.rl-time").unwrap().unwrap();
        assert!(label
            .text_content()
            .unwrap()
            .contains(&format!("{}.{:03} s", t / 1000, t % 1000)));
        let names: Vec<String> = (0..frame.query_selector_all("text").unwrap().length())
            .filter_map(|k| frame.query_selector_all("text").unwrap().item(k))
            .filter_map(|n| n.text_content())
            .collect();
        for w in &workers {
            assert!(names.contains(w), "worker {w} in the frame at {t}");
        }
        assert_eq!(frame.query_selector_all("animate").unwrap().length(), 1);
    }
    // The last frame, filmed on a copy that went back and replayed, is the scene on screen.
    assert!(svg.contains(&live_body), "the last frame is the live scene");
    assert!(
        svg.contains("<title>Ringlock · lesson: "),
        "titled after the lesson"
    );

    // Nothing the user built moved: the link, the scene, the playback, and no stage left.
    wait(300).await;
    assert_eq!(hash_when(|_| true).await, before);
    assert_eq!(app.get(".lab-scene svg.scene").outer_html(), scene_before);
    assert_eq!(app.get(".lab-transport .play").outer_html(), play_before);
    assert!(gloo::utils::document()
        .query_selector(".flipbook-stage")
        .unwrap()
        .is_none());
    assert_eq!(app.text(".export-status"), "");
    assert_eq!(files.borrow().len(), 1, "one file");
}
