use super::*;

#[test]
fn every_chapter_10_step_has_its_facts_in_both_languages() {
    for step in [
        ArticleStep::Formula,
        ArticleStep::BucketCap,
        ArticleStep::LocalLock,
        ArticleStep::Fairness,
    ] {
        for lang in [Lang::En, Lang::Zh] {
            let f = facts(step, lang).expect("the run shows what the step asks about");
            assert!(f.truth.is_some() && f.measured.is_some(), "{step:?}");
            if std::env::var("SHOW").is_ok() {
                println!(
                    "{step:?} {lang:?}\n{}\n{:?}\n{:?}\n{}\n{:?} {:?} {:?}\n",
                    f.before, f.ask, f.options, f.after, f.truth, f.measured, f.theory
                );
            }
        }
    }
}

/// The setup and the question never carry the measured outcome.
#[test]
fn nothing_before_the_guess_gives_the_outcome_away() {
    for step in [ArticleStep::BucketCap, ArticleStep::Fairness] {
        for lang in [Lang::En, Lang::Zh] {
            let f = facts(step, lang).expect("facts");
            let shown = format!("{} {}", f.before, f.ask.clone().unwrap_or_default());
            let measured = f.measured.clone().expect("measured");
            for part in measured.split([' ', '，', ',']).filter(|p| p.contains('.')) {
                assert!(
                    !shown.contains(part),
                    "{step:?} {lang:?}: {part} in {shown}"
                );
            }
        }
    }
}
