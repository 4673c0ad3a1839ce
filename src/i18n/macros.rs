/// Declare a catalogue table: `Name => "English", "中文";` per message.
macro_rules! catalogue {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($key:ident => $en:expr, $zh:expr;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $($key,)* }

        impl $name {
            /// Every message in the table.
            pub const ALL: &'static [$name] = &[$($name::$key,)*];
        }

        impl $crate::i18n::Message for $name {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$key, $crate::i18n::Lang::En) => $en,
                        ($name::$key, $crate::i18n::Lang::Zh) => $zh,
                    )*
                }
            }
        }
    };
}

// Also by path, for the tabs' own catalogues outside this module.
pub(crate) use catalogue;
