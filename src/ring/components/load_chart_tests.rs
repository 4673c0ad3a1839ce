use super::nice_axis;

#[test]
fn axis_is_round_and_covers_the_maximum() {
    assert_eq!(nice_axis(121.0), (150.0, 50.0));
    assert_eq!(nice_axis(100.0), (100.0, 25.0));
    assert_eq!(nice_axis(3.0), (3.0, 1.0));
    assert_eq!(nice_axis(0.0), (1.0, 1.0));
    assert_eq!(nice_axis(250_000.0), (300_000.0, 100_000.0));
}

#[test]
fn three_decimals_without_float_formatting() {
    use super::f3;
    for x in [
        0.0,
        1.0,
        -1.0,
        0.0004,
        0.0005,
        99.9996,
        12.345678,
        -0.25,
        1e6 / 3.0,
    ] {
        let got: f64 = f3(x).parse().unwrap();
        assert!((got - x).abs() <= 0.000_500_1, "{x} → {}", f3(x));
        assert_eq!(f3(x).split('.').nth(1).map(str::len), Some(3), "{}", f3(x));
    }
    assert_eq!(f3(12.3456), "12.346");
    assert_eq!(f3(-0.25), "-0.250");
    assert_eq!(f3(f64::NAN), "0");
    // Against the float formatter on many values (ties may round either way: 1 ulp of 0.001).
    let mut x = 0.123_456_7_f64;
    for _ in 0..10_000 {
        x = (x * 7.31 + 0.37) % 100.0;
        let ours: f64 = f3(x).parse().unwrap();
        let std: f64 = format!("{x:.3}").parse().unwrap();
        assert!((ours - std).abs() <= 0.001 + 1e-9, "{x}: {ours} vs {std}");
    }
}

#[test]
fn many_bars_are_one_path_per_colour_with_every_bar_once() {
    use super::bar_paths;
    use crate::ui::palette::{node_color, PALETTE};
    let bars: Vec<(u32, f64)> = (0..1000u32).map(|i| (i, f64::from(i % 97))).collect();
    let paths = bar_paths(bars.iter().copied());
    assert_eq!(paths.len(), PALETTE.len().min(1000));
    let mut seen = vec![false; bars.len()];
    for (fill, d) in &paths {
        for part in d.split('M').filter(|p| !p.is_empty()) {
            let (i, rest) = part.split_once(' ').unwrap();
            let i: usize = i.parse().unwrap();
            let y: f64 = rest.split('h').next().unwrap().parse().unwrap();
            assert_eq!(*fill, node_color(bars[i].0), "bar {i} in its node's colour");
            assert!((y - (100.0 - bars[i].1)).abs() < 0.001, "bar {i}'s top");
            assert!(!seen[i], "bar {i} drawn once");
            seen[i] = true;
        }
    }
    // Empty bars are not drawn; every other bar is.
    for (i, &(_, h)) in bars.iter().enumerate() {
        assert_eq!(seen[i], h > 0.0, "bar {i}");
    }
}
