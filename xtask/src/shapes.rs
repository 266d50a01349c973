//! Counting the type definitions of a generated `src/types.rs` by shape, independently of the
//! generator's interning: two structs or enums whose items are the same token for token, once
//! their names and doc comments (but a `Constraints: …` line) are left out, are one shape defined twice.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use quote::ToTokens;

/// `shapes FILE...`: one line of counts per file.
pub fn run(flags: crate::flags::Shapes) -> Result<()> {
    for file in flags.files {
        let text = std::fs::read_to_string(&file)?;
        let s = count(&text)?;
        println!(
            "{}: {} definitions, {} duplicated shapes, {} aliases, {} lines",
            file.display(),
            s.definitions,
            s.duplicates,
            s.aliases,
            s.lines
        );
    }
    Ok(())
}

/// What a `types.rs` defines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shapes {
    /// Struct and enum definitions.
    pub definitions: usize,
    /// Definitions that repeat another's shape (definitions − distinct shapes).
    pub duplicates: usize,
    /// `pub type` aliases.
    pub aliases: usize,
    /// Lines of the file.
    pub lines: usize,
}

/// Counts the definitions of the Rust source `text`. A definition's shape is its item and the
/// `impl` blocks of the type (a tagged one-of's tags live in its `Deserialize` impl), with the
/// type's own name and the doc comments left out.
pub fn count(text: &str) -> Result<Shapes> {
    let file = syn::parse_file(text).context("types.rs does not parse")?;
    let mut out = Shapes { lines: text.lines().count(), ..Shapes::default() };
    let mut defs: BTreeMap<String, String> = BTreeMap::new();
    let mut impls: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in file.items {
        match item {
            // A struct's hidden decoder slots (`__{Type}Slots`) are a detail of that type's
            // decoding, not a type of the API: two types that differ only in their docs'
            // constraints have the same slots.
            syn::Item::Struct(s) if s.ident.to_string().starts_with("__") => {}
            syn::Item::Struct(mut s) => {
                let span = s.ident.span();
                let name = std::mem::replace(&mut s.ident, syn::Ident::new("Shape", span)).to_string();
                strip_docs(&mut s.attrs);
                s.fields.iter_mut().for_each(|f| strip_docs(&mut f.attrs));
                defs.insert(name, s.to_token_stream().to_string());
            }
            syn::Item::Enum(mut e) => {
                let span = e.ident.span();
                let name = std::mem::replace(&mut e.ident, syn::Ident::new("Shape", span)).to_string();
                strip_docs(&mut e.attrs);
                for v in &mut e.variants {
                    strip_docs(&mut v.attrs);
                    v.fields.iter_mut().for_each(|f| strip_docs(&mut f.attrs));
                }
                defs.insert(name, e.to_token_stream().to_string());
            }
            syn::Item::Impl(mut i) => {
                if let syn::Type::Path(p) = i.self_ty.as_ref() {
                    if let Some(last) = p.path.segments.last() {
                        strip_docs(&mut i.attrs);
                        impls.entry(last.ident.to_string()).or_default().push(i.to_token_stream().to_string());
                    }
                }
            }
            syn::Item::Type(_) => out.aliases += 1,
            _ => {}
        }
    }
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    for (name, def) in &defs {
        let mut shape = def.clone();
        for block in impls.get(name).into_iter().flatten() {
            // Token text separates identifiers by spaces: the type's own name is a whole word.
            let renamed = format!(" {block} ").replace(&format!(" {name} "), " Shape ");
            shape.push_str(&renamed);
        }
        *shapes.entry(shape).or_default() += 1;
        out.definitions += 1;
    }
    out.duplicates = out.definitions - shapes.len();
    Ok(out)
}

/// Drops the doc comments, except a `Constraints: …` line: what a schema requires beyond its
/// Rust type is part of its shape (interning keeps such types apart), and that line is where
/// the generated code says it.
fn strip_docs(attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|a| !a.path().is_ident("doc") || is_constraints_line(a));
}

fn is_constraints_line(attr: &syn::Attribute) -> bool {
    match &attr.meta {
        syn::Meta::NameValue(nv) => matches!(
            &nv.value,
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) if s.value().trim_start().starts_with("Constraints:")
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_shapes_under_other_names_and_docs_are_duplicates() {
        let text = r#"
            /// One.
            #[derive(Debug)]
            pub struct A { /// x
                pub x: i64 }
            #[derive(Debug)]
            pub struct B { pub x: i64 }
            #[derive(Debug)]
            pub struct C { pub x: String }
            pub enum D { /// a
                A, B }
            pub enum E { A, B }
            pub type F = A;
        "#;
        let shapes = count(text).unwrap();
        assert_eq!(shapes.definitions, 5);
        assert_eq!(shapes.duplicates, 2, "B repeats A, E repeats D");
        assert_eq!(shapes.aliases, 1);
    }

    #[test]
    fn a_constraints_line_is_part_of_the_shape() {
        let text = r#"
            /// `A`
            ///
            /// Constraints: matches `[a-z]+`.
            pub struct A(pub String);
            /// `B`
            ///
            /// Constraints: matches `[0-9]+`.
            pub struct B(pub String);
            /// `C`
            ///
            /// Constraints: matches `[a-z]+`.
            pub struct C(pub String);
            #[doc(hidden)]
            pub struct __ASlots { x: Option<i64> }
            #[doc(hidden)]
            pub struct __BSlots { x: Option<i64> }
        "#;
        let shapes = count(text).unwrap();
        assert_eq!(shapes.definitions, 3, "decoder slots are not types of the API");
        assert_eq!(shapes.duplicates, 1, "C repeats A; B differs by its constraints");
    }

    #[test]
    fn impls_are_part_of_the_shape() {
        let text = r#"
            pub enum A { X(i64) }
            impl Tagged for A { fn tag() -> &'static str { "a" } }
            pub enum B { X(i64) }
            impl Tagged for B { fn tag() -> &'static str { "b" } }
            pub enum C { X(i64) }
            impl Tagged for C { fn tag() -> &'static str { "a" } }
        "#;
        assert_eq!(count(text).unwrap().duplicates, 1, "C repeats A (same tag); B differs by its tag");
    }

    #[test]
    fn serde_attributes_are_part_of_the_shape() {
        let text = r#"
            pub struct A { #[serde(rename = "x")] pub y: i64 }
            pub struct B { pub y: i64 }
        "#;
        assert_eq!(count(text).unwrap().duplicates, 0);
    }
}
