use super::super::ketama_fixture::ROWS;
use super::*;

#[test]
fn libketama_vectors() {
    // libketama python_ketama/tests.py and npm hashring's tests.
    assert_eq!(key_hash("test"), 3_446_378_249);
    let k = Ketama::new(
        &[("127.0.0.1:11211", 600), ("127.0.0.1:11212", 400)],
        KetamaLabels::Libketama,
    )
    .unwrap();
    assert_eq!(k.points().len(), 320);
    let found = k.lookup_detail("test");
    assert_eq!(found.point, 3_454_255_383);
    assert_eq!(found.server, 0);
}

#[test]
fn npm_hashring_three_equal_servers() {
    let servers = [
        ("192.168.0.102:11212", 1),
        ("192.168.0.103:11212", 1),
        ("192.168.0.104:11212", 1),
    ];
    let k = Ketama::new(&servers, KetamaLabels::Libketama).unwrap();
    assert_eq!(k.points().len(), 480);
    assert_eq!(k.lookup("foo"), 0);
    assert_eq!(k.lookup("pewpew"), 1);
}

fn fixture_servers() -> Vec<(String, u32)> {
    [600, 300, 200, 350, 1000, 800, 950, 100]
        .iter()
        .enumerate()
        .map(|(i, &w)| (format!("10.0.1.{}:11211", i + 1), w))
        .collect()
}

fn fixture(labels: KetamaLabels) -> Ketama {
    let owned = fixture_servers();
    let servers: Vec<(&str, u32)> = owned.iter().map(|(a, w)| (a.as_str(), *w)).collect();
    Ketama::new(&servers, labels).unwrap()
}

#[test]
fn libmemcached_fixture_all_99_rows() {
    let k = fixture(KetamaLabels::Libmemcached);
    // Flooring gives 1264 points, not 8 × 160 = 1280.
    assert_eq!(k.points().len(), 1264);
    for &(key, hash, point, server, _) in &ROWS {
        let found = k.lookup_detail(key);
        assert_eq!(found.hash, hash, "{key}");
        assert_eq!(found.point, point, "{key}");
        assert_eq!(found.server + 1, usize::from(server), "{key}");
    }
    let first = k.lookup_detail("SVa_]_V41)");
    assert_eq!(
        (first.hash, first.point, first.server),
        (443_691_461, 445_379_617, 6)
    );
}

#[test]
fn libmemcached_spy_fixture_all_99_rows() {
    let k = fixture(KetamaLabels::Spy);
    // The fixture's point column belongs to the KETAMA_WEIGHTED continuum; spy mode
    // changes only the labels, so only the server is compared.
    for &(key, _, _, _, spy) in &ROWS {
        assert_eq!(k.lookup(key) + 1, usize::from(spy), "{key}");
    }
}

#[test]
fn past_the_last_point_wraps_to_the_first() {
    let k = fixture(KetamaLabels::Libmemcached);
    assert_eq!(key_hash("VDEAAAAA"), 0xfffc_d1b5);
    assert!(k.points().last().unwrap().point < 0xfffc_d1b5);
    let found = k.lookup_detail("VDEAAAAA");
    assert_eq!(found.index, 0);
    assert_eq!(found.point, k.points()[0].point);
}

#[test]
fn the_wrong_label_format_moves_most_keys() {
    let weighted = fixture(KetamaLabels::Libmemcached);
    let ported = fixture(KetamaLabels::Libketama);
    let matching = ROWS
        .iter()
        .filter(|r| ported.lookup(r.0) + 1 == usize::from(r.3))
        .count();
    assert!(matching < 40, "{matching}");
    assert_eq!(
        ROWS.iter()
            .filter(|r| weighted.lookup(r.0) + 1 == usize::from(r.3))
            .count(),
        99
    );
}

#[test]
fn labels_follow_each_client() {
    assert_eq!(
        label("10.0.1.1:11211", 3, KetamaLabels::Libmemcached),
        "10.0.1.1-3"
    );
    assert_eq!(
        label("10.0.1.1:11212", 3, KetamaLabels::Libmemcached),
        "10.0.1.1:11212-3"
    );
    assert_eq!(
        label("10.0.1.1:11211", 3, KetamaLabels::Libketama),
        "10.0.1.1:11211-3"
    );
    assert_eq!(
        label("10.0.1.1:11211", 0, KetamaLabels::Spy),
        "/10.0.1.1:11211-0"
    );
    assert_eq!(label("cache", 1, KetamaLabels::Libmemcached), "cache-1");
}

#[test]
fn zero_weight_and_empty_lists_are_refused() {
    assert_eq!(
        Ketama::new(&[], KetamaLabels::Libketama).unwrap_err(),
        AlgoError::NoLiveNode
    );
    assert!(matches!(
        Ketama::new(&[("a:1", 0)], KetamaLabels::Libketama),
        Err(AlgoError::ZeroWeight(_))
    ));
}
