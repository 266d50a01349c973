//! Problems found in a spec, with where they are and what to do about them.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The spec cannot be turned into a client.
    Error,
    /// The client can be generated, but something in the spec was ignored or guessed.
    Warning,
}

/// One problem in a spec: the file, the JSON pointer, the line and column where known, what is
/// wrong, and a hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// How bad it is.
    pub severity: Severity,
    /// The spec file as the caller named it.
    pub file: String,
    /// JSON pointer to the offending value (`/paths/~1users~1{id}/get`).
    pub pointer: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error at `pointer`.
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: String::new(),
            pointer: pointer.into(),
            line: None,
            column: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A warning at `pointer`.
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(pointer, message) }
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{level}: {}", self.message)?;
        write!(f, "  --> {}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, " at #{}", self.pointer)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// Why a spec could not be turned into a crate.
///
/// Its `Debug` is its message, so that a build script's `main` returning it (`Error: …`) and an
/// `unwrap` show the diagnostics as they are written, not as a structure.
#[derive(thiserror::Error)]
pub enum GenerateError {
    /// The spec file could not be read.
    #[error("cannot read {file}: {source}")]
    Read {
        /// The file.
        file: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The crate name (given, or made from the file name) cannot be a package name.
    #[error("`{name}` is not a valid crate name: {reason}{hint}")]
    CrateName {
        /// The name.
        name: String,
        /// What is wrong with it.
        reason: String,
        /// How to choose another, when the name was made from the file name.
        hint: &'static str,
    },
    /// The spec has errors (and perhaps warnings promoted to errors); all of them are listed.
    #[error("{}", render_all(.0))]
    Spec(Vec<Diagnostic>),
    /// A file or directory of the output could not be written (or made, or removed).
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or directory.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The runtime was asked for by path, and the generator runs from no repository that has it
    /// (an installed binary).
    #[error("`--runtime path` names this repository's codegen/runtime, and the generator runs from no repository: use `--runtime vendor` (a copy in the crate) or `--runtime registry`")]
    NoRepository,
    /// A build script's generator has no output directory: `OUT_DIR` is not set and none was
    /// given.
    #[error("no output directory: `OUT_DIR` is not set (outside a build script, give one with `Generator::out_dir`)")]
    NoOutDir,
}

impl std::fmt::Debug for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl GenerateError {
    /// The diagnostics, when the spec itself is at fault.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            GenerateError::Spec(diagnostics) => diagnostics,
            GenerateError::Read { .. }
            | GenerateError::CrateName { .. }
            | GenerateError::Write { .. }
            | GenerateError::NoRepository
            | GenerateError::NoOutDir => &[],
        }
    }
}

/// All diagnostics, one block each, with a count at the end.
pub fn render_all(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.to_string());
        out.push_str("\n\n");
    }
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.len() - errors;
    out.push_str(&format!("{errors} error(s), {warnings} warning(s)"));
    out
}

/// Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`).
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// `base/segment`, escaped.
pub fn child(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape_segment(segment))
}
