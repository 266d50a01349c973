//! `conform --spec S --traffic F…`: a spec judged against recorded traffic.

use std::path::{Path, PathBuf};

use super::Error;
use crate::conform::{self, Exchange, Report};
use crate::{Diagnostic, GenerateError, Severity, SourceDoc};

/// A spec judged against traffic.
#[derive(Debug)]
pub struct Conformance {
    /// The spec under its overlays.
    pub doc: SourceDoc,
    /// What the overlays say (a target that selects nothing, …), to print before the report.
    pub notes: Vec<Diagnostic>,
    /// The exchanges read, in the order of the files.
    pub exchanges: Vec<Exchange>,
    /// The verdict.
    pub report: Report,
}

impl Conformance {
    /// The OpenAPI Overlay that makes the spec agree with the traffic, its header naming the
    /// `command` that wrote it.
    pub fn overlay(&self, command: &str) -> String {
        conform::write_overlay(&self.doc, &self.exchanges, &self.report, command)
    }

    /// Whether some finding is an error (not only undeclared properties or query parameters).
    pub fn has_errors(&self) -> bool {
        self.report.findings.iter().any(|f| f.severity() == Severity::Error)
    }
}

/// Reads `spec` under `overlays` and the traffic files (the JSON Lines of
/// `codegen_runtime::Recorder`, or HAR 1.2), and judges every exchange.
pub fn conform_files(spec: &Path, overlays: &[PathBuf], traffic: &[PathBuf]) -> Result<Conformance, Error> {
    let (doc, notes) = load(spec, overlays)?;
    let mut exchanges = Vec::new();
    for path in traffic {
        exchanges.extend(conform::read_traffic_file(path, &path.display().to_string())?);
    }
    let report = conform::check(&doc, &exchanges);
    Ok(Conformance { doc, notes, exchanges, report })
}

/// The spec under its overlays, and the overlays' notes.
fn load(spec: &Path, overlay_paths: &[PathBuf]) -> Result<(SourceDoc, Vec<Diagnostic>), GenerateError> {
    let read = |path: &Path| {
        let file = path.display().to_string();
        std::fs::read_to_string(path).map_err(|source| GenerateError::Read { file, source })
    };
    let name = spec.display().to_string();
    let text = read(spec)?;
    let mut overlays = Vec::new();
    for path in overlay_paths {
        let file = path.display().to_string();
        let overlay = SourceDoc::parse(&file, read(path)?).map_err(|d| {
            let mut d = *d;
            d.file.clone_from(&file);
            GenerateError::Spec(vec![d])
        })?;
        overlays.push(overlay);
    }
    SourceDoc::parse_with_overlays(&name, text, &overlays).map_err(|diags| {
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
    })
}
