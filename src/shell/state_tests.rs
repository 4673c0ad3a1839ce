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

#[test]
fn the_view_modes_come_from_the_link_and_presenting_toggles() {
    let s = Rc::new(ShellState::opening(
        "#v=1&embed=1",
        false,
        Lang::En,
        Theme::Light,
    ));
    assert_eq!(
        s.tab,
        Tab::Ring,
        "a link that only embeds is not a first visit"
    );
    assert!(s.view.embed && !s.view.present);
    let next = s.reduce(ShellAction::SetPresent(true));
    assert!(next.view.present);
    let next = next.reduce(ShellAction::LoadFragment("#v=1&t=lab".into()));
    assert_eq!(next.tab, Tab::Lab);
    assert_eq!(next.view, ViewMode::default());
}
