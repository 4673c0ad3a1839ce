use super::*;

#[test]
fn every_closing_step_has_its_facts_in_both_languages() {
    for step in [
        ClosingStep::Consistency,
        ClosingStep::FaultTolerance,
        ClosingStep::Performance,
        ClosingStep::PlainDel,
        ClosingStep::SafeRelease,
        ClosingStep::Microservices,
        ClosingStep::LockServer,
    ] {
        for lang in [Lang::En, Lang::Zh] {
            let f = facts(step, lang).expect("the run shows what the step asks about");
            assert!(f.truth.is_some() && f.ask.is_some(), "{step:?}");
            assert!(!f.after.contains('{'), "{step:?}: a hole left: {}", f.after);
            if std::env::var("SHOW").is_ok() {
                println!(
                    "{step:?} {lang:?}\n{}\n{:?}\n{:?}\n{}\n{:?} {:?} {:?}\n",
                    f.before, f.ask, f.options, f.after, f.truth, f.measured, f.theory
                );
            }
        }
    }
}
