use super::*;
use ringlock_core::algo::{maglev, DEFAULT_EPS};

fn reduce(state: AlgoState, action: AlgoAction) -> AlgoState {
    (*Rc::new(state).reduce(action)).clone()
}

#[test]
fn defaults_add_nothing_to_the_link() {
    assert_eq!(AlgoState::default().link_part(), None);
    assert_eq!(AlgoState::default().params.eps, DEFAULT_EPS);
    assert_eq!(AlgoState::from_fragment(""), AlgoState::default());
}

#[test]
fn every_control_survives_the_link() {
    let mut s = AlgoState::default();
    for action in [
        AlgoAction::SetChange(ChangeKind::Kill),
        AlgoAction::SetVictim("node 2&x".into()),
        AlgoAction::SetEps(0.5),
        AlgoAction::SetMaglevM(251),
        AlgoAction::SetPair(1, "jump".into()),
        AlgoAction::SetReplicas(5),
        AlgoAction::SetClient(Client::Redis),
        AlgoAction::SetServers("a:1\nb:2 3\n".into()),
        AlgoAction::SetKeys(Rc::from("k1\n{t}k2\n"), false),
        AlgoAction::SetGone("b:2".into()),
    ] {
        s = reduce(s, action);
    }
    let part = s.link_part().unwrap();
    let fragment = format!("v=1&n=a&{part}&t=algo");
    let back = AlgoState::from_fragment(&fragment);
    assert_eq!(back.bad_link, Vec::<String>::new());
    assert_eq!(back.change, ChangeKind::Kill);
    assert_eq!(back.victim.as_deref(), Some("node 2&x"));
    assert_eq!(back.params.eps, 0.5);
    assert_eq!(back.params.maglev_m, 251);
    assert_eq!(back.pair, ["ring".to_string(), "jump".to_string()]);
    assert_eq!(back.replicas, 5);
    assert_eq!(back.client, Client::Redis);
    assert_eq!(back.servers.as_ref(), "a:1\nb:2 3\n");
    assert_eq!(back.keys.as_ref(), "k1\n{t}k2\n");
    assert_eq!(back.gone.as_deref(), Some("b:2"));
    assert_eq!(back.link_part().unwrap(), part);
}

#[test]
fn out_of_range_values_are_refused_and_named() {
    let s = reduce(AlgoState::default(), AlgoAction::SetEps(9.0));
    assert_eq!(s.params.eps, DEFAULT_EPS);
    assert_eq!(s.link_version, 0, "an ignored action changes nothing");
    let s = reduce(s, AlgoAction::SetMaglevM(100));
    assert_eq!(s.params.maglev_m, maglev::DEFAULT_M);
    let s = reduce(s, AlgoAction::SetPair(1, "nope".into()));
    assert_eq!(s.pair[1], "modulo");
    let s = AlgoState::from_fragment("ae=9&am=12&ap=ring&ar=0&al=x&ac=kill&as=%ZZ");
    assert_eq!(s.bad_link, ["ae", "am", "ap", "ar", "al", "as"]);
    assert_eq!(s.change, ChangeKind::Kill);
    assert_eq!(s.params, Params::default());
    let s = reduce(s, AlgoAction::DismissNotice);
    assert!(s.bad_link.is_empty());
}

#[test]
fn texts_too_long_for_the_link_are_left_out() {
    let long: String = (0..2_000).map(|i| format!("key-{i}\n")).collect();
    let s = reduce(
        AlgoState::default(),
        AlgoAction::SetKeys(Rc::from(long), true),
    );
    assert!(s.keys_left_out());
    assert!(!s.servers_left_out());
    assert!(s.link_part().is_none(), "{:?}", s.link_part());
    assert!(s.link_version > 0);
}
