//! House rules checked on the source: see `run`.
//!
//! The rules of ARCHITECTURE.md, read from the code with `syn` rather than trusted:
//! - the top-level modules of the generator (`codegen/src`) and of the runtime
//!   (`codegen/runtime/src`) import each other without a circle; the generator's modules import
//!   only what `GENERATOR_IMPORTS` allows them, the runtime's only their own layer or those
//!   below it (`RUNTIME_LAYERS`);
//! - no function outside tests is longer than `MAX_FN_LINES` lines.
//!
//! A module's imports are the `crate::…` (and crate-reaching `super::…`) paths anywhere in its
//! files, macros included, outside `#[cfg(test)]` items.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;

/// The longest function the house accepts, counted from `fn` to its closing brace.
pub const MAX_FN_LINES: usize = 120;

/// The crates whose top-level modules must not import each other in a circle.
const ACYCLIC: &[&str] = &["codegen/src", "codegen/runtime/src"];

/// The crates whose functions are measured.
const MEASURED: &[&str] = &["codegen/src", "codegen/runtime/src", "codegen/cli/src", "xtask/src"];

/// The runtime's layers, bottom first (the crate docs of `codegen/runtime/src/lib.rs` say what
/// each holds). A module may import its own layer and those below it; a new module must be
/// given a layer here.
const RUNTIME_LAYERS: &[(&str, &[&str])] = &[
    (
        "L0 values and policies",
        &[
            "error", "retry", "auth", "hooks", "upload", "path", "redact", "decode", "enums", "formats", "buffer",
            "model", "lenient", "nullable",
        ],
    ),
    ("L1 request and response", &["request", "multipart", "options", "outgoing", "response", "links"]),
    ("L2 execution", &["client", "attempt", "orchestrate"]),
    ("L3 calls, streams, pages", &["call", "stream", "paginate"]),
    ("L4 sessions", &["session"]),
    // Testing support: may use any layer; nothing below imports it (a breach otherwise).
    ("testing support", &["mock", "contract", "record", "example"]),
];

/// What each top-level module of the generator may import (ARCHITECTURE.md, "Code map"): the
/// spec layer at the bottom, lowering into the IR, emitters and the diff tool reading only the
/// IR (and the documents, for the diff); `None`: a module on top, which may import any.
const GENERATOR_IMPORTS: &[(&str, Option<&[&str]>)] = &[
    ("diagnostic", Some(&[])),
    ("naming", Some(&[])),
    ("ir", Some(&[])),
    ("spec", Some(&["diagnostic"])),
    ("format", Some(&["diagnostic"])),
    ("lower", Some(&["diagnostic", "spec", "naming", "ir"])),
    ("emit", Some(&["diagnostic", "ir", "format"])),
    ("diff", Some(&["diagnostic", "spec", "ir"])),
    ("conform", Some(&["diagnostic", "spec"])),
    ("tool", None),
    ("generator", None),
];

/// Checks every rule and fails with the list of what breaks one.
pub fn run() -> Result<()> {
    let root = crate::root();
    let mut problems = Vec::new();
    for dir in ACYCLIC {
        let graph = ModuleGraph::read(&root.join(dir))?;
        problems.extend(graph.circles().into_iter().map(|c| format!("{dir}: import circle {}", c.join(" → "))));
        let breaches = match *dir {
            "codegen/runtime/src" => graph.layer_breaches(RUNTIME_LAYERS),
            _ => graph.unallowed_imports(GENERATOR_IMPORTS),
        };
        problems.extend(breaches.into_iter().map(|p| format!("{dir}: {p}")));
    }
    let mut functions = 0;
    for dir in MEASURED {
        for file in rust_files(&root.join(dir))? {
            let measured = measure_functions(&file)?;
            functions += measured.len();
            for f in measured.into_iter().filter(|f| f.lines > MAX_FN_LINES) {
                let shown = file.strip_prefix(&root).unwrap_or(&file).display().to_string();
                problems
                    .push(format!("{shown}:{}: fn {} is {} lines (at most {MAX_FN_LINES})", f.line, f.name, f.lines));
            }
        }
    }
    if !problems.is_empty() {
        bail!("{} breach(es) of the house rules:\n  {}", problems.len(), problems.join("\n  "));
    }
    println!(
        "house rules hold: no import circle in {}; {functions} functions, none over {MAX_FN_LINES} lines",
        ACYCLIC.join(", ")
    );
    Ok(())
}

/// The `.rs` files under `dir`, sorted.
fn rust_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn parse(file: &Path) -> Result<syn::File> {
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    syn::parse_file(&text).with_context(|| format!("parsing {}", file.display()))
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("cfg") && a.meta.to_token_stream().to_string().replace(' ', "").contains("(test)"))
}

/// Which top-level module imports which.
struct ModuleGraph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl ModuleGraph {
    fn read(src: &Path) -> Result<Self> {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let files = rust_files(src)?;
        for file in &files {
            if let Some(path) = module_path(src, file) {
                edges.entry(path[0].clone()).or_default();
            }
        }
        for file in &files {
            let Some(path) = module_path(src, file) else { continue };
            let mut targets = BTreeSet::new();
            for item in parse(file)?.items.iter().filter(|i| !is_test(item_attrs(i))) {
                crate_references(item.to_token_stream(), path.len(), &mut targets);
            }
            let known: Vec<String> = targets.into_iter().filter(|t| *t != path[0] && edges.contains_key(t)).collect();
            edges.entry(path[0].clone()).or_default().extend(known);
        }
        Ok(ModuleGraph { edges })
    }

    /// The strongly connected components of more than one module (Tarjan), each sorted.
    fn circles(&self) -> Vec<Vec<String>> {
        let mut state = Tarjan::default();
        for node in self.edges.keys() {
            if !state.index.contains_key(node.as_str()) {
                state.visit(node, &self.edges);
            }
        }
        state.circles
    }

    fn unallowed_imports(&self, allowed: &[(&str, Option<&[&str]>)]) -> Vec<String> {
        let mut out = Vec::new();
        for (module, targets) in &self.edges {
            match allowed.iter().find(|(m, _)| m == module) {
                None => out.push(format!("module `{module}` has no entry in xtask/src/arch.rs GENERATOR_IMPORTS")),
                Some((_, None)) => {}
                Some((_, Some(may))) => {
                    for t in targets.iter().filter(|t| !may.contains(&t.as_str())) {
                        out.push(format!(
                            "`{module}` imports `{t}`, which it may not (it may import: {})",
                            may.join(", ")
                        ));
                    }
                }
            }
        }
        out
    }

    fn layer_breaches(&self, layers: &[(&str, &[&str])]) -> Vec<String> {
        let layer_of = |m: &str| layers.iter().position(|(_, ms)| ms.contains(&m));
        let mut out = Vec::new();
        for (module, targets) in &self.edges {
            let Some(own) = layer_of(module) else {
                out.push(format!("module `{module}` has no layer in xtask/src/arch.rs RUNTIME_LAYERS"));
                continue;
            };
            for t in targets {
                if let Some(theirs) = layer_of(t).filter(|l| *l > own) {
                    out.push(format!(
                        "`{module}` ({}) imports `{t}` ({}), a layer above it",
                        layers[own].0, layers[theirs].0
                    ));
                }
            }
        }
        out
    }
}

#[derive(Default)]
struct Tarjan<'g> {
    next: usize,
    index: BTreeMap<&'g str, usize>,
    low: BTreeMap<&'g str, usize>,
    stack: Vec<&'g str>,
    circles: Vec<Vec<String>>,
}

impl<'g> Tarjan<'g> {
    fn visit(&mut self, node: &'g str, edges: &'g BTreeMap<String, BTreeSet<String>>) {
        self.index.insert(node, self.next);
        self.low.insert(node, self.next);
        self.next += 1;
        self.stack.push(node);
        for next in &edges[node] {
            if !self.index.contains_key(next.as_str()) {
                self.visit(next, edges);
                let low = self.low[node].min(self.low[next.as_str()]);
                self.low.insert(node, low);
            } else if self.stack.contains(&next.as_str()) {
                let low = self.low[node].min(self.index[next.as_str()]);
                self.low.insert(node, low);
            }
        }
        if self.low[node] == self.index[node] {
            let at = self.stack.iter().rposition(|n| *n == node).unwrap_or(0);
            let mut component: Vec<String> = self.stack.drain(at..).map(str::to_owned).collect();
            if component.len() > 1 {
                component.sort();
                self.circles.push(component);
            }
        }
    }
}

/// `src/a.rs` and `src/a/mod.rs` → `[a]`, `src/a/b.rs` → `[a, b]`; the crate root → `None`.
fn module_path(src: &Path, file: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(src).ok()?;
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop()?;
    match last.as_str() {
        "lib.rs" | "main.rs" if parts.is_empty() => None,
        "mod.rs" => Some(parts),
        _ => {
            parts.push(last.trim_end_matches(".rs").to_owned());
            Some(parts)
        }
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        _ => &[],
    }
}

/// Adds the top-level module named after each `crate::` path in `tokens` (and after a
/// `super::` path that climbs to the crate root from a module `depth` deep), including every
/// name of a `crate::{a, b::c}` group.
fn crate_references(tokens: TokenStream, depth: usize, out: &mut BTreeSet<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        if let TokenTree::Group(g) = &trees[i] {
            crate_references(g.stream(), depth, out);
        }
        let mut supers = 0;
        while is_ident(trees.get(i + supers * 3), "super") && is_path_sep(&trees, i + supers * 3 + 1) {
            supers += 1;
        }
        let after = if is_ident(trees.get(i), "crate") && is_path_sep(&trees, i + 1) {
            Some(i + 3)
        } else if supers > 0 && supers >= depth {
            Some(i + (depth * 3))
        } else {
            None
        };
        if let Some(at) = after {
            match trees.get(at) {
                Some(TokenTree::Ident(name)) => {
                    out.insert(name.to_string());
                }
                Some(TokenTree::Group(g)) => group_heads(g.stream(), out),
                _ => {}
            }
        }
        i += 1;
    }
}

/// The first name of each comma-separated path in a `use crate::{…}` group.
fn group_heads(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let mut expect_head = true;
    for tree in tokens {
        match &tree {
            TokenTree::Ident(name) if expect_head => {
                out.insert(name.to_string());
                expect_head = false;
            }
            TokenTree::Punct(p) if p.as_char() == ',' => expect_head = true,
            _ => expect_head = false,
        }
    }
}

fn is_ident(tree: Option<&TokenTree>, name: &str) -> bool {
    matches!(tree, Some(TokenTree::Ident(i)) if i == name)
}

fn is_path_sep(trees: &[TokenTree], at: usize) -> bool {
    let colon = |t: Option<&TokenTree>| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == ':');
    colon(trees.get(at)) && colon(trees.get(at + 1))
}

/// One function's extent.
struct Measured {
    name: String,
    line: usize,
    lines: usize,
}

/// Every function of `file` outside `#[cfg(test)]` items, measured from `fn` to its closing
/// brace (nested functions count within their outer one).
fn measure_functions(file: &Path) -> Result<Vec<Measured>> {
    let mut out = Vec::new();
    measure_items(&parse(file)?.items, &mut out);
    Ok(out)
}

fn measure_items(items: &[syn::Item], out: &mut Vec<Measured>) {
    for item in items.iter().filter(|i| !is_test(item_attrs(i))) {
        match item {
            syn::Item::Fn(f) => out.push(measure(&f.sig, &f.block)),
            syn::Item::Impl(imp) => {
                for member in &imp.items {
                    if let syn::ImplItem::Fn(f) = member {
                        if !is_test(&f.attrs) {
                            out.push(measure(&f.sig, &f.block));
                        }
                    }
                }
            }
            syn::Item::Trait(t) => {
                for member in &t.items {
                    if let syn::TraitItem::Fn(syn::TraitItemFn { sig, default: Some(block), .. }) = member {
                        out.push(measure(sig, block));
                    }
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    measure_items(inner, out);
                }
            }
            _ => {}
        }
    }
}

fn measure(sig: &syn::Signature, block: &syn::Block) -> Measured {
    let line = sig.fn_token.span.start().line;
    let end = block.brace_token.span.close().end().line;
    Measured { name: sig.ident.to_string(), line, lines: end + 1 - line }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(src: &str, depth: usize) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        crate_references(src.parse().unwrap(), depth, &mut out);
        out
    }

    #[test]
    fn crate_paths_groups_and_climbing_supers_are_references() {
        let found = refs("use crate::{a, b::c, d::{e}}; fn f() { crate::g::h(); super::i::j(); }", 1);
        assert_eq!(found.into_iter().collect::<Vec<_>>(), ["a", "b", "d", "g", "i"]);
        // Two levels deep, one `super` stays inside the module; two reach the root.
        assert!(refs("use super::x;", 2).is_empty());
        assert_eq!(refs("use super::super::x;", 2).into_iter().collect::<Vec<_>>(), ["x"]);
    }

    #[test]
    fn a_circle_is_found_and_a_chain_is_not() {
        let graph = |pairs: &[(&str, &str)]| {
            let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (a, b) in pairs {
                edges.entry(a.to_string()).or_default().insert(b.to_string());
                edges.entry(b.to_string()).or_default();
            }
            ModuleGraph { edges }
        };
        assert!(graph(&[("a", "b"), ("b", "c")]).circles().is_empty());
        assert_eq!(graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]).circles(), vec![vec!["a", "b", "c"]]);
    }

    #[test]
    fn a_layer_above_is_a_breach() {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        edges.insert("low".into(), ["high".to_string()].into());
        edges.insert("high".into(), ["low".to_string()].into());
        let graph = ModuleGraph { edges };
        let layers: &[(&str, &[&str])] = &[("L0", &["low"]), ("L1", &["high"])];
        assert_eq!(graph.layer_breaches(layers), ["`low` (L0) imports `high` (L1), a layer above it"]);
    }

    #[test]
    fn an_import_not_allowed_is_a_breach() {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        edges.insert("emit".into(), ["ir".to_string(), "lower".to_string()].into());
        edges.insert("top".into(), ["emit".to_string()].into());
        let graph = ModuleGraph { edges };
        let allowed: &[(&str, Option<&[&str]>)] = &[("emit", Some(&["ir"])), ("top", None)];
        assert_eq!(graph.unallowed_imports(allowed), ["`emit` imports `lower`, which it may not (it may import: ir)"]);
    }

    #[test]
    fn functions_are_measured_from_fn_to_the_closing_brace() {
        let dir = std::env::temp_dir().join(format!("arch-measure-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("x.rs");
        std::fs::write(&file, "/// doc\nfn a() {\n    1;\n}\n#[cfg(test)]\nmod tests { fn long() {} }\n").unwrap();
        let measured = measure_functions(&file).unwrap();
        assert_eq!(measured.len(), 1);
        assert_eq!((measured[0].name.as_str(), measured[0].line, measured[0].lines), ("a", 2, 3));
        std::fs::remove_dir_all(&dir).ok();
    }
}
