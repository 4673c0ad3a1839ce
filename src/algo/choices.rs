//! The Algorithms tab's two choices that are not algorithms: the change compared and the
//! client reproduced.

use ringlock_core::algo::Algo;

use crate::algo::text::A;

/// The kind of topology change compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChangeKind {
    /// A node joins.
    #[default]
    Add,
    /// A node dies.
    Kill,
    /// The last listed node leaves.
    RemoveLast,
}

impl ChangeKind {
    /// Code in the select and the link.
    pub fn code(self) -> &'static str {
        match self {
            ChangeKind::Add => "add",
            ChangeKind::Kill => "kill",
            ChangeKind::RemoveLast => "remove-last",
        }
    }

    /// The kind with this code.
    pub fn from_code(code: &str) -> Option<ChangeKind> {
        [ChangeKind::Add, ChangeKind::Kill, ChangeKind::RemoveLast]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// The client the compatibility panel reproduces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Client {
    /// libmemcached `KETAMA_WEIGHTED`.
    #[default]
    Libmemcached,
    /// libketama and npm hashring.
    Libketama,
    /// Redis Cluster.
    Redis,
}

impl Client {
    /// Every client, in the select's order.
    pub const ALL: [Client; 3] = [Client::Libmemcached, Client::Libketama, Client::Redis];

    /// Code in the select and the link.
    pub fn code(self) -> &'static str {
        match self {
            Client::Libmemcached => "libmemcached",
            Client::Libketama => "libketama",
            Client::Redis => "redis",
        }
    }

    /// The client with this code.
    pub fn from_code(code: &str) -> Option<Client> {
        Client::ALL.into_iter().find(|c| c.code() == code)
    }

    /// Its name in the select.
    pub fn label(self) -> A {
        match self {
            Client::Libmemcached => A::ClientLibmemcached,
            Client::Libketama => A::ClientLibketama,
            Client::Redis => A::ClientRedis,
        }
    }

    /// The core's algorithm for this client.
    pub fn algo(self) -> Algo {
        match self {
            Client::Libmemcached => Algo::Ketama(ringlock_core::algo::KetamaLabels::Libmemcached),
            Client::Libketama => Algo::Ketama(ringlock_core::algo::KetamaLabels::Libketama),
            Client::Redis => Algo::RedisSlots,
        }
    }
}
