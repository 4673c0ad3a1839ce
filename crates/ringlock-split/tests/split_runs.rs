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
const calls = [['add', [3, 4]], ['mul', [6, 7]], ['apply', [5, 9, 0]], ['apply', [5, 9, 1]],
  ['push', [5]], ['push', [11]], ['sum_to', [30]], ['chain', [7]], ['chain', [123]],
  ['mix64', [123456789n, 42n]], ['has_ref', []], ['from_data', [5]]];
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

#[test]
fn every_split_computes_what_the_whole_module_does() {
    let whole = test_module();
    validate(&whole).unwrap();
    let dir = scratch("split_runs");
    std::fs::write(dir.join("whole.wasm"), &whole).unwrap();
    let mut cases = Vec::new();
    for mask in 0u32..(1 << NAMES.len()) {
        let keep: HashSet<String> = NAMES
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, n)| format!("demo::{n}"))
            .collect();
        let out = split(&whole, &|n| keep.contains(n)).unwrap();
        // from_data uses a data segment: it never moves.
        let movable = (0..NAMES.len() - 1)
            .filter(|i| mask & (1 << i) == 0)
            .count();
        assert_eq!(out.moved, movable, "mask {mask:b}");
        std::fs::write(dir.join(format!("{mask}.p.wasm")), &out.primary).unwrap();
        std::fs::write(dir.join(format!("{mask}.s.wasm")), &out.secondary).unwrap();
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
    std::fs::write(dir.join("harness.cjs"), HARNESS).unwrap();
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
    assert!(stdout.contains("512 splits, 0 differ"), "{stdout}");
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
