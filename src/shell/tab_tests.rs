use super::*;

#[test]
fn the_link_names_the_tab_and_reads_it_back() {
    for tab in [Tab::Ring, Tab::Lab, Tab::Algorithms] {
        assert_eq!(
            Tab::from_fragment(&format!("#v=1{}", tab.link_suffix())),
            tab
        );
    }
    assert_eq!(Tab::from_fragment("#v=1&t=other"), Tab::Ring);
    assert_eq!(Tab::from_fragment("#learn=2.1"), Tab::Learn);
    assert_eq!(Tab::from_fragment("#learn=bad"), Tab::Learn);
}

#[test]
fn a_first_time_visitor_without_a_link_lands_on_the_course() {
    assert_eq!(Tab::initial("", false), Tab::Learn);
    assert_eq!(Tab::initial("#", false), Tab::Learn);
    assert_eq!(Tab::initial("", true), Tab::Ring);
    assert_eq!(Tab::initial("#v=1&n=a", false), Tab::Ring);
    assert_eq!(Tab::initial("#v=1&t=lab", false), Tab::Lab);
    assert_eq!(Tab::ALL[0], Tab::Learn, "the course comes first");
    assert_eq!(Tab::Learn.step(-1), Tab::Algorithms);
    assert_eq!(Tab::Algorithms.step(1), Tab::Learn);
    assert_eq!(Tab::Ring.step(1), Tab::Lab);
}
