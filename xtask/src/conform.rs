//! `conform`: a spec judged against recorded traffic, and the overlay that corrects it.
//!
//! `cargo xtask conform --spec S [--overlay O]... --traffic FILE... [--format markdown|json]
//! [--write-overlay FILE]` reads the spec under its overlays, the traffic (the JSON Lines of
//! `codegen_runtime::Recorder`, `docs/traffic.md`, or HAR 1.2), prints the report and, with
//! `--write-overlay`, writes an OpenAPI Overlay that makes the spec agree with the traffic.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use codegen::{conform, GenerateError, SourceDoc};

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

fn parse(mut parser: lexopt::Parser) -> Result<Args> {
    use lexopt::prelude::*;
    let (mut spec, mut overlays, mut traffic, mut format, mut write_overlay) =
        (None, Vec::new(), Vec::new(), Format::Markdown, None);
    while let Some(arg) = parser.next()? {
        match arg {
            Long("spec") => spec = Some(PathBuf::from(parser.value()?)),
            Long("overlay") => overlays.push(PathBuf::from(parser.value()?)),
            // `--traffic a.jsonl b.har` and `--traffic a.jsonl --traffic b.har` alike.
            Long("traffic") => traffic.extend(parser.values()?.map(PathBuf::from)),
            Long("format") => {
                format = match parser.value()?.string()?.as_str() {
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => bail!("unknown format `{other}`: use `markdown` or `json`"),
                }
            }
            Long("write-overlay") => write_overlay = Some(PathBuf::from(parser.value()?)),
            other => bail!("{}", other.unexpected()),
        }
    }
    let Some(spec) = spec else { bail!("`conform` needs `--spec FILE`") };
    if traffic.is_empty() {
        bail!("`conform` needs `--traffic FILE` (JSON Lines of the recorder, or HAR)");
    }
    Ok(Args { spec, overlays, traffic, format, write_overlay })
}

/// The spec under its overlays; the overlays' warnings are printed.
fn load(args: &Args) -> Result<SourceDoc> {
    let name = args.spec.display().to_string();
    let text = std::fs::read_to_string(&args.spec).with_context(|| format!("reading {name}"))?;
    let mut overlays = Vec::new();
    for path in &args.overlays {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {file}"))?;
        let overlay = SourceDoc::parse(&file, text).map_err(|d| {
            let mut d = *d;
            d.file.clone_from(&file);
            GenerateError::Spec(vec![d])
        })?;
        overlays.push(overlay);
    }
    let (doc, notes) = SourceDoc::parse_with_overlays(&name, text, &overlays).map_err(|diags| {
        let diags = diags
            .into_iter()
            .map(|mut d| {
                if d.file.is_empty() {
                    d.file.clone_from(&name);
                }
                d
            })
            .collect();
        GenerateError::Spec(diags)
    })?;
    for note in notes {
        eprintln!("{note}\n");
    }
    Ok(doc)
}

pub fn run(parser: lexopt::Parser) -> Result<()> {
    let args = parse(parser)?;
    let doc = load(&args)?;
    let mut exchanges = Vec::new();
    for path in &args.traffic {
        exchanges.extend(conform::read_traffic_file(path, &path.display().to_string())?);
    }
    let report = conform::check(&doc, &exchanges);
    let text = match args.format {
        Format::Markdown => report.to_markdown(),
        Format::Json => report.to_json(),
    };
    println!("{}", text.trim_end());
    if let Some(out) = &args.write_overlay {
        let overlay = conform::write_overlay(&doc, &exchanges, &report);
        std::fs::write(out, overlay).with_context(|| format!("writing {}", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Result<Args> {
        parse(lexopt::Parser::from_args(list.iter().copied()))
    }

    #[test]
    fn traffic_takes_several_files_and_may_repeat() {
        let a =
            args(&["--spec", "s.yaml", "--traffic", "a.jsonl", "b.har", "--format", "json", "--traffic", "c.jsonl"])
                .unwrap();
        assert_eq!(a.traffic, [PathBuf::from("a.jsonl"), "b.har".into(), "c.jsonl".into()]);
        assert_eq!(a.format, Format::Json);
        assert!(args(&["--spec", "s.yaml"]).unwrap_err().to_string().contains("--traffic"));
        assert!(args(&["--traffic", "a.jsonl"]).unwrap_err().to_string().contains("--spec"));
        assert!(args(&["--spec", "s", "--traffic", "t", "--format", "xml"]).is_err());
    }
}
