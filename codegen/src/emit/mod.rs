//! Emitting: the IR to the files of a crate. Each emitter reads only the IR.

mod call;
mod client;
pub(crate) mod contract;
pub(crate) mod docs;
mod errors;
mod examples;
mod manifest;
mod method;
mod mock;
mod op_docs;
mod pool;
mod serde_impls;
mod types;

use std::collections::BTreeMap;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::diagnostic::GenerateError;
use crate::ir::{Api, Boxes, Paths, RustTy, TypeDef, TypeKind, TypeRef};

/// One file of a generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path relative to the crate's root, with `/` separators.
    pub path: String,
    /// The contents.
    pub contents: String,
}

/// How the crate is laid out relative to the runtime.
#[derive(Debug, Clone)]
pub struct EmitOptions {
    /// The path to the runtime crate, relative to the generated crate's directory (path +
    /// version); `None`: by version only.
    pub runtime_path: Option<String>,
    /// Adds an empty `[workspace]` so the crate builds on its own wherever it lands.
    pub standalone: bool,
    /// The command that regenerates the crate (named in headers).
    pub command: String,
    /// Derives serde's traits with `serde_derive` instead of writing out the leaner impls
    /// `emit::serde_impls` makes (the plain form, for comparison).
    pub serde_derive: bool,
    /// The module form, for `include!` from a build script: the directory the `src/` files are
    /// written to (absolute), which `src/lib.rs` names in a `#[path]` on each module; it has no
    /// inner attributes (an `include!`d file cannot have them). `None`: a crate.
    pub module_dir: Option<String>,
}

/// Every file of the crate, formatted, in a stable order.
///
/// The files, and runs of types of `src/types.rs` (the largest file of most crates), are
/// emitted and formatted as jobs on the machine's cores ([`pool`]); `src/types.rs` is the join
/// of its runs' text. The output does not depend on it: the same bytes as on one thread.
pub fn emit(api: &Api, options: &EmitOptions) -> Result<Vec<GeneratedFile>, GenerateError> {
    let header =
        format!("// This file is generated from {} by `{}`. Do not edit it by hand.\n", api.spec_file, options.command);
    let files = files_of(api, options);
    // The largest files first, then the runs of types: the last jobs are short.
    let mut jobs: Vec<Job<'_>> = files.iter().map(|&file| Job::File(file)).collect();
    jobs.sort_by_key(|job| match job {
        Job::File(file) => file.rank(),
        Job::Types(..) => usize::MAX,
    });
    let run = api.types.len().div_ceil(TYPE_RUNS).max(MIN_TYPE_RUN);
    let mut runs: Vec<&[TypeDef]> = api.types.chunks(run).collect();
    if runs.is_empty() {
        runs.push(&[]);
    }
    jobs.extend(runs.into_iter().enumerate().map(|(i, types)| Job::Types(types, i == 0)));
    let init = || {
        let mut files_cx = Cx::new(api, options.serde_derive);
        files_cx.doctests = options.module_dir.is_none();
        (files_cx, Cx::new(api, options.serde_derive))
    };
    let done = pool::run_ordered(&jobs, init, |(files_cx, types_cx), job| match *job {
        Job::File(file) => file.emit(files_cx, options, &header),
        Job::Types(types, first) => types::types_rs(types_cx, types, first).map(|file| crate::format::unparse(&file)),
    });
    let mut texts: BTreeMap<FileJob, String> = BTreeMap::new();
    let mut type_runs = Vec::new();
    for (job, text) in jobs.iter().zip(done) {
        match job {
            Job::File(file) => {
                texts.insert(*file, text?);
            }
            Job::Types(..) => type_runs.push(text?),
        }
    }
    let mut types_rs = Some(format!("{header}\n{}", crate::format::join(&type_runs)));
    let mut out = Vec::with_capacity(files.len() + 1);
    for file in files {
        if let Some(contents) = types_rs.take_if(|_| file == FileJob::Client) {
            out.push(GeneratedFile { path: "src/types.rs".into(), contents });
        }
        out.push(GeneratedFile { path: file.path().into(), contents: texts.remove(&file).unwrap_or_default() });
    }
    Ok(out)
}

/// `src/types.rs` is emitted in about this many runs of types (more jobs than cores, so that
/// the cores finish together however the types' sizes vary).
const TYPE_RUNS: usize = 64;
/// The fewest types in a run.
const MIN_TYPE_RUN: usize = 4;

/// One job of [`emit`]: a file, or a run of types of `src/types.rs` (`true`: the first).
enum Job<'a> {
    File(FileJob),
    Types(&'a [TypeDef], bool),
}

/// A file of the crate other than `src/types.rs`, in the order of the crate's files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum FileJob {
    CargoToml,
    Readme,
    Lib,
    Client,
    Call,
    Errors,
    Ops,
    Mock,
    Examples,
    Contract,
}

/// The files of the crate but `src/types.rs` (which comes before `src/client.rs`), in order.
fn files_of(api: &Api, options: &EmitOptions) -> Vec<FileJob> {
    let mut files = vec![FileJob::CargoToml, FileJob::Readme, FileJob::Lib, FileJob::Client];
    if !api.operations.is_empty() {
        files.extend([FileJob::Call, FileJob::Errors, FileJob::Ops]);
        // The test kit is a feature of a crate; the module form's includer has none.
        if options.module_dir.is_none() {
            files.push(FileJob::Mock);
        }
    }
    if !api.examples.is_empty() {
        files.push(FileJob::Examples);
    }
    if !api.operations.is_empty() {
        files.push(FileJob::Contract);
    }
    files
}

impl FileJob {
    fn path(self) -> &'static str {
        match self {
            FileJob::CargoToml => "Cargo.toml",
            FileJob::Readme => "README.md",
            FileJob::Lib => "src/lib.rs",
            FileJob::Client => "src/client.rs",
            FileJob::Call => "src/call.rs",
            FileJob::Errors => "src/errors.rs",
            FileJob::Ops => "src/ops.rs",
            FileJob::Mock => "src/mock.rs",
            FileJob::Examples => "tests/examples.rs",
            FileJob::Contract => "tests/contract.rs",
        }
    }

    /// Where the job is scheduled: the files that usually take longest first.
    fn rank(self) -> usize {
        match self {
            FileJob::Client => 0,
            FileJob::Mock => 1,
            FileJob::Contract => 2,
            FileJob::Examples => 3,
            FileJob::Errors => 4,
            FileJob::Ops => 5,
            FileJob::Call => 6,
            FileJob::Readme => 7,
            FileJob::Lib => 8,
            FileJob::CargoToml => 9,
        }
    }

    /// The file's contents.
    fn emit(self, cx: &Cx<'_>, options: &EmitOptions, header: &str) -> Result<String, GenerateError> {
        let tokens = match self {
            FileJob::CargoToml => return Ok(manifest::cargo_toml(cx.api, options)),
            FileJob::Readme => return Ok(manifest::readme(cx, options)),
            FileJob::Lib => manifest::lib_rs(cx, options.module_dir.as_deref()),
            FileJob::Client => client::client_rs(cx),
            FileJob::Call => call::call_rs(cx),
            FileJob::Errors => errors::errors_rs(cx),
            FileJob::Ops => call::ops_rs(cx),
            FileJob::Mock => mock::mock_rs(cx),
            FileJob::Examples => examples::examples_rs(cx),
            FileJob::Contract => contract::contract_rs(cx),
        };
        Ok(format!("{header}\n{}", crate::format::format(tokens, self.path())?))
    }
}

/// What emitters share: the API and an index of its types.
pub(crate) struct Cx<'a> {
    pub api: &'a Api,
    pub types: BTreeMap<&'a str, &'a TypeDef>,
    pub lib: Ident,
    /// Serde's traits are derived (`EmitOptions::serde_derive`).
    pub serde_derive: bool,
    /// The operations' examples are doctests naming the crate (`no_run`); not in the module
    /// form, whose crate is the includer's (`ignore` there).
    pub doctests: bool,
}

impl<'a> Cx<'a> {
    fn new(api: &'a Api, serde_derive: bool) -> Self {
        Cx {
            serde_derive,
            doctests: true,
            api,
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            lib: ident(&api.lib_name),
        }
    }

    /// The type's tokens; `qualified` prefixes named types with `types::`.
    pub fn ty(&self, ty: &TypeRef, qualified: bool) -> TokenStream {
        tokens(&ty.rust(qualified, Paths::Crate))
    }

    /// The tokens of a type of the crate's surface (an argument, a return type), as `client.rs`
    /// names it.
    pub fn rust_ty(&self, ty: &RustTy) -> TokenStream {
        tokens(&ty.rust(true, Paths::Crate))
    }

    /// Follows aliases to the type underneath.
    pub fn resolve<'t>(&'t self, ty: &'t TypeRef) -> &'t TypeRef {
        crate::ir::resolve(ty, Boxes::Keep, |n| self.types.get(n).copied())
    }

    /// `true` when values of the type implement `Display` (scalars, enums, newtypes).
    pub fn displayable(&self, ty: &TypeRef) -> bool {
        match self.resolve(ty) {
            TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::I64
            | TypeRef::F32
            | TypeRef::F64
            | TypeRef::Format(_) => true,
            TypeRef::Named(n) => matches!(
                self.types.get(n.as_str()).map(|t| &t.kind),
                Some(TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::Newtype(TypeRef::String))
            ),
            _ => false,
        }
    }
}

/// A struct derives `Default` when no field must be given.
pub(crate) fn struct_default(_cx: &Cx<'_>, t: &TypeDef) -> bool {
    match &t.kind {
        TypeKind::Struct { fields, .. } => fields.iter().all(|f| f.optional()),
        _ => false,
    }
}

/// `#[cfg(feature = …)]` for an item compiled by any of `features`; nothing when always compiled.
pub(crate) fn cfg_of(features: &[String]) -> TokenStream {
    match features {
        [] => quote!(),
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    }
}

/// Puts `cfg` on every item of `items` (the items of one type: the type and its impls).
pub(crate) fn gate_items(items: &mut [syn::Item], cfg: &TokenStream) {
    if cfg.is_empty() {
        return;
    }
    for item in items {
        let attrs = match item {
            syn::Item::Struct(i) => Some(&mut i.attrs),
            syn::Item::Enum(i) => Some(&mut i.attrs),
            syn::Item::Impl(i) => Some(&mut i.attrs),
            syn::Item::Type(i) => Some(&mut i.attrs),
            syn::Item::Const(i) => Some(&mut i.attrs),
            syn::Item::Static(i) => Some(&mut i.attrs),
            syn::Item::Fn(i) => Some(&mut i.attrs),
            syn::Item::Use(i) => Some(&mut i.attrs),
            syn::Item::Mod(i) => Some(&mut i.attrs),
            _ => None,
        };
        if let Some(attrs) = attrs {
            attrs.insert(0, syn::parse_quote!(#cfg));
        }
    }
}

/// The tokens of Rust text the IR printed (a type); text that does not lex (a bug of the IR, not
/// of the spec) becomes a `compile_error!` in the generated code rather than a panic here.
pub(crate) fn tokens(text: &str) -> TokenStream {
    text.parse().unwrap_or_else(|_| {
        let message = format!("codegen printed a type that is not Rust: `{text}`");
        quote!(::core::compile_error!(#message))
    })
}

/// An identifier; `r#name` becomes a raw identifier.
pub(crate) fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}
