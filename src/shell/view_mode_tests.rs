use super::*;

#[test]
fn view_keys_are_read_and_stripped_and_the_rest_kept_in_order() {
    let f = "#v=1&n=a,b&embed=1&t=lab&present=1";
    assert_eq!(
        ViewMode::from_fragment(f),
        ViewMode {
            embed: true,
            present: true
        }
    );
    assert_eq!(without_view(f), "v=1&n=a,b&t=lab");
    assert_eq!(
        ViewMode::from_fragment("#embed=0&present=x"),
        ViewMode::default()
    );
    assert_eq!(ViewMode::default().link_part(), None);
}

#[test]
fn an_embed_link_adds_the_key_once_and_keeps_presenting() {
    assert_eq!(embed_link("#v=1&k=4"), "v=1&k=4&embed=1");
    assert_eq!(embed_link("v=1&embed=1"), "v=1&embed=1");
    assert_eq!(embed_link("v=1&present=1"), "v=1&embed=1&present=1");
    assert_eq!(embed_link(""), "embed=1");
}
