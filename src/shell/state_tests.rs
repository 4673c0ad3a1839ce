use super::*;

#[test]
fn the_shell_switches_tab_language_and_theme_and_reads_the_tab_from_a_link() {
    let s = Rc::new(ShellState::from_fragment(
        "#v=1&t=algo",
        Lang::En,
        Theme::Light,
    ));
    assert_eq!(s.tab, Tab::Algorithms);
    let next = s.clone().reduce(ShellAction::SetLang(Lang::Zh));
    let next = next.reduce(ShellAction::SetTab(Tab::Lab));
    let next = next.reduce(ShellAction::SetTheme(Theme::Dark));
    assert_eq!(
        (next.tab, next.lang, next.theme),
        (Tab::Lab, Lang::Zh, Theme::Dark)
    );
    assert_eq!(s.tab, Tab::Algorithms, "the previous state is unchanged");
    let next = next.reduce(ShellAction::LoadFragment("#v=1".into()));
    assert_eq!(next.tab, Tab::Ring);
}
