//! Which part of the app is shown, and how the link names it.

/// Which part of the app is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Tab {
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
    pub const ALL: [Tab; 3] = [Tab::Ring, Tab::Lab, Tab::Algorithms];

    /// The tab a fragment names (`t=lab`, `t=algo`); the ring otherwise.
    pub fn from_fragment(fragment: &str) -> Tab {
        let mut parts = fragment.trim_start_matches('#').split('&');
        match parts.find(|p| *p == "t=lab" || *p == "t=algo") {
            Some("t=lab") => Tab::Lab,
            Some(_) => Tab::Algorithms,
            None => Tab::Ring,
        }
    }

    /// Its part of the link: `&t=lab`, `&t=algo`, nothing for the ring.
    pub fn link_suffix(self) -> &'static str {
        match self {
            Tab::Ring => "",
            Tab::Lab => "&t=lab",
            Tab::Algorithms => "&t=algo",
        }
    }

    /// The code in its element ids (`tab-ring`, `panel-lab`, …).
    pub fn code(self) -> &'static str {
        match self {
            Tab::Ring => "ring",
            Tab::Lab => "lab",
            Tab::Algorithms => "algo",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_names_the_tab_and_reads_it_back() {
        for tab in Tab::ALL {
            assert_eq!(
                Tab::from_fragment(&format!("#v=1{}", tab.link_suffix())),
                tab
            );
        }
        assert_eq!(Tab::from_fragment("#v=1&t=other"), Tab::Ring);
    }
}
