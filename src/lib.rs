//! Ringlock app.
