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
/// of the Rust files, named with the type or impl they belong to.
fn public_items(files: &[GeneratedFile]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in files.iter().filter(|f| f.path.starts_with("src/") && f.path.ends_with(".rs")) {
        let module = file.path.trim_start_matches("src/").trim_end_matches(".rs");
        let mut owner = String::new();
        for line in file.contents.lines() {
            let top = !line.starts_with(' ');
            let trimmed = line.trim_start();
            if top && trimmed.starts_with("impl") {
                owner = impl_owner(trimmed);
                continue;
            }
            for kind in ["pub fn ", "pub struct ", "pub enum ", "pub type ", "pub const ", "pub mod "] {
                let Some(rest) = trimmed.strip_prefix(kind) else { continue };
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '#').collect();
                let item = if top { format!("{module}::{name}") } else { format!("{owner}::{name}") };
                out.insert(item);
            }
        }
    }
    out
}

/// `impl<T: Send + 'static> Call<T, ops::ListUsers> {` → `Call<ops::ListUsers>`.
fn impl_owner(line: &str) -> String {
    let head = line.trim_end_matches('{').trim();
    let target = head.rsplit_once(" for ").map_or_else(|| skip_generics(head.trim_start_matches("impl")), |(_, t)| t);
    let target = target.trim();
    match target.split_once('<') {
        Some((name, args)) => {
            let marker = args.split(',').map(str::trim).find(|a| a.starts_with("ops::"));
            match marker {
                Some(m) => format!("{name}<{}>", m.trim_end_matches('>')),
                None => name.to_owned(),
            }
        }
        None => target.to_owned(),
    }
}

/// `<'a, T> Call<…>` → `Call<…>`.
fn skip_generics(rest: &str) -> &str {
    let rest = rest.trim_start();
    if !rest.starts_with('<') {
        return rest;
    }
    let mut depth = 0;
    for (i, c) in rest.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return &rest[i + 1..];
                }
            }
            _ => {}
        }
    }
    rest
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
}
