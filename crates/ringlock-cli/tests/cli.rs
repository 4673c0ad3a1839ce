//! Run the real `ringlock` binary on published vectors and on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn servers_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ringlock-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn ringlock(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ringlock"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The binary may exit on a bad argument before reading stdin: a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn place_raw(algo: &str, servers: &std::path::Path, stdin: &str) -> Output {
    ringlock(
        &[
            "place",
            "--algo",
            algo,
            "--servers",
            servers.to_str().unwrap(),
        ],
        stdin,
    )
}

fn place(algo: &str, servers: &std::path::Path, stdin: &str) -> String {
    let out = place_raw(algo, servers, stdin);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn libketama_vector() {
    let servers = servers_file(
        "libketama.txt",
        "127.0.0.1:11211 600\n127.0.0.1:11212 400\n",
    );
    assert_eq!(
        place("libketama", &servers, "test\n"),
        "key,server\ntest,127.0.0.1:11211\n"
    );
}

#[test]
fn npm_hashring_vectors() {
    let servers = servers_file(
        "hashring.txt",
        "192.168.0.102:11212\n192.168.0.103:11212\n192.168.0.104:11212\n",
    );
    assert_eq!(
        place("libketama", &servers, "foo\npewpew\n"),
        "key,server\nfoo,192.168.0.102:11212\npewpew,192.168.0.103:11212\n"
    );
}

#[test]
fn libmemcached_fixture_rows() {
    let servers = servers_file(
        "libmemcached.txt",
        "# test/fixtures/ketama.hpp\n10.0.1.1:11211 600\n10.0.1.2:11211 300\n10.0.1.3:11211 200\n\
         10.0.1.4:11211 350\n10.0.1.5:11211 1000\n10.0.1.6:11211 800\n10.0.1.7:11211 950\n\
         10.0.1.8:11211 100\n",
    );
    let csv = place(
        "libmemcached-ketama",
        &servers,
        "SVa_]_V41)\n*/Z;?V(.\\8\n30C1*Z*S/_\n",
    );
    assert_eq!(
        csv,
        "key,server\nSVa_]_V41),10.0.1.7:11211\n*/Z;?V(.\\8,10.0.1.1:11211\n30C1*Z*S/_,10.0.1.2:11211\n"
    );
}

#[test]
fn redis_cluster_hash_tags() {
    let servers = servers_file("redis.txt", "a:7000\nb:7001\nc:7002\n");
    let out = ringlock(
        &[
            "place",
            "--algo",
            "redis-cluster",
            "--no-header",
            "--servers",
            servers.to_str().unwrap(),
        ],
        "foo\n{user1000}.following\n{user1000}.followers\nkey,with\"quote\n",
    );
    assert!(out.status.success());
    // foo → slot 12182 (third range), {user1000} → 3443 (first range); CSV quoting.
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        &lines[..3],
        &[
            "foo,c:7002",
            "{user1000}.following,a:7000",
            "{user1000}.followers,a:7000"
        ]
    );
    assert!(
        lines[3].starts_with("\"key,with\"\"quote\","),
        "{}",
        lines[3]
    );
}

#[test]
fn bad_input_fails_with_a_line_number_and_no_panic() {
    let servers = servers_file("bad.txt", "a:1\nb:2 heavy\n");
    let out = place_raw("jump", &servers, "k\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt:2: weight \"heavy\""), "{err}");
    assert!(!err.contains("panicked"));

    // One reader with the app: a weight over a million and port 0 are refused.
    for (text, message) in [
        ("a:1 1000001\n", "big.txt:1: weight \"1000001\""),
        ("a:1\nb:0\n", "big.txt:2: port \"0\""),
    ] {
        let servers = servers_file("big.txt", text);
        let out = place_raw("jump", &servers, "k\n");
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(message), "{err}");
    }

    let out = ringlock(&["place", "--algo", "nope", "--servers", "x"], "");
    assert_eq!(out.status.code(), Some(2));

    let out = ringlock(
        &["place", "--algo", "jump", "--servers", "/nonexistent/file"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("cannot read"));

    let good = servers_file("good.txt", "a:1\n");
    let out = ringlock(
        &[
            "place",
            "--algo",
            "maglev",
            "--maglev-m",
            "8",
            "--servers",
            good.to_str().unwrap(),
        ],
        "k\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("not prime"));
}

#[test]
fn every_algorithm_runs() {
    let servers = servers_file("all.txt", "a:1 2\nb:2\nc:3\n");
    for algo in ringlock_core::algo::Algo::CODES {
        let csv = place(algo, &servers, "x\ny\nz\n");
        assert_eq!(csv.lines().count(), 4, "{algo}");
    }
}
