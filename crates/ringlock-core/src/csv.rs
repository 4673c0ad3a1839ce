//! CSV export of a placement: `key,position_hex,owner`.

use crate::modulo::Scheme;
use crate::ring::Ring;

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
mod tests {
    use super::*;

    #[test]
    fn csv_lists_every_key_with_its_owner() {
        let mut ring = Ring::new(4);
        ring.add_node("a,b", 1).unwrap();
        ring.add_key("key-0").unwrap();
        ring.add_key("x\"y").unwrap();
        let csv = ring.to_csv(Scheme::Ring);
        let lines: Vec<_> = csv.lines().collect();
        assert_eq!(lines[0], "key,position_hex,owner");
        assert_eq!(lines[1], "key-0,5bc8ee5784ee5a1c,\"a,b\"");
        assert_eq!(lines.len(), 3);
        assert!(lines[2].starts_with("\"x\"\"y\","));
    }
}
