use super::*;

#[test]
fn decimals_group_and_round() {
    assert_eq!(dec(Lang::En, 1234567.891, 1), "1,234,567.9");
    assert_eq!(dec(Lang::En, 0.2346, 3), "0.235");
    assert_eq!(dec(Lang::En, -0.0001, 2), "0.00");
    assert_eq!(dec(Lang::En, -2.5, 1), "−2.5");
    assert_eq!(dec(Lang::En, f64::NAN, 1), "—");
    assert_eq!(dec(Lang::En, 12.0, 0), "12");
    assert_eq!(pct(Lang::En, 0.203), "20.3%");
    assert_eq!(pct(Lang::En, 0.0001), "<0.1%");
    assert_eq!(pct(Lang::En, 0.0), "0.0%");
}

#[test]
fn the_article_code_moves_less_as_it_grows() {
    assert_eq!(
        article_join_pcts(Lang::En),
        ["78.1%", "50.0%", "21.9%", "0.0%"]
    );
}
