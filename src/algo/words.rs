//! The Algorithms tab's values in words: algorithm names with their parameters, the core's
//! refusals (of an algorithm, of a server line) and sizes in bytes.

use ringlock_core::algo::servers::{ServerError, MAX_SERVERS, MAX_SERVER_WEIGHT};
use ringlock_core::algo::{Algo, AlgoError, KetamaLabels};

use crate::algo::text::A;
use crate::i18n::Lang;
use crate::ui::format::dec;

/// An algorithm's name, with its parameters.
pub fn algo_name(lang: Lang, algo: &Algo) -> String {
    match algo {
        Algo::Ring { vnodes } => lang.f(A::NameRing, &[vnodes]),
        Algo::Modulo => lang.t(A::NameModulo).to_string(),
        Algo::Article => lang.t(A::NameArticle).to_string(),
        Algo::Ketama(KetamaLabels::Libmemcached) => lang.t(A::NameLibmemcached).to_string(),
        Algo::Ketama(KetamaLabels::Libketama) => lang.t(A::NameLibketama).to_string(),
        Algo::Ketama(KetamaLabels::Spy) => lang.t(A::NameSpy).to_string(),
        Algo::Jump => lang.t(A::NameJump).to_string(),
        Algo::Rendezvous => lang.t(A::NameRendezvous).to_string(),
        Algo::Maglev { m } => lang.f(A::NameMaglev, &[&lang.num(*m)]),
        Algo::Bounded { eps, .. } => lang.f(A::NameBounded, &[&dec(lang, *eps, 2)]),
        Algo::RedisSlots => lang.t(A::NameRedis).to_string(),
    }
}

/// Why an algorithm refused, in words.
pub fn algo_error_text(lang: Lang, error: &AlgoError) -> String {
    match error {
        AlgoError::NoLiveNode => lang.t(A::ErrNoLive).to_string(),
        AlgoError::ZeroWeight(name) => lang.f(A::ErrZeroWeight, &[name]),
        AlgoError::NotLastBucket { bucket, last } => lang.f(A::JumpRefused, &[last, bucket]),
        AlgoError::NotPrime(m) => lang.f(A::ErrNotPrime, &[m]),
        AlgoError::TableSize { m, backends, max } => {
            lang.f(A::ErrTableSize, &[&lang.num(*m), backends, &lang.num(*max)])
        }
        AlgoError::BadEpsilon(e) => lang.f(A::ErrEps, &[e]),
        AlgoError::ReplicasOutOfRange(r) => lang.f(A::ErrReplicas, &[r]),
        AlgoError::TooManyPoints { would_be } => lang.f(
            A::ErrTooManyPoints,
            &[
                &lang.num(*would_be as u64),
                &lang.num(ringlock_core::error::MAX_POINTS as u64),
            ],
        ),
        AlgoError::TooManyMasters(n) => lang.f(A::ErrTooManyMasters, &[&lang.num(*n as u64)]),
    }
}

/// Bytes in B, KB or MB (powers of 1024).
pub fn bytes(lang: Lang, n: usize) -> String {
    let n = n as f64;
    if n < 1024.0 {
        format!("{n} B")
    } else if n < 1024.0 * 1024.0 {
        format!("{} KB", dec(lang, n / 1024.0, 1))
    } else {
        format!("{} MB", dec(lang, n / 1024.0 / 1024.0, 1))
    }
}

/// Why a server line was refused, in words.
pub fn server_error_text(lang: Lang, error: &ServerError) -> String {
    match error {
        ServerError::NoPort(line, text) => lang.f(A::ErrNoPort, &[line, text]),
        ServerError::EmptyHost(line) => lang.f(A::ErrEmptyHost, &[line]),
        ServerError::BadPort(line, text) => lang.f(A::ErrBadPort, &[line, text]),
        ServerError::BadWeight(line, text) => lang.f(
            A::ErrBadWeight,
            &[line, &lang.num(u64::from(MAX_SERVER_WEIGHT)), text],
        ),
        ServerError::Extra(line, text) => lang.f(A::ErrExtra, &[line, text]),
        ServerError::Duplicate(line, first) => lang.f(A::ErrDuplicate, &[line, first]),
        ServerError::TooMany(line) => {
            lang.f(A::ErrTooManyServers, &[&lang.num(MAX_SERVERS as u64), line])
        }
        ServerError::Empty => lang.t(A::ErrNoServers).to_string(),
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
