//! Where things sit in the lock scene: pure geometry, no DOM, so it is tested natively.
//!
//! The scene is one SVG in a fixed viewBox: a wide one beside the controls on a desktop and a
//! tall one on a phone. The servers (the lock server, the Redis masters, the article's local
//! locks) sit in the middle, storage below them, the workers on an ellipse around both, and a
//! message is a dot on the straight line from its sender to its receiver, as far along as its
//! logical time in flight says (eased, so it leaves and lands gently).

use ringlock_lock::{Endpoint, Model};

/// Above this many workers each is a tick on the ring rather than a focusable disc, and the
/// ring as a whole takes the keyboard (a thousand tab stops would be no use to anyone).
pub const DRAW_EACH: usize = 200;
/// Up to this many workers a disc carries its number.
pub const NUMBERED: usize = 24;
/// Queue places drawn at the server (the rest are counted).
pub const QUEUE_SHOWN_WIDE: usize = 12;
/// Queue places drawn on a phone.
pub const QUEUE_SHOWN_TALL: usize = 7;
/// Distance between two queue places.
pub const QUEUE_GAP: f64 = 24.0;

/// A point in the scene's viewBox.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pt {
    /// Rightwards.
    pub x: f64,
    /// Downwards.
    pub y: f64,
}

impl Pt {
    /// A point.
    pub const fn new(x: f64, y: f64) -> Pt {
        Pt { x, y }
    }

    /// `x` with one decimal, as an SVG attribute.
    pub fn sx(self) -> String {
        format!("{:.1}", self.x)
    }

    /// `y` with one decimal, as an SVG attribute.
    pub fn sy(self) -> String {
        format!("{:.1}", self.y)
    }

    fn dist2(self, o: Pt) -> f64 {
        (self.x - o.x).powi(2) + (self.y - o.y).powi(2)
    }
}

/// The scene's proportions: wide beside the controls, tall on a phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// 800 × 500.
    Wide,
    /// 400 × 460.
    Tall,
}

/// The scene's geometry for one shape.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The shape it is for.
    pub shape: Shape,
    /// viewBox width.
    pub w: f64,
    /// viewBox height.
    pub h: f64,
    /// Centre of the workers' ellipse.
    pub c: Pt,
    /// Its horizontal radius.
    pub rx: f64,
    /// Its vertical radius.
    pub ry: f64,
    /// The lock server's centre (the Redis masters' row, the local locks' row).
    pub server: Pt,
    /// Width of the server box.
    pub server_w: f64,
    /// Storage's centre.
    pub storage: Pt,
    /// Queue places drawn.
    pub queue_shown: usize,
}

impl Shape {
    /// The geometry of this shape.
    pub fn frame(self) -> Frame {
        match self {
            Shape::Wide => Frame {
                shape: self,
                w: 800.0,
                h: 500.0,
                c: Pt::new(400.0, 250.0),
                rx: 370.0,
                ry: 222.0,
                server: Pt::new(400.0, 158.0),
                server_w: 240.0,
                storage: Pt::new(400.0, 340.0),
                queue_shown: QUEUE_SHOWN_WIDE,
            },
            Shape::Tall => Frame {
                shape: self,
                w: 400.0,
                h: 460.0,
                c: Pt::new(200.0, 230.0),
                rx: 182.0,
                ry: 212.0,
                server: Pt::new(200.0, 145.0),
                server_w: 210.0,
                storage: Pt::new(200.0, 306.0),
                queue_shown: QUEUE_SHOWN_TALL,
            },
        }
    }
}

/// Cubic ease-in-out of a progress in 0..=1 (clamped; NaN counts as 0).
pub fn ease(p: f64) -> f64 {
    let p = if p.is_nan() { 0.0 } else { p.clamp(0.0, 1.0) };
    if p < 0.5 {
        4.0 * p * p * p
    } else {
        1.0 - (-2.0 * p + 2.0).powi(3) / 2.0
    }
}

/// A message's dot at `progress` along its way from `a` to `b`: eased, or — when the reader
/// asked for less motion — already at its receiver, its path drawn behind it.
pub fn along(a: Pt, b: Pt, progress: f64, reduced: bool) -> Pt {
    let e = if reduced { 1.0 } else { ease(progress) };
    Pt::new(a.x + (b.x - a.x) * e, a.y + (b.y - a.y) * e)
}

impl Frame {
    /// The viewBox attribute.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", self.w, self.h)
    }

    fn angle(i: usize, n: usize) -> f64 {
        -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i as f64 + 0.5) / n.max(1) as f64
    }

    /// Worker `i` of `n`: clockwise round the ellipse from the top.
    pub fn worker(&self, i: usize, n: usize) -> Pt {
        let a = Self::angle(i, n);
        Pt::new(self.c.x + self.rx * a.cos(), self.c.y + self.ry * a.sin())
    }

    /// A point on the ray from the centre through worker `i`, `out` further out (inwards if
    /// negative): the ends of a worker's tick.
    pub fn worker_out(&self, i: usize, n: usize, out: f64) -> Pt {
        let a = Self::angle(i, n);
        Pt::new(
            self.c.x + (self.rx + out) * a.cos(),
            self.c.y + (self.ry + out) * a.sin(),
        )
    }

    /// Radius of a worker's disc: as large as the ring leaves room for, within 3–13.
    pub fn worker_r(&self, n: usize) -> f64 {
        // Ramanujan's approximation of the ellipse's perimeter.
        let (a, b) = (self.rx, self.ry);
        let perimeter =
            std::f64::consts::PI * (3.0 * (a + b) - ((3.0 * a + b) * (a + 3.0 * b)).sqrt());
        (perimeter / n.max(1) as f64 * 0.36).clamp(3.0, 13.0)
    }

    /// The worker nearest to `p`, if `p` is near the ring at all (a tap or a hover).
    pub fn nearest_worker(&self, p: Pt, n: usize) -> Option<usize> {
        if n == 0 || !p.x.is_finite() || !p.y.is_finite() {
            return None;
        }
        // Normalised ellipse coordinates: the ring is where the radius is 1.
        let (u, v) = ((p.x - self.c.x) / self.rx, (p.y - self.c.y) / self.ry);
        let r = (u * u + v * v).sqrt();
        let band = 30.0 / self.rx.min(self.ry);
        if (r - 1.0).abs() > band {
            return None;
        }
        let turn = (v.atan2(u) + std::f64::consts::FRAC_PI_2).rem_euclid(std::f64::consts::TAU)
            / std::f64::consts::TAU;
        let guess = ((turn * n as f64).floor() as usize).min(n - 1);
        // The angle is taken in the ellipse's own coordinates; check the neighbours in the
        // viewBox's, where the discs are.
        [guess + n - 1, guess, guess + 1]
            .into_iter()
            .map(|k| k % n)
            .min_by(|&x, &y| {
                let (dx, dy) = (self.worker(x, n).dist2(p), self.worker(y, n).dist2(p));
                dx.total_cmp(&dy)
            })
    }

    /// Redis master `node` of `masters`: Redlock's five in a row at the server's height, the
    /// single master left of its replica.
    pub fn master(&self, node: u32, masters: usize) -> Pt {
        if masters <= 1 {
            return Pt::new(self.server.x - self.node_gap(2) / 2.0, self.server.y);
        }
        let mid = (masters as f64 - 1.0) / 2.0;
        Pt::new(
            self.server.x + (f64::from(node) - mid) * self.node_gap(masters),
            self.server.y,
        )
    }

    /// The single Redis master's replica, right of it.
    pub fn replica(&self) -> Pt {
        Pt::new(self.server.x + self.node_gap(2) / 2.0, self.server.y)
    }

    /// Centre-to-centre distance of `count` boxes side by side.
    pub fn node_gap(&self, count: usize) -> f64 {
        match (self.shape, count) {
            (Shape::Wide, 0..=2) => 200.0,
            (Shape::Tall, 0..=2) => 150.0,
            (Shape::Wide, _) => (700.0 / count as f64).min(118.0),
            (Shape::Tall, _) => (360.0 / count as f64).min(66.0),
        }
    }

    /// Width of one of `count` boxes side by side.
    pub fn node_w(&self, count: usize) -> f64 {
        self.node_gap(count) - 10.0
    }

    /// The article's local lock of `node` of `nodes`, side by side like the Redis masters.
    pub fn local_lock(&self, node: u32, nodes: usize) -> Pt {
        let count = nodes.max(1);
        let mid = (count as f64 - 1.0) / 2.0;
        Pt::new(
            self.server.x + (f64::from(node) - mid) * self.node_gap(count.max(2)),
            self.server.y,
        )
    }

    /// Place `i` (0 = served next) of the queue at a lock whose box is centred on `at` and
    /// `width` wide: a row under the box, from its left edge.
    pub fn queue_slot(&self, at: Pt, width: f64, i: usize) -> Pt {
        Pt::new(
            at.x - width / 2.0 + 12.0 + i as f64 * QUEUE_GAP,
            at.y + 62.0,
        )
    }

    /// Queue places that fit under a box `width` wide, at most this frame's `queue_shown`.
    pub fn queue_fits(&self, width: f64) -> usize {
        (((width - 24.0) / QUEUE_GAP).floor() as usize + 1).clamp(1, self.queue_shown)
    }

    /// Where a message's endpoint is drawn, for a model and `workers` workers.
    pub fn endpoint(&self, model: Model, e: Endpoint, workers: usize) -> Pt {
        match e {
            Endpoint::Server => self.server,
            Endpoint::Storage => self.storage,
            Endpoint::Worker(w) => self.worker(w.0 as usize, workers),
            Endpoint::Node(n) => self.master(n, model.masters()),
        }
    }

    /// The box drawn for an endpoint that is a box (centre, half width, half height): the
    /// lock server, storage, a Redis master; `None` for a worker.
    pub fn box_of(&self, model: Model, e: Endpoint) -> Option<(Pt, f64, f64)> {
        let half_h = BOX_H / 2.0;
        match e {
            Endpoint::Server => Some((self.server, self.server_w / 2.0, half_h)),
            Endpoint::Storage => Some((self.storage, self.server_w / 2.0, half_h)),
            Endpoint::Node(n) => {
                let masters = model.masters();
                let w = self.node_w(if masters <= 1 { 2 } else { masters });
                Some((self.master(n, masters), w / 2.0, half_h))
            }
            Endpoint::Worker(_) => None,
        }
    }

    /// A message's way from `from` to `to`: between the workers' centres and the boxes'
    /// edges, so a dot lands on a box rather than on its words.
    pub fn path(&self, model: Model, from: Endpoint, to: Endpoint, workers: usize) -> (Pt, Pt) {
        let (a, b) = (
            self.endpoint(model, from, workers),
            self.endpoint(model, to, workers),
        );
        let clip = |e: Endpoint, p: Pt, toward: Pt| match self.box_of(model, e) {
            Some((c, hw, hh)) => edge(c, hw, hh, toward),
            None => p,
        };
        (clip(from, a, b), clip(to, b, a))
    }

    /// A point of the page (CSS pixels) in the viewBox, for an SVG drawn in `rect` (left, top,
    /// width, height) with the default `preserveAspectRatio` (centred, scaled to fit).
    pub fn to_view(&self, client: (f64, f64), rect: (f64, f64, f64, f64)) -> Option<Pt> {
        let (left, top, width, height) = rect;
        if !(width > 0.0 && height > 0.0) {
            return None;
        }
        let scale = (width / self.w).min(height / self.h);
        let (ox, oy) = (
            left + (width - self.w * scale) / 2.0,
            top + (height - self.h * scale) / 2.0,
        );
        Some(Pt::new((client.0 - ox) / scale, (client.1 - oy) / scale))
    }

    /// One path of discs of radius `r`, one per worker in `ids` of `n`: a path per worker
    /// state rather than an element per worker keeps a frame cheap.
    pub fn discs(&self, ids: impl Iterator<Item = usize>, n: usize, r: f64) -> String {
        discs_at(ids.map(|i| self.worker(i, n)), r)
    }

    /// One path of radial ticks, one per worker in `ids` of `n`: the aggregated ring, a path
    /// per worker state instead of a thousand elements.
    pub fn ticks(&self, ids: impl Iterator<Item = usize>, n: usize) -> String {
        use std::fmt::Write;
        let mut d = String::new();
        for i in ids {
            let (a, b) = (self.worker_out(i, n, -7.0), self.worker_out(i, n, 7.0));
            let _ = write!(d, "M{:.1} {:.1}L{:.1} {:.1}", a.x, a.y, b.x, b.y);
        }
        d
    }
}

/// Height of a box in the middle (the lock server, storage, a Redis master).
pub const BOX_H: f64 = 64.0;

/// Where the ray from the centre `c` of a box (half sizes `hw`, `hh`) towards `toward` leaves
/// it; the centre itself when `toward` is the centre.
pub fn edge(c: Pt, hw: f64, hh: f64, toward: Pt) -> Pt {
    let (dx, dy) = (toward.x - c.x, toward.y - c.y);
    if dx == 0.0 && dy == 0.0 {
        return c;
    }
    // The side it leaves by: the one the ray reaches first.
    let t = if dx.abs() * hh >= dy.abs() * hw {
        hw / dx.abs()
    } else {
        hh / dy.abs()
    };
    Pt::new(c.x + dx * t.min(1.0), c.y + dy * t.min(1.0))
}

/// One path of discs of radius `r` centred on `points` (each two half-circle arcs).
pub fn discs_at(points: impl Iterator<Item = Pt>, r: f64) -> String {
    use std::fmt::Write;
    let mut d = String::new();
    for p in points {
        let _ = write!(
            d,
            "M{:.1} {:.1}a{r:.1} {r:.1} 0 1 0 {:.1} 0a{r:.1} {r:.1} 0 1 0 {:.1} 0",
            p.x - r,
            p.y,
            2.0 * r,
            -2.0 * r
        );
    }
    d
}

#[cfg(test)]
#[path = "scene_layout_tests.rs"]
mod tests;
