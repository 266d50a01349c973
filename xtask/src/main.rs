//! Project automation. `cargo xtask help` lists the commands.

mod arch;
mod bench;
mod conform;
mod corpus;
mod diff;
mod flags;
mod generate;
mod mock;
mod real_servers;
mod scratch;
mod seeds;
mod semver;
mod shapes;
mod test;

use std::path::PathBuf;

use anyhow::Result;

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
    // No command at all: the help, as `cargo xtask help`.
    if std::env::args_os().len() < 2 {
        print!("{}", flags::Xtask::HELP);
        return Ok(());
    }
    let flags = match flags::Xtask::from_env() {
        Ok(flags) => flags,
        Err(err) if err.is_help() => {
            print!("{err}");
            return Ok(());
        }
        Err(err) => anyhow::bail!("{err}\n\nRun `cargo xtask help` for the commands and their flags."),
    };
    use flags::XtaskCmd as Cmd;
    match flags.subcommand {
        Cmd::Generate(flags) => generate::run(flags),
        Cmd::Check(flags::Check) => generate::check(),
        Cmd::Test(flags) => test::run(flags),
        Cmd::Diff(flags) => diff::run(flags),
        Cmd::Conform(flags) => conform::run(flags),
        Cmd::Seeds(flags) => seeds::run(flags),
        Cmd::Bench(flags) => bench::run(flags),
        Cmd::BenchGen(flags) => bench::run_gen(flags),
        Cmd::Corpus(flags) => corpus::run(flags),
        Cmd::Shapes(flags) => shapes::run(flags),
        Cmd::Semver(flags) => semver::run(flags),
        Cmd::Arch(flags::Arch) => arch::run(),
        Cmd::Help(flags::Help) => {
            print!("{}", flags::Xtask::HELP);
            Ok(())
        }
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
