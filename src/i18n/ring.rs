//! Messages of the ring area.

catalogue! {
    /// Messages of the ring area.
    pub enum R {
        Placeholder => "", "";
    }
}
