//! The evaluation harness: `claimdiff-eval DATA_DIR [TASK...]` measures each stage on the public
//! data in `../shared/eval` and prints our figures next to the reference numbers.

mod pairs;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

type Task = fn(&Path) -> anyhow::Result<()>;

/// Every task: name, whether it runs when no task is named, function.
const TASKS: &[(&str, bool, Task)] = &[
    ("mrpc", true, pairs::mrpc),
    ("stsb", true, pairs::stsb),
    ("sick", true, pairs::sick),
    // Refits the similarity weights; run only when asked.
    ("pairs-fit", false, pairs::fit),
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
    for w in &wanted {
        if !TASKS.iter().any(|(name, _, _)| name == w) {
            let names: Vec<&str> = TASKS.iter().map(|t| t.0).collect();
            eprintln!("claimdiff-eval: unknown task '{w}' (tasks: {})", names.join(", "));
            return ExitCode::from(2);
        }
    }
    println!("| task | split | metric | claimdiff | reference |");
    println!("|---|---|---|---|---|");
    let mut code = ExitCode::SUCCESS;
    for (name, default, run) in TASKS {
        let selected = if wanted.is_empty() { *default } else { wanted.iter().any(|w| w == name) };
        if selected {
            if let Err(e) = run(&dir) {
                eprintln!("claimdiff-eval: {name}: {e:#}");
                code = ExitCode::from(2);
            }
        }
    }
    code
}
