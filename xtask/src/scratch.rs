//! Scratch workspaces: crates built outside the repository's workspace (generated crates,
//! benchmark crates, fixtures), each a workspace of its own that resolves its dependencies with
//! a copy of the repository's `Cargo.lock`, so they get the versions (and the builds in a shared
//! target directory) the repository already has.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result};

/// What makes the scratch directory a workspace.
pub enum Manifest<'a> {
    /// A virtual manifest written at `dir/Cargo.toml` whose members are these directories
    /// (relative to `dir`). It is written only when it changes, so cargo sees the same file.
    Members(&'a [String]),
    /// The crate's own manifest, already at `dir/Cargo.toml`: a `[workspace]` table is appended
    /// when it has none.
    Crate,
}

/// Makes `dir` a workspace of its own and copies the repository's `Cargo.lock` into it.
pub fn workspace(root: &Path, dir: &Path, manifest: Manifest<'_>) -> Result<()> {
    let path = dir.join("Cargo.toml");
    match manifest {
        Manifest::Members(members) => {
            let quoted: Vec<String> = members.iter().map(|m| format!("\"{m}\"")).collect();
            let text = format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", quoted.join(", "));
            if fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
                fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            }
        }
        Manifest::Crate => {
            let text = fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
            if !text.lines().any(|l| l.trim() == "[workspace]") {
                fs::write(&path, format!("{text}\n[workspace]\n"))?;
            }
        }
    }
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).context("copying Cargo.lock")?;
    Ok(())
}
