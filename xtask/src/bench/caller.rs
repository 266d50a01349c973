//! The caller crates: for a tool's generated client, a crate with one function per operation that
//! takes the operation's arguments as parameters and awaits the call, made from the client's
//! source with `syn`. No argument value is built; each function returns the call boxed as a
//! `dyn Future`, so the call's future (its request building and response decoding) is compiled
//! in the caller crate: what a user of the client pays for the operations they call.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use quote::quote;

/// How a tool's client exposes its operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// Ours: `impl Client { pub fn op(&self, …) -> Call<T, ops::Op> }`, a `Call` is a future.
    Ours,
    /// progenitor's positional interface: `impl Client { pub async fn op<'a>(&'a self, …) }`.
    Progenitor,
    /// openapi-generator: `pub async fn op(configuration: &Configuration, …)` in `apis::<tag>_api`.
    OpenapiGenerator,
}

/// One operation's caller function.
struct Call {
    /// The operation's function name.
    name: String,
    /// The function, as Rust source.
    source: String,
}

/// Writes into `dir` the caller crate of the client crate at `client`: one function per
/// operation, or per operation named in `only` (function names, compared by
/// [`normalized`]). Returns the number of operations called.
pub(super) fn write(client: &Path, dir: &Path, style: Style, only: Option<&BTreeSet<String>>) -> Result<usize> {
    let manifest_text = fs::read_to_string(client.join("Cargo.toml")).context("reading the client's Cargo.toml")?;
    let manifest: toml::Table = toml::from_str(&manifest_text).context("parsing the client's Cargo.toml")?;
    let package = manifest.get("package").and_then(|p| p.get("name")).and_then(|n| n.as_str()).unwrap_or_default();
    if package.is_empty() {
        bail!("the client's Cargo.toml has no package name");
    }
    let krate = package.replace('-', "_");
    let mut lib = String::from(
        "//! Calls every operation once (written by `cargo xtask bench`).\n\
         #![allow(unused_imports, unused_variables, clippy::all)]\n\n\
         use std::future::Future;\nuse std::pin::Pin;\n\n",
    );
    let mut count = 0;
    for (i, file) in rust_files(&client.join("src"))?.iter().enumerate() {
        let module = module_path(&client.join("src"), file);
        let text = fs::read_to_string(file)?;
        let ast = syn::parse_file(&text).with_context(|| format!("parsing {}", file.display()))?;
        let calls: Vec<Call> = calls(&ast, style, &krate, &module)
            .into_iter()
            .filter(|c| only.is_none_or(|only| only.contains(&normalized(&spelled_out(&c.name)))))
            .collect();
        if calls.is_empty() {
            continue;
        }
        count += calls.len();
        let _ = writeln!(lib, "pub mod m{i} {{\n    use super::{{Future, Pin}};\n    use ::{krate}::*;");
        // Only the imports the callers name: the client's file may import its private items.
        let named: BTreeSet<String> = calls
            .iter()
            .flat_map(|c| c.source.split(|ch: char| !ch.is_ascii_alphanumeric() && ch != '_'))
            .map(str::to_owned)
            .collect();
        for u in uses(&ast, &krate, &module, &named) {
            let _ = writeln!(lib, "    use {u};");
        }
        for c in calls {
            let _ = writeln!(lib, "\n{}", c.source);
        }
        lib.push_str("}\n\n");
    }
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir.join("src"))?;
    fs::write(dir.join("src/lib.rs"), lib)?;
    fs::write(dir.join("Cargo.toml"), caller_manifest(&manifest, package, client)?)?;
    if client.join("Cargo.lock").is_file() {
        fs::copy(client.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    }
    Ok(count)
}

/// An operation's name with only its letters and digits, lowercased: `repos/list-for-org`
/// and `repos_list_for_org` are the same.
pub(super) fn normalized(name: &str) -> String {
    name.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect()
}

/// A name without the words openapi-generator spells punctuation with (`repos/list-for-org` is
/// its `repos_slash_list_minus_for_minus_org`).
fn spelled_out(name: &str) -> String {
    name.replace("_slash_", "_").replace("_minus_", "_")
}

/// The caller's manifest: the client as a path dependency, and the client's own dependencies
/// (its signatures name their types), in a workspace of its own.
fn caller_manifest(manifest: &toml::Table, package: &str, client: &Path) -> Result<String> {
    let edition = manifest.get("package").and_then(|p| p.get("edition")).and_then(|e| e.as_str()).unwrap_or("2021");
    let client_dir = client.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let mut out = format!(
        "[package]\nname = \"{package}-caller\"\nversion = \"0.1.0\"\nedition = \"{edition}\"\npublish = false\n\n\
         [dependencies]\n{package} = {{ path = \"../{client_dir}\" }}\n"
    );
    if let Some(deps) = manifest.get("dependencies").and_then(|d| d.as_table()) {
        for (name, spec) in deps {
            let mut spec = spec.clone();
            // The caller sits beside the client: a relative path is taken from the client's dir.
            if let Some(path) = spec.get_mut("path") {
                if let Some(p) = path.as_str().filter(|p| !Path::new(p).is_absolute()) {
                    *path = toml::Value::String(format!("../{client_dir}/{p}"));
                }
            }
            let _ = writeln!(out, "{name} = {}", inline(&spec));
        }
    }
    out.push_str("\n[workspace]\n");
    Ok(out)
}

/// A TOML value written inline.
fn inline(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => format!("{s:?}"),
        toml::Value::Array(a) => format!("[{}]", a.iter().map(inline).collect::<Vec<_>>().join(", ")),
        toml::Value::Table(t) => {
            let fields: Vec<String> = t.iter().map(|(k, v)| format!("{k:?} = {}", inline(v))).collect();
            format!("{{ {} }}", fields.join(", "))
        }
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Datetime(d) => format!("{:?}", format!("{d:?}")),
    }
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> =
        super::measure::walk(dir)?.into_iter().filter(|p| p.extension().is_some_and(|e| e == "rs")).collect();
    files.sort();
    Ok(files)
}

/// The module path of a file under `src`: `src/apis/pets_api.rs` is `["apis", "pets_api"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap_or(file).with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|l| l == "lib" || l == "mod" || l == "main") {
        parts.pop();
    }
    parts
}

/// The file's `use` items of names in `named`, rewritten to name the client crate (`crate::`,
/// `super::`, `self::`).
fn uses(ast: &syn::File, krate: &str, module: &[String], named: &BTreeSet<String>) -> Vec<String> {
    let mut out = Vec::new();
    for item in &ast.items {
        let syn::Item::Use(u) = item else { continue };
        if u.attrs.iter().any(|a| a.path().is_ident("cfg")) {
            continue;
        }
        let Some(mut text) = pruned(&u.tree, named) else { continue };
        let mut base: Vec<String> = module.to_vec();
        let mut rooted = false;
        loop {
            if let Some(rest) = text.strip_prefix("crate ::") {
                base.clear();
                text = rest.trim_start().to_owned();
                rooted = true;
            } else if let Some(rest) = text.strip_prefix("super ::") {
                base.pop();
                text = rest.trim_start().to_owned();
                rooted = true;
            } else if let Some(rest) = text.strip_prefix("self ::") {
                text = rest.trim_start().to_owned();
                rooted = true;
            } else {
                break;
            }
        }
        if rooted {
            let prefix: String = base.iter().map(|m| format!("{m}::")).collect();
            out.push(format!("::{krate}::{prefix}{text}"));
        } else if u.leading_colon.is_some() {
            out.push(format!("::{text}"));
        } else {
            out.push(text);
        }
    }
    out
}

/// A use tree with only the leaves in `named` (and globs), as text; `None` when none is left.
fn pruned(tree: &syn::UseTree, named: &BTreeSet<String>) -> Option<String> {
    match tree {
        syn::UseTree::Path(p) => {
            let ident = &p.ident;
            Some(format!("{ident} :: {}", pruned(&p.tree, named)?))
        }
        syn::UseTree::Name(n) => named.contains(&n.ident.to_string()).then(|| n.ident.to_string()),
        syn::UseTree::Rename(r) => {
            named.contains(&r.rename.to_string()).then(|| format!("{} as {}", r.ident, r.rename))
        }
        syn::UseTree::Glob(_) => Some("*".into()),
        syn::UseTree::Group(g) => {
            let items: Vec<String> = g.items.iter().filter_map(|t| pruned(t, named)).collect();
            (!items.is_empty()).then(|| format!("{{ {} }}", items.join(" , ")))
        }
    }
}

/// The caller functions of one file's operations.
fn calls(ast: &syn::File, style: Style, krate: &str, module: &[String]) -> Vec<Call> {
    let mut out = Vec::new();
    for item in &ast.items {
        match (style, item) {
            (Style::OpenapiGenerator, syn::Item::Fn(f))
                if matches!(f.vis, syn::Visibility::Public(_)) && f.sig.asyncness.is_some() =>
            {
                let path: String = module.iter().map(|m| format!("{m}::")).collect();
                out.extend(caller(&f.sig, None, &format!("::{krate}::{path}")));
            }
            (Style::Ours | Style::Progenitor, syn::Item::Impl(imp)) if imp.trait_.is_none() => {
                let self_ty = &imp.self_ty;
                let self_ty = quote!(#self_ty).to_string();
                if self_ty != "Client" {
                    continue;
                }
                for it in &imp.items {
                    let syn::ImplItem::Fn(f) = it else { continue };
                    let public = matches!(f.vis, syn::Visibility::Public(_));
                    let operation = match style {
                        Style::Ours => returns(&f.sig, "Call"),
                        _ => f.sig.asyncness.is_some(),
                    };
                    if public && operation {
                        out.extend(caller(&f.sig, Some(&self_ty), ""));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether the function's return type's last path segment is `name`.
fn returns(sig: &syn::Signature, name: &str) -> bool {
    match &sig.output {
        syn::ReturnType::Type(_, ty) => match &**ty {
            syn::Type::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == name),
            _ => false,
        },
        syn::ReturnType::Default => false,
    }
}

/// `pub fn call_<op><'c>(client: &'c Client, <params>) -> Pin<Box<dyn Future<Output = ()> + 'c>>`
/// awaiting the call: every lifetime is `'c`, an `impl Into<T>` parameter is a `T`. `None`
/// for a function with type parameters or a receiver other than `&self`.
fn caller(sig: &syn::Signature, self_ty: Option<&str>, path: &str) -> Option<Call> {
    if sig.generics.params.iter().any(|p| !matches!(p, syn::GenericParam::Lifetime(_))) {
        return None;
    }
    let name = sig.ident.to_string();
    let mut params = Vec::new();
    let mut args = Vec::new();
    for input in &sig.inputs {
        match input {
            syn::FnArg::Receiver(r) => {
                if r.reference.is_none() || r.mutability.is_some() {
                    return None;
                }
                params.push(format!("client: &'c {}", self_ty?));
            }
            syn::FnArg::Typed(t) => {
                let syn::Pat::Ident(id) = &*t.pat else { return None };
                let mut ty = cloned(&t.ty);
                one_lifetime(&mut ty);
                let ident = &id.ident;
                params.push(format!("{ident}: {}", quote!(#ty)));
                args.push(ident.to_string());
            }
        }
    }
    let args = args.join(", ");
    let call = match self_ty {
        Some(_) => format!("client.{name}({args})"),
        None => format!("{path}{name}({args})"),
    };
    let bare = name.trim_start_matches("r#");
    let source = format!(
        "    pub fn call_{bare}<'c>({}) -> Pin<Box<dyn Future<Output = ()> + 'c>> {{\n        \
         Box::pin(async move {{\n            let _ = {call}.await;\n        }})\n    }}",
        params.join(", ")
    );
    Some(Call { name: bare.to_owned(), source })
}

/// Every lifetime of a parameter's type made `'c` (elided ones too); `impl Into<T>` made `T`,
/// any other `impl Trait` bounded by `'c`.
fn one_lifetime(ty: &mut syn::Type) {
    let c = || syn::Lifetime::new("'c", proc_macro2::Span::call_site());
    match ty {
        syn::Type::Reference(r) => {
            r.lifetime = Some(c());
            one_lifetime(&mut r.elem);
        }
        syn::Type::Path(p) => {
            for seg in &mut p.path.segments {
                if let syn::PathArguments::AngleBracketed(a) = &mut seg.arguments {
                    for arg in &mut a.args {
                        match arg {
                            syn::GenericArgument::Type(t) => one_lifetime(t),
                            syn::GenericArgument::Lifetime(l) => *l = c(),
                            _ => {}
                        }
                    }
                }
            }
        }
        syn::Type::Slice(s) => one_lifetime(&mut s.elem),
        syn::Type::Array(a) => one_lifetime(&mut a.elem),
        syn::Type::Paren(p) => one_lifetime(&mut p.elem),
        syn::Type::Group(g) => one_lifetime(&mut g.elem),
        syn::Type::Tuple(t) => t.elems.iter_mut().for_each(one_lifetime),
        syn::Type::ImplTrait(i) => {
            if let Some(target) = into_target(i) {
                *ty = target;
                one_lifetime(ty);
            } else {
                i.bounds.push(syn::TypeParamBound::Lifetime(c()));
            }
        }
        _ => {}
    }
}

/// A copy of a type (syn's `Clone` impls are not compiled in).
fn cloned(ty: &syn::Type) -> syn::Type {
    let tokens = quote!(#ty);
    syn::parse2(tokens.clone()).unwrap_or(syn::Type::Verbatim(tokens))
}

/// `T` of `impl Into<T>`.
fn into_target(i: &syn::TypeImplTrait) -> Option<syn::Type> {
    let [syn::TypeParamBound::Trait(t)] = i.bounds.iter().collect::<Vec<_>>()[..] else { return None };
    let seg = t.path.segments.last().filter(|s| s.ident == "Into")?;
    let syn::PathArguments::AngleBracketed(a) = &seg.arguments else { return None };
    match a.args.first() {
        Some(syn::GenericArgument::Type(t)) if a.args.len() == 1 => Some(cloned(t)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_method_becomes_a_boxed_caller_with_one_lifetime() {
        let ast: syn::File = syn::parse_str(
            "impl Client {\n\
             pub fn get_pet(&self, id: &str, tags: &[String], name: impl Into<String>) -> Call<types::Pet, ops::GetPet> { todo!() }\n\
             pub fn new() -> Self { todo!() }\n}\n\
             impl Other { pub fn get(&self) -> Call<(), ()> { todo!() } }",
        )
        .unwrap();
        let calls = calls(&ast, Style::Ours, "pets", &[]);
        assert_eq!(calls.len(), 1);
        let src = calls[0].source.replace(' ', "");
        assert!(
            src.contains("pubfncall_get_pet<'c>(client:&'cClient,id:&'cstr,tags:&'c[String],name:String)"),
            "{src}"
        );
        assert!(src.contains("let_=client.get_pet(id,tags,name).await;"), "{src}");
    }

    #[test]
    fn free_functions_and_relative_imports_name_the_client_crate() {
        let ast: syn::File = syn::parse_str(
            "use super::{Error, configuration};\nuse crate::models;\nuse reqwest;\n\
             pub async fn list<'a>(configuration: &configuration::Configuration, limit: Option<i32>) -> Result<(), ()> { todo!() }",
        )
        .unwrap();
        let module = vec!["apis".to_owned(), "pets_api".to_owned()];
        let calls = calls(&ast, Style::OpenapiGenerator, "pets", &module);
        assert_eq!(calls.len(), 1);
        assert!(calls[0].source.contains("::pets::apis::pets_api::list(configuration, limit)"), "{}", calls[0].source);
        let named: BTreeSet<String> = ["configuration", "models"].map(str::to_owned).into();
        let uses = uses(&ast, "pets", &module, &named);
        assert_eq!(uses.len(), 2, "{uses:?}");
        assert_eq!(uses[0].replace(' ', ""), "::pets::apis::{configuration}");
        assert_eq!(uses[1].replace(' ', ""), "::pets::models");
        assert_eq!(normalized("repos/list-for-org"), normalized("repos_list_for_org"));
    }
}
