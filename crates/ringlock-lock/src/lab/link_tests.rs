//! Unit tests of the link encoding: every action round-trips, defaults stay short, bad links
//! are errors; the lock-delay, ZooKeeper and Redis settings and faults round-trip too.

use super::*;
use crate::lab::action::Action;
use crate::settings::Setting;
use crate::{Field, WorkerId};

#[test]
fn every_action_round_trips() {
    let all = [
        Action::Spawn(10),
        Action::Crash(WorkerId(3)),
        Action::Pause {
            worker: WorkerId(1),
            ms: 2_500,
        },
        Action::Resume(WorkerId(1)),
        Action::Set(Setting::Ttl(900)),
        Action::Set(Setting::Latency(7)),
        Action::Set(Setting::Jitter(0)),
        Action::Set(Setting::Think(Span::new(1, 2))),
        Action::Set(Setting::Hold(Span::new(3, 4))),
        Action::Set(Setting::Pause(5)),
        Action::Set(Setting::Fencing(false)),
        Action::Set(Setting::Renewal(true)),
        Action::Set(Setting::Starvation(1_000)),
        Action::Set(Setting::LockDelay(60_000)),
        Action::Set(Setting::WatchAll(true)),
        Action::Set(Setting::ReplLag(250)),
        Action::Set(Setting::PlainDel(true)),
        Action::Set(Setting::RestartDelay(6_000)),
        Action::Failover,
        Action::ClockJump { node: 2, ms: 5_000 },
        Action::CutOff { node: 4, ms: 2_000 },
        Action::Restart(3),
    ];
    for a in all {
        let text = format!("12{}", encode_action(a));
        assert_eq!(decode_action(&text), Some((12, a)), "{text}");
    }
    for bad in [
        "", "12", "x", "5q1", "5p1", "5F2", "5c-1", "5E2", "5D-1", "5f0", "5j2", "5x_9", "5U3",
        "5b",
    ] {
        assert_eq!(decode_action(bad), None, "{bad}");
    }
}

#[test]
fn a_default_lab_is_short() {
    let lab = Lab::new(42, Settings::default()).unwrap();
    assert_eq!(lab.to_fragment_part(), "lv=1&ls=42");
}

#[test]
fn a_lab_round_trips_beside_ring_keys() {
    let settings = Settings {
        model: Model::LocalLock,
        workers: 4,
        fencing: false,
        think: Span::new(10, 20),
        ..Settings::default()
    };
    let mut lab = Lab::new(9, settings).unwrap();
    lab.run_until(700);
    lab.apply(Action::Crash(WorkerId(2))).unwrap();
    lab.run_until(1_500);
    lab.apply(Action::Set(Setting::Jitter(40))).unwrap();
    lab.run_until(2_000);
    let part = lab.to_fragment_part();
    let fragment = format!("#v=1&n=a,b&{part}&s=ring");
    let back = Lab::from_fragment_part(&fragment).unwrap().unwrap();
    assert_eq!(back.now(), 2_000);
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.to_fragment_part(), part);
}

#[test]
fn bad_links_are_errors_not_panics() {
    assert_eq!(
        Lab::from_fragment_part("v=1&n=a").unwrap().map(|_| ()),
        None
    );
    assert_eq!(
        Lab::from_fragment_part("lv=2&ls=1").err(),
        Some(LinkError::Version)
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1").err(),
        Some(LinkError::Field("ls"))
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&lt=5").err(),
        Some(LinkError::Settings(SettingsError::OutOfRange {
            field: crate::Field::Ttl,
            value: 5,
            min: 100,
            max: 60_000
        }))
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&la=5c0,5c0").err(),
        Some(LinkError::Action {
            index: 1,
            error: LockError::Crashed(WorkerId(0))
        })
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&lk=5").err(),
        Some(LinkError::Field("lk"))
    );
}

#[test]
fn lock_delay_and_zookeeper_round_trip() {
    let settings = Settings {
        model: Model::ZooKeeper,
        workers: 6,
        watch_all: true,
        ..Settings::default()
    };
    let mut lab = Lab::new(3, settings).unwrap();
    lab.run_until(900);
    lab.apply(Action::Set(Setting::WatchAll(false))).unwrap();
    lab.run_until(1_800);
    let part = lab.to_fragment_part();
    assert!(
        part.contains("lm=z") && part.contains("le=1") && part.contains("E0"),
        "{part}"
    );
    let back = Lab::from_fragment_part(&part).unwrap().unwrap();
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.to_fragment_part(), part);

    let delayed = Settings {
        lock_delay: 2_500,
        ..Settings::default()
    };
    let mut lab = Lab::new(5, delayed).unwrap();
    lab.run_until(400);
    lab.apply(Action::Set(Setting::LockDelay(700))).unwrap();
    lab.run_until(1_000);
    let part = lab.to_fragment_part();
    assert!(part.contains("ld=2500") && part.contains("D700"), "{part}");
    assert!(!part.contains("le="), "defaults stay out: {part}");
    let back = Lab::from_fragment_part(&part).unwrap().unwrap();
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.sim().settings().lock_delay, 700);
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&ld=70000").err(),
        Some(LinkError::Settings(SettingsError::OutOfRange {
            field: Field::LockDelay,
            value: 70_000,
            min: 0,
            max: 60_000
        }))
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&le=2").err(),
        Some(LinkError::Field("le"))
    );
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=1&lm=q").err(),
        Some(LinkError::Field("lm"))
    );
}

#[test]
fn redis_and_redlock_round_trip_with_their_faults() {
    let redis = Settings {
        model: Model::Redis,
        repl_lag: 700,
        plain_del: true,
        ..Settings::default()
    };
    let mut lab = Lab::new(4, redis).unwrap();
    lab.run_until(300);
    lab.apply(Action::Set(Setting::ReplLag(50))).unwrap();
    lab.apply(Action::Set(Setting::PlainDel(false))).unwrap();
    lab.run_until(900);
    lab.apply(Action::Failover).unwrap();
    lab.run_until(2_000);
    let part = lab.to_fragment_part();
    for key in ["lm=r", "lg=700", "lu=1", "G50", "U0", "f"] {
        assert!(part.contains(key), "{key} in {part}");
    }
    let back = Lab::from_fragment_part(&part).unwrap().unwrap();
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.to_fragment_part(), part);

    let redlock = Settings {
        model: Model::Redlock,
        restart_delay: 6_000,
        ..Settings::default()
    };
    let mut lab = Lab::new(8, redlock).unwrap();
    lab.apply(Action::CutOff { node: 3, ms: 1_500 }).unwrap();
    lab.run_until(400);
    lab.apply(Action::ClockJump { node: 2, ms: 900 }).unwrap();
    lab.apply(Action::Restart(1)).unwrap();
    lab.apply(Action::Set(Setting::RestartDelay(0))).unwrap();
    lab.run_until(3_000);
    let part = lab.to_fragment_part();
    for key in ["lm=k", "ly=6000", "0x3_1500", "400j2_900", "0b1", "0Y0"] {
        assert!(part.contains(key), "{key} in {part}");
    }
    assert!(!part.contains("lg=") && !part.contains("lu="), "{part}");
    let back = Lab::from_fragment_part(&part).unwrap().unwrap();
    assert_eq!(back.log_hash(), lab.log_hash());
    assert_eq!(back.to_fragment_part(), part);
}

#[test]
fn bad_redis_links_are_errors() {
    for (link, key) in [
        ("lv=1&ls=1&lu=2", "lu"),
        ("lv=1&ls=1&lg=x", "lg"),
        ("lv=1&ls=1&lm=k&la=5j9", "la"),
        ("lv=1&ls=1&lm=r&la=5f1", "la"),
    ] {
        assert_eq!(
            Lab::from_fragment_part(link).err(),
            Some(LinkError::Field(key)),
            "{link}"
        );
    }
    assert!(matches!(
        Lab::from_fragment_part("lv=1&ls=1&lm=r&la=5f,5f").err(),
        Some(LinkError::Action { index: 1, .. })
    ));
    assert!(matches!(
        Lab::from_fragment_part("lv=1&ls=1&la=5b7").err(),
        Some(LinkError::Action { index: 0, .. })
    ));
    assert!(matches!(
        Lab::from_fragment_part("lv=1&ls=1&ly=600001").err(),
        Some(LinkError::Settings(SettingsError::OutOfRange {
            field: Field::RestartDelay,
            ..
        }))
    ));
}

#[test]
fn leases_off_is_written_only_when_off() {
    let lab = Lab::new(3, Settings::default()).unwrap();
    assert!(!lab.to_fragment_part().contains("lo="));
    let off = Settings {
        leases: false,
        ..Settings::default()
    };
    let mut lab = Lab::new(3, off).unwrap();
    lab.run_until(2_000);
    let part = lab.to_fragment_part();
    assert!(part.contains("lo=0"), "{part}");
    let back = Lab::from_fragment_part(&part).unwrap().unwrap();
    assert!(!back.sim().settings().leases);
    assert_eq!(back.log_hash(), lab.log_hash());
    let on = Lab::from_fragment_part("lv=1&ls=3&lo=1").unwrap().unwrap();
    assert!(on.sim().settings().leases);
    assert_eq!(
        Lab::from_fragment_part("lv=1&ls=3&lo=2").err(),
        Some(LinkError::Field("lo"))
    );
}
