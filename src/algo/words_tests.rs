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
