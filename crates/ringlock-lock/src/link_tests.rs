//! Links for the lock-delay, ZooKeeper and Redis settings and faults: they round-trip, defaults stay out, and
//! bad values are errors.

use super::{Action, Field, Lab, LinkError, Model, Setting, Settings, SettingsError};

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
