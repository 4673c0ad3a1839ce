//! The colour theme.

/// Colour theme choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Stored code and `data-theme` value.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parse a stored code.
    pub fn from_code(code: &str) -> Option<Theme> {
        [Theme::System, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.code() == code)
    }
}

/// The theme, from the nearest provider (the system's when mounted without one).
#[yew::hook]
pub fn use_theme() -> Theme {
    yew::use_context::<Theme>().unwrap_or_default()
}
