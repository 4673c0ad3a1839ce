use super::*;

#[test]
fn every_key_problem_has_words() {
    for lang in [Lang::En, Lang::Zh] {
        for p in [KeyProblem::Empty, KeyProblem::TooLong, KeyProblem::Control] {
            assert!(!key_problem_text(lang, p).is_empty());
        }
        assert!(key_problem_text(lang, KeyProblem::TooLong).contains(&MAX_KEY_NAME.to_string()));
    }
}
