//! The compatibility panel's server-list errors in words (the list itself is read by
//! `ringlock_core::algo::servers`, with the command line's limits).

use ringlock_core::algo::servers::{ServerError, MAX_SERVERS, MAX_SERVER_WEIGHT};

use crate::algo::text::A;
use crate::i18n::Lang;

/// Why a server line was refused, in words.
pub fn server_error_text(lang: Lang, error: &ServerError) -> String {
    match error {
        ServerError::NoPort(line, text) => lang.f(A::ErrNoPort, &[line, text]),
        ServerError::EmptyHost(line) => lang.f(A::ErrEmptyHost, &[line]),
        ServerError::BadPort(line, text) => lang.f(A::ErrBadPort, &[line, text]),
        ServerError::BadWeight(line, text) => lang.f(
            A::ErrBadWeight,
            &[line, &lang.num(u64::from(MAX_SERVER_WEIGHT)), text],
        ),
        ServerError::Extra(line, text) => lang.f(A::ErrExtra, &[line, text]),
        ServerError::Duplicate(line, first) => lang.f(A::ErrDuplicate, &[line, first]),
        ServerError::TooMany(line) => {
            lang.f(A::ErrTooManyServers, &[&lang.num(MAX_SERVERS as u64), line])
        }
        ServerError::Empty => lang.t(A::ErrNoServers).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ringlock_core::algo::servers::parse_servers;

    #[test]
    fn every_refusal_has_words_with_its_line() {
        let errors = parse_servers("a\n:1\nb:x\nc:1 0\nd:1 2 3\ne:1\ne:1").unwrap_err();
        for lang in [Lang::En, Lang::Zh] {
            for (e, line) in errors.iter().zip(["1", "2", "3", "4", "5", "7"]) {
                assert!(server_error_text(lang, e).contains(line), "{e:?}");
            }
            assert!(server_error_text(lang, &ServerError::TooMany(16_385)).contains("16,384"));
            assert!(!server_error_text(lang, &ServerError::Empty).is_empty());
        }
    }
}
