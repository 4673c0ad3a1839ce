use super::*;
use crate::i18n::Lang;
use crate::learn::check::Truth;
use crate::learn::facts::facts;

/// Every asking step's facts carry a question, an answer of the question's kind and, for a
/// choice or a node, as many options as the question counts, the answer among them.
#[test]
fn every_question_matches_its_facts_in_both_languages() {
    for (c, chapter) in CHAPTERS.iter().enumerate() {
        for (s, &step) in chapter.steps.iter().enumerate() {
            let Some(question) = step.question() else {
                continue;
            };
            for lang in [Lang::En, Lang::Zh] {
                let f = facts(step, lang);
                let at = format!("{}.{} {step:?} {lang:?}", c + 1, s + 1);
                assert!(f.ask.is_some(), "{at}: no question text");
                match (question, f.truth.as_ref()) {
                    (Question::Choice(n), Some(Truth::Choice(t))) => {
                        assert_eq!(f.options.len(), n, "{at}");
                        assert!(*t < n, "{at}");
                    }
                    (Question::Node, Some(Truth::Node(node))) => {
                        assert!(f.options.iter().any(|(_, v)| v == node), "{at}");
                    }
                    (Question::Percent { .. }, Some(Truth::Percent(p))) => {
                        assert!((0.0..=100.0).contains(p), "{at}")
                    }
                    (Question::Millis { .. }, Some(Truth::Millis(_))) => {}
                    (Question::Count { .. }, Some(Truth::Count(_))) => {}
                    (q, t) => panic!("{at}: question {q:?} answered by {t:?}"),
                }
            }
        }
    }
}
