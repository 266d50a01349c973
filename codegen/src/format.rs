//! Tokens to formatted Rust source.

use proc_macro2::TokenStream;

use crate::diagnostic::{Diagnostic, GenerateError};

/// Formats `tokens` with prettyplease. A parse failure is a generator bug: it is reported as an
/// error naming the file, never a panic.
pub fn format(tokens: TokenStream, path: &str) -> Result<String, GenerateError> {
    parse(tokens, path).map(|file| space_items(&unparse(&file)))
}

/// Joins the [`unparse`]d parts of one file (consecutive items, printed apart, e.g. on several
/// threads): the same text as formatting the whole.
pub fn join(parts: &[String]) -> String {
    space_items(&parts.concat())
}

/// prettyplease's text of a parsed file, before blank lines are put between items.
pub fn unparse(file: &syn::File) -> String {
    prettyplease::unparse(file)
}

/// Parses generated tokens as a file. A failure is a generator bug: it is reported as an error
/// naming the file, never a panic.
pub fn parse(tokens: TokenStream, path: &str) -> Result<syn::File, GenerateError> {
    syn::parse2::<syn::File>(tokens).map_err(|e| {
        GenerateError::Spec(vec![Diagnostic::error(
            "",
            format!("internal error: the generated {path} does not parse: {e}"),
        )
        .with_hint("this is a bug in the generator; please report it with the spec")])
    })
}

/// Puts a blank line between items (prettyplease packs them), for readable diffs.
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        if let Some(prev) = i.checked_sub(1).map(|p| lines[p]) {
            let prev_trimmed = prev.trim_start();
            let starts_item = trimmed.starts_with("///")
                || trimmed.starts_with("#[")
                || trimmed.starts_with("pub ")
                || trimmed.starts_with("impl")
                || trimmed.starts_with("static ")
                || trimmed.starts_with("fn ");
            let prev_open = prev_trimmed.is_empty()
                || prev_trimmed.starts_with("///")
                || prev_trimmed.starts_with("//!")
                || prev_trimmed.starts_with("#[")
                || prev_trimmed.starts_with("#![")
                || prev_trimmed.ends_with('{')
                || prev_trimmed.ends_with('(')
                || prev_trimmed.ends_with(',');
            let indent = line.len() - trimmed.len();
            let same_level = prev.len() - prev_trimmed.len() >= indent;
            if starts_item && !prev_open && same_level && indent <= 4 {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}
