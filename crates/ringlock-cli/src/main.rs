//! `ringlock place --algo <name> --servers <file>`: see the crate README.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stdin = io::stdin().lock();
    let mut stdout = BufWriter::new(io::stdout().lock());
    let result = ringlock_cli::run(&args, stdin, &mut stdout).and_then(|()| {
        stdout
            .flush()
            .map_err(|e| ringlock_cli::CliError::Io(e.to_string()))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(ringlock_cli::CliError::Help) => {
            println!("{}", ringlock_cli::USAGE);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("ringlock: {e}");
            ExitCode::from(if matches!(e, ringlock_cli::CliError::Usage(_)) {
                2
            } else {
                1
            })
        }
    }
}
