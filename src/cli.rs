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
    /// Who said what: claims with speaker, cue, kind, content and the date said.
    Claims {
        #[command(flatten)]
        read: ReadArgs,
        /// Only claims by this speaker (canonical name or any alias).
        #[arg(long)]
        speaker: Option<String>,
        /// JSON file of extra aliases: {"canonical name": ["alias", …]}.
        #[arg(long)]
        aliases: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// Compare two outlets claim by claim: aligned claims with their relation, then what only one
    /// outlet reports, and the consistency figures.
    Compare {
        /// A file, a directory, or an outlet name within `--sources` (case-insensitive).
        a: String,
        /// A file, a directory, or an outlet name within `--sources` (case-insensitive).
        b: String,
        /// Where outlet names are looked up: files or directories of articles.
        #[arg(long)]
        sources: Vec<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// How one speaker's position moved over time: dated positions per topic and the shifts.
    Shift {
        /// The speaker: canonical name, an alias the articles use, or a surname.
        #[arg(long)]
        speaker: String,
        #[command(flatten)]
        read: ReadArgs,
        /// Keep only claims containing one of these words (prefix match; space or comma separated).
        #[arg(long, num_args = 1..)]
        topic: Vec<String>,
        /// Keep positions dated on or after this date.
        #[arg(long)]
        from: Option<String>,
        /// Keep positions dated on or before this date.
        #[arg(long)]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// The consistency report of a corpus: outlets, dates, speakers and their timelines.
    Report {
        #[command(flatten)]
        read: ReadArgs,
        /// Write the report to this file (atomically; never over a source file).
        #[arg(short = 'o', long = "output")]
        output: Option<std::path::PathBuf>,
        #[arg(long, value_enum, default_value = "markdown")]
        format: Format,
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

fn parse_date_flag(flag: &str, value: &Option<String>) -> Result<Option<chrono::NaiveDate>> {
    match value {
        None => Ok(None),
        Some(d) => Ok(Some(
            claimdiff::ingest::parse_date(d)
                .with_context(|| format!("{flag}: cannot read '{d}' as a date"))?,
        )),
    }
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
        Command::Claims { read, speaker, aliases, format } => {
            let mut opts = claimdiff::extract::ExtractOptions::default();
            if let Some(path) = &aliases {
                let text = std::fs::read_to_string(path).with_context(|| format!("{path}: cannot read"))?;
                opts.aliases = claimdiff::extract::parse_aliases(path, &text)?;
            }
            let mut corpus = claimdiff::read_inputs(&read.sources, &read_options(&read)?);
            claimdiff::extract::extract_corpus(&mut corpus.documents, &opts);
            if let Some(who) = &speaker {
                let names = claimdiff::extract::query::matching_names(&corpus.documents, who, &opts.aliases);
                for d in &mut corpus.documents {
                    if let Some(cs) = d.claims.as_mut() {
                        cs.retain(|c| c.speaker.as_ref().is_some_and(|s| names.contains(&s.name)));
                    }
                }
            }
            let text = match format {
                Format::Json => {
                    render::json(&render::DocumentsOut { version: 1, documents: &corpus.documents })
                }
                _ => render::claims_table(&corpus.documents),
            };
            out.write_all(text.as_bytes())?;
            Ok(report_failures(&corpus.failures))
        }
        Command::Compare { a, b, sources, format } => {
            let mut failures = Vec::new();
            let pool = if sources.is_empty() {
                None
            } else {
                let c = claimdiff::read_inputs(&sources, &ReadOptions::default());
                failures.extend(c.failures);
                Some(c.documents)
            };
            let mut da = compare_side(&a, pool.as_deref(), &mut failures)?;
            let mut db = compare_side(&b, pool.as_deref(), &mut failures)?;
            let xo = claimdiff::extract::ExtractOptions::default();
            claimdiff::extract::extract_corpus(&mut da, &xo);
            claimdiff::extract::extract_corpus(&mut db, &xo);
            let cmp = claimdiff::align::compare(&da, &db, &claimdiff::align::AlignOptions::default());
            let text = match format {
                Format::Json => render::json(&cmp),
                Format::Markdown => render::compare_markdown(&cmp),
                Format::Html => render::compare_html(&cmp),
                Format::Table => {
                    let width = terminal_size::terminal_size().map(|(w, _)| w.0).unwrap_or(120);
                    render::compare_table(&cmp, width)
                }
            };
            out.write_all(text.as_bytes())?;
            Ok(report_failures(&failures))
        }
        Command::Shift { speaker, read, topic, from, to, format } => {
            let opts = claimdiff::timeline::ShiftOptions {
                topic: topic
                    .iter()
                    .flat_map(|t| t.split([',', ' ']))
                    .filter(|w| !w.is_empty())
                    .map(str::to_string)
                    .collect(),
                from: parse_date_flag("--from", &from)?,
                to: parse_date_flag("--to", &to)?,
                ..Default::default()
            };
            let mut corpus = claimdiff::read_inputs(&read.sources, &read_options(&read)?);
            claimdiff::extract::extract_corpus(
                &mut corpus.documents,
                &claimdiff::extract::ExtractOptions::default(),
            );
            let timeline = claimdiff::timeline::shift(&corpus.documents, &speaker, &opts);
            let text = match format {
                Format::Json => render::json(&timeline),
                Format::Markdown => render::shift::markdown(&timeline),
                Format::Html => {
                    anyhow::bail!("shift: --format html is not supported (use table, json or markdown)")
                }
                Format::Table => render::shift::table(&timeline),
            };
            out.write_all(text.as_bytes())?;
            Ok(report_failures(&corpus.failures))
        }
        Command::Report { read, output, format } => {
            let bar = progress_bar();
            let mut corpus = claimdiff::pipeline::read_inputs_with_progress(
                &read.sources,
                &read_options(&read)?,
                &mut |done, total| {
                    bar.set_length(total as u64);
                    bar.set_position(done as u64);
                },
            );
            bar.set_message("extracting claims");
            claimdiff::extract::extract_corpus(
                &mut corpus.documents,
                &claimdiff::extract::ExtractOptions::default(),
            );
            bar.set_message("building the report");
            let report = claimdiff::report::report(&corpus.documents, &Default::default());
            bar.finish_and_clear();
            let text = match format {
                Format::Json => render::json(&report),
                Format::Markdown => render::report::markdown(&report),
                Format::Table => render::report::table(&report),
                Format::Html => render::report::html(&report),
            };
            match output {
                Some(path) => render::report::write_atomic(&path, text.as_bytes(), &read.sources)?,
                None => out.write_all(text.as_bytes())?,
            }
            Ok(report_failures(&corpus.failures))
        }
    }
}

/// A progress bar on stderr when stderr is a terminal; hidden (draws nothing) otherwise, so
/// pipes, files and tests see no control characters.
fn progress_bar() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files {msg}",
    );
    if let Ok(style) = style {
        bar.set_style(style);
    }
    bar.set_message("reading");
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// One side of `compare`: an existing file or directory, else an outlet name among `pool`.
fn compare_side(
    arg: &str,
    pool: Option<&[claimdiff::model::Document]>,
    failures: &mut Vec<claimdiff::Error>,
) -> Result<Vec<claimdiff::model::Document>> {
    if std::path::Path::new(arg).exists() || arg == "-" {
        let c = claimdiff::read_inputs(&[arg.to_string()], &ReadOptions::default());
        failures.extend(c.failures);
        if c.documents.is_empty() {
            anyhow::bail!("{arg}: no article could be read");
        }
        return Ok(c.documents);
    }
    let Some(pool) = pool else {
        anyhow::bail!("{arg}: no such file or directory (to name an outlet, give --sources DIR)");
    };
    // The outlet, or the file name where the outlet is unknown.
    let name = |d: &claimdiff::model::Document| claimdiff::align::outlet_name(std::slice::from_ref(d));
    let docs: Vec<_> = pool.iter().filter(|d| name(d).eq_ignore_ascii_case(arg)).cloned().collect();
    if docs.is_empty() {
        let mut known: Vec<String> = pool.iter().map(name).filter(|o| !o.is_empty()).collect();
        known.sort_unstable();
        known.dedup();
        anyhow::bail!(
            "{arg}: not a file, directory or outlet in --sources (outlets found: {})",
            known.join(", ")
        );
    }
    Ok(docs)
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
