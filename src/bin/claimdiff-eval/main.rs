//! The evaluation harness: `claimdiff-eval DATA_DIR [TASK...]` measures each stage on the public
//! data in `../shared/eval` and prints our figures next to the reference numbers.

mod aeb;
mod ecb;
mod pairs;
mod pairs_diag;
mod pairs_fit;
mod polnear;
mod polnear_diag;
mod sbd;
mod shift;
mod speed;
mod timebank;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The allocator of the `claimdiff` binary (see `src/main.rs`), so the speed figures are its own.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One line of the results table.
pub struct Row {
    pub task: String,
    pub split: String,
    pub metric: String,
    pub ours: String,
    pub reference: String,
}

/// A task reads its data below DATA_DIR and returns its rows (an error names the file).
type Task = fn(&Path) -> anyhow::Result<Vec<Row>>;

/// Registered tasks, run in this order when none is named. Add a line per task.
const TASKS: &[(&str, Task)] = &[
    ("sbd", sbd::run),
    ("aeb", aeb::run),
    ("timebank", timebank::run),
    ("mrpc", pairs::mrpc),
    ("stsb", pairs::stsb),
    ("sick", pairs::sick),
    ("pairs-fit", pairs_fit::fit),
    ("mrpc-diag", pairs_diag::run),
    ("polnear", polnear::run),
    ("ecb", ecb::run),
    ("shift", shift::run),
    ("speed", speed::run),
];

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
            Ok(rows) => {
                for r in rows {
                    println!("| {} | {} | {} | {} | {} |", r.task, r.split, r.metric, r.ours, r.reference);
                }
            }
            Err(e) => {
                eprintln!("claimdiff-eval: task {name}: {e:#}");
                code = ExitCode::from(2);
            }
        }
    }
    code
}
