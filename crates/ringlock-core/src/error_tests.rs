use super::*;

#[test]
fn names_are_checked() {
    assert_eq!(validate_name("  a ", 64), Ok("a"));
    assert_eq!(validate_name("   ", 64), Err(RingError::EmptyName));
    assert_eq!(
        validate_name(&"x".repeat(65), 64),
        Err(RingError::NameTooLong { max: 64 })
    );
    assert_eq!(
        validate_name(&"节".repeat(64), 64),
        Ok("节".repeat(64).as_str())
    );
    assert_eq!(
        validate_name("a\u{7}b", 64),
        Err(RingError::ControlCharacter)
    );
    assert_eq!(
        validate_name("<img src=x onerror=alert(1)>", 64),
        Ok("<img src=x onerror=alert(1)>")
    );
}
