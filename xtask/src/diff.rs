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

use crate::root;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Markdown,
    Json,
}

#[derive(Debug)]
struct Args {
    base: Option<String>,
    files: Vec<PathBuf>,
    format: Format,
    fail_on_breaking: bool,
}

fn parse(mut parser: lexopt::Parser) -> Result<Args> {
    use lexopt::prelude::*;
    let mut args = Args { base: None, files: Vec::new(), format: Format::Markdown, fail_on_breaking: false };
    while let Some(arg) = parser.next()? {
        match arg {
            Long("base") => args.base = Some(parser.value()?.string()?),
            Long("format") => {
                args.format = match parser.value()?.string()?.as_str() {
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => bail!("unknown format `{other}`: use `markdown` or `json`"),
                }
            }
            Long("fail-on") => {
                args.fail_on_breaking = match parser.value()?.string()?.as_str() {
                    "breaking" => true,
                    "never" => false,
                    other => bail!("unknown `--fail-on {other}`: use `breaking` or `never`"),
                }
            }
            Value(v) => args.files.push(PathBuf::from(v)),
            other => bail!("{}", other.unexpected()),
        }
    }
    match (args.files.len(), &args.base) {
        (0 | 2, None) | (0, Some(_)) => Ok(args),
        (2, Some(_)) => bail!("give either `--base REV` or two files, not both"),
        _ => bail!("`diff` takes two files (OLD NEW), or none to compare specs/ with a git revision"),
    }
}

pub fn run(parser: lexopt::Parser) -> Result<()> {
    let args = parse(parser)?;
    let reports = match args.files.as_slice() {
        [old, new] => vec![files(old, new)?],
        _ => revision(args.base.as_deref())?,
    };
    let text = match args.format {
        Format::Markdown => diff::to_markdown(&reports),
        Format::Json => diff::to_json(&reports),
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

/// Two spec files: the crate is named after the new one.
pub(crate) fn files(old: &Path, new: &Path) -> Result<Report> {
    let read = |p: &Path| std::fs::read_to_string(p).with_context(|| format!("cannot read {}", p.display()));
    let (old_text, new_text) = (read(old)?, read(new)?);
    let name = crate_name(new);
    let old = diff::load(&old.display().to_string(), old_text, &name).context("the old spec")?;
    let new = diff::load(&new.display().to_string(), new_text, &name).context("the new spec")?;
    Ok(diff::diff(&old.api, &new.api, &old.raw, &new.raw))
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
fn revision(base: Option<&str>) -> Result<Vec<Report>> {
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

fn one(root: &Path, rev: &str, name: &str, in_old: bool, in_new: bool) -> Result<Report> {
    let crate_name = crate_name(Path::new(name));
    let old = if in_old {
        let out = git(root, &["show", &format!("{rev}:{name}")])?;
        if !out.status.success() {
            bail!("cannot read {name} at `{rev}`: {}", String::from_utf8_lossy(&out.stderr).trim());
        }
        let text = String::from_utf8(out.stdout).with_context(|| format!("{name} at `{rev}` is not UTF-8"))?;
        Some(diff::load(name, text, &crate_name).with_context(|| format!("the old {name} (at `{rev}`)"))?)
    } else {
        None
    };
    let new = if in_new {
        let text = std::fs::read_to_string(root.join(name)).with_context(|| format!("cannot read {name}"))?;
        Some(diff::load(name, text, &crate_name).with_context(|| format!("the new {name} (working tree)"))?)
    } else {
        None
    };
    Ok(match (old, new) {
        (Some(o), Some(n)) => diff::diff(&o.api, &n.api, &o.raw, &n.raw),
        (None, Some(n)) => diff::spec_added(&n.api),
        (Some(o), None) => diff::spec_removed(&o.api),
        (None, None) => bail!("{name} is on neither side"),
    })
}
