//! `diff OLD NEW`: what the change between two spec files does to users of the crate.

use std::path::{Path, PathBuf};

use super::code_change::{compare, CodeChange};
use super::Error;
use crate::diff::{self, Report};
use crate::{GenerateError, GeneratedFile, SourceDoc};

/// The comparison of two spec files.
#[derive(Debug)]
pub struct FileDiff {
    /// The changes, classified for users of the generated crate.
    pub report: Report,
    /// The change of the generated code.
    pub code: CodeChange,
}

/// Compares two spec files, both under the same overlays (the drift of an upstream release):
/// the crate is named `name`, else after the new file.
pub fn diff_files(old: &Path, new: &Path, overlays: &[PathBuf], name: Option<&str>) -> Result<FileDiff, Error> {
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|source| GenerateError::Read { file: p.display().to_string(), source })
    };
    let (old_text, new_text) = (read(old)?, read(new)?);
    let name = name.map_or_else(|| crate_name(new), str::to_owned);
    let mut docs = Vec::new();
    for overlay in overlays {
        let shown = overlay.display().to_string();
        let doc = SourceDoc::parse(&shown, read(overlay)?).map_err(|d| {
            let mut d = *d;
            d.file.clone_from(&shown);
            GenerateError::Spec(vec![d])
        })?;
        docs.push(doc);
    }
    let code = code_change(&new.display().to_string(), Some(&old_text), Some(&new_text), &name, overlays);
    let old = diff::load_with_overlays(&old.display().to_string(), old_text, &docs, &name)?;
    let new = diff::load_with_overlays(&new.display().to_string(), new_text, &docs, &name)?;
    Ok(FileDiff { report: diff::diff(&old.api, &new.api, &old.raw, &new.raw), code })
}

/// The package name made from a spec's file name.
fn crate_name(path: &Path) -> String {
    crate::naming::crate_name(path.file_stem().and_then(|s| s.to_str()).unwrap_or("api"))
}

/// The generated files of `text` as the crate `name` (none when it does not generate).
fn generated(file: &str, text: &str, name: &str, overlays: &[PathBuf]) -> Vec<GeneratedFile> {
    let options = crate::Options {
        crate_name: Some(name.to_owned()),
        runtime_path: Some("../../codegen/runtime".to_owned()),
        standalone: false,
        command: "cargo xtask generate".to_owned(),
        deny_warnings: false,
        overlays: overlays.to_vec(),
        serde_derive: false,
    };
    crate::generate_text(file, text.to_owned(), &options).map(|o| o.files).unwrap_or_default()
}

/// The change of the generated code between two versions of a spec (either may be absent).
pub fn code_change(file: &str, old: Option<&str>, new: Option<&str>, name: &str, overlays: &[PathBuf]) -> CodeChange {
    let side = |text: Option<&str>| text.map(|t| generated(file, t, name, overlays)).unwrap_or_default();
    compare(&side(old), &side(new))
}

/// The Markdown report of `reports` and, after it, a table of the generated code's change per
/// crate (`code[i]` belongs to `reports[i]`), for a pull-request comment.
pub fn diff_markdown(reports: &[Report], code: &[Option<CodeChange>]) -> String {
    let mut out = format!("{}\n", diff::to_markdown(reports).trim_end());
    out.push_str("\n### Generated code\n\n| crate | files changed | lines | public items added | public items removed |\n|---|--:|--:|---|---|\n");
    let list = |items: &[String]| {
        if items.is_empty() {
            return "–".to_owned();
        }
        let shown: Vec<String> = items.iter().take(8).map(|i| format!("`{i}`")).collect();
        let more = if items.len() > 8 { format!(" and {} more", items.len() - 8) } else { String::new() };
        format!("{} ({}){more}", shown.join(", "), items.len())
    };
    for (report, change) in reports.iter().zip(code) {
        let Some(c) = change else { continue };
        out.push_str(&format!(
            "| `{}` | {} | +{} −{} | {} | {} |\n",
            report.crate_name,
            c.files_changed,
            c.lines_added,
            c.lines_removed,
            list(&c.items_added),
            list(&c.items_removed)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_files_are_compared_with_the_code_they_generate() {
        let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff/additional-properties-removed");
        let diff = diff_files(&case.join("old.yaml"), &case.join("new.yaml"), &[], Some("x-client")).unwrap();
        assert_eq!(diff.report.crate_name, "x-client");
        assert!(diff.report.changes.iter().any(|c| c.breaking), "{:?}", diff.report.changes);
        assert!(diff.code.files_changed > 0);
        let text = diff_markdown(std::slice::from_ref(&diff.report), &[Some(diff.code)]);
        assert!(text.contains("### Generated code") && text.contains("| `x-client` |"), "{text}");
        let missing = diff_files(&case.join("nothing.yaml"), &case.join("new.yaml"), &[], None).unwrap_err();
        assert!(missing.to_string().starts_with("cannot read"), "{missing}");
    }
}
