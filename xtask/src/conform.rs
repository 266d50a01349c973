//! `conform`: a spec judged against recorded traffic, and the overlay that corrects it.
//!
//! `cargo xtask conform --spec S [--overlay O]... --traffic FILE... [--format markdown|json]
//! [--write-overlay FILE]` reads the spec under its overlays, the traffic (the JSON Lines of
//! `codegen_runtime::Recorder`, `docs/traffic.md`, or HAR 1.2), prints the report and, with
//! `--write-overlay`, writes an OpenAPI Overlay that makes the spec agree with the traffic.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use codegen::tool;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
}

#[derive(Debug)]
struct Args {
    spec: PathBuf,
    overlays: Vec<PathBuf>,
    traffic: Vec<PathBuf>,
    format: Format,
    write_overlay: Option<PathBuf>,
}

fn parse(flags: crate::flags::Conform) -> Result<Args> {
    let format = match flags.format.as_deref() {
        None | Some("markdown" | "md") => Format::Markdown,
        Some("json") => Format::Json,
        Some(other) => bail!("unknown format `{other}`: use `markdown` or `json`"),
    };
    // `--traffic a.jsonl b.har` and `--traffic a.jsonl --traffic b.har` alike.
    let mut traffic = flags.traffic;
    if traffic.is_empty() {
        bail!("`conform` needs `--traffic FILE` (JSON Lines of the recorder, or HAR)");
    }
    traffic.extend(flags.more_traffic);
    Ok(Args { spec: flags.spec, overlays: flags.overlay, traffic, format, write_overlay: flags.write_overlay })
}

/// The code `cargo codegen conform` runs too ([`codegen::tool::conform_files`]), its report
/// printed; it does not fail on findings (the real-server runs read them).
pub fn run(flags: crate::flags::Conform) -> Result<()> {
    let args = parse(flags)?;
    let conformance = tool::conform_files(&args.spec, &args.overlays, &args.traffic).map_err(|err| match err {
        // A spec's diagnostics are printed as they are (`main::report`).
        tool::Error::Generate(err) => anyhow::Error::from(err),
        other => anyhow::Error::from(other),
    })?;
    for note in &conformance.notes {
        eprintln!("{note}\n");
    }
    let text = match args.format {
        Format::Markdown => conformance.report.to_markdown(),
        Format::Json => conformance.report.to_json(),
    };
    // A reader that stops early (`| head`) is no error; the overlay is still written.
    match writeln!(std::io::stdout().lock(), "{}", text.trim_end()) {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    if let Some(out) = &args.write_overlay {
        std::fs::write(out, conformance.overlay("cargo xtask conform"))
            .with_context(|| format!("writing {}", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args> {
        let argv = ["conform"].iter().chain(list).map(Into::into).collect();
        match crate::flags::Xtask::from_vec(argv)?.subcommand {
            crate::flags::XtaskCmd::Conform(flags) => parse(flags),
            other => panic!("not conform: {other:?}"),
        }
    }

    #[test]
    fn traffic_takes_several_files_and_may_repeat() {
        let a =
            args(&["--spec", "s.yaml", "--traffic", "a.jsonl", "b.har", "--format", "json", "--traffic", "c.jsonl"])
                .unwrap();
        let mut traffic = a.traffic.clone();
        traffic.sort();
        assert_eq!(traffic, [PathBuf::from("a.jsonl"), "b.har".into(), "c.jsonl".into()]);
        assert_eq!(a.format, Format::Json);
        assert!(args(&["--spec", "s.yaml"]).unwrap_err().to_string().contains("--traffic"));
        assert!(args(&["--traffic", "a.jsonl"]).unwrap_err().to_string().contains("--spec"));
        assert!(args(&["--spec", "s", "--traffic", "t", "--format", "xml"]).is_err());
    }
}
