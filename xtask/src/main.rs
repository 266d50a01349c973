//! Project automation. `cargo xtask help` lists the commands.

mod bench;
mod corpus;
mod diff;
mod generate;
mod mock;
mod semver;
mod test;

use std::path::PathBuf;

use anyhow::{bail, Result};

const HELP: &str = "\
cargo xtask <command>

Commands:
  generate                       regenerate every crate in generated/ from specs/
  generate --spec FILE --out DIR [--name CRATE] [--deny-warnings]
                                 generate a standalone crate from any OpenAPI 3.0/3.1 file
  check                          fail when generated/ is stale, missing or has orphans, or a spec is invalid
  test                           run the whole test suite (what CI runs)
  diff [--base REV] [--format markdown|json] [--fail-on breaking]
                                 what the spec changes since REV (default: merge base with main) do to
                                 users of the generated crates: breaking or not, and the semver bump
  diff OLD NEW [--format markdown|json] [--fail-on breaking]
                                 the same for two spec files
  bench [--no-github] [--no-peers] [--only SPEC] [--gen-runs N] [--compile-runs N] [--timeout SECS]
        [--peer-budget SECS]
                                 compare our generator with progenitor and openapi-generator (generation time and
                                 memory, lines, cargo check/build time); writes BENCHMARKS.md/.json (slow, not in CI)
  corpus [--subset | --only ID,ID] [--no-check] [--write]
                                 fetch the real-world documents of corpus/specs.tsv, generate and cargo check a
                                 client for each, print the table (--write: into docs/corpus.md); CI runs --subset
  semver [--only CASE,CASE] [--write]
                                 the diff tool's verdicts on spec changes against cargo-semver-checks and compile
                                 tests of generated crates (--write: into docs/semver.md; slow, not in CI)
  help                           this text
";

fn main() {
    if let Err(err) = run() {
        eprintln!("error: {err:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let Some(arg) = parser.next()? else {
        print!("{HELP}");
        return Ok(());
    };
    let command = match arg {
        Value(v) => v.string()?,
        Long("help") | Short('h') => "help".to_owned(),
        other => bail!("{}\n\n{HELP}", other.unexpected()),
    };
    match command.as_str() {
        "generate" => {
            let mut args = generate::SingleArgs::default();
            while let Some(arg) = parser.next()? {
                match arg {
                    Long("spec") => args.spec = Some(PathBuf::from(parser.value()?)),
                    Long("out") => args.out = Some(PathBuf::from(parser.value()?)),
                    Long("name") => args.name = Some(parser.value()?.string()?),
                    Long("deny-warnings") => args.deny_warnings = true,
                    other => bail!("{}\n\n{HELP}", other.unexpected()),
                }
            }
            match (&args.spec, &args.out) {
                (None, None) if args.name.is_none() => generate::generate_all(args.deny_warnings),
                (Some(_), Some(_)) => generate::generate_single(&args),
                _ => bail!("`generate --spec FILE` and `--out DIR` go together\n\n{HELP}"),
            }
        }
        "check" => {
            if let Some(arg) = parser.next()? {
                bail!("{}\n\n{HELP}", arg.unexpected());
            }
            generate::check()
        }
        "test" => test::run(parser),
        "diff" => diff::run(parser),
        "bench" => bench::run(parser),
        "corpus" => corpus::run(parser),
        "semver" => semver::run(parser),
        "bench-gen" => bench::run_gen(parser),
        "help" => {
            print!("{HELP}");
            Ok(())
        }
        other => bail!("unknown command `{other}`\n\n{HELP}"),
    }
}

/// The repository's root (the parent of `xtask/`; `XTASK_ROOT` overrides it, for tests).
pub fn root() -> PathBuf {
    if let Some(root) = std::env::var_os("XTASK_ROOT") {
        return PathBuf::from(root);
    }
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
