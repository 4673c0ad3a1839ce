//! `ringlock-split`: the command line of the module splitter (library docs).
//!
//! - `ringlock-split instrument IN.wasm OUT.wasm NAMES.tsv`: a copy of IN that reports the
//!   first call of each function, and the index → name table of its functions.
//! - `ringlock-split split IN.wasm KEEP.txt PRIMARY.wasm SECONDARY.wasm`: split IN, keeping
//!   in the primary the functions named in KEEP.txt (one name per line, `#` comments; `-`
//!   keeps every function, for comparing a split build with a whole one);
//!   with a sixth argument, the primary's index → name table, to read its stack traces.

use std::collections::HashSet;
use std::process::ExitCode;

fn read(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn write(path: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {path}: {e}"))
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, input, output, names] if cmd == "instrument" => {
            let out = ringlock_split::instrument(&read(input)?)?;
            write(output, &out.wasm)?;
            let table: String = out
                .names
                .iter()
                .map(|(i, n)| format!("{i}\t{n}\n"))
                .collect();
            write(names, table.as_bytes())?;
            println!(
                "ringlock-split: {output}: {} functions report their first call",
                out.names.len()
            );
            Ok(())
        }
        [cmd, input, keep, primary, secondary, rest @ ..] if cmd == "split" && rest.len() <= 1 => {
            let list = match keep.as_str() {
                "-" => None,
                path => Some(
                    String::from_utf8(read(path)?).map_err(|_| format!("{path} is not UTF-8"))?,
                ),
            };
            let keep: Option<HashSet<&str>> = list.as_deref().map(|list| {
                list.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect()
            });
            let wasm = read(input)?;
            let out = ringlock_split::split(&wasm, &|name| {
                keep.as_ref().is_none_or(|keep| keep.contains(name))
            })?;
            // RINGLOCK_SPLIT_NAMES=1 keeps the function names in both halves, for profiling.
            if std::env::var_os("RINGLOCK_SPLIT_NAMES").is_some_and(|v| v == "1") {
                write(
                    primary,
                    &ringlock_split::with_names(&out.primary, &out.primary_names),
                )?;
                write(
                    secondary,
                    &ringlock_split::with_names(&out.secondary, &out.secondary_names),
                )?;
            } else {
                write(primary, &out.primary)?;
                write(secondary, &out.secondary)?;
            }
            if let Some(names) = rest.first() {
                let table: String = out
                    .primary_names
                    .iter()
                    .map(|(i, n)| format!("{i}\t{n}\n"))
                    .collect();
                write(names, table.as_bytes())?;
            }
            println!(
                "ringlock-split: {} B → primary {} B + secondary {} B; {} functions moved ({} B of code, {} reached through stubs), {} B of code kept; {} B of data moved, {} B kept",
                wasm.len(),
                out.primary.len(),
                out.secondary.len(),
                out.moved,
                out.moved_code_bytes,
                out.stubs,
                out.kept_code_bytes,
                out.moved_data_bytes,
                out.kept_data_bytes
            );
            Ok(())
        }
        _ => Err(
            "usage: ringlock-split instrument IN OUT NAMES | split IN KEEP PRIMARY SECONDARY"
                .into(),
        ),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ringlock-split: {e}");
            ExitCode::FAILURE
        }
    }
}
