use super::*;

#[test]
fn a_step_reads_back_from_its_code_and_bad_codes_name_nothing() {
    for id in StepId::all() {
        assert_eq!(StepId::from_code(&id.code()), Some(id));
        assert_eq!(
            from_fragment(&format!("#{}", id.link_part())),
            Some(Some(id))
        );
    }
    for bad in [
        "", "1", "0.1", "1.0", "99.1", "1.99", "a.b", "1.1.1", "-1.1", "1.1x",
    ] {
        assert_eq!(StepId::from_code(bad), None, "{bad}");
    }
    assert_eq!(from_fragment("#v=1&t=lab"), None);
    assert_eq!(from_fragment("#learn=zz"), Some(None));
    assert_eq!(without_learn("#v=1&n=a&learn=2.1"), "v=1&n=a");
    assert_eq!(without_learn("#learn=2.1"), "");
}

#[test]
fn next_and_previous_walk_the_whole_course() {
    let all = StepId::all();
    assert_eq!(all[0].previous(), None);
    assert_eq!(all.last().unwrap().next(), None);
    for w in all.windows(2) {
        assert_eq!(w[0].next(), Some(w[1]));
        assert_eq!(w[1].previous(), Some(w[0]));
    }
}
