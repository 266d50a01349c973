//! Spec text turned into rustdoc that renders well and never trips rustdoc's lints or doctests:
//! indentation is removed (no accidental code blocks), fences become `text` blocks, brackets
//! and angle brackets are escaped, bare URLs become links.

use proc_macro2::TokenStream;
use quote::quote;

/// Makes spec prose safe as Markdown inside rustdoc.
pub fn sanitize(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    // Inside a list item: the width of its marker, so that continuation lines are indented
    // under it (a lazy continuation is ambiguous Markdown).
    let mut item: Option<usize> = None;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() {
            item = None;
        } else if let Some(width) = list_marker(line) {
            item = Some(width);
        } else if let Some(width) = item.filter(|_| !in_fence && !line.starts_with("```")) {
            out.push(format!("{}{}", " ".repeat(width), escape_line(line)));
            continue;
        }
        if line.starts_with("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(raw.trim_end().to_owned());
        } else {
            out.push(escape_line(line));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    // Collapse runs of blank lines and trim.
    let mut result: Vec<String> = Vec::new();
    for line in out {
        if line.is_empty() && result.last().is_none_or(|l: &String| l.is_empty()) {
            continue;
        }
        result.push(line);
    }
    while result.last().is_some_and(|l| l.is_empty()) {
        result.pop();
    }
    result.join("\n")
}

/// The width of the list marker a line starts with (`- `, `* `, `+ `, `1. `, `12) `).
fn list_marker(line: &str) -> Option<usize> {
    if ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m)) {
        return Some(2);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    (digits > 0 && digits < 10 && (rest.starts_with(". ") || rest.starts_with(") "))).then_some(digits + 2)
}

fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    while !rest.is_empty() {
        let url_start = ["https://", "http://"].iter().filter_map(|p| rest.find(p)).min();
        let (before, after) = match url_start {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        escape_text(before, &mut out);
        if after.is_empty() {
            break;
        }
        let end = after
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | ')' | ']' | '[' | '{' | '}' | '|'))
            .unwrap_or(after.len());
        let mut url = &after[..end];
        while url.ends_with(['.', ',', ';', ':', '\'']) {
            url = &url[..url.len() - 1];
        }
        // Inside a Markdown link or code span already: leave it as text.
        if out.ends_with("](") || out.ends_with('`') {
            out.push_str(url);
        } else {
            out.push('<');
            out.push_str(url);
            out.push('>');
        }
        rest = &after[url.len()..];
    }
    out
}

fn escape_text(text: &str, out: &mut String) {
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '[' | ']' if !in_code => {
                out.push('\\');
                out.push(c);
            }
            '<' if !in_code => out.push_str("&lt;"),
            '>' if !in_code => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

/// `#[doc = "..."]` attributes, one per line.
pub fn attrs(text: &str) -> TokenStream {
    let clean = sanitize(text);
    let lines = clean.lines().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    quote! { #( #[doc = #lines] )* }
}

/// Doc attributes from optional parts, separated by blank lines.
pub fn attrs_of(parts: &[Option<&str>]) -> TokenStream {
    let text: Vec<&str> = parts.iter().flatten().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    if text.is_empty() {
        return TokenStream::new();
    }
    attrs(&text.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn escapes_what_rustdoc_would_misread() {
        assert_eq!(sanitize("see [docs] at https://x.org/a."), "see \\[docs\\] at <https://x.org/a>.");
        assert_eq!(sanitize("a <b> tag and `a <b>`"), "a &lt;b&gt; tag and `a <b>`");
        assert_eq!(sanitize("    indented\n\n\n\nnext"), "indented\n\nnext");
        assert_eq!(sanitize("```json\n{\"a\": 1}\n```"), "```text\n{\"a\": 1}\n```");
        assert_eq!(sanitize("```\nopen"), "```text\nopen\n```");
    }

    #[test]
    fn list_items_keep_their_continuation_lines() {
        assert_eq!(sanitize("- one\nmore\n- two\n\nafter"), "- one\n  more\n- two\n\nafter");
        assert_eq!(sanitize("1. one\n   more\n10. ten\nmore"), "1. one\n   more\n10. ten\n    more");
        assert_eq!(sanitize("-not a list\nplain"), "-not a list\nplain");
    }
}
