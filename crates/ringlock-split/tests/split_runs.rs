//! The split computes what the whole module computes, whatever it keeps.
//!
//! A test module (imports, memory, a mutable global, a function table, recursion, i64, a
//! `ref.func`, a `memory.init`) is split for every subset of its functions kept; node runs the
//! whole module and each split pair, the primary loading the secondary on demand through
//! `ringlock_split.load`, and every export must return what the whole module returns.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::Command;

use ringlock_split::{canonical, split, validate};
use wasm_encoder::*;

const NAMES: [&str; 9] = [
    "add",
    "mul",
    "apply",
    "push",
    "sum_to",
    "chain",
    "mix64",
    "has_ref",
    "from_data",
];

fn one_page_memory() -> MemorySection {
    let mut memories = MemorySection::new();
    memories.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    memories
}

fn i32_global(mutable: bool) -> GlobalType {
    GlobalType {
        val_type: ValType::I32,
        mutable,
        shared: false,
    }
}

/// Function indices: 0 is the import `env.twice`; 1..=9 are NAMES in order.
fn test_module() -> Vec<u8> {
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], [ValType::I32]); // 0
    types
        .ty()
        .function([ValType::I32, ValType::I32], [ValType::I32]); // 1
    types
        .ty()
        .function([ValType::I32, ValType::I32, ValType::I32], [ValType::I32]); // 2
    types
        .ty()
        .function([ValType::I64, ValType::I64], [ValType::I64]); // 3
    types.ty().function([], [ValType::I32]); // 4
    m.section(&types);

    let mut imports = ImportSection::new();
    imports.import("env", "twice", EntityType::Function(0));
    m.section(&imports);

    let mut funcs = FunctionSection::new();
    for ty in [1, 1, 2, 0, 0, 0, 3, 4, 0] {
        funcs.function(ty);
    }
    m.section(&funcs);

    let mut tables = TableSection::new();
    tables.table(TableType {
        element_type: RefType::FUNCREF,
        table64: false,
        minimum: 2,
        maximum: Some(2),
        shared: false,
    });
    m.section(&tables);
    m.section(&one_page_memory());
    let mut globals = GlobalSection::new();
    globals.global(i32_global(false), &ConstExpr::i32_const(100));
    globals.global(i32_global(true), &ConstExpr::i32_const(1024));
    m.section(&globals);

    let mut exports = ExportSection::new();
    exports.export("memory", ExportKind::Memory, 0);
    for (i, name) in NAMES.iter().enumerate() {
        exports.export(name, ExportKind::Func, 1 + i as u32);
    }
    m.section(&exports);

    let mut elements = ElementSection::new();
    elements.active(
        Some(0),
        &ConstExpr::i32_const(0),
        Elements::Functions([1u32, 2].as_slice().into()),
    );
    m.section(&elements);
    m.section(&DataCountSection { count: 1 });

    use Instruction::*;
    let bodies: Vec<(Vec<ValType>, Vec<Instruction>)> = vec![
        // add(a, b) = a + b
        (vec![], vec![LocalGet(0), LocalGet(1), I32Add, End]),
        // mul(a, b) = a * b + 100 (global 0)
        (
            vec![],
            vec![LocalGet(0), LocalGet(1), I32Mul, GlobalGet(0), I32Add, End],
        ),
        // apply(a, b, i) = table[i](a, b)
        (
            vec![],
            vec![
                LocalGet(0),
                LocalGet(1),
                LocalGet(2),
                CallIndirect {
                    type_index: 1,
                    table_index: 0,
                },
                End,
            ],
        ),
        // push(x): store x at the pointer in global 1, move it up by 4, return the sum of all
        // stored so far (from 1024).
        (
            vec![ValType::I32, ValType::I32],
            vec![
                GlobalGet(1),
                LocalGet(0),
                I32Store(MemArg {
                    offset: 0,
                    align: 2,
                    memory_index: 0,
                }),
                GlobalGet(1),
                I32Const(4),
                I32Add,
                GlobalSet(1),
                I32Const(1024),
                LocalSet(1),
                Block(BlockType::Empty),
                Loop(BlockType::Empty),
                LocalGet(1),
                GlobalGet(1),
                I32GeU,
                BrIf(1),
                LocalGet(2),
                LocalGet(1),
                I32Load(MemArg {
                    offset: 0,
                    align: 2,
                    memory_index: 0,
                }),
                I32Add,
                LocalSet(2),
                LocalGet(1),
                I32Const(4),
                I32Add,
                LocalSet(1),
                Br(0),
                End,
                End,
                LocalGet(2),
                End,
            ],
        ),
        // sum_to(n) = n + sum_to(n - 1), 0 at 0
        (
            vec![],
            vec![
                LocalGet(0),
                I32Eqz,
                If(BlockType::Result(ValType::I32)),
                I32Const(0),
                Else,
                LocalGet(0),
                LocalGet(0),
                I32Const(1),
                I32Sub,
                Call(5),
                I32Add,
                End,
                End,
            ],
        ),
        // chain(x) = twice(add(x, mul(x, x))) + apply(x, 3, 1) + sum_to(x % 10)
        (
            vec![],
            vec![
                LocalGet(0),
                LocalGet(0),
                LocalGet(0),
                Call(2),
                Call(1),
                Call(0),
                LocalGet(0),
                I32Const(3),
                I32Const(1),
                Call(3),
                I32Add,
                LocalGet(0),
                I32Const(10),
                I32RemU,
                Call(5),
                I32Add,
                End,
            ],
        ),
        // mix64(a, b) = a * 0x9e3779b97f4a7c15 ^ b
        (
            vec![],
            vec![
                LocalGet(0),
                I64Const(0x9e37_79b9_7f4a_7c15_u64 as i64),
                I64Mul,
                LocalGet(1),
                I64Xor,
                End,
            ],
        ),
        // has_ref() = ref.is_null(ref.func add) == 0
        (vec![], vec![RefFunc(1), RefIsNull, I32Eqz, End]),
        // from_data(x) = memory.init of the passive segment at 64, then load it, plus x
        (
            vec![],
            vec![
                I32Const(64),
                I32Const(0),
                I32Const(4),
                MemoryInit {
                    mem: 0,
                    data_index: 0,
                },
                I32Const(64),
                I32Load(MemArg {
                    offset: 0,
                    align: 2,
                    memory_index: 0,
                }),
                LocalGet(0),
                I32Add,
                End,
            ],
        ),
    ];
    let mut code = CodeSection::new();
    for (locals, body) in &bodies {
        let mut f = Function::new_with_locals_types(locals.iter().copied());
        for i in body {
            f.instruction(i);
        }
        code.function(&f);
    }
    m.section(&code);
    let mut data = DataSection::new();
    data.passive([7u8, 0, 0, 0]);
    m.section(&data);

    let mut names = NameSection::new();
    let mut map = NameMap::new();
    map.append(0, "twice");
    for (i, name) in NAMES.iter().enumerate() {
        // v0-style names: the disambiguator must not matter.
        map.append(1 + i as u32, &format!("demo[1a2b3c]::{name}"));
    }
    names.functions(&map);
    m.section(&names);
    m.finish()
}

const HARNESS: &str = r#"
const fs = require('fs');
const dir = process.argv[2];
const cases = JSON.parse(fs.readFileSync(`${dir}/cases.json`, 'utf8'));
const calls = CALLS;
function run(instance) {
  return calls.map(([f, args]) => String(instance.exports[f](...args)));
}
const env = { env: { twice: (x) => 2 * x } };
const whole = run(new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(`${dir}/whole.wasm`)), env));
let failures = 0;
for (const c of cases) {
  const secondary = new WebAssembly.Module(fs.readFileSync(`${dir}/${c}.s.wasm`));
  let loads = 0;
  let primary;
  const load = () => {
    loads++;
    new WebAssembly.Instance(secondary, { primary: primary.exports });
    primary.exports['s.loaded'].value = 1;
  };
  primary = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(`${dir}/${c}.p.wasm`)),
    { ...env, ringlock_split: { load } });
  const got = run(primary);
  if (JSON.stringify(got) !== JSON.stringify(whole) || loads > 1) {
    failures++;
    console.log(`case ${c}: ${JSON.stringify(got)} against ${JSON.stringify(whole)}, ${loads} loads`);
  }
}
console.log(`${cases.length} splits, ${failures} differ; whole: ${whole.join(' ')}`);
process.exit(failures ? 1 : 0);
"#;

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Splits `whole` for every subset of `names` kept, checks each split with `check(mask, split)`
/// and runs `calls` (a JS array of `[export, args]`) in node on the whole module and on every
/// split pair: all must return the same, and the secondary loads at most once.
fn run_every_split(
    scratch_name: &str,
    whole: &[u8],
    names: &[&str],
    calls: &str,
    check: &dyn Fn(u32, &ringlock_split::Split),
) {
    validate(whole).unwrap();
    let dir = scratch(scratch_name);
    std::fs::write(dir.join("whole.wasm"), whole).unwrap();
    let mut cases = Vec::new();
    for mask in 0u32..(1 << names.len()) {
        let keep: HashSet<String> = names
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, n)| format!("demo::{n}"))
            .collect();
        let out = split(whole, &|n| keep.contains(n)).unwrap();
        std::fs::write(dir.join(format!("{mask}.p.wasm")), &out.primary).unwrap();
        std::fs::write(dir.join(format!("{mask}.s.wasm")), &out.secondary).unwrap();
        check(mask, &out);
        cases.push(mask.to_string());
    }
    std::fs::write(
        dir.join("cases.json"),
        format!(
            "[{}]",
            cases
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(",")
        ),
    )
    .unwrap();
    std::fs::write(dir.join("harness.cjs"), HARNESS.replace("CALLS", calls)).unwrap();
    let out = Command::new("node")
        .arg(dir.join("harness.cjs"))
        .arg(&dir)
        .output()
        .expect("node runs the split modules (install Node.js: scripts/setup.sh)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(&format!("{} splits, 0 differ", cases.len())),
        "{stdout}"
    );
}

#[test]
fn every_split_computes_what_the_whole_module_does() {
    let calls = "[['add', [3, 4]], ['mul', [6, 7]], ['apply', [5, 9, 0]], ['apply', [5, 9, 1]],
      ['push', [5]], ['push', [11]], ['sum_to', [30]], ['chain', [7]], ['chain', [123]],
      ['mix64', [123456789n, 42n]], ['has_ref', []], ['from_data', [5]]]";
    run_every_split("split_runs", &test_module(), &NAMES, calls, &|mask, out| {
        // from_data uses a data segment: it never moves.
        let movable = (0..NAMES.len() - 1)
            .filter(|i| mask & (1 << i) == 0)
            .count();
        assert_eq!(out.moved, movable, "mask {mask:b}");
        // The segment is passive and used by index (memory.init): data stays.
        assert_eq!(out.moved_data_bytes, 0);
    });
}

#[test]
fn a_first_view_that_keeps_everything_never_loads_the_secondary() {
    let whole = test_module();
    let out = split(&whole, &|_| true).unwrap();
    assert_eq!((out.moved, out.stubs), (0, 0));
    let all_but_chain = split(&whole, &|n| n != "demo::chain").unwrap();
    // chain is exported, so the primary keeps a stub for it.
    assert_eq!((all_but_chain.moved, all_but_chain.stubs), (1, 1));
}

#[test]
fn canonical_names_drop_crate_disambiguators_only() {
    assert_eq!(
        canonical(
            "<yew[61e175f23335f568]::X<ringlock[9754a79fe285b72a]::a::B> as yew[61e1]::S>::view"
        ),
        "<yew::X<ringlock::a::B> as yew::S>::view"
    );
    assert_eq!(
        canonical("core::slice::<impl [T]>::sort"),
        "core::slice::<impl [T]>::sort"
    );
    assert_eq!(canonical("a[]::b[xyz]::c[0f]"), "a[]::b[xyz]::c");
}

const PROFILE_HARNESS: &str = r#"
const fs = require('fs');
const dir = process.argv[2];
const hits = [];
const env = { env: { twice: (x) => 2 * x }, ringlock_split: { hit: (i) => hits.push(i) } };
const names = new Map(fs.readFileSync(`${dir}/names.tsv`, 'utf8').trim().split('\n').map((l) => {
  const [i, n] = l.split('\t');
  return [Number(i), n];
}));
const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(`${dir}/instrumented.wasm`)), env);
const results = [instance.exports.chain(7), instance.exports.chain(8), instance.exports.mul(2, 3)];
console.log(JSON.stringify({ results, ran: hits.map((i) => names.get(i)) }));
"#;

#[test]
fn instrument_reports_each_function_that_runs_once_and_changes_nothing_else() {
    let whole = test_module();
    let out = ringlock_split::instrument(&whole).unwrap();
    validate(&out.wasm).unwrap();
    let dir = scratch("instrument_runs");
    std::fs::write(dir.join("instrumented.wasm"), &out.wasm).unwrap();
    let table: String = out
        .names
        .iter()
        .map(|(i, n)| format!("{i}\t{n}\n"))
        .collect();
    std::fs::write(dir.join("names.tsv"), table).unwrap();
    std::fs::write(dir.join("harness.cjs"), PROFILE_HARNESS).unwrap();
    let run = Command::new("node")
        .arg(dir.join("harness.cjs"))
        .arg(&dir)
        .output()
        .expect("node runs the instrumented module");
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // chain(x) = twice(x + (x * x + 100)) + (x * 3 + 100) + sum_to(x % 10), as in the whole module.
    let chain = |x: i64| 2 * (x + x * x + 100) + (x * 3 + 100) + (0..=x % 10).sum::<i64>();
    let expected_results = format!("[{},{},{}]", chain(7), chain(8), 2 * 3 + 100);
    // Each function once, in the order of its first call: chain, then what it calls.
    let expected_ran = r#"["demo::chain","demo::mul","demo::add","demo::apply","demo::sum_to"]"#;
    assert!(
        stdout.contains(&format!(r#""results":{expected_results}"#)),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(r#""ran":{expected_ran}"#)),
        "{stdout}"
    );
}

#[test]
fn the_start_function_stays_in_the_primary() {
    // init (the start function) sets global 0 to 42; get returns it.
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], []);
    types.ty().function([], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0).function(1);
    m.section(&funcs);
    m.section(&one_page_memory());
    let mut globals = GlobalSection::new();
    globals.global(i32_global(true), &ConstExpr::i32_const(0));
    m.section(&globals);
    let mut exports = ExportSection::new();
    exports.export("get", ExportKind::Func, 1);
    m.section(&exports);
    m.section(&StartSection { function_index: 0 });
    let mut code = CodeSection::new();
    let mut init = Function::new([]);
    init.instruction(&Instruction::I32Const(42))
        .instruction(&Instruction::GlobalSet(0))
        .instruction(&Instruction::End);
    let mut get = Function::new([]);
    get.instruction(&Instruction::GlobalGet(0))
        .instruction(&Instruction::End);
    code.function(&init).function(&get);
    m.section(&code);
    let mut names = NameSection::new();
    let mut map = NameMap::new();
    map.append(0, "init");
    map.append(1, "get");
    names.functions(&map);
    m.section(&names);
    let out = split(&m.finish(), &|_| false).unwrap();
    assert_eq!((out.moved, out.stubs), (1, 1), "only get moves");
}

/// The functions of [`data_module`], each reaching its constants the way compiled Rust does.
const DATA_NAMES: [&str; 11] = [
    "greet",
    "via_table",
    "wide",
    "pair",
    "arr",
    "end_minus",
    "bump",
    "big",
    "data_pair",
    "bss_bump",
    "via_global",
];

/// Function indices 0..11 are DATA_NAMES in order. Every constant is an active data segment
/// named as a linker names it (`.rodata.…`, `.data.…`). Segments are 128 bytes apart, more
/// than the split's slack, except where a test needs two next to each other.
fn data_module() -> Vec<u8> {
    const SEGMENTS: [(u32, &str, &[u8]); 16] = [
        (1024, ".rodata.hello", b"hello"),
        (1152, ".rodata.table", &[0, 5, 0, 0, 128, 5, 0, 0]), // [1280, 1408]
        (1280, ".rodata.a", &[111, 0, 0, 0]),
        (1408, ".rodata.b", &[222, 0, 0, 0]),
        (1536, ".rodata.wide", &[77, 1, 0, 0]),  // 333
        (1664, ".rodata.pair", &[188, 1, 0, 0]), // 444
        (1792, ".rodata.before", &[5, 0, 0, 0]),
        (
            1796,
            ".rodata.arr",
            &[10, 0, 0, 0, 20, 0, 0, 0, 30, 0, 0, 0],
        ),
        (1920, ".rodata.end", &[7, 0, 0, 0, 8, 0, 0, 0]),
        (1928, ".rodata.after", &[99, 0, 0, 0]),
        (2048, ".data.counter", &[1, 0, 0, 0]),
        // One object cut in two at a run of zeros, as wasm-opt's memory packing names the cut.
        (2176, ".rodata.big", &[1, 2, 3, 4, 5, 6, 7, 8]),
        (2268, ".rodata.big.1", &[9]),
        // Mutable data around a zero-initialised word (2436) that is in no segment.
        (2432, ".data.lo", &[3, 0, 0, 0]),
        (2440, ".data.hi", &[4, 0, 0, 0]),
        // Its address is a global's initial value.
        (2560, ".rodata.g", &[55, 0, 0, 0]),
    ];

    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32], [ValType::I32]); // 0
    types.ty().function([], [ValType::I32]); // 1
    m.section(&types);
    let mut funcs = FunctionSection::new();
    for ty in [0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1] {
        funcs.function(ty);
    }
    m.section(&funcs);
    m.section(&one_page_memory());
    let mut globals = GlobalSection::new();
    globals.global(i32_global(false), &ConstExpr::i32_const(2560));
    m.section(&globals);
    let mut exports = ExportSection::new();
    for (i, name) in DATA_NAMES.iter().enumerate() {
        exports.export(name, ExportKind::Func, i as u32);
    }
    m.section(&exports);

    use Instruction::*;
    let at = |offset: u64| MemArg {
        offset,
        align: 0,
        memory_index: 0,
    };
    // ++word at the address on the stack, then the word.
    let increment = |address: Vec<Instruction<'static>>| {
        let mut body = address.clone();
        body.extend(address.clone());
        body.extend([I32Load(at(0)), I32Const(1), I32Add, I32Store(at(0))]);
        body.extend(address);
        body.extend([I32Load(at(0)), End]);
        body
    };
    let bodies: Vec<Vec<Instruction>> = vec![
        // greet(i) = "hello"[i]
        vec![I32Const(1024), LocalGet(0), I32Add, I32Load8U(at(0)), End],
        // via_table(i) = *table[i]
        vec![
            I32Const(1152),
            LocalGet(0),
            I32Const(2),
            I32Shl,
            I32Add,
            I32Load(at(0)),
            I32Load(at(0)),
            End,
        ],
        // wide() = the word at 1536, the address only in the load's offset
        vec![I32Const(0), I32Load(at(1536)), End],
        // pair() = a pointer stored with its length as one i64, read back and followed
        vec![
            I32Const(512),
            I64Const((4i64 << 32) | 1664),
            I64Store(at(0)),
            I32Const(512),
            I32Load(at(0)),
            I32Load(at(0)),
            End,
        ],
        // arr(i) = arr[i - 1], the index folded into the base: (1796 - 4) + 4 * i
        vec![
            I32Const(1792),
            LocalGet(0),
            I32Const(2),
            I32Shl,
            I32Add,
            I32Load(at(0)),
            End,
        ],
        // end_minus() = the last word of .rodata.end, from its end pointer
        vec![I32Const(1928), I32Const(4), I32Sub, I32Load(at(0)), End],
        // bump() = ++counter
        increment(vec![I32Const(2048)]),
        // big(i) = big[i], across the cut
        vec![I32Const(2176), LocalGet(0), I32Add, I32Load8U(at(0)), End],
        // data_pair() = lo + hi, from their own addresses only
        vec![
            I32Const(2432),
            I32Load(at(0)),
            I32Const(2440),
            I32Load(at(0)),
            I32Add,
            End,
        ],
        // bss_bump() = ++the word at 2436, its address computed (1218 * 2) so that nothing
        // in the primary names lo or hi
        increment(vec![I32Const(1218), I32Const(2), I32Mul]),
        // via_global() = the word at global 0
        vec![GlobalGet(0), I32Load(at(0)), End],
    ];
    let mut code = CodeSection::new();
    for body in &bodies {
        let mut f = Function::new([]);
        for i in body {
            f.instruction(i);
        }
        code.function(&f);
    }
    m.section(&code);
    let functions: Vec<String> = DATA_NAMES
        .iter()
        .map(|name| format!("demo[4d5e]::{name}"))
        .collect();
    finish_with_named_data(m, &SEGMENTS, &functions)
}

/// Adds `segments` (address, name, bytes) as named active data segments, and the functions'
/// names (by index), then finishes the module.
fn finish_with_named_data(
    mut m: Module,
    segments: &[(u32, &str, &[u8])],
    functions: &[String],
) -> Vec<u8> {
    let mut data = DataSection::new();
    let mut data_names = NameMap::new();
    for (i, (offset, name, bytes)) in segments.iter().enumerate() {
        data.active(
            0,
            &ConstExpr::i32_const(*offset as i32),
            bytes.iter().copied(),
        );
        data_names.append(i as u32, name);
    }
    m.section(&data);
    let mut names = NameSection::new();
    let mut map = NameMap::new();
    for (i, name) in functions.iter().enumerate() {
        map.append(i as u32, name);
    }
    names.functions(&map);
    names.data(&data_names);
    m.section(&names);
    m.finish()
}

#[test]
fn constants_move_with_the_code_that_reaches_them_and_every_split_still_computes_the_same() {
    // bump twice around calls that may load the secondary: its segments must not overwrite
    // the counter, which the primary may already have changed.
    // Each reader is called before anything that may load the secondary has run, in some
    // keep set: every split of all 2,048 runs these calls.
    let calls = "[['bump', []], ['bss_bump', []], ['greet', [1]], ['via_table', [0]], ['via_table', [1]],
      ['wide', []], ['pair', []], ['arr', [1]], ['arr', [3]], ['end_minus', []], ['bump', []],
      ['big', [0]], ['big', [92]], ['data_pair', []], ['via_global', []], ['bss_bump', []], ['bump', []]]";
    // hello, table, ten words, arr, end, big and its cut.
    let total: usize = 5 + 8 + 4 * 10 + 12 + 8 + 8 + 1;
    run_every_split(
        "split_data_runs",
        &data_module(),
        &DATA_NAMES,
        calls,
        &|mask, out| {
            assert_eq!(
                out.kept_data_bytes + out.moved_data_bytes,
                total,
                "mask {mask:b}"
            );
            if mask == 0 {
                // Globals stay in the primary, and so does what they point at.
                assert_eq!(
                    out.moved_data_bytes,
                    total - 4,
                    "nothing kept: all else moves"
                );
            }
            if mask == (1 << DATA_NAMES.len()) - 1 {
                assert_eq!(
                    out.moved_data_bytes, 0,
                    "everything kept: every constant stays"
                );
            }
            let holds = |wasm: &[u8], bytes: &[u8]| wasm.windows(bytes.len()).any(|w| w == bytes);
            // "hello" is where greet's code is; the table and what it points at go together.
            let greet_kept = mask & 1 != 0;
            assert_eq!(holds(&out.primary, b"hello"), greet_kept, "mask {mask:b}");
            assert_eq!(
                holds(&out.secondary, b"hello"),
                !greet_kept,
                "mask {mask:b}"
            );
            if mask == 0b10 {
                assert!(out.kept_data_bytes >= 8 + 4 + 4, "mask {mask:b}");
            }
        },
    );
}

#[test]
fn names_can_be_put_back_into_both_halves_for_a_profiler() {
    let whole = test_module();
    let out = split(&whole, &|n| n == "demo::chain").unwrap();
    let names_in = |wasm: &[u8]| -> Vec<String> {
        let mut found = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            if let wasmparser::Payload::CustomSection(c) = payload.unwrap() {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    for sub in names {
                        if let wasmparser::Name::Function(map) = sub.unwrap() {
                            found.extend(map.into_iter().map(|n| n.unwrap().name.to_string()));
                        }
                    }
                }
            }
        }
        found
    };
    let primary = ringlock_split::with_names(&out.primary, &out.primary_names);
    let secondary = ringlock_split::with_names(&out.secondary, &out.secondary_names);
    validate(&primary).unwrap();
    validate(&secondary).unwrap();
    assert!(
        names_in(&out.primary).is_empty(),
        "the halves that ship have no names"
    );
    let p = names_in(&primary);
    let s = names_in(&secondary);
    assert!(p.contains(&"demo::chain".to_string()), "{p:?}");
    assert!(s.contains(&"demo::sum_to".to_string()), "{s:?}");
    assert!(!s.contains(&"demo::chain".to_string()), "{s:?}");
}

/// Two constants with a zeroed word between them (2052, in no segment, as `.bss` would be),
/// and a mutable segment *before* them: not the order the linker writes (constants first), so
/// the secondary must not fill the gap between the two constants.
fn unordered_module() -> Vec<u8> {
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0).function(0);
    m.section(&funcs);
    m.section(&one_page_memory());
    let mut exports = ExportSection::new();
    exports.export("consts", ExportKind::Func, 0);
    exports.export("bump", ExportKind::Func, 1);
    m.section(&exports);
    use Instruction::*;
    let at = MemArg {
        offset: 0,
        align: 0,
        memory_index: 0,
    };
    let mut code = CodeSection::new();
    // consts() = the two constants' sum
    let mut f = Function::new([]);
    for i in [
        I32Const(2048),
        I32Load(at),
        I32Const(2056),
        I32Load(at),
        I32Add,
        End,
    ] {
        f.instruction(&i);
    }
    code.function(&f);
    // bump() = ++the word at 2052, its address computed (684 * 3)
    let mut f = Function::new([]);
    for i in [
        I32Const(684),
        I32Const(3),
        I32Mul,
        I32Const(684),
        I32Const(3),
        I32Mul,
        I32Load(at),
        I32Const(1),
        I32Add,
        I32Store(at),
        I32Const(684),
        I32Const(3),
        I32Mul,
        I32Load(at),
        End,
    ] {
        f.instruction(&i);
    }
    code.function(&f);
    m.section(&code);
    finish_with_named_data(
        m,
        &[
            (1024, ".data.first", &[1, 0, 0, 0]),
            (2048, ".rodata.x", &[20, 0, 0, 0]),
            (2056, ".rodata.y", &[22, 0, 0, 0]),
        ],
        &["demo::consts".to_string(), "demo::bump".to_string()],
    )
}

#[test]
fn constants_after_mutable_data_are_written_back_without_filling_the_gaps_between_them() {
    run_every_split(
        "split_unordered_runs",
        &unordered_module(),
        &["bump", "consts"],
        "[['bump', []], ['consts', []], ['bump', []]]",
        &|mask, out| {
            if mask == 0b01 {
                // bump stays, the constants move: the secondary writes them one by one.
                assert_eq!(out.moved_data_bytes, 8 + 4, "mask {mask:b}");
            }
        },
    );
}

#[test]
fn an_end_pointer_past_the_last_constant_keeps_it() {
    // last_word() = the last word of the last constant, from its end pointer (3008), where no
    // other segment starts.
    let mut m = Module::new();
    let mut types = TypeSection::new();
    types.ty().function([], [ValType::I32]);
    m.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    m.section(&funcs);
    m.section(&one_page_memory());
    let mut exports = ExportSection::new();
    exports.export("last_word", ExportKind::Func, 0);
    m.section(&exports);
    use Instruction::*;
    let mut code = CodeSection::new();
    let mut f = Function::new([]);
    for i in [
        I32Const(3008),
        I32Const(4),
        I32Sub,
        I32Load(MemArg {
            offset: 0,
            align: 0,
            memory_index: 0,
        }),
        End,
    ] {
        f.instruction(&i);
    }
    code.function(&f);
    m.section(&code);
    let whole = finish_with_named_data(
        m,
        &[(3000, ".rodata.last", &[1, 0, 0, 0, 2, 0, 0, 0])],
        &["demo::last_word".to_string()],
    );
    run_every_split(
        "split_end_pointer_runs",
        &whole,
        &["last_word"],
        "[['last_word', []]]",
        &|mask, out| {
            let kept = if mask == 1 { 8 } else { 0 };
            assert_eq!(out.kept_data_bytes, kept, "mask {mask:b}");
        },
    );
}
