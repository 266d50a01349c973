//! The specs benchmarked: those of `specs/` (a fixture when there is none) and GitHub's.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use super::{step, Args};

/// Used when `specs/` has no spec yet.
pub(super) const FALLBACK_SPEC: &str = "codegen/tests/fixtures/ok/pagination.yaml";

/// GitHub's REST API description (OpenAPI 3.0.3, with the Octokit extensions).
pub(super) const OCTOKIT_OPENAPI_VERSION: &str = "23.0.2";

pub(super) const GITHUB_DOCUMENT: &str = "package/generated/api.github.com.json";

/// One spec to benchmark.
#[derive(Debug, Clone)]
pub(super) struct Spec {
    /// Short name: the file stem, or `github`.
    pub(super) id: String,
    pub(super) path: PathBuf,
    /// Where it comes from, for the report.
    pub(super) source: String,
}

/// The specs of `specs/` (a fixture when there is none), GitHub's unless `--no-github`, only
/// the one named by `--only` when given.
pub(super) fn list(root: &Path, bench_dir: &Path, args: &Args) -> Result<Vec<Spec>> {
    let mut specs = Vec::new();
    for path in crate::generate::spec_files(root)? {
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("spec").to_owned();
        let source = format!("specs/{}", path.file_name().and_then(|f| f.to_str()).unwrap_or_default());
        specs.push(Spec { id, path, source });
    }
    if specs.is_empty() {
        specs.push(Spec {
            id: "pagination".into(),
            path: root.join(FALLBACK_SPEC),
            source: format!("{FALLBACK_SPEC} (specs/ is empty)"),
        });
    }
    if args.github {
        step(&format!("GitHub's spec (npm @octokit/openapi@{OCTOKIT_OPENAPI_VERSION})"));
        specs.push(Spec {
            id: "github".into(),
            path: github_spec(&bench_dir.join("cache"))?,
            source: format!("npm `@octokit/openapi@{OCTOKIT_OPENAPI_VERSION}` `{GITHUB_DOCUMENT}`"),
        });
    }
    if let Some(only) = &args.only {
        specs.retain(|s| &s.id == only);
        if specs.is_empty() {
            bail!("no spec named `{only}`");
        }
    }
    Ok(specs)
}

/// `npm pack @octokit/openapi@…` into `cache`, then the 3.0 document out of the tarball.
pub(super) fn github_spec(cache: &Path) -> Result<PathBuf> {
    let dir = cache.join(format!("octokit-openapi-{OCTOKIT_OPENAPI_VERSION}"));
    let doc = dir.join(GITHUB_DOCUMENT);
    if doc.exists() {
        return Ok(doc);
    }
    fs::create_dir_all(&dir)?;
    let tarball = cache.join(format!("octokit-openapi-{OCTOKIT_OPENAPI_VERSION}.tgz"));
    if !tarball.exists() {
        let status = Command::new("npm")
            .current_dir(cache)
            .args(["pack", "--silent", &format!("@octokit/openapi@{OCTOKIT_OPENAPI_VERSION}")])
            .status()
            .context("running npm pack (is npm installed?)")?;
        if !status.success() || !tarball.exists() {
            bail!("npm pack @octokit/openapi@{OCTOKIT_OPENAPI_VERSION} failed");
        }
    }
    let status = Command::new("tar").arg("xzf").arg(&tarball).arg("-C").arg(&dir).arg(GITHUB_DOCUMENT).status()?;
    if !status.success() || !doc.exists() {
        bail!("{GITHUB_DOCUMENT} is not in {}", tarball.display());
    }
    Ok(doc)
}
