//! What the command-line tools do with files, without parsing arguments or printing: the
//! installed `cargo codegen` (crate `codegen-cli`) and the repository's `cargo xtask` both call
//! these, so their `generate --spec`, two-file `diff` and `conform` behave the same.
//!
//! - [`generate_standalone`]: a crate that builds where it lands, with its runtime from where
//!   [`RuntimeSource`] says (a copy embedded in the generator, [`vendored_runtime`], when the
//!   runtime is on no registry);
//! - [`diff_files`]: what the change between two spec files does to users of the crate;
//! - [`conform_files`]: a spec judged against recorded traffic, and the overlay that corrects it.

mod code_change;
mod conform;
mod diff;
mod runtime;
mod standalone;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

pub use code_change::{compare as compare_code, CodeChange};
pub use conform::{conform_files, Conformance};
pub use diff::{code_change, diff_files, diff_markdown, FileDiff};
pub use runtime::{vendored_runtime, VENDORED};
pub use standalone::{generate_standalone, relative, RuntimeSource, Standalone, StandaloneOptions};

use crate::{GenerateError, GeneratedFile};

/// Why a tool's work could not be done.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A spec or overlay could not be read or is not usable, or the output could not be written.
    #[error(transparent)]
    Generate(#[from] GenerateError),
    /// A spec cannot be compared.
    #[error(transparent)]
    Diff(#[from] crate::diff::DiffError),
    /// Traffic could not be read.
    #[error(transparent)]
    Traffic(#[from] crate::conform::TrafficError),
}

/// Writes `files` below `dir` and removes the files below it that are not among them (a
/// `target/` directory is left alone): the directory is the crate, nothing else. Only files
/// whose contents change are written. Returns how many files were written or removed.
pub fn write_crate(dir: &Path, files: &[GeneratedFile]) -> Result<usize, GenerateError> {
    let expected: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut changed = 0;
    for stale in files_below(dir)?.iter().filter(|f| !expected.contains(f.as_str())) {
        let path = dir.join(stale);
        fs::remove_file(&path).map_err(|source| write_error(&path, source))?;
        changed += 1;
    }
    Ok(changed + write_files(dir, files)?)
}

/// Writes `files` below `dir` (made if missing), each only when its contents change, so a build
/// that reads them is not redone for nothing; other files in `dir` stay. Returns how many were
/// written.
pub fn write_files(dir: &Path, files: &[GeneratedFile]) -> Result<usize, GenerateError> {
    let mut changed = 0;
    for file in files {
        let path = dir.join(&file.path);
        if fs::read_to_string(&path).ok().as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|source| write_error(parent, source))?;
        }
        fs::write(&path, &file.contents).map_err(|source| write_error(&path, source))?;
        changed += 1;
    }
    Ok(changed)
}

pub(crate) fn write_error(path: &Path, source: std::io::Error) -> GenerateError {
    GenerateError::Write { path: path.display().to_string(), source }
}

/// Files below `dir`, relative, with `/` separators (skipping `target/`).
pub fn files_below(dir: &Path) -> Result<BTreeSet<String>, GenerateError> {
    let mut out = BTreeSet::new();
    if !dir.exists() {
        return Ok(out);
    }
    let read = |source| GenerateError::Read { file: dir.display().to_string(), source };
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).map_err(read)? {
            let path = entry.map_err(read)?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == "target") {
                    continue;
                }
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.insert(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile { path: path.into(), contents: contents.into() }
    }

    #[test]
    fn a_crate_is_written_once_and_stale_files_go() {
        let dir = std::env::temp_dir().join(format!("codegen-write-crate-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let files = [file("Cargo.toml", "a"), file("src/lib.rs", "b")];
        assert_eq!(write_crate(&dir, &files).unwrap(), 2);
        assert_eq!(write_crate(&dir, &files).unwrap(), 0, "unchanged files are not written");
        fs::create_dir_all(dir.join("target")).unwrap();
        fs::write(dir.join("target/keep"), "").unwrap();
        fs::write(dir.join("src/old.rs"), "").unwrap();
        assert_eq!(write_crate(&dir, &[file("Cargo.toml", "a"), file("src/lib.rs", "c")]).unwrap(), 2);
        assert!(!dir.join("src/old.rs").exists());
        assert!(dir.join("target/keep").exists());
        assert_eq!(fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "c");
        // `write_files` leaves other files alone (a build script's OUT_DIR holds others).
        fs::write(dir.join("other"), "").unwrap();
        assert_eq!(write_files(&dir, &[file("src/lib.rs", "d")]).unwrap(), 1);
        assert!(dir.join("other").exists());
        let blocked = dir.join("other/x.rs");
        let err = write_files(&dir, &[file("other/x.rs", "")]).unwrap_err();
        assert!(err.to_string().starts_with("cannot write"), "{err}");
        assert!(
            err.to_string().contains(&dir.join("other").display().to_string())
                || err.to_string().contains(&blocked.display().to_string())
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
