//! Tokens to formatted Rust source.

use proc_macro2::TokenStream;

use crate::diagnostic::{Diagnostic, GenerateError};

/// Formats `tokens` with prettyplease. A parse failure is a generator bug: it is reported as an
/// error naming the file, never a panic.
pub fn format(tokens: TokenStream, path: &str) -> Result<String, GenerateError> {
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(space_items(&prettyplease::unparse(&file))),
        Err(e) => Err(GenerateError::Spec(vec![Diagnostic::error(
            "",
            format!("internal error: the generated {path} does not parse: {e}"),
        )
        .with_hint("this is a bug in the generator; please report it with the spec")])),
    }
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
