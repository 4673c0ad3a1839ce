//! Messages of the panels area.

catalogue! {
    /// Messages of the panels area.
    pub enum P {
        Placeholder => "", "";
    }
}
