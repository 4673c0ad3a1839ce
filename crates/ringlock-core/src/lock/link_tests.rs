//! Links for the lock-delay and ZooKeeper settings: they round-trip, defaults stay out, and
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
