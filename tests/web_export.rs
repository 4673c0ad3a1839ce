//! Take-aways, in the browser: the framed SVG names what it shows and carries its own colours,
//! the live drawing is snapshotted with the theme resolved, the state file round-trips to the
//! same link and a bad one is refused by name, and the view modes stay out of the tabs' links.

use std::rc::Rc;

use ringlock::i18n::Lang;
use ringlock::ring::state::{RingAction, RingState};
use ringlock::ring::view_data::ViewData;
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
    let doc = web_sys::DomParser::new()
        .unwrap()
        .parse_from_string(&en, web_sys::SupportedType::ImageSvgXml)
        .unwrap();
    assert!(
        doc.query_selector("parsererror").unwrap().is_none(),
        "well-formed XML"
    );
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
