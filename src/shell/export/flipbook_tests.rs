use super::*;

fn frames(times: &[Time]) -> Vec<Frame> {
    times
        .iter()
        .map(|&t| Frame {
            at: t,
            label: format!("t = {t} <ms> & \"so\""),
            body: format!("<circle data-at=\"{t}\" r=\"3\"/>"),
        })
        .collect()
}

fn attr<'a>(markup: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("{name}=\"");
    markup
        .match_indices(&open)
        .map(|(at, _)| {
            let rest = &markup[at + open.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

/// The frame a discrete `display` switch shows at loop share `x`, evaluated as SMIL does:
/// the value of the last key time at or before `x`.
fn shown_at(i: usize, n: usize, x: f64) -> bool {
    let (values, times) = switch(i, n);
    let k = times.iter().rposition(|&t| t <= x).unwrap();
    values[k] == "inline"
}

#[test]
fn nothing_to_animate_at_time_zero() {
    assert_eq!(window(0, false), None);
    assert_eq!(window(0, true), None);
}

#[test]
fn a_lesson_runs_from_its_start_and_a_run_covers_its_last_ten_seconds() {
    assert_eq!(window(4_200, true), Some((0, 4_200)));
    assert_eq!(window(4_200, false), Some((0, 4_200)));
    assert_eq!(window(64_000, false), Some((64_000 - RUN_WINDOW, 64_000)));
    assert_eq!(window(64_000, true), Some((0, 64_000)));
    assert_eq!(
        window(Time::MAX, false),
        Some((Time::MAX - RUN_WINDOW, Time::MAX))
    );
}

#[test]
fn larger_frames_mean_fewer_of_them_within_the_budget() {
    assert_eq!(frame_count(0), MAX_FRAMES);
    assert_eq!(frame_count(20_000), MAX_FRAMES);
    assert_eq!(frame_count(BUDGET_BYTES / 20), 20);
    assert_eq!(frame_count(BUDGET_BYTES), MIN_FRAMES);
    assert_eq!(frame_count(usize::MAX), MIN_FRAMES);
    for bytes in [1_000, 50_000, 120_000, 300_000] {
        let n = frame_count(bytes);
        assert!(
            n * bytes <= BUDGET_BYTES || n == MIN_FRAMES,
            "{bytes} B × {n}"
        );
    }
}

#[test]
fn frame_times_are_even_strictly_increasing_and_end_now() {
    for (from, to, count) in [
        (0, 8_000, 48),
        (54_000, 64_000, 48),
        (0, 7, 48),
        (3, 4, 48),
        (0, 1, 2),
    ] {
        let times = frame_times(from, to, count);
        assert_eq!(times.first(), Some(&from), "{from}..{to}");
        assert_eq!(times.last(), Some(&to), "{from}..{to}");
        assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
        assert_eq!(times.len() as u64, (count as u64).min(to - from + 1));
    }
    let t = frame_times(0, 8_000, 9);
    assert_eq!(
        t,
        vec![0, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000]
    );
    assert_eq!(frame_times(5, 5, 48), vec![5]);
    assert_eq!(frame_times(5, 4, 48), Vec::<Time>::new());
    assert_eq!(frame_times(0, 10, 0), Vec::<Time>::new());
    let far = frame_times(Time::MAX - 10_000, Time::MAX, 48);
    assert_eq!((far.len(), far.last()), (48, Some(&Time::MAX)));
}

#[test]
fn key_times_rise_from_zero_to_one_and_one_frame_shows_at_a_time() {
    for n in 1..=MAX_FRAMES {
        let b = bounds(n);
        assert_eq!((b.len(), b[0], b[n]), (n + 1, 0.0, 1.0));
        for i in 0..n {
            let (values, times) = switch(i, n);
            assert_eq!(values.len(), times.len(), "frame {i} of {n}");
            assert_eq!((times[0], *times.last().unwrap()), (0.0, 1.0));
            assert!(times.windows(2).all(|w| w[0] < w[1]), "{times:?}");
            let keys: Vec<String> = times.iter().map(|&v| key(v)).collect();
            assert_eq!(
                (keys[0].as_str(), keys.last().unwrap().as_str()),
                ("0", "1")
            );
        }
        // In the middle of each turn, that frame and no other.
        for turn in 0..n {
            let mid = (b[turn] + b[turn + 1]) / 2.0;
            let shown: Vec<usize> = (0..n).filter(|&i| shown_at(i, n, mid)).collect();
            assert_eq!(shown, vec![turn], "{n} frames at {mid}");
        }
    }
    // The last frame holds longer than the others.
    let b = bounds(10);
    assert!(b[10] - b[9] > 5.0 * (b[1] - b[0]));
}

#[test]
fn each_frame_is_a_group_with_its_switch_its_time_and_its_drawing() {
    let times = frame_times(2_000, 12_000, 24);
    let (view_box, svg) = flipbook(
        &frames(&times),
        [0.0, 0.0, 800.0, 500.0],
        (2_000, 12_000),
        &Colors::light(),
    );
    assert_eq!(view_box[..3], [0.0, 0.0, 800.0]);
    assert!(view_box[3] > 500.0, "a strip under the drawing");
    assert_eq!(svg.matches("<g class=\"rl-frame\"").count(), 24);
    assert_eq!(
        svg.matches("<animate attributeName=\"display\"").count(),
        24
    );
    assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
    for t in &times {
        assert!(svg.contains(&format!("data-at=\"{t}\"")), "frame {t}");
        assert!(
            svg.contains(&format!(">t = {t} &lt;ms&gt; &amp; &quot;so&quot;</text>")),
            "label {t}"
        );
    }
    assert!(!svg.contains("<ms>"), "labels are escaped");
    let dur = format!("{}s", f64::from(loop_ms(24)) / 1000.0);
    assert!(attr(&svg, "dur").iter().all(|d| *d == dur), "one timeline");
    for keys in attr(&svg, "keyTimes") {
        let k: Vec<f64> = keys.split(';').map(|v| v.parse().unwrap()).collect();
        assert!(k[0] == 0.0 && *k.last().unwrap() == 1.0 && k.windows(2).all(|w| w[0] < w[1]));
    }
    // Without SMIL, the moment of the export shows.
    let displays = attr(&svg, "display");
    assert_eq!(displays.iter().filter(|d| **d == "inline").count(), 1);
    assert_eq!(displays.last(), Some(&"inline"));
    // The progress bar grows from nothing to full.
    let widths: Vec<f64> = attr(&svg, "width")[1..]
        .iter()
        .map(|w| w.parse().unwrap())
        .collect();
    assert_eq!(widths.first(), Some(&0.0));
    assert!(widths.windows(2).all(|w| w[0] < w[1]), "{widths:?}");
    assert_eq!(widths.last(), Some(&424.0), "800 × 0.53");
}

#[test]
fn the_theme_reaches_the_strip_escaped() {
    let colors = Colors {
        background: "#000".into(),
        text: "rgb(1, 2, 3)".into(),
        muted: "#abc".into(),
        font: "\"Noto Sans\", sans-serif".into(),
    };
    let (_, svg) = flipbook(
        &frames(&[0, 10]),
        [0.0, 0.0, 400.0, 460.0],
        (0, 10),
        &colors,
    );
    assert!(svg.contains("fill=\"rgb(1, 2, 3)\"") && svg.contains("fill=\"#abc\""));
    assert!(svg.contains("font-family=\"&quot;Noto Sans&quot;, sans-serif\""));
}
