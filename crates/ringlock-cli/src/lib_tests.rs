use super::*;

fn args(text: &str) -> Vec<String> {
    text.split_whitespace().map(String::from).collect()
}

#[test]
fn arguments_are_checked() {
    let o = parse_args(&args("place --algo maglev --servers s --maglev-m 7")).unwrap();
    assert_eq!(o.algo, Algo::Maglev { m: 7 });
    assert!(
        matches!(parse_args(&args("place --algo nope --servers s")), Err(CliError::Usage(m)) if m.contains("libketama"))
    );
    assert!(matches!(
        parse_args(&args("place --servers s")),
        Err(CliError::Usage(_))
    ));
    assert!(matches!(
        parse_args(&args("place --algo jump --vnodes 3 --servers s")),
        Err(CliError::Usage(_))
    ));
    assert!(matches!(
        parse_args(&args("place --algo ring --vnodes x --servers s")),
        Err(CliError::Usage(_))
    ));
    assert!(matches!(
        parse_args(&args("place --algo ring --servers")),
        Err(CliError::Usage(_))
    ));
    assert_eq!(parse_args(&args("--help")), Err(CliError::Help));
    // Each option belongs to its algorithms; the others refuse it.
    for (line, message) in [
        ("ketama-spy --eps 0.5", "--eps applies to bounded only"),
        ("ring --maglev-m 7", "--maglev-m applies to maglev only"),
        (
            "maglev --vnodes 4",
            "--vnodes applies to ring and bounded only",
        ),
        ("bounded --vnodes 2000", "--vnodes 2000 is outside 1-1024"),
    ] {
        let parsed = parse_args(&args(&format!("place --algo {line} --servers s")));
        assert_eq!(parsed, Err(CliError::Usage(message.into())), "{line}");
    }
    let o = parse_args(&args(
        "place --algo bounded --vnodes 9 --eps 0.5 --servers s",
    ))
    .unwrap();
    assert_eq!(
        o.algo,
        Algo::Bounded {
            vnodes: 9,
            eps: 0.5
        }
    );
}

#[test]
fn servers_files_name_the_bad_line() {
    let s = parse_servers("f", "# cache\n\na:1 3\nb:2\n").unwrap();
    assert_eq!((s[0].weight, s[1].weight), (3, 1));
    assert!(s.iter().all(|n| n.alive));
    let err = parse_servers("f", "a:1\nb:2 zero\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "f:2: weight \"zero\" is not a whole number from 1 to 1000000"
    );
    assert_eq!(
        parse_servers("f", "a:1\nnoport\n").unwrap_err().to_string(),
        "f:2: \"noport\" is not host:port"
    );
    assert!(parse_servers("f", "a:1 0\n").is_err());
    assert_eq!(
        parse_servers("f", "a:1\na:1\n").unwrap_err().to_string(),
        "f:2: listed twice, first on line 1"
    );
    assert!(parse_servers("f", "a:1 2 3\n").is_err());
    assert_eq!(
        parse_servers("f", "# none\n").unwrap_err().to_string(),
        "f:0: no servers listed"
    );
    // The limits shared with the app: weights up to a million, ports 1-65535, 16,384 servers.
    assert_eq!(
        parse_servers("f", "a:1 1000000\n").unwrap()[0].weight,
        1_000_000
    );
    assert_eq!(
        parse_servers("f", "a:1 1000001\n").unwrap_err().to_string(),
        "f:1: weight \"1000001\" is not a whole number from 1 to 1000000"
    );
    assert_eq!(
        parse_servers("f", "a:1\nb:0\n").unwrap_err().to_string(),
        "f:2: port \"0\" is not a number from 1 to 65535"
    );
    assert!(parse_servers("f", "a:65536\n").is_err());
    assert!(parse_servers("f", ":11211\n").is_err());
    let many: String = (0..=MAX_SERVERS).map(|i| format!("h{i}:1\n")).collect();
    assert_eq!(
        parse_servers("f", &many).unwrap_err().to_string(),
        format!("f:{}: more than 16384 servers", MAX_SERVERS + 1)
    );
}

#[test]
fn keys_skip_blank_lines_and_refuse_bad_utf8() {
    let keys = read_keys(&b"a\r\n\nb\n"[..]).unwrap();
    assert_eq!(keys, vec!["a", "b"]);
    let err = read_keys(&b"a\n\xff\n"[..]).unwrap_err();
    assert_eq!(err.to_string(), "stdin:2: the key is not valid UTF-8");
}
