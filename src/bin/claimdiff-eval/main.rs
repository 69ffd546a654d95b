//! The evaluation harness: `claimdiff-eval DATA_DIR [TASK...]` measures each stage on the public
//! data in `../shared/eval` and prints our figures next to the reference numbers.

mod aeb;

use std::path::PathBuf;
use std::process::ExitCode;

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
    let tasks: Vec<String> = args.collect();
    let wants = |t: &str| tasks.is_empty() || tasks.iter().any(|x| x == t);
    let mut code = ExitCode::SUCCESS;
    println!("| task | split | metric | claimdiff | reference |");
    println!("|---|---|---|---|---|");
    if wants("aeb") {
        if let Err(e) = aeb::run(&dir) {
            eprintln!("claimdiff-eval: aeb: {e:#}");
            code = ExitCode::from(2);
        }
    }
    code
}
