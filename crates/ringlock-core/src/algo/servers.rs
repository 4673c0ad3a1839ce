//! The server list every client configuration boils down to: `host:port [weight]` per line,
//! blank lines and lines starting with `#` skipped. One reader with one set of limits for the
//! command line and the app's compatibility panel.
//!
//! ```
//! use ringlock_core::algo::servers::{parse_servers, ServerError};
//!
//! let servers = parse_servers("# cache\n10.0.1.1:11211 600\n10.0.1.2:11211\n").unwrap();
//! assert_eq!((servers[0].weight, servers[1].weight), (600, 1));
//! let errors = parse_servers("a:1\na:0\n").unwrap_err();
//! assert_eq!(errors, vec![ServerError::BadPort(2, "0".into())]);
//! assert_eq!(errors[0].to_string(), "port \"0\" is not a number from 1 to 65535");
//! ```

use std::collections::HashMap;

use crate::ring::NodeSpec;

/// Most servers listed (Redis Cluster's 16,384 slots can serve at most that many masters).
pub const MAX_SERVERS: usize = 16_384;
/// Smallest weight.
pub const MIN_SERVER_WEIGHT: u32 = 1;
/// Largest weight (libmemcached keeps weights in a `uint32_t`; a million is plenty).
pub const MAX_SERVER_WEIGHT: u32 = 1_000_000;

/// One server as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Server {
    /// `host:port`, exactly as typed (the label clients hash).
    pub address: String,
    /// Weight, 1 when not given.
    pub weight: u32,
}

impl Server {
    /// The server as a live node for [`crate::algo::Algo::place`].
    pub fn spec(&self) -> NodeSpec {
        NodeSpec {
            name: self.address.clone(),
            weight: self.weight,
            alive: true,
        }
    }
}

/// Why a line was refused (line numbers count from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerError {
    /// No `:port`.
    NoPort(usize, String),
    /// Nothing before the `:`.
    EmptyHost(usize),
    /// A port that is not 1–65535.
    BadPort(usize, String),
    /// A weight that is not [`MIN_SERVER_WEIGHT`]–[`MAX_SERVER_WEIGHT`].
    BadWeight(usize, String),
    /// More than two fields: the extra ones.
    Extra(usize, String),
    /// The same address again: (this line, the line that listed it first).
    Duplicate(usize, usize),
    /// Past [`MAX_SERVERS`].
    TooMany(usize),
    /// No server at all.
    Empty,
}

impl ServerError {
    /// The 1-based line refused, 0 for [`ServerError::Empty`].
    pub fn line(&self) -> usize {
        match *self {
            ServerError::NoPort(line, _)
            | ServerError::EmptyHost(line)
            | ServerError::BadPort(line, _)
            | ServerError::BadWeight(line, _)
            | ServerError::Extra(line, _)
            | ServerError::Duplicate(line, _)
            | ServerError::TooMany(line) => line,
            ServerError::Empty => 0,
        }
    }
}

impl std::fmt::Display for ServerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServerError::NoPort(_, text) => write!(f, "{text:?} is not host:port"),
            ServerError::EmptyHost(_) => write!(f, "no host before the port"),
            ServerError::BadPort(_, text) => {
                write!(f, "port {text:?} is not a number from 1 to 65535")
            }
            ServerError::BadWeight(_, text) => write!(
                f,
                "weight {text:?} is not a whole number from {MIN_SERVER_WEIGHT} to {MAX_SERVER_WEIGHT}"
            ),
            ServerError::Extra(_, text) => {
                write!(f, "unexpected {text:?}: expected `host:port [weight]`")
            }
            ServerError::Duplicate(_, first) => write!(f, "listed twice, first on line {first}"),
            ServerError::TooMany(_) => write!(f, "more than {MAX_SERVERS} servers"),
            ServerError::Empty => write!(f, "no servers listed"),
        }
    }
}

impl std::error::Error for ServerError {}

/// Read one non-blank, non-comment line.
fn parse_line(line: usize, trimmed: &str) -> Result<Server, ServerError> {
    let mut fields = trimmed.split_whitespace();
    let address = fields.next().unwrap_or_default();
    let weight = fields.next();
    let rest: Vec<&str> = fields.collect();
    if !rest.is_empty() {
        return Err(ServerError::Extra(line, rest.join(" ")));
    }
    let Some((host, port)) = address.rsplit_once(':') else {
        return Err(ServerError::NoPort(line, address.to_string()));
    };
    if host.is_empty() {
        return Err(ServerError::EmptyHost(line));
    }
    if !matches!(port.parse::<u32>(), Ok(1..=65_535)) {
        return Err(ServerError::BadPort(line, port.to_string()));
    }
    let weight = match weight {
        None => 1,
        Some(w) => match w.parse::<u32>() {
            Ok(w @ MIN_SERVER_WEIGHT..=MAX_SERVER_WEIGHT) => w,
            _ => return Err(ServerError::BadWeight(line, w.to_string())),
        },
    };
    Ok(Server {
        address: address.to_string(),
        weight,
    })
}

/// Read the list. Every bad line is reported, in line order (reading stops at the first line
/// past [`MAX_SERVERS`]); the servers are returned only when no line is bad.
pub fn parse_servers(text: &str) -> Result<Vec<Server>, Vec<ServerError>> {
    let mut servers: Vec<Server> = Vec::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let server = match parse_line(line, trimmed) {
            Ok(server) => server,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        if let Some(&first) = first_line.get(&server.address) {
            errors.push(ServerError::Duplicate(line, first));
            continue;
        }
        if servers.len() == MAX_SERVERS {
            errors.push(ServerError::TooMany(line));
            break;
        }
        first_line.insert(server.address.clone(), line);
        servers.push(server);
    }
    if servers.is_empty() && errors.is_empty() {
        errors.push(ServerError::Empty);
    }
    if errors.is_empty() {
        Ok(servers)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
#[path = "servers_tests.rs"]
mod tests;
