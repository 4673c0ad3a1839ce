//! Why an algorithm refused a topology or a parameter.

/// Why a placement could not be built. Nothing changes when one is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum AlgoError {
    /// No live node to place keys on.
    NoLiveNode,
    /// A node has weight 0.
    ZeroWeight(String),
    /// Jump hash numbers its buckets `0..n`: only the last one can go.
    NotLastBucket {
        /// The bucket asked to leave.
        bucket: usize,
        /// The last bucket, the only one that can.
        last: usize,
    },
    /// A Maglev table size that is not prime.
    NotPrime(u64),
    /// A Maglev table smaller than the number of backends, or larger than the limit.
    TableSize {
        /// The size asked for.
        m: u64,
        /// Backends to fit.
        backends: usize,
        /// The largest size allowed.
        max: u64,
    },
    /// Bounded loads' ε must be finite and ≥ 0.
    BadEpsilon(f64),
    /// Replicas outside 1–5.
    ReplicasOutOfRange(usize),
    /// Vnodes × weight would put more points on the ring than the limit.
    TooManyPoints {
        /// How many there would be.
        would_be: usize,
    },
    /// Redis Cluster has 16,384 slots: more masters than that cannot each hold one.
    TooManyMasters(usize),
}

impl std::fmt::Display for AlgoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AlgoError::NoLiveNode => write!(f, "no live node to place keys on"),
            AlgoError::ZeroWeight(n) => write!(f, "node {n:?} has weight 0"),
            AlgoError::NotLastBucket { bucket, last } => write!(
                f,
                "jump hash can only remove the last bucket ({last}), not bucket {bucket}: \
                 its buckets are numbered 0..n, so removing another would renumber the rest"
            ),
            AlgoError::NotPrime(m) => write!(f, "Maglev table size {m} is not prime"),
            AlgoError::TableSize { m, backends, max } => write!(
                f,
                "Maglev table size {m} must be at least the {backends} backends and at most {max}"
            ),
            AlgoError::BadEpsilon(e) => write!(f, "ε = {e} must be a finite number ≥ 0"),
            AlgoError::ReplicasOutOfRange(r) => write!(f, "{r} replicas is outside 1–5"),
            AlgoError::TooManyPoints { would_be } => write!(
                f,
                "{would_be} virtual nodes exceed the limit of {}",
                crate::error::MAX_POINTS
            ),
            AlgoError::TooManyMasters(n) => {
                write!(f, "{n} masters exceed Redis Cluster's 16384 slots")
            }
        }
    }
}

impl std::error::Error for AlgoError {}
