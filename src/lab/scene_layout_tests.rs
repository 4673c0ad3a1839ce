use super::*;
use ringlock_lock::WorkerId;

const SHAPES: [Shape; 2] = [Shape::Wide, Shape::Tall];

fn close(a: Pt, b: Pt) -> bool {
    (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
}

#[test]
fn easing_starts_and_ends_in_place_and_is_half_way_at_half_time() {
    assert_eq!(ease(0.0), 0.0);
    assert_eq!(ease(1.0), 1.0);
    assert!((ease(0.5) - 0.5).abs() < 1e-12);
    assert!(ease(0.25) < 0.25, "slow start");
    assert!(ease(0.75) > 0.75, "slow landing");
    assert_eq!(ease(-3.0), 0.0);
    assert_eq!(ease(7.0), 1.0);
    assert_eq!(ease(f64::NAN), 0.0);
    let mut last = 0.0;
    for k in 0..=100 {
        let e = ease(f64::from(k) / 100.0);
        assert!(e >= last, "monotonic at {k}");
        last = e;
    }
}

#[test]
fn a_dot_half_way_sits_at_the_middle_and_reduced_motion_puts_it_at_the_receiver() {
    let (a, b) = (Pt::new(10.0, 20.0), Pt::new(110.0, 220.0));
    assert!(close(along(a, b, 0.5, false), Pt::new(60.0, 120.0)));
    assert!(close(along(a, b, 0.0, false), a));
    assert!(close(along(a, b, 1.0, false), b));
    assert!(close(along(a, b, 0.1, true), b));
}

#[test]
fn workers_go_clockwise_from_the_top_and_stay_inside_the_view() {
    for shape in SHAPES {
        let f = shape.frame();
        for n in [1, 2, 5, 100, 1000] {
            for i in 0..n {
                let p = f.worker(i, n);
                assert!(
                    p.x > 0.0 && p.x < f.w && p.y > 0.0 && p.y < f.h,
                    "{shape:?} {i}/{n}"
                );
            }
        }
        // The first worker is near the top, the quarter one to the right, clockwise.
        let (top, right) = (f.worker(0, 4), f.worker(1, 4));
        assert!(top.y < f.c.y && top.x > f.c.x);
        assert!(right.x > f.c.x && right.y > f.c.y);
    }
}

#[test]
fn a_hover_finds_the_worker_under_it_and_nothing_away_from_the_ring() {
    for shape in SHAPES {
        let f = shape.frame();
        for n in [1, 3, 12, 100, 1000] {
            for i in (0..n).step_by((n / 37).max(1)) {
                assert_eq!(
                    f.nearest_worker(f.worker(i, n), n),
                    Some(i),
                    "{shape:?} {i}/{n}"
                );
            }
        }
        assert_eq!(
            f.nearest_worker(f.c, 10),
            None,
            "the middle is the servers'"
        );
        assert_eq!(f.nearest_worker(f.worker(0, 10), 0), None, "no workers");
        assert_eq!(f.nearest_worker(Pt::new(f64::NAN, 1.0), 10), None);
    }
}

#[test]
fn page_points_map_into_the_view_box_with_its_letterboxing() {
    let f = Shape::Wide.frame();
    // 800 × 500 drawn at 400 × 250 from (100, 50): half scale.
    let p = f
        .to_view((300.0, 175.0), (100.0, 50.0, 400.0, 250.0))
        .unwrap();
    assert!(close(p, Pt::new(400.0, 250.0)));
    // Twice as tall as needed: centred vertically.
    let p = f
        .to_view((100.0, 125.0), (100.0, 0.0, 400.0, 500.0))
        .unwrap();
    assert!(close(p, Pt::new(0.0, 0.0)));
    assert_eq!(f.to_view((1.0, 1.0), (0.0, 0.0, 0.0, 10.0)), None);
}

#[test]
fn endpoints_are_the_servers_storage_workers_and_masters() {
    let f = Shape::Wide.frame();
    let n = 10;
    assert_eq!(f.endpoint(Model::Central, Endpoint::Server, n), f.server);
    assert_eq!(f.endpoint(Model::Central, Endpoint::Storage, n), f.storage);
    assert_eq!(
        f.endpoint(Model::Central, Endpoint::Worker(WorkerId(3)), n),
        f.worker(3, n)
    );
    // Redlock's five masters: distinct, in a row, centred on the server, inside the view.
    let xs: Vec<f64> = (0..5)
        .map(|k| f.endpoint(Model::Redlock, Endpoint::Node(k), n).x)
        .collect();
    assert!(xs.windows(2).all(|w| w[0] < w[1]));
    assert!((xs[2] - f.server.x).abs() < 1e-9);
    for shape in SHAPES {
        let f = shape.frame();
        let w = f.node_w(5);
        assert!(f.master(0, 5).x - w / 2.0 > 0.0 && f.master(4, 5).x + w / 2.0 < f.w);
        // The single master and its replica side by side, not overlapping.
        assert!(f.master(0, 1).x + f.node_w(2) / 2.0 < f.replica().x - f.node_w(2) / 2.0 + 1e-9);
    }
}

#[test]
fn the_queue_forms_in_order_under_its_lock_and_fits_its_box() {
    for shape in SHAPES {
        let f = shape.frame();
        let fits = f.queue_fits(f.server_w);
        assert!((1..=f.queue_shown).contains(&fits));
        let first = f.queue_slot(f.server, f.server_w, 0);
        let last = f.queue_slot(f.server, f.server_w, fits - 1);
        assert!(first.x < last.x && first.y > f.server.y && first.y < f.storage.y);
        assert!(first.x >= f.server.x - f.server_w / 2.0);
        assert!(last.x <= f.server.x + f.server_w / 2.0, "{shape:?}");
    }
}

#[test]
fn the_aggregated_ring_is_one_path_with_a_tick_per_worker() {
    let f = Shape::Wide.frame();
    let d = f.ticks([0, 5, 999].into_iter(), 1000);
    assert_eq!(d.matches('M').count(), 3);
    assert_eq!(d.matches('L').count(), 3);
    assert_eq!(f.ticks(std::iter::empty(), 1000), "");
}

#[test]
fn discs_shrink_with_the_crowd_within_bounds() {
    let f = Shape::Wide.frame();
    assert_eq!(f.worker_r(2), 13.0);
    assert!(f.worker_r(100) < 13.0 && f.worker_r(100) >= 3.0);
    assert_eq!(f.worker_r(1000), 3.0);
}

#[test]
fn a_disc_path_is_two_arcs_round_its_centre() {
    let d = discs_at([Pt::new(10.0, 20.0), Pt::new(50.0, 60.0)].into_iter(), 5.0);
    assert_eq!(d.matches('M').count(), 2);
    assert_eq!(d.matches('a').count(), 4);
    assert!(
        d.starts_with("M5.0 20.0a5.0 5.0 0 1 0 10.0 0a5.0 5.0 0 1 0 -10.0 0"),
        "{d}"
    );
    let f = Shape::Tall.frame();
    assert_eq!(f.discs(0..3, 3, 4.0).matches('M').count(), 3);
}

#[test]
fn sixteen_local_locks_fit_side_by_side() {
    for shape in SHAPES {
        let f = shape.frame();
        let w = f.node_w(16);
        assert!(w > 0.0);
        assert!(f.local_lock(0, 16).x - w / 2.0 >= 0.0);
        assert!(f.local_lock(15, 16).x + w / 2.0 <= f.w, "{shape:?}");
    }
}

#[test]
fn a_way_ends_on_a_boxs_edge_facing_the_other_end() {
    let c = Pt::new(100.0, 100.0);
    assert!(close(
        edge(c, 50.0, 20.0, Pt::new(300.0, 100.0)),
        Pt::new(150.0, 100.0)
    ));
    assert!(close(
        edge(c, 50.0, 20.0, Pt::new(100.0, 0.0)),
        Pt::new(100.0, 80.0)
    ));
    assert!(close(edge(c, 50.0, 20.0, c), c));
    // A target inside the box: the target itself, not beyond it.
    assert!(close(
        edge(c, 50.0, 20.0, Pt::new(110.0, 100.0)),
        Pt::new(110.0, 100.0)
    ));
    let f = Shape::Wide.frame();
    let w = Endpoint::Worker(WorkerId(0));
    // Worker 0 of 100 is nearly straight above the server.
    let (a, b) = f.path(Model::Central, w, Endpoint::Server, 100);
    assert!(close(a, f.worker(0, 100)));
    assert!(
        (b.y - (f.server.y - BOX_H / 2.0)).abs() < 1e-9,
        "lands on the top edge: {b:?}"
    );
    let (a, _) = f.path(Model::Redlock, Endpoint::Node(4), w, 4);
    assert!(a.y < f.server.y && a.x > f.master(4, 5).x - f.node_w(5) / 2.0);
}
