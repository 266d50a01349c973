//! What a spec change does to the generated code of one crate: files changed, lines added and
//! removed, and the public items that appear or disappear — the summary a reviewer reads next
//! to the verdicts of `cargo codegen diff` and `cargo xtask diff`.

use std::collections::BTreeSet;

use crate::GeneratedFile;

/// The change of one crate's generated files.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CodeChange {
    pub files_changed: usize,
    pub lines_added: usize,
    pub lines_removed: usize,
    pub items_added: Vec<String>,
    pub items_removed: Vec<String>,
}

/// Compares the files of the old and the new crate (either side may be empty).
pub fn compare(old: &[GeneratedFile], new: &[GeneratedFile]) -> CodeChange {
    let mut change = CodeChange::default();
    let paths: BTreeSet<&str> = old.iter().chain(new).map(|f| f.path.as_str()).collect();
    let text_of = |files: &[GeneratedFile], path: &str| -> String {
        files.iter().find(|f| f.path == path).map(|f| strip_header(&f.contents)).unwrap_or_default()
    };
    for path in paths {
        let (a, b) = (text_of(old, path), text_of(new, path));
        if a == b {
            continue;
        }
        change.files_changed += 1;
        for op in similar::TextDiff::from_lines(&a, &b).iter_all_changes() {
            match op.tag() {
                similar::ChangeTag::Insert => change.lines_added += 1,
                similar::ChangeTag::Delete => change.lines_removed += 1,
                similar::ChangeTag::Equal => {}
            }
        }
    }
    let (before, after) = (public_items(old), public_items(new));
    change.items_added = after.difference(&before).cloned().collect();
    change.items_removed = before.difference(&after).cloned().collect();
    change
}

/// The generated header names the command and the spec file, which differ between the sides of
/// a comparison of two files: it is not a change of the code.
fn strip_header(text: &str) -> String {
    match text.strip_prefix("// This file is generated") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body).to_owned(),
        None => text.to_owned(),
    }
}

/// `types::Device`, `Client::list_devices`, `Call<ops::ListDevices>::limit`: the public items
/// of the Rust files, named with the module or the impl they belong to. A file that does not
/// parse as Rust adds none.
fn public_items(files: &[GeneratedFile]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in files.iter().filter(|f| f.path.starts_with("src/") && f.path.ends_with(".rs")) {
        let module = file.path.trim_start_matches("src/").trim_end_matches(".rs");
        let Ok(parsed) = syn::parse_file(&file.contents) else { continue };
        for item in &parsed.items {
            if let syn::Item::Impl(block) = item {
                let owner = impl_owner(&block.self_ty);
                out.extend(block.items.iter().filter_map(impl_item_name).map(|name| format!("{owner}::{name}")));
            } else if let Some(name) = item_name(item) {
                out.insert(format!("{module}::{name}"));
            }
        }
    }
    out
}

/// The name of a public function, struct, enum, type alias, constant or module.
fn item_name(item: &syn::Item) -> Option<String> {
    let (vis, ident) = match item {
        syn::Item::Fn(f) => (&f.vis, &f.sig.ident),
        syn::Item::Struct(s) => (&s.vis, &s.ident),
        syn::Item::Enum(e) => (&e.vis, &e.ident),
        syn::Item::Type(t) => (&t.vis, &t.ident),
        syn::Item::Const(c) => (&c.vis, &c.ident),
        syn::Item::Mod(m) => (&m.vis, &m.ident),
        _ => return None,
    };
    matches!(vis, syn::Visibility::Public(_)).then(|| ident.to_string())
}

/// The name of a public method, associated constant or associated type.
fn impl_item_name(item: &syn::ImplItem) -> Option<String> {
    let (vis, ident) = match item {
        syn::ImplItem::Fn(f) => (&f.vis, &f.sig.ident),
        syn::ImplItem::Const(c) => (&c.vis, &c.ident),
        syn::ImplItem::Type(t) => (&t.vis, &t.ident),
        _ => return None,
    };
    matches!(vis, syn::Visibility::Public(_)).then(|| ident.to_string())
}

/// `Call<T, ops::ListUsers>` → `Call<ops::ListUsers>`: the type's path without its generic
/// arguments, except an operation marker (`ops::…`), which tells the impls of `Call` apart.
fn impl_owner(self_ty: &syn::Type) -> String {
    let syn::Type::Path(ty) = self_ty else { return quote::ToTokens::to_token_stream(self_ty).to_string() };
    let name = path_name(&ty.path);
    let marker = ty.path.segments.last().and_then(|last| match &last.arguments {
        syn::PathArguments::AngleBracketed(args) => args.args.iter().find_map(|arg| match arg {
            syn::GenericArgument::Type(syn::Type::Path(arg)) => {
                Some(path_name(&arg.path)).filter(|n| n.starts_with("ops::"))
            }
            _ => None,
        }),
        _ => None,
    });
    match marker {
        Some(marker) => format!("{name}<{marker}>"),
        None => name,
    }
}

/// `crate::types::Device` for a path, generic arguments left out.
fn path_name(path: &syn::Path) -> String {
    path.segments.iter().map(|s| s.ident.to_string()).collect::<Vec<_>>().join("::")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, contents: &str) -> GeneratedFile {
        GeneratedFile { path: path.into(), contents: contents.into() }
    }

    #[test]
    fn counts_lines_and_public_items() {
        let old = [file(
            "src/client.rs",
            "// This file is generated from a by b.\nimpl Client {\n    pub fn get(&self) {}\n}\nimpl<T: Send + 'static> Call<T, ops::List> {\n    pub fn limit(self) {}\n}\n",
        )];
        let new = [
            file(
                "src/client.rs",
                "// This file is generated from c by d.\nimpl Client {\n    pub fn get(&self) {}\n    pub fn put(&self) {}\n}\n",
            ),
            file("src/types.rs", "pub struct Thing {}\n"),
        ];
        let change = compare(&old, &new);
        assert_eq!(change.files_changed, 2, "the header alone is no change");
        assert_eq!((change.lines_added, change.lines_removed), (2, 3));
        assert_eq!(change.items_added, ["Client::put", "types::Thing"]);
        assert_eq!(change.items_removed, ["Call<ops::List>::limit"]);
    }

    #[test]
    fn items_are_read_from_the_syntax_not_the_layout() {
        let new = [file(
            "src/client.rs",
            "impl<T: Send + 'static>\n    Call<T, ops::List>\n{\n    pub async fn send(self) {}\n    pub(crate) fn hidden(&self) {}\n}\n\
             impl std::fmt::Debug for Client {\n    fn fmt(&self) {}\n}\n\
             pub const fn version() -> u32 { 1 }\n",
        )];
        let change = compare(&[], &new);
        assert_eq!(change.items_added, ["Call<ops::List>::send", "client::version"]);
    }
}
