//! Generates typed Rust client crates from OpenAPI 3.0 and 3.1 documents, and from Swagger 2.0
//! ones (converted in process to OpenAPI 3.0.3).
//!
//! The pipeline (see ARCHITECTURE.md): [`spec`] reads YAML or JSON into a document that keeps
//! its text for line numbers, and [`spec::validate`] checks what lowering relies on (the only
//! `$ref` resolution is [`spec::pointer`]) → [`lower`] builds the [`ir`], choosing every name
//! through [`naming`] → `emit` turns the IR into tokens → [`format`](mod@format) prints them
//! with prettyplease. Every problem in the spec becomes a
//! [`Diagnostic`] with file, JSON pointer, line and column; nothing in a spec can make the
//! generator panic.
//!
//! Beside the pipeline, [`conform`] judges a spec against recorded traffic (JSON Lines of the
//! runtime's recorder, or HAR) and writes the overlay that corrects it; [`diff`] compares two
//! versions of a spec. [`tool`] is what the command-line tools (`cargo codegen`, `cargo xtask`)
//! do with files; [`Generator`] is the entry point for a build script.
#![forbid(unsafe_code)]

pub mod conform;
pub mod diagnostic;
pub mod diff;
mod emit;
pub mod format;
mod generator;
pub mod ir;
pub mod lower;
pub mod naming;
pub mod spec;
pub mod tool;

use std::path::Path;

pub use diagnostic::{Diagnostic, GenerateError, Severity};
pub use emit::contract::mock_url_var;
pub use emit::{EmitOptions, GeneratedFile};
pub use generator::Generator;

/// The version of `codegen-runtime` (`codegen/runtime/Cargo.toml`) generated crates depend on.
pub const RUNTIME_VERSION: &str = "0.1.0";

/// Whether [`RUNTIME_VERSION`] of `codegen-runtime` is on crates.io: a crate generated outside
/// this repository depends on it from there only then (else it gets a copy of the runtime).
pub const RUNTIME_PUBLISHED: bool = false;
pub use spec::SourceDoc;

/// What to generate and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The package name; by default `<file stem>-client`.
    pub crate_name: Option<String>,
    /// The path of the runtime crate relative to the generated crate's directory (the
    /// dependency is path + version, [`RUNTIME_VERSION`]); `None`: by version only, from a
    /// registry.
    pub runtime_path: Option<String>,
    /// Adds an empty `[workspace]` to the manifest so the crate builds on its own.
    pub standalone: bool,
    /// The command named in generated headers.
    pub command: String,
    /// Treat warnings as errors.
    pub deny_warnings: bool,
    /// OpenAPI Overlays applied, in order, to the spec before it is loaded.
    pub overlays: Vec<std::path::PathBuf>,
    /// Derive serde's traits (`#[derive(Serialize, Deserialize)]`) instead of emitting the
    /// leaner impls that drive `codegen_runtime::model`.
    pub serde_derive: bool,
}

/// A generated crate.
#[derive(Debug, Clone)]
pub struct Output {
    /// Its files, relative to the crate's directory.
    pub files: Vec<GeneratedFile>,
    /// Warnings about the spec (things ignored or guessed).
    pub warnings: Vec<Diagnostic>,
    /// The IR it was made from.
    pub api: ir::Api,
}

/// Parses, validates and lowers `text` (named `file` in diagnostics) into the IR.
pub fn lower_text(file: &str, text: String, crate_name: &str) -> Result<(ir::Api, Vec<Diagnostic>), GenerateError> {
    lower_with_overlays(file, text, &[], crate_name)
}

/// Like [`lower_text`], with OpenAPI Overlays applied to the document first (in order).
pub fn lower_with_overlays(
    file: &str,
    text: String,
    overlays: &[SourceDoc],
    crate_name: &str,
) -> Result<(ir::Api, Vec<Diagnostic>), GenerateError> {
    let (doc, overlay_notes) = SourceDoc::parse_with_overlays(file, text, overlays).map_err(|diags| {
        let diags = diags
            .into_iter()
            .map(|mut d| {
                if d.file.is_empty() {
                    d.file = file.to_owned();
                }
                d
            })
            .collect();
        GenerateError::Spec(diags)
    })?;
    let mut diags = spec::validate::validate(&doc.root);
    let fatal = diags.iter().any(|d| {
        d.severity == Severity::Error && (d.pointer.is_empty() || d.pointer == "/swagger" || d.pointer == "/openapi")
    });
    if fatal {
        let mut placed = doc.conversion_warnings().to_vec();
        placed.extend(doc.place_all(diags));
        placed.sort_by_key(|d| d.severity);
        return Err(GenerateError::Spec(placed));
    }
    let (mut api, lower_diags) = lower::lower(&doc, crate_name);
    // Examples name where they are in the spec the user wrote (the 2.0 file, if converted).
    if doc.is_converted() {
        for example in &mut api.examples {
            example.pointer = doc.source_pointer(&example.pointer);
        }
    }
    diags.extend(lower_diags);
    let mut placed = overlay_notes;
    placed.extend(doc.conversion_warnings().iter().cloned());
    placed.extend(doc.place_all(diags));
    let diags = placed;
    if diags.iter().any(|d| d.severity == Severity::Error) {
        let mut sorted = diags;
        sorted.sort_by_key(|d| d.severity);
        return Err(GenerateError::Spec(sorted));
    }
    Ok((api, diags))
}

/// Generates a crate from the spec text `text`, named `file` in diagnostics and headers.
pub fn generate_text(file: &str, text: String, options: &Options) -> Result<Output, GenerateError> {
    generate_text_in(file, text, options, None)
}

/// [`generate_text`], in the module form when `module_dir` is given (see
/// [`EmitOptions::module_dir`]).
fn generate_text_in(
    file: &str,
    text: String,
    options: &Options,
    module_dir: Option<String>,
) -> Result<Output, GenerateError> {
    let stem = Path::new(file).file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let crate_name = options.crate_name.clone().unwrap_or_else(|| naming::crate_name(stem));
    // Checked before anything is emitted: the library name becomes an identifier.
    naming::check_crate_name(&crate_name).map_err(|reason| GenerateError::CrateName {
        name: crate_name.clone(),
        reason,
        hint: if options.crate_name.is_none() { " (made from the file name; choose one with --name)" } else { "" },
    })?;
    let mut overlays = Vec::with_capacity(options.overlays.len());
    for path in &options.overlays {
        let name = path.display().to_string();
        let text =
            std::fs::read_to_string(path).map_err(|source| GenerateError::Read { file: name.clone(), source })?;
        overlays.push(SourceDoc::parse(&name, text).map_err(|d| {
            let mut d = *d;
            d.file = name.clone();
            GenerateError::Spec(vec![d])
        })?);
    }
    let (api, warnings) = lower_with_overlays(file, text, &overlays, &crate_name)?;
    if options.deny_warnings && !warnings.is_empty() {
        return Err(GenerateError::Spec(warnings));
    }
    let emit_options = EmitOptions {
        runtime_path: options.runtime_path.clone(),
        standalone: options.standalone,
        command: options.command.clone(),
        serde_derive: options.serde_derive,
        module_dir,
    };
    let files = emit::emit(&api, &emit_options)?;
    Ok(Output { files, warnings, api })
}

/// Reads `path` (named `file` in diagnostics and headers) and generates a crate from it.
pub fn generate_file(path: &Path, file: &str, options: &Options) -> Result<Output, GenerateError> {
    let text = std::fs::read_to_string(path).map_err(|source| GenerateError::Read { file: file.to_owned(), source })?;
    generate_text(file, text, options)
}
