//! Unit tests of the settings: defaults, limits, model codes.

use super::*;

#[test]
fn defaults_are_valid() {
    assert_eq!(Settings::default().validate(), Ok(()));
}

#[test]
fn out_of_range_names_the_limits() {
    let mut s = Settings::default();
    assert_eq!(
        s.set(Setting::Ttl(50)),
        Err(SettingsError::OutOfRange {
            field: Field::Ttl,
            value: 50,
            min: 100,
            max: 60_000
        })
    );
    assert_eq!(s.ttl, 1_000, "unchanged on error");
    assert_eq!(
        s.set(Setting::Hold(Span::new(300, 200))),
        Err(SettingsError::Reversed {
            field: Field::Hold,
            min: 300,
            max: 200
        })
    );
    let bad = Settings {
        workers: 1_001,
        ..Settings::default()
    };
    assert!(matches!(
        bad.validate(),
        Err(SettingsError::OutOfRange {
            field: Field::Workers,
            ..
        })
    ));
    assert!(SettingsError::Reversed {
        field: Field::Think,
        min: 2,
        max: 1
    }
    .to_string()
    .contains("exceeds"));
}

#[test]
fn model_codes_round_trip() {
    for m in Model::ALL {
        assert_eq!(Model::from_code(m.code()), Some(m));
    }
    assert_eq!(Model::from_code("x"), None);
    assert!(Model::ZooKeeper.leased() && !Model::LocalLock.leased());
    assert!(Model::Redlock.redis() && !Model::Redis.leased());
    assert_eq!((Model::Redis.masters(), Model::Redlock.masters()), (1, 5));
}

#[test]
fn lock_delay_is_at_most_a_minute() {
    let mut s = Settings::default();
    assert_eq!(s.set(Setting::LockDelay(60_000)), Ok(()));
    assert_eq!(
        s.set(Setting::LockDelay(70_000)),
        Err(SettingsError::OutOfRange {
            field: Field::LockDelay,
            value: 70_000,
            min: 0,
            max: 60_000
        })
    );
    assert_eq!(s.lock_delay, 60_000);
}
