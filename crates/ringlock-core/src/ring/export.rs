//! CSV export of a placement: `key,position_hex,owner`.

use super::modulo::Scheme;
use super::Ring;

/// Quote a CSV field if it needs it (RFC 4180).
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

impl Ring {
    /// Every key in ring order with its position and its owner under `scheme` (empty when no
    /// node is live).
    pub fn to_csv(&self, scheme: Scheme) -> String {
        let keys = self.keys();
        let live = self.live_ids();
        let mut out = String::with_capacity(keys.len() * 40 + 32);
        out.push_str("key,position_hex,owner\n");
        for (slot, &id) in keys.ids().iter().enumerate() {
            let owner = self
                .owner_under(scheme, slot, &live)
                .map_or("", |o| self.node_name(o));
            out.push_str(&field(keys.name(id)));
            out.push(',');
            out.push_str(&crate::hash::position_hex(keys.positions()[slot]));
            out.push(',');
            out.push_str(&field(owner));
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;
