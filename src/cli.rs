//! The command line: the only file that knows clap. Parses arguments and calls the library.

use std::io::Write;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};

use claimdiff::{render, ReadOptions};

#[derive(Parser, Debug)]
#[command(
    name = "claimdiff",
    version,
    about = "Compare what news outlets report about one story, claim by claim"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Html,
}

#[derive(clap::Args, Debug, Clone)]
pub struct ReadArgs {
    /// Files, directories (read recursively, in sorted order) or `-` for stdin.
    #[arg(required = true)]
    pub sources: Vec<String>,
    /// Override the outlet of every input.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Override the publication date of every input (ISO 8601, RFC 2822 or `Feb. 28, 2019`).
    #[arg(long)]
    pub date: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Read articles: metadata, cleaning summary and sentences.
    Extract {
        #[command(flatten)]
        read: ReadArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
        /// Show every removed span with its reason.
        #[arg(long)]
        explain: bool,
    },
    /// Score pairs of texts given as JSON lines {"id", "a", "b"}: one JSON line out per line in.
    Pairs {
        /// A JSON-lines file, or `-` for stdin.
        input: String,
        #[arg(long, value_enum, default_value = "json")]
        format: PairsFormat,
    },
}

/// Output formats of `pairs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PairsFormat {
    /// One JSON object per input line.
    Json,
    /// A table for people.
    Table,
}

/// Reads `pairs` input from a file or stdin, scores it, prints it; 2 when some line failed.
fn run_pairs(input: &str, format: PairsFormat, out: &mut impl Write) -> Result<u8> {
    let (name, text) = if input == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).context("cannot read stdin")?;
        ("<stdin>".to_string(), s)
    } else {
        let s = std::fs::read_to_string(input).with_context(|| format!("{input}: cannot read"))?;
        (input.to_string(), s)
    };
    let lines = claimdiff::score::batch::score_lines(&name, &text);
    let mut failed = false;
    for l in &lines {
        if let Err(e) = &l.result {
            eprintln!("claimdiff: error: {e}");
            failed = true;
        }
    }
    let rendered = match format {
        PairsFormat::Json => render::pairs::json_lines(&lines),
        PairsFormat::Table => render::pairs::table(&lines),
    };
    out.write_all(rendered.as_bytes())?;
    Ok(if failed { 2 } else { 0 })
}

fn read_options(r: &ReadArgs) -> Result<ReadOptions> {
    let date = match &r.date {
        None => None,
        Some(d) => Some(
            claimdiff::ingest::parse_date(d)
                .with_context(|| format!("--date: cannot read '{d}' as a date"))?,
        ),
    };
    Ok(ReadOptions { outlet: r.outlet.clone(), date })
}

/// Runs the command; returns the exit code (0 ok, 2 when some input failed).
pub fn run(cli: Cli) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match cli.command {
        Command::Extract { read, format, explain } => {
            let corpus = claimdiff::read_inputs(&read.sources, &read_options(&read)?);
            let text = match format {
                Format::Json => {
                    render::json(&render::DocumentsOut { version: 1, documents: &corpus.documents })
                }
                _ => render::extract_table(&corpus.documents, explain),
            };
            out.write_all(text.as_bytes())?;
            Ok(report_failures(&corpus.failures))
        }
        Command::Pairs { input, format } => run_pairs(&input, format, &mut out),
    }
}

/// Lists the inputs that failed on stderr; exit code 2 if any.
fn report_failures(failures: &[claimdiff::Error]) -> u8 {
    for f in failures {
        eprintln!("claimdiff: error: {f}");
    }
    if failures.is_empty() {
        0
    } else {
        2
    }
}
