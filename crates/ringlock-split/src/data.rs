//! Which data segments the primary needs, and which can move to the secondary.
//!
//! A data segment moves when no code left in the primary can reach it. Reaching is read
//! conservatively from the module itself:
//! - every constant in a kept function (an `i64` one counts as two `i32`s: LLVM merges the
//!   stores of a pointer and a length into one) and every memory offset of a load or store;
//! - the initial values of globals;
//! - every 4 bytes, at any alignment, of a segment that stays (pointer tables, vtables).
//!
//! An address reaches the segment that holds it, the one that ends there (a slice's end
//! pointer), and the next one when it starts within [`SLACK`] bytes after the address (an index
//! folded into its base: `arr[i - 1]` as `(arr - 4) + 4 * i`).
//!
//! That is only sound when one segment is one object, or a whole run of them. A release build
//! links with `--no-merge-data-segments` (one segment per constant, named after it) and runs
//! wasm-opt without memory packing, which would cut an object at a run of zeros. A segment
//! whose name is another's plus `.N`, which is how wasm-opt names such a cut, moves or stays
//! with that other one all the same. Without names for every segment, or when code uses a
//! segment by index (`memory.init`, `data.drop`), nothing moves.
//!
//! The secondary writes its segments into the shared memory when it is instantiated; nothing
//! in the primary reads or writes them before that, since nothing there reaches them.

use std::collections::HashMap;

use super::{parse_err, wp, Module, Refs, Result};
use wasmparser::Operator;

/// How far before a segment an address may point and still reach it (module docs).
pub(crate) const SLACK: u32 = 64;

/// The addresses an operator names: constants and memory offsets.
trait Addresses {
    fn addresses(&self, _out: &mut Vec<u32>) {}
}

impl Addresses for wp::MemArg {
    fn addresses(&self, out: &mut Vec<u32>) {
        if let Ok(offset) = u32::try_from(self.offset) {
            out.push(offset);
        }
    }
}

impl Addresses for i32 {
    fn addresses(&self, out: &mut Vec<u32>) {
        out.push(*self as u32);
    }
}

impl Addresses for i64 {
    fn addresses(&self, out: &mut Vec<u32>) {
        out.push(*self as u32);
        out.push((*self >> 32) as u32);
    }
}

impl Addresses for wp::V128 {
    fn addresses(&self, out: &mut Vec<u32>) {
        for word in self.bytes().chunks_exact(4) {
            out.push(u32::from_le_bytes([word[0], word[1], word[2], word[3]]));
        }
    }
}

// Operands that are never addresses.
impl Addresses for u8 {}
impl Addresses for u32 {}
impl Addresses for [u8; 16] {}
impl Addresses for wp::Ieee32 {}
impl Addresses for wp::Ieee64 {}
impl Addresses for wp::BlockType {}
impl Addresses for wp::BrTable<'_> {}
impl Addresses for wp::HeapType {}
impl Addresses for wp::RefType {}
impl Addresses for wp::Ordering {}
impl Addresses for wp::ResumeTable {}
impl Addresses for wp::TryTable {}
impl Addresses for wp::ValType {}
impl Addresses for Vec<wp::ValType> {}

/// Every operator of wasmparser, each operand asked for its addresses: a new operand type
/// does not compile until it says whether it can hold one.
macro_rules! define_operator_addresses {
    ($( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        pub(crate) fn operator_addresses(op: &Operator, out: &mut Vec<u32>) {
            #[allow(unreachable_patterns)]
            match op {
                $(
                    Operator::$op $({ $($arg),* })? => {
                        $($( Addresses::addresses($arg, out); )*)?
                    }
                )*
                _ => {}
            }
        }
    };
}
wp::for_each_operator!(define_operator_addresses);

/// The value of an `i32.const` constant expression, if that is what it is.
fn const_i32(expr: &wp::ConstExpr) -> Result<Option<i32>> {
    let mut ops = expr.get_operators_reader();
    let first = ops.read().map_err(parse_err)?;
    let Operator::I32Const { value } = first else {
        return Ok(None);
    };
    match ops.read().map_err(parse_err)? {
        Operator::End if ops.eof() => Ok(Some(value)),
        _ => Ok(None),
    }
}

/// One active data segment.
pub(crate) struct Segment<'a> {
    start: u32,
    bytes: &'a [u8],
    /// A constant (`.rodata…`), not mutable data.
    constant: bool,
}

impl Segment<'_> {
    fn end(&self) -> u64 {
        self.start as u64 + self.bytes.len() as u64
    }
}

/// The data segments in address order, which stay in the primary and which move.
pub(crate) struct Plan<'a> {
    segs: Vec<Segment<'a>>,
    kept: Vec<usize>,
    moved: Vec<usize>,
    /// Every constant lies before any mutable data, as the linker lays them out: `.rodata`,
    /// then `.data`, then the zeroed `.bss`, which has no segment and so could hide in a gap
    /// anywhere else. Only then may the secondary fill a gap between two constants.
    constants_first: bool,
}

impl Plan<'_> {
    fn bytes(&self, which: &[usize]) -> usize {
        which.iter().map(|&i| self.segs[i].bytes.len()).sum()
    }

    /// Data bytes that stay in the primary.
    pub(crate) fn kept_bytes(&self) -> usize {
        self.bytes(&self.kept)
    }

    /// Data bytes that move to the secondary.
    pub(crate) fn moved_bytes(&self) -> usize {
        self.bytes(&self.moved)
    }

    /// The primary's data section and its segment count. The primary writes its segments
    /// before anything runs, so any small gap may be filled with zeros.
    pub(crate) fn primary_section(&self) -> (wasm_encoder::DataSection, u32) {
        encode_segments(&self.segs, &self.kept, &|_, _| true)
    }

    /// The secondary's data section. It writes into memory the app has used, so it fills only
    /// the padding between two constants that are next to each other, and only when every
    /// constant lies before any mutable data.
    pub(crate) fn secondary_section(&self) -> wasm_encoder::DataSection {
        let segs = &self.segs;
        let fill = |a: usize, b: usize| {
            self.constants_first && b == a + 1 && segs[a].constant && segs[b].constant
        };
        encode_segments(segs, &self.moved, &fill).0
    }
}

/// Which data segments move with the moved functions; `None` when the module's data cannot be
/// split (module docs).
pub(crate) fn plan<'a>(
    m: &Module<'a>,
    moved_funcs: &[bool],
    refs: &[Refs],
) -> Result<Option<Plan<'a>>> {
    if m.imported_memories != 0 || m.memories.len() != 1 || refs.iter().any(|r| r.uses_data) {
        return Ok(None);
    }
    let mut named = Vec::with_capacity(m.datas.len());
    for (i, d) in m.datas.iter().enumerate() {
        let wp::DataKind::Active {
            memory_index: 0,
            offset_expr,
        } = &d.kind
        else {
            return Ok(None);
        };
        let (Some(start), Some(&name)) = (const_i32(offset_expr)?, m.data_names.get(&(i as u32)))
        else {
            return Ok(None);
        };
        let constant = name.starts_with(".rodata");
        let seg = Segment {
            start: start as u32,
            bytes: d.data,
            constant,
        };
        named.push((seg, name));
    }
    named.sort_by_key(|(seg, _)| seg.start);
    if named.windows(2).any(|w| w[0].0.end() > w[1].0.start as u64) {
        return Ok(None);
    }
    let (segs, sorted_names): (Vec<Segment>, Vec<&str>) = named.into_iter().unzip();
    let first_mutable = segs.iter().position(|s| !s.constant).unwrap_or(segs.len());
    let constants_first = segs[first_mutable..].iter().all(|s| !s.constant);

    // Objects: a segment named `X.N` goes with the segment named `X`.
    let by_name: HashMap<&str, usize> = sorted_names
        .iter()
        .enumerate()
        .map(|(i, &n)| (n, i))
        .collect();
    let mut object: Vec<usize> = (0..segs.len()).collect();
    fn root(object: &mut [usize], mut i: usize) -> usize {
        while object[i] != i {
            object[i] = object[object[i]];
            i = object[i];
        }
        i
    }
    for (i, name) in sorted_names.iter().enumerate() {
        if let Some((base, n)) = name.rsplit_once('.') {
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                if let Some(&j) = by_name.get(base) {
                    let (a, b) = (root(&mut object, i), root(&mut object, j));
                    object[a] = b;
                }
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..segs.len() {
        let r = root(&mut object, i);
        members.entry(r).or_default().push(i);
    }

    // What the primary reaches, from its code and globals, then through the data it keeps.
    let mut anchors: Vec<u32> = Vec::new();
    for (i, r) in refs.iter().enumerate() {
        if !moved_funcs[m.imported_funcs as usize + i] {
            anchors.extend_from_slice(&r.addrs);
        }
    }
    for g in &m.globals {
        if let Some(v) = const_i32(&g.init_expr)? {
            anchors.push(v as u32);
        }
    }
    let mut kept = vec![false; segs.len()];
    while let Some(a) = anchors.pop() {
        // The first segment that starts after `a`.
        let after = segs.partition_point(|s| s.start <= a);
        let mut reached = Vec::with_capacity(3);
        // The segment that holds `a`, or ends exactly there (an end pointer).
        if after > 0 && a as u64 <= segs[after - 1].end() {
            reached.push(after - 1);
        }
        if after < segs.len() && segs[after].start - a <= SLACK {
            reached.push(after);
        }
        // A segment that ends exactly at `a` but does not hold it: one past its end.
        if after > 1 && segs[after - 1].start == a && segs[after - 2].end() == a as u64 {
            reached.push(after - 2);
        }
        for seg in reached {
            let r = root(&mut object, seg);
            if kept[r] {
                continue;
            }
            for &member in &members[&r] {
                kept[member] = true;
                let bytes = segs[member].bytes;
                anchors.extend(
                    bytes
                        .windows(4)
                        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]])),
                );
            }
            kept[r] = true;
        }
    }
    let (kept, moved) = (0..segs.len()).partition(|&i| kept[i]);
    Ok(Some(Plan {
        segs,
        kept,
        moved,
        constants_first,
    }))
}

/// Writes `segs[i]` for each `i` in `which` (address order) as active segments, joining two
/// that are at most 16 bytes apart with the zeros between them when `fill` allows it.
fn encode_segments(
    segs: &[Segment],
    which: &[usize],
    fill: &dyn Fn(usize, usize) -> bool,
) -> (wasm_encoder::DataSection, u32) {
    let mut data = wasm_encoder::DataSection::new();
    let mut count = 0;
    let mut run: Option<(u32, Vec<u8>)> = None;
    let mut last: Option<usize> = None;
    let mut flush = |run: Option<(u32, Vec<u8>)>, data: &mut wasm_encoder::DataSection| {
        if let Some((start, bytes)) = run {
            data.active(0, &wasm_encoder::ConstExpr::i32_const(start as i32), bytes);
            count += 1;
        }
    };
    for &i in which {
        let s = &segs[i];
        match (&mut run, last) {
            (Some((start, bytes)), Some(prev))
                if s.start as u64 - (*start as u64 + bytes.len() as u64) <= 16 && fill(prev, i) =>
            {
                let gap = s.start - (*start + bytes.len() as u32);
                bytes.extend(std::iter::repeat_n(0, gap as usize));
                bytes.extend_from_slice(s.bytes);
            }
            _ => {
                flush(run.take(), &mut data);
                run = Some((s.start, s.bytes.to_vec()));
            }
        }
        last = Some(i);
    }
    flush(run, &mut data);
    (data, count)
}
