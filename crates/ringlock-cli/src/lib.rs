//! The `ringlock` command: place keys read on stdin on the servers of a file, with the
//! algorithm a real client uses, and print `key,server` CSV.
//!
//! ```
//! let servers = std::env::temp_dir().join("ringlock-doc-servers.txt");
//! std::fs::write(&servers, "127.0.0.1:11211 600\n127.0.0.1:11212 400\n").unwrap();
//! let args: Vec<String> = ["place", "--algo", "libketama", "--servers"]
//!     .iter()
//!     .map(|s| s.to_string())
//!     .chain([servers.display().to_string()])
//!     .collect();
//! let mut out = Vec::new();
//! ringlock_cli::run(&args, "test\n".as_bytes(), &mut out).unwrap();
//! assert_eq!(String::from_utf8(out).unwrap(), "key,server\ntest,127.0.0.1:11211\n");
//! ```

use std::io::{BufRead, Write};

use ringlock_core::algo::servers::{self, Server};
use ringlock_core::algo::{maglev, Algo, AlgoError};
use ringlock_core::csv::field;
use ringlock_core::NodeSpec;

/// Most keys read from stdin.
pub const MAX_KEYS: usize = 1_000_000;
pub use ringlock_core::algo::servers::{MAX_SERVERS, MAX_SERVER_WEIGHT};

/// The help text.
pub const USAGE: &str = "\
usage: ringlock place --algo <name> --servers <file> [options] < keys > placement.csv

Reads keys on stdin, one per line (at most 1,000,000; blank lines are skipped), and writes
`key,server` CSV to stdout.

The servers file has one server per line: `host:port [weight]` (port 1-65535, weight an
integer from 1 to 1,000,000, default 1; at most 16,384 servers). Blank lines and lines starting
with # are ignored.

algorithms (--algo):
  libmemcached-ketama  libmemcached KETAMA_WEIGHTED (PHP OPT_LIBKETAMA_COMPATIBLE)
  libketama            libketama / npm hashring (labels host:port-i)
  ketama-spy           libmemcached's spymemcached-compatible labels (/host:port-i)
  redis-cluster        CRC16 hash slots with {hash tags}, ranges as redis-cli --cluster create
  ring                 Ringlock's SHA-1 ring (--vnodes per unit of weight, default 160)
  jump                 jump consistent hash over the servers in file order
  rendezvous           weighted rendezvous (highest random weight)
  maglev               Maglev table (--maglev-m, a prime, default 65537)
  bounded              SHA-1 ring with bounded loads (--eps, default 0.25; --vnodes)
  modulo               SHA-1 position mod N
  article              the article's sha1 % 128 % N

options:
  --vnodes <n>      vnodes per unit of weight for ring and bounded (1-1024)
  --maglev-m <m>    Maglev table size (prime)
  --eps <e>         bounded loads slack, capacity = ceil((1+e) * keys / servers)
  --no-header       leave out the `key,server` header line
  -h, --help        this text";

/// What went wrong; printed as `ringlock: <message>` with a non-zero exit.
#[derive(Debug, PartialEq)]
pub enum CliError {
    /// `--help` was asked for.
    Help,
    /// Bad command line (exit 2).
    Usage(String),
    /// A bad line in the servers file.
    Servers {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A bad line on stdin.
    Keys {
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The algorithm refused the servers.
    Algo(AlgoError),
    /// Reading or writing failed.
    Io(String),
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CliError::Help => write!(f, "{USAGE}"),
            CliError::Usage(m) => write!(f, "{m}\n(try `ringlock --help`)"),
            CliError::Servers {
                path,
                line,
                message,
            } => write!(f, "{path}:{line}: {message}"),
            CliError::Keys { line, message } => write!(f, "stdin:{line}: {message}"),
            CliError::Algo(e) => write!(f, "{e}"),
            CliError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for CliError {}

/// Parsed command line.
#[derive(Debug, PartialEq)]
pub struct Options {
    /// The algorithm with its parameters.
    pub algo: Algo,
    /// Path of the servers file.
    pub servers: String,
    /// Print the header line.
    pub header: bool,
}

fn usage(message: impl Into<String>) -> CliError {
    CliError::Usage(message.into())
}

/// Set vnodes per unit of weight from `--vnodes`, if given (1–1024).
fn set_vnodes(vnodes: &mut u32, given: Option<u32>) -> Result<(), CliError> {
    if let Some(n) = given {
        if !(1..=1024).contains(&n) {
            return Err(usage(format!("--vnodes {n} is outside 1-1024")));
        }
        *vnodes = n;
    }
    Ok(())
}

/// Parse the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Options, CliError> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return Err(CliError::Help);
    }
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("place") => {}
        Some(other) => return Err(usage(format!("unknown command {other:?}"))),
        None => return Err(usage("missing command `place`")),
    }
    let (mut algo, mut servers, mut header) = (None, None, true);
    let (mut vnodes, mut m, mut eps) = (None, None, None);
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| usage(format!("{flag} needs a value")))
        };
        match flag.as_str() {
            "--algo" => algo = Some(value()?),
            "--servers" => servers = Some(value()?),
            "--vnodes" => vnodes = Some(number::<u32>(flag, &value()?)?),
            "--maglev-m" => m = Some(number::<u64>(flag, &value()?)?),
            "--eps" => eps = Some(number::<f64>(flag, &value()?)?),
            "--no-header" => header = false,
            other => return Err(usage(format!("unknown option {other:?}"))),
        }
    }
    let code = algo.ok_or_else(|| usage("missing --algo <name>"))?;
    let mut algo = Algo::from_code(&code).ok_or_else(|| {
        usage(format!(
            "unknown algorithm {code:?}; one of: {}",
            Algo::CODES.join(", ")
        ))
    })?;
    // Each option applies to the algorithms named in its arm; every other one refuses it.
    let refuse = |given: bool, message: &str| if given { Err(usage(message)) } else { Ok(()) };
    match &mut algo {
        Algo::Ring { vnodes: v } => set_vnodes(v, vnodes)?,
        Algo::Bounded { vnodes: v, eps: e } => {
            set_vnodes(v, vnodes)?;
            if let Some(x) = eps {
                *e = x;
            }
        }
        Algo::Maglev { m: table } => *table = m.unwrap_or(maglev::DEFAULT_M),
        Algo::Modulo
        | Algo::Article
        | Algo::Ketama(_)
        | Algo::Jump
        | Algo::Rendezvous
        | Algo::RedisSlots => {}
    }
    match &algo {
        Algo::Ring { .. } => {
            refuse(m.is_some(), "--maglev-m applies to maglev only")?;
            refuse(eps.is_some(), "--eps applies to bounded only")?;
        }
        Algo::Bounded { .. } => refuse(m.is_some(), "--maglev-m applies to maglev only")?,
        Algo::Maglev { .. } => {
            refuse(
                vnodes.is_some(),
                "--vnodes applies to ring and bounded only",
            )?;
            refuse(eps.is_some(), "--eps applies to bounded only")?;
        }
        Algo::Modulo
        | Algo::Article
        | Algo::Ketama(_)
        | Algo::Jump
        | Algo::Rendezvous
        | Algo::RedisSlots => {
            refuse(
                vnodes.is_some(),
                "--vnodes applies to ring and bounded only",
            )?;
            refuse(m.is_some(), "--maglev-m applies to maglev only")?;
            refuse(eps.is_some(), "--eps applies to bounded only")?;
        }
    }
    let servers = servers.ok_or_else(|| usage("missing --servers <file>"))?;
    Ok(Options {
        algo,
        servers,
        header,
    })
}

fn number<T: std::str::FromStr>(flag: &str, text: &str) -> Result<T, CliError> {
    text.parse()
        .map_err(|_| usage(format!("{flag} {text:?} is not a valid number")))
}

/// Parse a servers file: `host:port [weight]` per line, with the limits of
/// [`ringlock_core::algo::servers`]. The first bad line is reported.
pub fn parse_servers(path: &str, text: &str) -> Result<Vec<NodeSpec>, CliError> {
    match servers::parse_servers(text) {
        Ok(list) => Ok(list.iter().map(Server::spec).collect()),
        Err(errors) => {
            let first = &errors[0];
            Err(CliError::Servers {
                path: path.to_string(),
                line: first.line(),
                message: first.to_string(),
            })
        }
    }
}

/// Read keys, one per line, skipping blank lines (a trailing `\r` is dropped).
pub fn read_keys(input: impl BufRead) -> Result<Vec<String>, CliError> {
    let mut keys = Vec::new();
    for (i, line) in input.split(b'\n').enumerate() {
        let mut bytes = line.map_err(|e| CliError::Io(format!("reading stdin: {e}")))?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        if bytes.is_empty() {
            continue;
        }
        let key = String::from_utf8(bytes).map_err(|_| CliError::Keys {
            line: i + 1,
            message: "the key is not valid UTF-8".into(),
        })?;
        if keys.len() == MAX_KEYS {
            return Err(CliError::Keys {
                line: i + 1,
                message: format!("more than {MAX_KEYS} keys"),
            });
        }
        keys.push(key);
    }
    Ok(keys)
}

/// Run the command: parse `args`, read the servers file and the keys from `input`, write CSV
/// to `out`.
pub fn run(args: &[String], input: impl BufRead, out: &mut impl Write) -> Result<(), CliError> {
    let options = parse_args(args)?;
    let text = std::fs::read_to_string(&options.servers)
        .map_err(|e| CliError::Io(format!("cannot read {}: {e}", options.servers)))?;
    let servers = parse_servers(&options.servers, &text)?;
    let keys = read_keys(input)?;
    let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
    let owners = options
        .algo
        .place(&servers, &refs)
        .map_err(CliError::Algo)?;
    let io = |e: std::io::Error| CliError::Io(format!("writing stdout: {e}"));
    if options.header {
        writeln!(out, "key,server").map_err(io)?;
    }
    for (key, owner) in refs.iter().zip(owners) {
        writeln!(out, "{},{}", field(key), field(&servers[owner].name)).map_err(io)?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "lib_tests.rs"]
mod tests;
