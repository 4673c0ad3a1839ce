use super::*;

#[test]
fn every_lock_step_has_its_facts_in_both_languages() {
    for step in [
        LockStep::NoLeases,
        LockStep::Leases,
        LockStep::Pause,
        LockStep::Fenced,
    ] {
        for lang in [Lang::En, Lang::Zh] {
            let f = facts(step, lang).expect("the run shows what the step asks about");
            assert!(f.truth.is_some() && f.measured.is_some(), "{step:?}");
            if std::env::var("SHOW").is_ok() {
                println!(
                    "{step:?} {lang:?}\n{}\n{:?}\n{}\n{:?} {:?} {:?}\n",
                    f.before, f.ask, f.after, f.truth, f.measured, f.theory
                );
            }
        }
    }
}
