//! The evaluation harness: `claimdiff-eval DATA_DIR [TASK...]` measures each stage on the public
//! data in `../shared/eval` and prints our figures next to the reference numbers.

mod timebank;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A task: its name and the function that returns its table rows.
type Task = (&'static str, fn(&Path) -> anyhow::Result<Vec<String>>);

/// Every task, in the order they run when none is named.
const TASKS: &[Task] = &[("timebank", timebank::run)];

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: claimdiff-eval DATA_DIR [TASK...]");
        return ExitCode::from(2);
    };
    if !dir.is_dir() {
        eprintln!("claimdiff-eval: {}: not a directory", dir.display());
        return ExitCode::from(2);
    }
    let wanted: Vec<String> = args.collect();
    if let Some(bad) = wanted.iter().find(|w| !TASKS.iter().any(|(n, _)| n == w)) {
        let names: Vec<&str> = TASKS.iter().map(|(n, _)| *n).collect();
        eprintln!("claimdiff-eval: unknown task '{bad}' (known: {})", names.join(", "));
        return ExitCode::from(2);
    }
    println!("| task | split | metric | claimdiff | reference |");
    println!("|---|---|---|---|---|");
    let mut code = ExitCode::SUCCESS;
    for (name, run) in TASKS {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == name) {
            continue;
        }
        match run(&dir) {
            Ok(rows) => rows.iter().for_each(|r| println!("{r}")),
            Err(e) => {
                eprintln!("claimdiff-eval: {name}: {e:#}");
                code = ExitCode::from(2);
            }
        }
    }
    code
}
