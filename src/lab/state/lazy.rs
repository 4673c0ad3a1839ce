//! The lab, built the first time something reads or changes it.
//!
//! The app holds a lab state from the start (the share link, the tabs and the notices read it),
//! but a visitor on the course or the Ring tab may never open the Lock lab. Until then the lab
//! is the default one, unbuilt: building it runs the simulator, and its code is part of what a
//! first visit would otherwise have to download before its first view (docs/benchmarks.md).

use std::cell::OnceCell;
use std::ops::Deref;
use std::rc::Rc;

use ringlock_lock::Lab;

use super::default_lab;

/// A lab shared between states until one changes it (copy on write, like `Rc<Lab>`), built on
/// first use when it is the default lab.
#[derive(Clone, Debug)]
pub struct LazyLab(Rc<OnceCell<Lab>>);

impl LazyLab {
    /// The default lab, not built yet.
    pub fn default_unbuilt() -> LazyLab {
        LazyLab(Rc::new(OnceCell::new()))
    }

    /// A lab already built.
    pub fn new(lab: Lab) -> LazyLab {
        LazyLab(Rc::new(OnceCell::from(lab)))
    }

    /// Whether the lab has been built (read or changed) yet.
    pub fn is_built(&self) -> bool {
        self.0.get().is_some()
    }

    /// Whether both are the same lab (not a copy).
    pub fn ptr_eq(a: &LazyLab, b: &LazyLab) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }

    /// The lab to change: built if it was not, copied if another state shares it.
    pub fn make_mut(&mut self) -> &mut Lab {
        let cell = Rc::make_mut(&mut self.0);
        if cell.get().is_none() {
            let _ = cell.set(default_lab());
        }
        match cell.get_mut() {
            Some(lab) => lab,
            None => unreachable!("the cell was filled just above"),
        }
    }
}

impl From<Lab> for LazyLab {
    fn from(lab: Lab) -> LazyLab {
        LazyLab::new(lab)
    }
}

impl Deref for LazyLab {
    type Target = Lab;

    fn deref(&self) -> &Lab {
        self.0.get_or_init(default_lab)
    }
}

#[cfg(test)]
#[path = "lazy_tests.rs"]
mod tests;
