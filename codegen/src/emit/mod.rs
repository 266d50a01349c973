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
/// `src/types.rs`, the largest file of most crates, is emitted and formatted in two halves on
/// two more threads while this one does the other files (tokens are not `Send`, so each thread
/// builds its own). The output does not depend on it: the same bytes as on one thread.
pub fn emit(api: &Api, options: &EmitOptions) -> Result<Vec<GeneratedFile>, GenerateError> {
    let header =
        format!("// This file is generated from {} by `{}`. Do not edit it by hand.\n", api.spec_file, options.command);
    let (first, second) = api.types.split_at(api.types.len() / 2);
    let part = |types: &[TypeDef], is_first: bool| {
        types::types_rs(&Cx::new(api, options.serde_derive), types, is_first).map(|file| crate::format::unparse(&file))
    };
    let (parts, rest) = std::thread::scope(|scope| {
        let spawn = |types, is_first| {
            std::thread::Builder::new().name("emit-types".into()).spawn_scoped(scope, move || part(types, is_first))
        };
        let workers = [(spawn(first, true), first, true), (spawn(second, false), second, false)];
        let rest = other_files(api, options, &header);
        let parts = workers.map(|(worker, types, is_first)| match worker {
            Ok(worker) => worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: the same work on this one.
            Err(_) => part(types, is_first),
        });
        (parts, rest)
    });
    let [first, second] = parts;
    let text = crate::format::join(&[first?, second?]);
    let (mut files, after) = rest?;
    files.push(GeneratedFile { path: "src/types.rs".into(), contents: format!("{header}\n{text}") });
    files.extend(after);
    Ok(files)
}

fn rust_file(header: &str, path: &str, tokens: TokenStream) -> Result<GeneratedFile, GenerateError> {
    Ok(GeneratedFile { path: path.to_owned(), contents: format!("{header}\n{}", crate::format::format(tokens, path)?) })
}

/// The files before `src/types.rs` and after it.
type Split = (Vec<GeneratedFile>, Vec<GeneratedFile>);

fn other_files(api: &Api, options: &EmitOptions, header: &str) -> Result<Split, GenerateError> {
    let mut cx = Cx::new(api, options.serde_derive);
    cx.doctests = options.module_dir.is_none();
    let before = vec![
        GeneratedFile { path: "Cargo.toml".into(), contents: manifest::cargo_toml(api, options) },
        GeneratedFile { path: "README.md".into(), contents: manifest::readme(&cx, options) },
        rust_file(header, "src/lib.rs", manifest::lib_rs(&cx, options.module_dir.as_deref()))?,
    ];
    let mut after = vec![rust_file(header, "src/client.rs", client::client_rs(&cx))?];
    if !api.operations.is_empty() {
        after.push(rust_file(header, "src/call.rs", call::call_rs(&cx))?);
        after.push(rust_file(header, "src/errors.rs", errors::errors_rs(&cx))?);
        after.push(rust_file(header, "src/ops.rs", call::ops_rs(&cx))?);
        // The test kit is a feature of a crate; the module form's includer has none.
        if options.module_dir.is_none() {
            after.push(rust_file(header, "src/mock.rs", mock::mock_rs(&cx))?);
        }
    }
    if !api.examples.is_empty() {
        after.push(rust_file(header, "tests/examples.rs", examples::examples_rs(&cx))?);
    }
    if !api.operations.is_empty() {
        after.push(rust_file(header, "tests/contract.rs", contract::contract_rs(&cx))?);
    }
    Ok((before, after))
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
