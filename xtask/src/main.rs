//! Project automation. `cargo xtask help` lists the commands.

mod arch;
mod bench;
mod conform;
mod corpus;
mod diff;
mod generate;
mod mock;
mod real_servers;
mod seeds;
mod semver;
mod shapes;
mod test;

use std::path::PathBuf;

use anyhow::{bail, Result};

const HELP: &str = "\
cargo xtask <command>

Commands:
  generate                       regenerate every crate in generated/ from specs/
  generate --spec FILE --out DIR [--name CRATE] [--deny-warnings] [--overlay FILE]... [--runtime auto|path|registry|vendor]
                                 generate a standalone crate from any OpenAPI 3.0/3.1 or Swagger 2.0 file. Its
                                 codegen-runtime: auto (the default) is path + version inside this repository and
                                 a copy in DIR/runtime/ outside it (the runtime is on no registry), so the crate
                                 builds wherever it lands, offline; path, registry (by version) or vendor choose
  check                          fail when generated/ is stale, missing or has orphans, or a spec is invalid
  test [--fixtures|--standalone|--real-servers [--write]]
                                 run the whole test suite (what CI runs); --fixtures: only compile every
                                 generator fixture crate warning-free; --standalone: only build the crates
                                 of `generate --spec` (in target/, and with the default runtime outside the repository),
                                 and of the generator installed with `cargo install --path codegen/cli`;
                                 --real-servers: only the clients of Jupyter Server and Kinto against the real
                                 servers (installed into .tools/), with the per-call report and conformance;
                                 --write: the overlays conformance writes become e2e/specs/*-conformed.overlay.yaml
  diff [--base REV] [--format markdown|json|github] [--fail-on breaking]
                                 what the spec changes since REV (default: merge base with main) do to
                                 users of the generated crates: breaking or not, and the semver bump
  diff OLD NEW [--overlay FILE]... [--name CRATE] [--format markdown|json] [--fail-on breaking]
                                 the same for two spec files (both under the same overlays: the drift
                                 of an upstream release)
  conform --spec FILE [--overlay FILE]... --traffic FILE... [--format markdown|json] [--write-overlay FILE]
                                 judge a spec against recorded traffic (JSON Lines of codegen_runtime::Recorder,
                                 or HAR): undocumented statuses and content types, schema violations of JSON
                                 bodies (with the spec's line), bad requests; --write-overlay: an OpenAPI Overlay
                                 that makes the spec agree with the traffic
  seeds [--write]                the documented examples of each vendor's seed (../shared/seeds, or $SEEDS_DIR)
                                 as traffic (specs/traffic/<vendor>.jsonl) and the conformance of specs/<vendor>.yaml
                                 to them (section \"Conformance to the documented examples\" of specs/<vendor>.md);
                                 fails when those are stale, --write: rewrites them
  bench [--no-github] [--no-peers] [--only SPEC] [--gen-runs N] [--compile-runs N] [--timeout SECS]
        [--peer-budget SECS] | --diff-noise | --render
                                 compare our generator with progenitor and openapi-generator (generation time and
                                 memory, lines, cargo check/build time); writes BENCHMARKS.md/.json (slow, not in CI);
                                 --diff-noise: only the lines spec changes rewrite (seconds); --render: only the .md
  corpus [--subset | --only ID,ID] [--no-check] [--write]
                                 fetch the real-world documents of corpus/specs.tsv, generate and cargo check a
                                 client for each, print the table (--write: into docs/corpus.md); CI runs --subset
  shapes FILE...                 count the struct/enum definitions of generated types.rs files by shape
                                 (definitions, duplicated shapes, aliases, lines)
  semver [--only CASE,CASE] [--write]
                                 the diff tool's verdicts on spec changes against cargo-semver-checks and compile
                                 tests of generated crates (--write: into docs/semver.md; slow, not in CI)
  arch                           check the house rules: no import circle among the top-level modules of
                                 codegen/src and codegen/runtime/src, no function over 120 lines
  help                           this text
";

fn main() {
    if let Err(err) = run() {
        eprintln!("{}", report(&err));
        std::process::exit(1);
    }
}

/// The message for a failed command: `error: ` and the chain of causes, except that a spec's
/// diagnostics, which name their own level (`error:`, `warning:`), are printed as they are,
/// after any context.
fn report(err: &anyhow::Error) -> String {
    let mut context = Vec::new();
    for cause in err.chain() {
        if let Some(codegen::GenerateError::Spec(diagnostics)) = cause.downcast_ref::<codegen::GenerateError>() {
            let rendered = codegen::diagnostic::render_all(diagnostics);
            return if context.is_empty() { rendered } else { format!("error: {}:\n\n{rendered}", context.join(": ")) };
        }
        // A cause its parent's message already ends with (`cannot read F: <the I/O error>`) is
        // said once.
        let text = cause.to_string();
        if !context.last().is_some_and(|parent: &String| parent.ends_with(&text)) {
            context.push(text);
        }
    }
    format!("error: {}", context.join(": "))
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
                    Long("overlay") => args.overlays.push(PathBuf::from(parser.value()?)),
                    Long("runtime") => args.runtime = parser.value()?.string()?.parse().map_err(anyhow::Error::msg)?,
                    // The flag of earlier releases: `--runtime vendor`.
                    Long("vendor-runtime") => args.runtime = generate::RuntimeSource::Vendored,
                    other => bail!("{}\n\n{HELP}", other.unexpected()),
                }
            }
            match (&args.spec, &args.out) {
                (None, None) if args.name.is_none() && args.runtime == generate::RuntimeSource::Auto => {
                    generate::generate_all(args.deny_warnings)
                }
                (Some(_), Some(_)) => generate::generate_single(&args),
                _ => bail!("`generate --spec FILE` and `--out DIR` go together\n\n{HELP}"),
            }
        }
        "shapes" => {
            let mut files = Vec::new();
            while let Some(arg) = parser.next()? {
                match arg {
                    Value(v) => files.push(PathBuf::from(v)),
                    other => bail!("{}\n\n{HELP}", other.unexpected()),
                }
            }
            for file in files {
                let text = std::fs::read_to_string(&file)?;
                let s = shapes::count(&text)?;
                println!(
                    "{}: {} definitions, {} duplicated shapes, {} aliases, {} lines",
                    file.display(),
                    s.definitions,
                    s.duplicates,
                    s.aliases,
                    s.lines
                );
            }
            Ok(())
        }
        "check" => {
            if let Some(arg) = parser.next()? {
                bail!("{}\n\n{HELP}", arg.unexpected());
            }
            generate::check()
        }
        "arch" => arch::run(),
        "test" => test::run(parser),
        "diff" => diff::run(parser),
        "conform" => conform::run(parser),
        "seeds" => seeds::run(parser),
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

#[cfg(test)]
mod tests {
    use super::report;

    fn spec_error() -> anyhow::Error {
        let options = codegen::Options {
            crate_name: None,
            runtime_path: Some("../runtime".into()),
            standalone: true,
            command: "test".into(),
            deny_warnings: false,
            overlays: Vec::new(),
            serde_derive: false,
        };
        codegen::generate_text("bad.json", "{\"openapi\": ".into(), &options).unwrap_err().into()
    }

    #[test]
    fn a_diagnostic_is_prefixed_once() {
        let text = report(&spec_error());
        assert!(text.starts_with("error: the file is not valid JSON"), "{text}");
        assert!(!text.contains("error: error:"), "{text}");
        assert!(text.contains("--> bad.json:1:"), "{text}");

        let text = report(&spec_error().context("generating bad.json"));
        assert!(text.starts_with("error: generating bad.json:\n\nerror: the file is not valid JSON"), "{text}");
        assert_eq!(text.matches("error:").count(), 2, "{text}");

        let text = report(&anyhow::anyhow!("disk full").context("writing out"));
        assert_eq!(text, "error: writing out: disk full");
    }

    #[test]
    fn a_bad_crate_name_is_an_error_not_a_panic() {
        let options = codegen::Options {
            crate_name: Some("my-client.v2".into()),
            runtime_path: Some("../runtime".into()),
            standalone: true,
            command: "test".into(),
            deny_warnings: false,
            overlays: Vec::new(),
            serde_derive: false,
        };
        let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";
        let err = codegen::generate_text("api.yaml", spec.into(), &options).unwrap_err();
        let text = report(&err.into());
        assert_eq!(text, "error: `my-client.v2` is not a valid crate name: `.` is not allowed (only ASCII letters, digits, `-` and `_`)");
    }
}
