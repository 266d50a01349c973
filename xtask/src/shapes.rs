//! Counting the type definitions of a generated `src/types.rs` by shape, independently of the
//! generator's interning: two structs or enums whose items are the same token for token, once
//! their names and doc comments are left out, are one shape defined twice.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use quote::ToTokens;

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

/// Counts the definitions of the Rust source `text`.
pub fn count(text: &str) -> Result<Shapes> {
    let file = syn::parse_file(text).context("types.rs does not parse")?;
    let mut shapes: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Shapes { lines: text.lines().count(), ..Shapes::default() };
    for item in file.items {
        match item {
            syn::Item::Struct(mut s) => {
                s.ident = syn::Ident::new("Shape", s.ident.span());
                strip_docs(&mut s.attrs);
                s.fields.iter_mut().for_each(|f| strip_docs(&mut f.attrs));
                *shapes.entry(s.to_token_stream().to_string()).or_default() += 1;
                out.definitions += 1;
            }
            syn::Item::Enum(mut e) => {
                e.ident = syn::Ident::new("Shape", e.ident.span());
                strip_docs(&mut e.attrs);
                for v in &mut e.variants {
                    strip_docs(&mut v.attrs);
                    v.fields.iter_mut().for_each(|f| strip_docs(&mut f.attrs));
                }
                *shapes.entry(e.to_token_stream().to_string()).or_default() += 1;
                out.definitions += 1;
            }
            syn::Item::Type(_) => out.aliases += 1,
            _ => {}
        }
    }
    out.duplicates = out.definitions - shapes.len();
    Ok(out)
}

fn strip_docs(attrs: &mut Vec<syn::Attribute>) {
    attrs.retain(|a| !a.path().is_ident("doc"));
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
    fn serde_attributes_are_part_of_the_shape() {
        let text = r#"
            pub struct A { #[serde(rename = "x")] pub y: i64 }
            pub struct B { pub y: i64 }
        "#;
        assert_eq!(count(text).unwrap().duplicates, 0);
    }
}
