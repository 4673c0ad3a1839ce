use super::*;

#[test]
fn lines_are_read_or_refused_with_their_number() {
    let ok = parse_servers("# cache\n10.0.1.1:11211 600\n\n10.0.1.2:11211\n").unwrap();
    assert_eq!(ok.len(), 2);
    assert_eq!((ok[0].weight, ok[1].weight), (600, 1));
    assert_eq!(ok[0].address, "10.0.1.1:11211");
    let bad = parse_servers("a\n:1\nb:x\nc:1 0\nd:1 2 3\ne:1\ne:1").unwrap_err();
    assert_eq!(
        bad,
        vec![
            ServerError::NoPort(1, "a".into()),
            ServerError::EmptyHost(2),
            ServerError::BadPort(3, "x".into()),
            ServerError::BadWeight(4, "0".into()),
            ServerError::Extra(5, "3".into()),
            ServerError::Duplicate(7, 6),
        ]
    );
    assert_eq!(parse_servers(" \n"), Err(vec![ServerError::Empty]));
    assert_eq!(parse_servers("# only\n"), Err(vec![ServerError::Empty]));
}

#[test]
fn ports_and_weights_have_one_range() {
    assert!(parse_servers("a:1\nb:65535\n").is_ok());
    for port in ["0", "65536", "-1", "", "http"] {
        assert_eq!(
            parse_servers(&format!("a:{port}")),
            Err(vec![ServerError::BadPort(1, port.into())]),
            "port {port:?}"
        );
    }
    let max = parse_servers("a:1 1000000\n").unwrap();
    assert_eq!(max[0].weight, MAX_SERVER_WEIGHT);
    for weight in ["0", "1000001", "-3", "1.5", "x", "4294967296"] {
        assert_eq!(
            parse_servers(&format!("a:1 {weight}")),
            Err(vec![ServerError::BadWeight(1, weight.into())]),
            "weight {weight:?}"
        );
    }
    // The host may itself hold colons (IPv6 without brackets): the port is after the last.
    assert_eq!(parse_servers("::1:11211").unwrap()[0].address, "::1:11211");
}

#[test]
fn at_most_16384_servers() {
    let list = |n: usize| (0..n).map(|i| format!("h{i}:1\n")).collect::<String>();
    assert_eq!(
        parse_servers(&list(MAX_SERVERS)).unwrap().len(),
        MAX_SERVERS
    );
    let text = format!("{}h-extra:1\nh-more:1\n", list(MAX_SERVERS));
    assert_eq!(
        parse_servers(&text),
        Err(vec![ServerError::TooMany(MAX_SERVERS + 1)])
    );
}

#[test]
fn errors_name_their_line_and_say_what_is_wrong() {
    let cases = [
        (
            ServerError::NoPort(1, "a".into()),
            1,
            "\"a\" is not host:port",
        ),
        (ServerError::EmptyHost(2), 2, "no host before the port"),
        (
            ServerError::BadPort(3, "0".into()),
            3,
            "port \"0\" is not a number from 1 to 65535",
        ),
        (
            ServerError::BadWeight(4, "zero".into()),
            4,
            "weight \"zero\" is not a whole number from 1 to 1000000",
        ),
        (
            ServerError::Extra(5, "3".into()),
            5,
            "unexpected \"3\": expected `host:port [weight]`",
        ),
        (
            ServerError::Duplicate(7, 6),
            7,
            "listed twice, first on line 6",
        ),
        (ServerError::TooMany(9), 9, "more than 16384 servers"),
        (ServerError::Empty, 0, "no servers listed"),
    ];
    for (error, line, text) in cases {
        assert_eq!(error.line(), line);
        assert_eq!(error.to_string(), text);
    }
}

#[test]
fn a_server_is_a_live_node() {
    let s = &parse_servers("a:1 7").unwrap()[0];
    assert_eq!(
        s.spec(),
        NodeSpec {
            name: "a:1".into(),
            weight: 7,
            alive: true
        }
    );
}
