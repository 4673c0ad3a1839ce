//! The compatibility panel's server list: `host:port [weight]` per line, read with a
//! line-numbered reason for every line that cannot be used.

use crate::algo::text::A;
use crate::i18n::Lang;

/// Most servers listed.
pub const MAX_SERVERS: usize = 1_000;
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

/// Why a line was refused (line numbers count from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServerError {
    /// No `:port`.
    NoPort(usize, String),
    /// Nothing before the `:`.
    EmptyHost(usize),
    /// A port that is not 1–65535.
    BadPort(usize, String),
    /// A weight that is not 1–[`MAX_SERVER_WEIGHT`].
    BadWeight(usize, String),
    /// More than two fields.
    Extra(usize, String),
    /// The same address twice.
    Duplicate(usize, usize),
    /// Past [`MAX_SERVERS`].
    TooMany(usize),
    /// No server at all.
    Empty,
}

impl ServerError {
    /// The reason, in words.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ServerError::NoPort(line, text) => lang.f(A::ErrNoPort, &[line, text]),
            ServerError::EmptyHost(line) => lang.f(A::ErrEmptyHost, &[line]),
            ServerError::BadPort(line, text) => lang.f(A::ErrBadPort, &[line, text]),
            ServerError::BadWeight(line, text) => lang.f(
                A::ErrBadWeight,
                &[line, &lang.num(u64::from(MAX_SERVER_WEIGHT)), text],
            ),
            ServerError::Extra(line, text) => lang.f(A::ErrExtra, &[line, text]),
            ServerError::Duplicate(line, first) => lang.f(A::ErrDuplicate, &[line, first]),
            ServerError::TooMany(line) => lang.f(A::ErrTooManyServers, &[&MAX_SERVERS, line]),
            ServerError::Empty => lang.t(A::ErrNoServers).to_string(),
        }
    }
}

/// Read the list: blank lines and lines starting with `#` are skipped. Every bad line is
/// reported; the servers are returned only when there is none.
pub fn parse_servers(text: &str) -> Result<Vec<Server>, Vec<ServerError>> {
    let mut servers: Vec<(usize, Server)> = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let mut fields = trimmed.split_whitespace();
        let address = fields.next().unwrap_or_default();
        let weight = fields.next();
        let rest: Vec<&str> = fields.collect();
        if !rest.is_empty() {
            errors.push(ServerError::Extra(line, rest.join(" ")));
            continue;
        }
        let Some((host, port)) = address.rsplit_once(':') else {
            errors.push(ServerError::NoPort(line, address.to_string()));
            continue;
        };
        if host.is_empty() {
            errors.push(ServerError::EmptyHost(line));
            continue;
        }
        if !matches!(port.parse::<u32>(), Ok(1..=65_535)) {
            errors.push(ServerError::BadPort(line, port.to_string()));
            continue;
        }
        let weight = match weight {
            None => 1,
            Some(w) => match w.parse::<u32>() {
                Ok(w @ 1..=MAX_SERVER_WEIGHT) => w,
                _ => {
                    errors.push(ServerError::BadWeight(line, w.to_string()));
                    continue;
                }
            },
        };
        if let Some((first, _)) = servers.iter().find(|(_, s)| s.address == address) {
            errors.push(ServerError::Duplicate(line, *first));
            continue;
        }
        if servers.len() == MAX_SERVERS {
            errors.push(ServerError::TooMany(line));
            break;
        }
        servers.push((
            line,
            Server {
                address: address.to_string(),
                weight,
            },
        ));
    }
    if servers.is_empty() && errors.is_empty() {
        errors.push(ServerError::Empty);
    }
    if errors.is_empty() {
        Ok(servers.into_iter().map(|(_, s)| s).collect())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_or_refused_with_their_number() {
        let ok = parse_servers("# cache\n10.0.1.1:11211 600\n\n10.0.1.2:11211\n").unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!((ok[0].weight, ok[1].weight), (600, 1));
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
    }
}
