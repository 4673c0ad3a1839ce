//! Splits Ringlock's release wasm in two, so the first view downloads only what it runs.
//!
//! [`split`] cuts a module into a **primary**, which keeps every function named in a keep list
//! (what the first views ran, recorded with [`instrument`]), and a **secondary** with the rest.
//! - The primary keeps its imports, exports, memory, tables and globals, so the wasm-bindgen
//!   glue sees the same module, and every data segment its own code can reach ([`data`]);
//!   the secondary writes the other segments into the shared memory when it is instantiated.
//! - Each moved function the primary still refers to
//!   (a call, an export, a table slot) becomes a stub there: it makes sure the secondary is
//!   loaded (one JS import, [`IMPORT_MODULE`].[`LOAD`]) and calls the real function through a
//!   new table, [`TABLE_EXPORT`], which the secondary fills when it is instantiated.
//! - The secondary imports the primary's memory, the tables, globals and functions its code
//!   refers to (exported by the primary under `s.*` names) and has no exports of its own.
//! - A function that uses a data or element segment (`memory.init`, `table.init`, …) or
//!   exceptions stays in the primary, as do the start function and a function without a name.
//!
//! Nothing changes what a function computes: a moved function runs the same code, reached
//! through one more indirect call from the primary, or directly from the secondary.

use std::collections::{BTreeSet, HashMap};

use wasm_encoder as enc;
use wasm_encoder::reencode::{Error as ReencodeError, Reencode, RoundtripReencoder};
use wasmparser as wp;
use wasmparser::{Operator, Payload, TypeRef};

mod data;

/// The import module of the primary's loader and of the profiler's hook.
pub const IMPORT_MODULE: &str = "ringlock_split";
/// `() -> ()`: load and instantiate the secondary, then set [`LOADED_EXPORT`] to 1.
pub const LOAD: &str = "load";
/// `(i32) -> ()`: an instrumented module calls it the first time each function runs.
pub const HIT: &str = "hit";
/// The primary's mutable i32 global that says the secondary is in place.
pub const LOADED_EXPORT: &str = "s.loaded";
/// The primary's table of moved functions, filled by the secondary.
pub const TABLE_EXPORT: &str = "s.table";
/// The module name under which the secondary imports the primary's exports.
pub const PRIMARY_MODULE: &str = "primary";

pub type Result<T> = std::result::Result<T, String>;

fn parse_err(e: wp::BinaryReaderError) -> String {
    format!("cannot read the module: {e}")
}

fn reencode_err<E: std::fmt::Debug>(e: ReencodeError<E>) -> String {
    match e {
        ReencodeError::UserError(e) => format!("{e:?}"),
        other => format!("cannot re-encode: {other:?}"),
    }
}

/// A function's name without the crate disambiguators of v0 symbol names (`yew[61e1…]::` →
/// `yew::`), which change whenever the workspace's crates or their settings do. What is left
/// names one function, generic arguments included, from one build to the next.
pub fn canonical(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(open) = rest.find('[') {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        match from[1..].find(']') {
            Some(close) if close > 0 && from[1..=close].bytes().all(|b| b.is_ascii_hexdigit()) => {
                rest = &from[close + 2..];
            }
            _ => {
                out.push('[');
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One module, read into the parts the split needs.
#[derive(Default)]
struct Module<'a> {
    types: Option<wp::TypeSectionReader<'a>>,
    /// Parameter and result counts of each type index (`None` for a non-function type).
    func_sigs: Vec<Option<wp::FuncType>>,
    imports: Vec<wp::Import<'a>>,
    imported_funcs: u32,
    /// The type of every function, imported ones first.
    funcs: Vec<u32>,
    table_types: Vec<wp::TableType>,
    tables: Vec<wp::Table<'a>>,
    memories: Vec<wp::MemoryType>,
    imported_memories: u32,
    global_types: Vec<wp::GlobalType>,
    globals: Vec<wp::Global<'a>>,
    exports: Vec<wp::Export<'a>>,
    start: Option<u32>,
    elements: Vec<wp::Element<'a>>,
    data_count: Option<u32>,
    datas: Vec<wp::Data<'a>>,
    bodies: Vec<wp::FunctionBody<'a>>,
    /// Function names from the `name` section, by function index.
    names: HashMap<u32, &'a str>,
    /// Data segment names from the `name` section, by segment index.
    data_names: HashMap<u32, &'a str>,
}

fn parse(bytes: &[u8]) -> Result<Module<'_>> {
    let mut m = Module::default();
    for payload in wp::Parser::new(0).parse_all(bytes) {
        match payload.map_err(parse_err)? {
            Payload::Version { .. } | Payload::End(_) | Payload::CodeSectionStart { .. } => {}
            Payload::TypeSection(r) => {
                for group in r.clone() {
                    for sub in group.map_err(parse_err)?.into_types() {
                        m.func_sigs.push(match sub.composite_type.inner {
                            wp::CompositeInnerType::Func(f) => Some(f),
                            _ => None,
                        });
                    }
                }
                m.types = Some(r);
            }
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    let import = import.map_err(parse_err)?;
                    match import.ty {
                        TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                            m.funcs.push(t);
                            m.imported_funcs += 1;
                        }
                        TypeRef::Table(t) => m.table_types.push(t),
                        TypeRef::Memory(t) => {
                            m.memories.push(t);
                            m.imported_memories += 1;
                        }
                        TypeRef::Global(g) => m.global_types.push(g),
                        TypeRef::Tag(_) => return Err("modules with tags are not supported".into()),
                    }
                    m.imports.push(import);
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    m.funcs.push(t.map_err(parse_err)?);
                }
            }
            Payload::TableSection(r) => {
                for t in r {
                    let t = t.map_err(parse_err)?;
                    m.table_types.push(t.ty);
                    m.tables.push(t);
                }
            }
            Payload::MemorySection(r) => {
                for t in r {
                    m.memories.push(t.map_err(parse_err)?);
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g.map_err(parse_err)?;
                    m.global_types.push(g.ty);
                    m.globals.push(g);
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    m.exports.push(e.map_err(parse_err)?);
                }
            }
            Payload::StartSection { func, .. } => m.start = Some(func),
            Payload::ElementSection(r) => {
                for e in r {
                    m.elements.push(e.map_err(parse_err)?);
                }
            }
            Payload::DataCountSection { count, .. } => m.data_count = Some(count),
            Payload::DataSection(r) => {
                for d in r {
                    m.datas.push(d.map_err(parse_err)?);
                }
            }
            Payload::CodeSectionEntry(body) => m.bodies.push(body),
            Payload::CustomSection(c) => {
                if let wp::KnownCustom::Name(names) = c.as_known() {
                    for sub in names {
                        let (map, into) = match sub.map_err(parse_err)? {
                            wp::Name::Function(map) => (map, &mut m.names),
                            wp::Name::Data(map) => (map, &mut m.data_names),
                            _ => continue,
                        };
                        for naming in map {
                            let naming = naming.map_err(parse_err)?;
                            into.insert(naming.index, naming.name);
                        }
                    }
                }
            }
            _ => return Err("the module has a section this tool does not handle".into()),
        }
    }
    if m.bodies.len() + m.imported_funcs as usize != m.funcs.len() {
        return Err("function and code sections disagree".into());
    }
    Ok(m)
}

impl Module<'_> {
    fn sig(&self, func: u32) -> Result<&wp::FuncType> {
        let ty = self.funcs[func as usize];
        self.func_sigs
            .get(ty as usize)
            .and_then(Option::as_ref)
            .ok_or_else(|| format!("function {func} has no function type"))
    }

    fn type_count(&self) -> u32 {
        self.func_sigs.len() as u32
    }

    /// The types, re-encoded unchanged, then `extra` appended.
    fn type_section(
        &self,
        extra: &[(&[enc::ValType], &[enc::ValType])],
    ) -> Result<enc::TypeSection> {
        let mut types = enc::TypeSection::new();
        if let Some(r) = &self.types {
            RoundtripReencoder
                .parse_type_section(&mut types, r.clone())
                .map_err(reencode_err)?;
        }
        for (params, results) in extra {
            types
                .ty()
                .function(params.iter().copied(), results.iter().copied());
        }
        Ok(types)
    }

    /// The index of a `() -> ()` type, or the index it gets when appended.
    fn void_type(&self) -> (u32, bool) {
        match self.func_sigs.iter().position(|s| {
            s.as_ref()
                .is_some_and(|s| s.params().is_empty() && s.results().is_empty())
        }) {
            Some(i) => (i as u32, false),
            None => (self.type_count(), true),
        }
    }
}

/// What one function body refers to.
#[derive(Default)]
struct Refs {
    funcs: Vec<u32>,
    globals: Vec<u32>,
    tables: Vec<u32>,
    /// Uses a segment or exceptions: it must stay beside them in the primary.
    pinned: bool,
    /// Uses a data segment by index: data segments cannot move.
    uses_data: bool,
    /// Constants and memory offsets: what may be an address ([`data`]).
    addrs: Vec<u32>,
}

fn refs(body: &wp::FunctionBody) -> Result<Refs> {
    let mut r = Refs::default();
    let mut ops = body.get_operators_reader().map_err(parse_err)?;
    while !ops.eof() {
        let op = ops.read().map_err(parse_err)?;
        data::operator_addresses(&op, &mut r.addrs);
        match op {
            Operator::Call { function_index }
            | Operator::ReturnCall { function_index }
            | Operator::RefFunc { function_index } => r.funcs.push(function_index),
            Operator::GlobalGet { global_index } | Operator::GlobalSet { global_index } => {
                r.globals.push(global_index)
            }
            Operator::CallIndirect { table_index, .. }
            | Operator::ReturnCallIndirect { table_index, .. } => r.tables.push(table_index),
            Operator::TableGet { table }
            | Operator::TableSet { table }
            | Operator::TableSize { table }
            | Operator::TableGrow { table }
            | Operator::TableFill { table } => r.tables.push(table),
            Operator::TableCopy {
                dst_table,
                src_table,
            } => r.tables.extend([dst_table, src_table]),
            Operator::MemoryInit { .. } | Operator::DataDrop { .. } => {
                r.pinned = true;
                r.uses_data = true;
            }
            Operator::TableInit { .. }
            | Operator::ElemDrop { .. }
            | Operator::Throw { .. }
            | Operator::ThrowRef
            | Operator::TryTable { .. } => r.pinned = true,
            _ => {}
        }
    }
    Ok(r)
}

/// Function references in a constant expression (`ref.func`).
fn const_expr_funcs(expr: &wp::ConstExpr) -> Result<Vec<u32>> {
    let mut out = Vec::new();
    let mut ops = expr.get_operators_reader();
    while !ops.eof() {
        if let Operator::RefFunc { function_index } = ops.read().map_err(parse_err)? {
            out.push(function_index);
        }
    }
    Ok(out)
}

fn element_funcs(e: &wp::Element) -> Result<Vec<u32>> {
    let mut out = Vec::new();
    match &e.items {
        wp::ElementItems::Functions(r) => {
            for f in r.clone() {
                out.push(f.map_err(parse_err)?);
            }
        }
        wp::ElementItems::Expressions(_, r) => {
            for expr in r.clone() {
                out.extend(const_expr_funcs(&expr.map_err(parse_err)?)?);
            }
        }
    }
    Ok(out)
}

/// Index maps for re-encoding code into a new module. `u32::MAX` marks an index the new
/// module does not have: reaching one is a bug in the split, reported, never encoded.
struct Remap {
    funcs: Vec<u32>,
    globals: Vec<u32>,
    tables: Vec<u32>,
}

fn look(map: &[u32], i: u32, what: &str) -> std::result::Result<u32, ReencodeError<String>> {
    match map.get(i as usize) {
        Some(&j) if j != u32::MAX => Ok(j),
        _ => Err(ReencodeError::UserError(format!(
            "{what} {i} is not in this module"
        ))),
    }
}

impl Reencode for Remap {
    type Error = String;

    fn function_index(&mut self, f: u32) -> std::result::Result<u32, ReencodeError<String>> {
        look(&self.funcs, f, "function")
    }

    fn global_index(&mut self, g: u32) -> std::result::Result<u32, ReencodeError<String>> {
        look(&self.globals, g, "global")
    }

    fn table_index(&mut self, t: u32) -> std::result::Result<u32, ReencodeError<String>> {
        look(&self.tables, t, "table")
    }
}

fn identity(n: usize) -> Vec<u32> {
    (0..n as u32).collect()
}

/// Re-encodes `body` into a new function, with `prefix` run first.
fn reencode_body(
    map: &mut Remap,
    body: &wp::FunctionBody,
    prefix: &[enc::Instruction],
) -> Result<enc::Function> {
    let mut f = map
        .new_function_with_parsed_locals(body)
        .map_err(reencode_err)?;
    for i in prefix {
        f.instruction(i);
    }
    let mut ops = body.get_operators_reader().map_err(parse_err)?;
    while !ops.eof() {
        let i = map.parse_instruction(&mut ops).map_err(reencode_err)?;
        f.instruction(&i);
    }
    Ok(f)
}

/// The sections every output copies from the input with indices remapped: imports (plus
/// `extra_imports`), tables, memories, globals, exports, start, elements, data.
struct Common<'e> {
    extra_imports: Vec<(&'e str, &'e str, enc::EntityType)>,
    extra_tables: Vec<enc::TableType>,
    extra_globals: Vec<(enc::GlobalType, enc::ConstExpr)>,
    extra_exports: Vec<(String, enc::ExportKind, u32)>,
    /// The data section and its segment count, when not the input's.
    data: Option<(enc::DataSection, u32)>,
}

fn encode(
    m: &Module,
    map: &mut Remap,
    types: enc::TypeSection,
    func_types: &[u32],
    code: enc::CodeSection,
    common: Common,
) -> Result<Vec<u8>> {
    let mut module = enc::Module::new();
    module.section(&types);

    let mut imports = enc::ImportSection::new();
    for i in &m.imports {
        let ty = RoundtripReencoder.entity_type(i.ty).map_err(reencode_err)?;
        imports.import(i.module, i.name, ty);
    }
    for (module_name, name, ty) in &common.extra_imports {
        imports.import(module_name, name, *ty);
    }
    module.section(&imports);

    let mut functions = enc::FunctionSection::new();
    for &t in func_types {
        functions.function(t);
    }
    module.section(&functions);

    let mut tables = enc::TableSection::new();
    for t in &m.tables {
        let ty = map.table_type(t.ty).map_err(reencode_err)?;
        match &t.init {
            wp::TableInit::RefNull => tables.table(ty),
            wp::TableInit::Expr(e) => {
                let e = map.const_expr(e.clone()).map_err(reencode_err)?;
                tables.table_with_init(ty, &e)
            }
        };
    }
    for t in &common.extra_tables {
        tables.table(*t);
    }
    module.section(&tables);

    let mut memories = enc::MemorySection::new();
    for mem in &m.memories[m.imported_memories as usize..] {
        memories.memory(map.memory_type(*mem).map_err(reencode_err)?);
    }
    module.section(&memories);

    let mut globals = enc::GlobalSection::new();
    for g in &m.globals {
        map.parse_global(&mut globals, g.clone())
            .map_err(reencode_err)?;
    }
    for (ty, init) in &common.extra_globals {
        globals.global(*ty, init);
    }
    module.section(&globals);

    let mut exports = enc::ExportSection::new();
    let mut names = BTreeSet::new();
    for e in &m.exports {
        let kind = RoundtripReencoder
            .export_kind(e.kind)
            .map_err(reencode_err)?;
        let index = match e.kind {
            wp::ExternalKind::Func | wp::ExternalKind::FuncExact => {
                look(&map.funcs, e.index, "function")
            }
            wp::ExternalKind::Global => look(&map.globals, e.index, "global"),
            wp::ExternalKind::Table => look(&map.tables, e.index, "table"),
            _ => Ok(e.index),
        }
        .map_err(reencode_err)?;
        names.insert(e.name.to_string());
        exports.export(e.name, kind, index);
    }
    for (name, kind, index) in &common.extra_exports {
        if !names.insert(name.clone()) {
            return Err(format!("the module already exports {name}"));
        }
        exports.export(name, *kind, *index);
    }
    module.section(&exports);

    if let Some(start) = m.start {
        module.section(&enc::StartSection {
            function_index: look(&map.funcs, start, "function").map_err(reencode_err)?,
        });
    }

    let mut elements = enc::ElementSection::new();
    for e in &m.elements {
        map.parse_element(&mut elements, e.clone())
            .map_err(reencode_err)?;
    }
    module.section(&elements);

    let (data, count) = match common.data {
        Some(data) => data,
        None => {
            let mut data = enc::DataSection::new();
            for d in &m.datas {
                map.parse_data(&mut data, d.clone()).map_err(reencode_err)?;
            }
            (data, m.datas.len() as u32)
        }
    };
    if m.data_count.is_some() {
        module.section(&enc::DataCountSection { count });
    }
    module.section(&code);
    module.section(&data);

    let bytes = module.finish();
    validate(&bytes)?;
    Ok(bytes)
}

/// `module` with a `name` section naming its functions (`(index, name)`, by index), so that a
/// profiler or a stack trace shows them.
pub fn with_names(module: &[u8], names: &[(u32, String)]) -> Vec<u8> {
    let mut map = enc::NameMap::new();
    for (i, name) in names {
        map.append(*i, name);
    }
    let mut section = enc::NameSection::new();
    section.functions(&map);
    let mut out = module.to_vec();
    out.push(enc::Section::id(&section));
    enc::Encode::encode(&section, &mut out);
    out
}

/// Checks that `bytes` is a valid module, with the features Rust's wasm32 target uses.
pub fn validate(bytes: &[u8]) -> Result<()> {
    wp::Validator::new_with_features(wp::WasmFeatures::all())
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| format!("the module written is not valid: {e}"))
}

/// An instrumented module and the names of its functions.
pub struct Instrumented {
    pub wasm: Vec<u8>,
    /// `(index, canonical name)` for every defined function that has a name; the index is
    /// what the module passes to [`HIT`].
    pub names: Vec<(u32, String)>,
}

/// Adds a first-call hook to every defined function: the first time function `i` runs, it
/// calls the import [`IMPORT_MODULE`].[`HIT`] with `i` (its index in the input module). One
/// new mutable global per function remembers that it ran, so the hook is called once.
pub fn instrument(bytes: &[u8]) -> Result<Instrumented> {
    let m = parse(bytes)?;
    let n_imp = m.imported_funcs;
    let n_funcs = m.funcs.len();
    let hit_type = m.type_count();
    let types = m.type_section(&[(&[enc::ValType::I32], &[])])?;

    // The hook is the last function import: defined functions move up by one.
    let mut funcs: Vec<u32> = (0..n_funcs as u32)
        .map(|f| if f < n_imp { f } else { f + 1 })
        .collect();
    funcs.push(u32::MAX);
    let hit = n_imp;
    let first_flag = m.global_types.len() as u32;
    let mut map = Remap {
        funcs,
        globals: identity(m.global_types.len()),
        tables: identity(m.table_types.len()),
    };

    let mut code = enc::CodeSection::new();
    for (i, body) in m.bodies.iter().enumerate() {
        let flag = first_flag + i as u32;
        let prefix = [
            enc::Instruction::GlobalGet(flag),
            enc::Instruction::I32Eqz,
            enc::Instruction::If(enc::BlockType::Empty),
            enc::Instruction::I32Const((n_imp + i as u32) as i32),
            enc::Instruction::Call(hit),
            enc::Instruction::I32Const(1),
            enc::Instruction::GlobalSet(flag),
            enc::Instruction::End,
        ];
        code.function(&reencode_body(&mut map, body, &prefix)?);
    }
    let flag_type = enc::GlobalType {
        val_type: enc::ValType::I32,
        mutable: true,
        shared: false,
    };
    let common = Common {
        extra_imports: vec![(IMPORT_MODULE, HIT, enc::EntityType::Function(hit_type))],
        extra_tables: vec![],
        extra_globals: (0..m.bodies.len())
            .map(|_| (flag_type, enc::ConstExpr::i32_const(0)))
            .collect(),
        extra_exports: vec![],
        data: None,
    };
    let func_types: Vec<u32> = m.funcs[n_imp as usize..].to_vec();
    let wasm = encode(&m, &mut map, types, &func_types, code, common)?;
    let mut names: Vec<(u32, String)> = m
        .names
        .iter()
        .filter(|(&i, _)| i >= n_imp)
        .map(|(&i, n)| (i, canonical(n)))
        .collect();
    names.sort();
    Ok(Instrumented { wasm, names })
}

/// The two halves of a split module, and what moved.
pub struct Split {
    pub primary: Vec<u8>,
    pub secondary: Vec<u8>,
    /// Functions moved to the secondary.
    pub moved: usize,
    /// Of those, how many the primary still reaches (each has a stub and a table slot).
    pub stubs: usize,
    /// Code bytes (function bodies, as read) left in the primary and moved.
    pub kept_code_bytes: usize,
    pub moved_code_bytes: usize,
    /// Data bytes (segment contents) left in the primary and moved to the secondary.
    pub kept_data_bytes: usize,
    pub moved_data_bytes: usize,
    /// `(index in the primary, canonical name)` of its named functions and stubs, to read a
    /// stack trace of the primary (`wasm-function[i]`).
    pub primary_names: Vec<(u32, String)>,
    /// The same for the secondary's moved functions.
    pub secondary_names: Vec<(u32, String)>,
}

/// Splits `bytes`: functions whose [`canonical`] name `keep` accepts stay in the primary, the
/// others move to the secondary (except those that must stay, module docs). Names come from
/// the input's `name` section; neither output has one.
pub fn split(bytes: &[u8], keep: &dyn Fn(&str) -> bool) -> Result<Split> {
    let m = parse(bytes)?;
    if m.memories.len() != 1 || m.imported_memories != 0 {
        return Err("the module must define exactly one memory, and import none".into());
    }
    let n_imp = m.imported_funcs as usize;
    let n_funcs = m.funcs.len();
    let body_refs: Vec<Refs> = m.bodies.iter().map(refs).collect::<Result<_>>()?;

    // Which defined functions move.
    let mut moved = vec![false; n_funcs];
    for (i, r) in body_refs.iter().enumerate() {
        let f = n_imp + i;
        let named_out = m
            .names
            .get(&(f as u32))
            .is_some_and(|n| !keep(&canonical(n)));
        // The start function runs during instantiation, before a loader could place the rest.
        let starts = m.start == Some(f as u32);
        moved[f] = named_out && !r.pinned && !starts && m.sig(f as u32).is_ok();
    }

    // Data segments only moved functions reach move with them.
    let data_plan = data::plan(&m, &moved, &body_refs)?;
    let (kept_data_bytes, moved_data_bytes) = match &data_plan {
        Some(plan) => (plan.kept_bytes(), plan.moved_bytes()),
        None => (m.datas.iter().map(|d| d.data.len()).sum(), 0),
    };

    // Moved functions the primary still reaches get a stub and a table slot.
    let mut reached = vec![false; n_funcs];
    for (i, r) in body_refs.iter().enumerate() {
        if !moved[n_imp + i] {
            for &f in &r.funcs {
                reached[f as usize] = true;
            }
        }
    }
    for e in &m.exports {
        if matches!(e.kind, wp::ExternalKind::Func | wp::ExternalKind::FuncExact) {
            reached[e.index as usize] = true;
        }
    }
    for e in &m.elements {
        for f in element_funcs(e)? {
            reached[f as usize] = true;
        }
    }
    for g in &m.globals {
        for f in const_expr_funcs(&g.init_expr)? {
            reached[f as usize] = true;
        }
    }
    for t in &m.tables {
        if let wp::TableInit::Expr(e) = &t.init {
            for f in const_expr_funcs(e)? {
                reached[f as usize] = true;
            }
        }
    }
    if let Some(s) = m.start {
        reached[s as usize] = true;
    }
    let slots: Vec<u32> = (n_imp..n_funcs)
        .filter(|&f| moved[f] && reached[f])
        .map(|f| f as u32)
        .collect();
    let slot_of: HashMap<u32, u32> = slots
        .iter()
        .enumerate()
        .map(|(s, &f)| (f, s as u32))
        .collect();

    // ---- primary ----
    // Imports keep their indices; `load` is the last function import; then the kept
    // functions and stubs in their old order; then `ensure`.
    let (void_type, add_void) = m.void_type();
    let load = n_imp as u32;
    let mut p_funcs = vec![u32::MAX; n_funcs];
    let mut p_func_types = Vec::new();
    let mut next = load + 1;
    for f in 0..n_funcs {
        if f < n_imp {
            p_funcs[f] = f as u32;
        } else if !moved[f] || reached[f] {
            p_funcs[f] = next;
            p_func_types.push(m.funcs[f]);
            next += 1;
        }
    }
    let ensure = next;
    p_func_types.push(void_type);
    let split_table = m.table_types.len() as u32;
    let loaded = m.global_types.len() as u32;

    // What the secondary needs from the primary.
    let mut need_funcs = BTreeSet::new();
    let mut need_globals = BTreeSet::new();
    let mut need_tables = BTreeSet::new();
    for (i, r) in body_refs.iter().enumerate() {
        if moved[n_imp + i] {
            need_funcs.extend(r.funcs.iter().copied().filter(|&f| !moved[f as usize]));
            need_globals.extend(r.globals.iter().copied());
            need_tables.extend(r.tables.iter().copied());
        }
    }
    let mut extra_exports = vec![
        ("s.memory".to_string(), enc::ExportKind::Memory, 0),
        (
            TABLE_EXPORT.to_string(),
            enc::ExportKind::Table,
            split_table,
        ),
        (LOADED_EXPORT.to_string(), enc::ExportKind::Global, loaded),
    ];
    extra_exports.extend(need_funcs.iter().map(|&f| {
        (
            format!("s.f{f}"),
            enc::ExportKind::Func,
            p_funcs[f as usize],
        )
    }));
    extra_exports.extend(
        need_globals
            .iter()
            .map(|&g| (format!("s.g{g}"), enc::ExportKind::Global, g)),
    );
    extra_exports.extend(
        need_tables
            .iter()
            .map(|&t| (format!("s.t{t}"), enc::ExportKind::Table, t)),
    );

    let mut p_map = Remap {
        funcs: p_funcs.clone(),
        globals: identity(m.global_types.len()),
        tables: identity(m.table_types.len()),
    };
    let mut code = enc::CodeSection::new();
    let mut kept_code_bytes = 0;
    let mut moved_code_bytes = 0;
    for (i, body) in m.bodies.iter().enumerate() {
        let f = n_imp + i;
        let size = body.range().len();
        if !moved[f] {
            kept_code_bytes += size;
            code.function(&reencode_body(&mut p_map, body, &[])?);
            continue;
        }
        moved_code_bytes += size;
        if reached[f] {
            let sig = m.sig(f as u32)?;
            let mut stub = enc::Function::new([]);
            stub.instruction(&enc::Instruction::Call(ensure));
            for p in 0..sig.params().len() as u32 {
                stub.instruction(&enc::Instruction::LocalGet(p));
            }
            stub.instruction(&enc::Instruction::I32Const(slot_of[&(f as u32)] as i32));
            stub.instruction(&enc::Instruction::CallIndirect {
                type_index: m.funcs[f],
                table_index: split_table,
            });
            stub.instruction(&enc::Instruction::End);
            code.function(&stub);
        }
    }
    let mut ensure_fn = enc::Function::new([]);
    for i in [
        enc::Instruction::GlobalGet(loaded),
        enc::Instruction::I32Eqz,
        enc::Instruction::If(enc::BlockType::Empty),
        enc::Instruction::Call(load),
        enc::Instruction::End,
        enc::Instruction::End,
    ] {
        ensure_fn.instruction(&i);
    }
    code.function(&ensure_fn);

    let extra_types: &[(&[enc::ValType], &[enc::ValType])] =
        if add_void { &[(&[], &[])] } else { &[] };
    let slot_table = enc::TableType {
        element_type: enc::RefType::FUNCREF,
        table64: false,
        minimum: slots.len() as u64,
        maximum: Some(slots.len() as u64),
        shared: false,
    };
    let primary = encode(
        &m,
        &mut p_map,
        m.type_section(extra_types)?,
        &p_func_types,
        code,
        Common {
            extra_imports: vec![(IMPORT_MODULE, LOAD, enc::EntityType::Function(void_type))],
            extra_tables: vec![slot_table],
            extra_globals: vec![(
                enc::GlobalType {
                    val_type: enc::ValType::I32,
                    mutable: true,
                    shared: false,
                },
                enc::ConstExpr::i32_const(0),
            )],
            extra_exports,
            data: data_plan.as_ref().map(data::Plan::primary_section),
        },
    )?;

    // ---- secondary ----
    let mut s = enc::Module::new();
    s.section(&m.type_section(&[])?);
    let mut imports = enc::ImportSection::new();
    let memory = RoundtripReencoder
        .memory_type(m.memories[0])
        .map_err(reencode_err)?;
    imports.import(PRIMARY_MODULE, "s.memory", memory);
    let mut s_tables = vec![u32::MAX; m.table_types.len()];
    for (n, &t) in need_tables.iter().enumerate() {
        let ty = RoundtripReencoder
            .table_type(m.table_types[t as usize])
            .map_err(reencode_err)?;
        imports.import(PRIMARY_MODULE, &format!("s.t{t}"), ty);
        s_tables[t as usize] = n as u32;
    }
    let s_split_table = need_tables.len() as u32;
    imports.import(PRIMARY_MODULE, TABLE_EXPORT, slot_table);
    let mut s_globals = vec![u32::MAX; m.global_types.len()];
    for (n, &g) in need_globals.iter().enumerate() {
        let ty = RoundtripReencoder
            .global_type(m.global_types[g as usize])
            .map_err(reencode_err)?;
        imports.import(PRIMARY_MODULE, &format!("s.g{g}"), ty);
        s_globals[g as usize] = n as u32;
    }
    let mut s_funcs = vec![u32::MAX; n_funcs];
    for (n, &f) in need_funcs.iter().enumerate() {
        imports.import(
            PRIMARY_MODULE,
            &format!("s.f{f}"),
            enc::EntityType::Function(m.funcs[f as usize]),
        );
        s_funcs[f as usize] = n as u32;
    }
    let mut next = need_funcs.len() as u32;
    let mut functions = enc::FunctionSection::new();
    for f in n_imp..n_funcs {
        if moved[f] {
            s_funcs[f] = next;
            next += 1;
            functions.function(m.funcs[f]);
        }
    }
    s.section(&imports);
    s.section(&functions);

    let mut s_map = Remap {
        funcs: s_funcs,
        globals: s_globals,
        tables: s_tables,
    };
    let mut elements = enc::ElementSection::new();
    let slot_funcs: Vec<u32> = slots.iter().map(|&f| s_map.funcs[f as usize]).collect();
    elements.active(
        Some(s_split_table),
        &enc::ConstExpr::i32_const(0),
        enc::Elements::Functions(slot_funcs.into()),
    );
    let mut declared = BTreeSet::new();
    let mut code = enc::CodeSection::new();
    for (i, body) in m.bodies.iter().enumerate() {
        if moved[n_imp + i] {
            let mut ops = body.get_operators_reader().map_err(parse_err)?;
            while !ops.eof() {
                if let Operator::RefFunc { function_index } = ops.read().map_err(parse_err)? {
                    declared.insert(s_map.funcs[function_index as usize]);
                }
            }
            code.function(&reencode_body(&mut s_map, body, &[])?);
        }
    }
    if !declared.is_empty() {
        let declared: Vec<u32> = declared.into_iter().collect();
        elements.declared(enc::Elements::Functions(declared.into()));
    }
    s.section(&elements);
    s.section(&code);
    if let Some(plan) = &data_plan {
        s.section(&plan.secondary_section());
    }
    let secondary = s.finish();
    validate(&secondary)?;

    let mut primary_names: Vec<(u32, String)> = m
        .names
        .iter()
        .filter(|(&f, _)| p_funcs[f as usize] != u32::MAX)
        .map(|(&f, n)| (p_funcs[f as usize], canonical(n)))
        .collect();
    primary_names.sort();
    let mut secondary_names: Vec<(u32, String)> = m
        .names
        .iter()
        .filter(|(&f, _)| moved[f as usize])
        .map(|(&f, n)| (s_map.funcs[f as usize], canonical(n)))
        .collect();
    secondary_names.sort();
    Ok(Split {
        primary_names,
        secondary_names,
        primary,
        secondary,
        moved: moved.iter().filter(|&&b| b).count(),
        stubs: slots.len(),
        kept_code_bytes,
        moved_code_bytes,
        kept_data_bytes,
        moved_data_bytes,
    })
}
