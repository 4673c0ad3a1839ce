use super::*;

#[test]
fn every_lesson_is_in_exactly_one_group() {
    let mut grouped: Vec<&str> = GROUPS
        .iter()
        .flat_map(|(_, lessons)| lessons.iter().map(|l| l.id()))
        .collect();
    let mut all: Vec<&str> = LabScenario::ALL.iter().map(|l| l.id()).collect();
    grouped.sort_unstable();
    all.sort_unstable();
    assert_eq!(grouped, all);
}
