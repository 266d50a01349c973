//! The command line, declared with clap.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Generate typed Rust client crates from OpenAPI 3.0/3.1 and Swagger 2.0 documents.
#[derive(Debug, Parser)]
#[command(name = "cargo-codegen", bin_name = "cargo codegen", version)]
pub struct Cli {
    /// Coloring: auto, always or never; auto colours only when stderr is a terminal and NO_COLOR
    /// is unset.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true, value_name = "WHEN", hide_possible_values = true)]
    pub color: ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    // Each command's help is the doc of its arguments' struct.
    Generate(GenerateArgs),
    Diff(DiffArgs),
    Conform(ConformArgs),
}

/// Generate a client crate that builds where it lands, offline.
///
/// The crate depends on codegen-runtime, which is on no registry: by default (`--runtime
/// auto`) a copy of it goes into DIR/runtime/, from the runtime embedded in this binary.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The OpenAPI 3.0/3.1 or Swagger 2.0 document, YAML or JSON.
    #[arg(long, value_name = "FILE")]
    pub spec: PathBuf,
    /// The crate's directory (made if missing; files in it that are not the crate's are removed).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The package name (default: `<file stem>-client`).
    #[arg(long, value_name = "CRATE")]
    pub name: Option<String>,
    /// An OpenAPI Overlay applied to the spec first (repeat for several, applied in order).
    #[arg(long = "overlay", value_name = "FILE")]
    pub overlays: Vec<PathBuf>,
    /// Fail on warnings about the spec, not only on errors.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Where the crate gets codegen-runtime from.
    #[arg(long, value_enum, default_value_t = Runtime::Auto, value_name = "SOURCE")]
    pub runtime: Runtime,
}

/// Where a generated crate gets codegen-runtime from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Runtime {
    /// From a registry when it is published there, else a copy in DIR/runtime/ (today: the copy).
    Auto,
    /// By version only, from a registry.
    Registry,
    /// A copy of the runtime in DIR/runtime/ (a path dependency inside the crate).
    Vendor,
}

/// What the change between two versions of a spec does to users of the generated crate.
///
/// Each change is classified as breaking or not, with the semver bump it needs and the
/// generated Rust items it alters, followed by the change of the generated code.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version of the spec.
    pub old: PathBuf,
    /// The new version of the spec.
    pub new: PathBuf,
    /// An OpenAPI Overlay applied to both versions first (repeat for several).
    #[arg(long = "overlay", value_name = "FILE")]
    pub overlays: Vec<PathBuf>,
    /// The crate's name (default: made from NEW's file name).
    #[arg(long, value_name = "CRATE")]
    pub name: Option<String>,
    /// The report's format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Exit with 1 on a breaking change that comes without a major bump of `x-crate-version`.
    #[arg(long, value_enum, default_value_t = FailOn::Never, value_name = "WHEN")]
    pub fail_on: FailOn,
}

/// Judge a spec against recorded traffic, and write the overlay that corrects it.
///
/// The traffic is the JSON Lines of codegen_runtime::Recorder or a HAR export. The report lists
/// undocumented statuses and content types, schema violations of JSON bodies (with the spec's
/// line) and bad requests; exits with 1 when a finding is an error.
#[derive(Debug, Args)]
pub struct ConformArgs {
    /// The OpenAPI 3.0/3.1 or Swagger 2.0 document.
    #[arg(long, value_name = "FILE")]
    pub spec: PathBuf,
    /// An OpenAPI Overlay applied to the spec first (repeat for several).
    #[arg(long = "overlay", value_name = "FILE")]
    pub overlays: Vec<PathBuf>,
    /// Recorded traffic: one or more files (`--traffic a.jsonl b.har`, or repeated).
    #[arg(long, required = true, num_args = 1.., value_name = "FILE")]
    pub traffic: Vec<PathBuf>,
    /// The report's format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Write an OpenAPI Overlay that makes the spec agree with the traffic.
    #[arg(long, value_name = "FILE")]
    pub write_overlay: Option<PathBuf>,
}

/// A report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people (and pull-request comments).
    #[value(alias = "md")]
    Markdown,
    /// For tools.
    Json,
}

/// When `diff` fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// On a breaking change without a major version bump.
    Breaking,
    /// Never (the default).
    Never,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Only when stderr is a terminal and NO_COLOR is unset.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorWhen {
    /// The same for clap's own help and errors.
    pub fn clap(self) -> clap::ColorChoice {
        match self {
            ColorWhen::Never => clap::ColorChoice::Never,
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Auto if crate::color::no_color() => clap::ColorChoice::Never,
            ColorWhen::Auto => clap::ColorChoice::Auto,
        }
    }
}

/// `--color` read ahead of parsing, so that clap's own errors follow it too (the last one wins;
/// a bad value is left for clap to report).
pub fn color_choice(args: &[OsString]) -> ColorWhen {
    let mut choice = ColorWhen::Auto;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(parsed) = value.and_then(|v| ColorWhen::from_str(&v, false).ok()) {
            choice = parsed;
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn color_is_read_ahead() {
        assert_eq!(color_choice(&os(&["x", "generate"])), ColorWhen::Auto);
        assert_eq!(color_choice(&os(&["x", "--color", "never", "generate"])), ColorWhen::Never);
        assert_eq!(color_choice(&os(&["x", "generate", "--color=always"])), ColorWhen::Always);
        assert_eq!(color_choice(&os(&["x", "--color", "bogus"])), ColorWhen::Auto);
        assert_eq!(color_choice(&os(&["x", "--", "--color=always"])), ColorWhen::Auto);
    }

    #[test]
    fn traffic_takes_several_files_and_may_repeat() {
        let cli = Cli::try_parse_from([
            "cargo-codegen",
            "conform",
            "--spec",
            "s.yaml",
            "--traffic",
            "a.jsonl",
            "b.har",
            "--format",
            "json",
            "--traffic",
            "c.jsonl",
        ])
        .unwrap();
        let Command::Conform(args) = cli.command else { panic!("not conform") };
        assert_eq!(args.traffic, [PathBuf::from("a.jsonl"), "b.har".into(), "c.jsonl".into()]);
        assert_eq!(args.format, Format::Json);
        assert!(Cli::try_parse_from(["cargo-codegen", "conform", "--spec", "s.yaml"]).is_err());
        assert!(Cli::try_parse_from(["cargo-codegen", "generate", "--spec", "s.yaml"]).is_err());
        assert!(Cli::try_parse_from(["cargo-codegen", "generate", "--spec", "s", "--out", "o", "--runtime", "path"])
            .is_err());
    }
}
