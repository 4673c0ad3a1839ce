//! Chapter 6: one question per placement algorithm, answered by the Algorithms tab's
//! comparison table on the same ring.

const FOUR_1000_V160: &str = "v=1&n=node1,node2,node3,node4&vn=160&k=1000&s=ring";
const FOUR_1000_V1: &str = "v=1&n=node1,node2,node3,node4&vn=1&k=1000&s=ring";
/// The node killed in chapter 6.
pub const DOOMED: &str = "node2";

/// A step of chapter 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BeyondStep {
    /// Jump hash: where a join's keys go.
    Jump,
    /// Rendezvous: which keys a kill moves.
    Rendezvous,
    /// Maglev: keys moving between live nodes.
    Maglev,
    /// Bounded loads: the busiest node.
    Bounded,
    /// Redis Cluster: slots move.
    Redis,
}

impl BeyondStep {
    /// The scenario the Ring view starts from (a link fragment).
    pub fn setup(self) -> &'static str {
        match self {
            BeyondStep::Bounded => FOUR_1000_V1,
            BeyondStep::Jump | BeyondStep::Rendezvous | BeyondStep::Maglev | BeyondStep::Redis => {
                FOUR_1000_V160
            }
        }
    }

    /// Whether its change is a join (else a kill of [`DOOMED`]).
    pub fn join(self) -> bool {
        match self {
            BeyondStep::Jump | BeyondStep::Bounded | BeyondStep::Redis => true,
            BeyondStep::Rendezvous | BeyondStep::Maglev => false,
        }
    }

    /// The Algorithms tab's settings (a link fragment) whose comparison table answers it.
    pub fn table(self) -> String {
        if self.join() {
            "ac=add".into()
        } else {
            format!("ac=kill&av={DOOMED}")
        }
    }
}
