//! Which part of the app is shown, and how the link names it.

/// Which part of the app is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
    /// The guided course.
    Learn,
    /// The consistent-hashing ring.
    #[default]
    Ring,
    /// The lock lab.
    Lab,
    /// The placement algorithms side by side.
    Algorithms,
}

impl Tab {
    /// Every tab, in the tab list's order.
    pub const ALL: [Tab; 4] = [Tab::Learn, Tab::Ring, Tab::Lab, Tab::Algorithms];

    /// The tab a fragment names (`learn=…`, `t=lab`, `t=algo`); the ring otherwise.
    pub fn from_fragment(fragment: &str) -> Tab {
        let mut parts = fragment.trim_start_matches('#').split('&');
        match parts.find(|p| *p == "t=lab" || *p == "t=algo" || p.starts_with("learn=")) {
            Some("t=lab") => Tab::Lab,
            Some("t=algo") => Tab::Algorithms,
            Some(_) => Tab::Learn,
            None => Tab::Ring,
        }
    }

    /// The tab the app opens on: the one a link names; with no link, the course for a
    /// first-time visitor and the ring for anyone who has been here before.
    pub fn initial(fragment: &str, visited: bool) -> Tab {
        if fragment.trim_start_matches('#').is_empty() && !visited {
            Tab::Learn
        } else {
            Tab::from_fragment(fragment)
        }
    }

    /// The tab `delta` places along the tab list, wrapping.
    pub fn step(self, delta: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        let i = Tab::ALL.iter().position(|&t| t == self).unwrap_or(0) as isize;
        Tab::ALL[(i + delta).rem_euclid(n) as usize]
    }

    /// Its part of the link: `&t=lab`, `&t=algo`, nothing for the ring.
    pub fn link_suffix(self) -> &'static str {
        match self {
            Tab::Learn | Tab::Ring => "",
            Tab::Lab => "&t=lab",
            Tab::Algorithms => "&t=algo",
        }
    }

    /// The code in its element ids (`tab-ring`, `panel-lab`, …).
    pub fn code(self) -> &'static str {
        match self {
            Tab::Learn => "learn",
            Tab::Ring => "ring",
            Tab::Lab => "lab",
            Tab::Algorithms => "algo",
        }
    }
}

#[cfg(test)]
#[path = "tab_tests.rs"]
mod tests;
