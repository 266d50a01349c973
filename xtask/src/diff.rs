//! `diff`: a reviewer's report of what a spec change does to users of the generated crates.
//!
//! `cargo xtask diff [--base REV]` compares every spec in `specs/` at `REV` (default: the
//! merge base of `HEAD` and `main`, else `HEAD`) with the working tree; `cargo xtask diff OLD
//! NEW` compares two files. Markdown by default, `--format json` for tools; `--fail-on
//! breaking` exits 1 when a breaking change comes without a major bump of `x-crate-version`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use codegen::diff::{self, Report};

use codegen::tool::{self, CodeChange};

use crate::root;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
    Github,
}

#[derive(Debug)]
struct Args {
    base: Option<String>,
    files: Vec<PathBuf>,
    overlays: Vec<PathBuf>,
    name: Option<String>,
    format: Format,
    fail_on_breaking: bool,
}

fn parse(flags: crate::flags::Diff) -> Result<Args> {
    let format = match flags.format.as_deref() {
        None | Some("markdown" | "md") => Format::Markdown,
        Some("json") => Format::Json,
        Some("github") => Format::Github,
        Some(other) => bail!("unknown format `{other}`: use `markdown`, `json` or `github`"),
    };
    let fail_on_breaking = match flags.fail_on.as_deref() {
        Some("breaking") => true,
        None | Some("never") => false,
        Some(other) => bail!("unknown `--fail-on {other}`: use `breaking` or `never`"),
    };
    let files: Vec<PathBuf> = flags.old.into_iter().chain(flags.new).collect();
    let args = Args { base: flags.base, files, overlays: flags.overlay, name: flags.name, format, fail_on_breaking };
    match (args.files.len(), &args.base) {
        (0, _) if !args.overlays.is_empty() || args.name.is_some() => {
            bail!("`--overlay` and `--name` go with two files (OLD NEW)")
        }
        (0 | 2, None) | (0, Some(_)) => Ok(args),
        (2, Some(_)) => bail!("give either `--base REV` or two files, not both"),
        _ => bail!("`diff` takes two files (OLD NEW), or none to compare specs/ with a git revision"),
    }
}

pub fn run(flags: crate::flags::Diff) -> Result<()> {
    let args = parse(flags)?;
    let compared = match args.files.as_slice() {
        [old, new] => vec![files(old, new, &args.overlays, args.name.as_deref())?],
        _ => revision(args.base.as_deref())?,
    };
    let (reports, code): (Vec<Report>, Vec<Option<CodeChange>>) = compared.into_iter().unzip();
    let text = match args.format {
        Format::Markdown => tool::diff_markdown(&reports, &code),
        Format::Json => diff::to_json(&reports),
        Format::Github => github(&reports),
    };
    println!("{}", text.trim_end());
    if args.fail_on_breaking {
        let failing: Vec<&str> = reports.iter().filter(|r| r.unreflected_breaking()).map(|r| r.spec.as_str()).collect();
        if !failing.is_empty() {
            bail!("breaking changes without a major version bump in {}", failing.join(", "));
        }
    }
    Ok(())
}

fn crate_name(path: &Path) -> String {
    codegen::naming::crate_name(path.file_stem().and_then(|s| s.to_str()).unwrap_or("api"))
}

/// The change of the generated code between two versions of a spec (either may be absent).
fn code_change(file: &str, old: Option<&str>, new: Option<&str>, name: &str, overlays: &[PathBuf]) -> CodeChange {
    tool::code_change(file, old, new, name, overlays)
}

/// Two spec files, both under the same overlays: the crate is named `name`, else after the new
/// file (the code `cargo codegen diff` runs too).
pub(crate) fn files(
    old: &Path,
    new: &Path,
    overlays: &[PathBuf],
    name: Option<&str>,
) -> Result<(Report, Option<CodeChange>)> {
    let compared = tool::diff_files(old, new, overlays, name).map_err(|err| match err {
        // A spec's diagnostics are printed as they are (`main::report`).
        tool::Error::Generate(err) => anyhow::Error::from(err),
        other => anyhow::Error::from(other),
    })?;
    Ok((compared.report, Some(compared.code)))
}

fn git(root: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .with_context(|| format!("cannot run `git {}`", args.join(" ")))
}

/// The revision to compare with: `--base`, else the merge base of `HEAD` and `main`, else `HEAD`.
fn base_revision(root: &Path, base: Option<&str>) -> Result<String> {
    let rev = match base {
        Some(rev) => rev.to_owned(),
        None => {
            let out = git(root, &["merge-base", "HEAD", "main"])?;
            let found = String::from_utf8_lossy(&out.stdout).trim().to_owned();
            if out.status.success() && !found.is_empty() {
                found
            } else {
                "HEAD".to_owned()
            }
        }
    };
    let out = git(root, &["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")])?;
    if !out.status.success() {
        bail!("git revision `{rev}` not found (give an existing commit, branch or tag with `--base REV`)");
    }
    Ok(rev)
}

/// Every spec in `specs/` at `base` against the working tree.
fn revision(base: Option<&str>) -> Result<Vec<(Report, Option<CodeChange>)>> {
    let root = root();
    let rev = base_revision(&root, base)?;
    let listing = git(&root, &["ls-tree", "--name-only", &rev, "--", "specs/"])?;
    if !listing.status.success() {
        bail!("cannot list specs/ at `{rev}`: {}", String::from_utf8_lossy(&listing.stderr).trim());
    }
    let is_spec = |name: &str| [".yaml", ".yml", ".json"].iter().any(|ext| name.ends_with(ext));
    let old_names: Vec<String> =
        String::from_utf8_lossy(&listing.stdout).lines().filter(|l| is_spec(l)).map(str::to_owned).collect();
    let mut new_names: Vec<String> = crate::generate::spec_files(&root)?
        .iter()
        .filter_map(|p| p.file_name().and_then(|f| f.to_str()).map(|f| format!("specs/{f}")))
        .collect();
    let mut names = old_names.clone();
    names.append(&mut new_names.clone());
    names.sort();
    names.dedup();
    new_names.sort();
    let mut reports = Vec::new();
    let mut failures = Vec::new();
    for name in names {
        match one(&root, &rev, &name, old_names.contains(&name), new_names.contains(&name)) {
            Ok(report) => reports.push(report),
            Err(err) => failures.push(format!("{err:#}")),
        }
    }
    if !failures.is_empty() {
        bail!("{} spec(s) cannot be compared:\n\n{}", failures.len(), failures.join("\n\n"));
    }
    Ok(reports)
}

fn one(root: &Path, rev: &str, name: &str, in_old: bool, in_new: bool) -> Result<(Report, Option<CodeChange>)> {
    let crate_name = crate_name(Path::new(name));
    let old_text = if in_old {
        let out = git(root, &["show", &format!("{rev}:{name}")])?;
        if !out.status.success() {
            bail!("cannot read {name} at `{rev}`: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        Some(String::from_utf8(out.stdout).with_context(|| format!("{name} at `{rev}` is not UTF-8"))?)
    } else {
        None
    };
    let new_text = if in_new {
        Some(std::fs::read_to_string(root.join(name)).with_context(|| format!("cannot read {name}"))?)
    } else {
        None
    };
    let code =
        (old_text != new_text).then(|| code_change(name, old_text.as_deref(), new_text.as_deref(), &crate_name, &[]));
    let old = match old_text {
        Some(text) => {
            Some(diff::load(name, text, &crate_name).with_context(|| format!("the old {name} (at `{rev}`)"))?)
        }
        None => None,
    };
    let new = match new_text {
        Some(text) => {
            Some(diff::load(name, text, &crate_name).with_context(|| format!("the new {name} (working tree)"))?)
        }
        None => None,
    };
    let report = match (old, new) {
        (Some(o), Some(n)) => diff::diff(&o.api, &n.api, &o.raw, &n.raw),
        (None, Some(n)) => diff::spec_added(&n.api),
        (Some(o), None) => diff::spec_removed(&o.api),
        (None, None) => bail!("{name} is on neither side"),
    };
    Ok((report, code))
}

/// GitHub Actions workflow commands: one annotation per change, on the line of the new spec
/// where it is (`::error` for a breaking change, `::notice` for the others), so a pull request
/// shows each next to the spec line that caused it.
fn github(reports: &[Report]) -> String {
    let root = root();
    let mut out = String::new();
    for report in reports {
        let path =
            if Path::new(&report.spec).is_absolute() { PathBuf::from(&report.spec) } else { root.join(&report.spec) };
        let doc =
            std::fs::read_to_string(&path).ok().and_then(|text| codegen::SourceDoc::parse(&report.spec, text).ok());
        for change in &report.changes {
            let line = change.pointer.as_ref().zip(doc.as_ref()).and_then(|(pointer, doc)| {
                doc.place(codegen::Diagnostic::warning(pointer.clone(), String::new())).line
            });
            let level = if change.breaking { "error" } else { "notice" };
            let mut props = format!("file={}", escape_property(&report.spec));
            if let Some(line) = line {
                props.push_str(&format!(",line={line}"));
            }
            let title = format!("{} ({})", change.rule, if change.breaking { "breaking" } else { "non-breaking" });
            props.push_str(&format!(",title={}", escape_property(&title)));
            let mut message = change.message.clone();
            for item in &change.items {
                message.push_str(&format!("\n  {item}"));
            }
            message.push_str(&format!("\n{}", change.reason));
            out.push_str(&format!("::{level} {props}::{}\n", escape_data(&message)));
        }
    }
    out
}

/// The escaping of a workflow command's message.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// The escaping of a workflow command's property value.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(escape_data("a%b\nc"), "a%25b%0Ac");
        assert_eq!(escape_property("x: y, z"), "x%3A y%2C z");
    }
}
