//! `cargo codegen`: the generator, installed (`cargo install --path codegen/cli`).
//!
//! The commands are those of `cargo xtask generate --spec`, `diff OLD NEW` and `conform`, on
//! the same library code ([`codegen::tool`]); what differs is that an installed binary has no
//! repository beside it, so a crate's runtime is the copy embedded in the binary unless the
//! runtime is on a registry. Exit codes are cargo's: 0 success, 1 when the work found problems
//! (spec errors, a breaking change with `--fail-on breaking`, conformance errors), 2 for usage
//! errors.
#![forbid(unsafe_code)]

mod args;
mod color;

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{CommandFactory, FromArgMatches};
use codegen::tool::{self, RuntimeSource, StandaloneOptions};

use args::{Cli, Command, ConformArgs, DiffArgs, FailOn, Format, GenerateArgs};
use color::Paint;

fn main() -> ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `cargo codegen …` runs `cargo-codegen codegen …`.
    if args.get(1).is_some_and(|a| a == "codegen") {
        args.remove(1);
    }
    let choice = args::color_choice(&args);
    let matches = Cli::command().color(choice.clap()).get_matches_from(args);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => err.exit(),
    };
    let paint = Paint::for_stderr(choice);
    match run(cli.command, paint) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", report(&err, paint));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command, paint: Paint) -> Result<ExitCode> {
    match command {
        Command::Generate(args) => generate(&args, paint),
        Command::Diff(args) => diff(&args, paint),
        Command::Conform(args) => conform(&args, paint),
    }
}

/// The message for a failed command: `error: ` and the chain of causes, except that a spec's
/// diagnostics, which name their own level (`error:`, `warning:`), are printed as they are,
/// after any context.
fn report(err: &anyhow::Error, paint: Paint) -> String {
    let mut context = Vec::new();
    for cause in err.chain() {
        let generate = match cause.downcast_ref::<tool::Error>() {
            Some(tool::Error::Generate(generate)) => Some(generate),
            _ => cause.downcast_ref::<codegen::GenerateError>(),
        };
        if let Some(codegen::GenerateError::Spec(diagnostics)) = generate {
            let rendered = paint.levels(&codegen::diagnostic::render_all(diagnostics));
            return if context.is_empty() {
                rendered
            } else {
                format!("{} {}:\n\n{rendered}", paint.error(), context.join(": "))
            };
        }
        // A cause its parent's message already ends with (`cannot read F: <the I/O error>`) is
        // said once.
        let text = cause.to_string();
        if !context.last().is_some_and(|parent: &String| parent.ends_with(&text)) {
            context.push(text);
        }
    }
    format!("{} {}", paint.error(), context.join(": "))
}

fn generate(args: &GenerateArgs, paint: Paint) -> Result<ExitCode> {
    let options = StandaloneOptions {
        name: args.name.clone(),
        deny_warnings: args.deny_warnings,
        overlays: args.overlays.clone(),
        runtime: args.runtime.into(),
        repository: None,
        command: "cargo codegen generate".to_owned(),
    };
    let crate_ = tool::generate_standalone(&args.spec, &args.out, &options)?;
    for warning in &crate_.output.warnings {
        eprintln!("{}\n", paint.levels(&warning.to_string()));
    }
    println!("{}", crate_.summary(&args.out));
    println!("{}", crate_.runtime_note(options.runtime));
    Ok(ExitCode::SUCCESS)
}

fn diff(args: &DiffArgs, paint: Paint) -> Result<ExitCode> {
    let compared = tool::diff_files(&args.old, &args.new, &args.overlays, args.name.as_deref())
        .with_context(|| format!("comparing {} with {}", args.old.display(), args.new.display()))?;
    let reports = [compared.report];
    let text = match args.format {
        Format::Markdown => tool::diff_markdown(&reports, &[Some(compared.code)]),
        Format::Json => codegen::diff::to_json(&reports),
    };
    print_report(&text)?;
    if args.fail_on == FailOn::Breaking && reports[0].unreflected_breaking() {
        eprintln!("{} breaking changes without a major version bump in {}", paint.error(), reports[0].spec);
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn conform(args: &ConformArgs, paint: Paint) -> Result<ExitCode> {
    let conformance = tool::conform_files(&args.spec, &args.overlays, &args.traffic)?;
    for note in &conformance.notes {
        eprintln!("{}\n", paint.levels(&note.to_string()));
    }
    let text = match args.format {
        Format::Markdown => conformance.report.to_markdown(),
        Format::Json => conformance.report.to_json(),
    };
    print_report(&text)?;
    if let Some(out) = &args.write_overlay {
        write(out, &conformance.overlay("cargo codegen conform"))?;
        eprintln!("wrote {}", out.display());
    }
    if conformance.has_errors() {
        let errors = conformance.report.findings.iter().filter(|f| f.severity() == codegen::Severity::Error).count();
        eprintln!("{} the traffic disagrees with {}: {errors} error finding(s)", paint.error(), args.spec.display());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

impl From<args::Runtime> for RuntimeSource {
    fn from(runtime: args::Runtime) -> Self {
        match runtime {
            args::Runtime::Auto => RuntimeSource::Auto,
            args::Runtime::Registry => RuntimeSource::Registry,
            args::Runtime::Vendor => RuntimeSource::Vendored,
        }
    }
}

/// Prints a report on stdout. A reader that stops early (`| head`) is no error: the rest of
/// the command (writing an overlay, the exit code) goes on.
fn print_report(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    match writeln!(std::io::stdout().lock(), "{}", text.trim_end()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
