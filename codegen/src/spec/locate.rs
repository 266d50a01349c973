//! Finding the line and column of a JSON pointer in the source text.
//!
//! The YAML side understands block style (the way specs are written by hand); a value in flow
//! style is located at its nearest block ancestor. The JSON side scans the text.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::escape_segment;

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#') || t == "---"
}

fn key_matches(text: &str, key: &str) -> bool {
    for quote in ["", "\"", "'"] {
        let candidate = format!("{quote}{key}{quote}:");
        if let Some(rest) = text.strip_prefix(&candidate) {
            if rest.is_empty() || rest.starts_with(' ') {
                return true;
            }
        }
    }
    false
}

/// Line and column (1-based) of the value at `segments` in block-style YAML.
pub(super) fn in_yaml(text: &str, segments: &[String]) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    // The current node: lines [start, end) hold its children; `head` is an inline start
    // (line, column) after a sequence dash.
    let mut start = 0;
    let mut end = lines.len();
    let mut head: Option<(usize, usize)> = None;
    let mut found = (1, 1);
    for segment in segments {
        // The entries of this node: (line, column) of each child at the child indentation.
        let mut entries: Vec<(usize, usize)> = Vec::new();
        let child_indent = match head {
            Some((line, column)) => {
                entries.push((line, column));
                column
            }
            None => {
                let first = (start..end).find(|&i| !is_blank(lines[i]))?;
                indent(lines[first])
            }
        };
        let from = head.map_or(start, |(line, _)| line + 1);
        for (i, line) in lines.iter().enumerate().take(end).skip(from) {
            if !is_blank(line) && indent(line) == child_indent {
                entries.push((i, child_indent));
            }
        }
        let text_at = |(line, column): (usize, usize)| lines[line].get(column..).unwrap_or("");
        let is_item = |entry: (usize, usize)| {
            let t = text_at(entry);
            t == "-" || t.starts_with("- ")
        };
        let index = segment.parse::<usize>().ok();
        let hit = match index {
            Some(n) if entries.first().is_some_and(|&e| is_item(e)) => {
                entries.iter().copied().filter(|&e| is_item(e)).nth(n)?
            }
            _ => entries.iter().copied().find(|&e| key_matches(text_at(e), segment))?,
        };
        let (line, column) = hit;
        found = (line + 1, column + 1);
        let item = is_item(hit);
        // The node ends before the next line at a lower indent, or at the same indent that is
        // not one of its compact sequence items.
        let mut node_end = end;
        for (i, l) in lines.iter().enumerate().take(end).skip(line + 1) {
            if is_blank(l) {
                continue;
            }
            let d = indent(l);
            let t = l.trim_start();
            if d < column || (d == column && (item || !(t == "-" || t.starts_with("- ")))) {
                node_end = i;
                break;
            }
        }
        if item {
            let rest = text_at(hit).trim_start_matches('-');
            let content = column + 1 + (rest.len() - rest.trim_start().len());
            head = if rest.trim().is_empty() { None } else { Some((line, content)) };
        } else {
            head = None;
        }
        start = line + 1;
        end = node_end;
    }
    Some(found)
}

/// Byte offsets of the values at `wanted` (JSON pointers), and of their ancestors, in JSON
/// text, in one pass: only the containers on the way to a wanted value are read, everything else
/// is skipped. Pointers not in the text are left out.
pub(super) fn many_in_json(text: &str, wanted: &[&str]) -> HashMap<String, usize> {
    // Every pointer on the way to a wanted value, the wanted ones included.
    let mut on_the_way: HashSet<&str> = HashSet::new();
    for pointer in wanted {
        on_the_way.insert(pointer);
        for (i, _) in pointer.match_indices('/') {
            on_the_way.insert(&pointer[..i]);
        }
    }
    let mut found = HashMap::new();
    let mut pointer = String::new();
    walk(text.as_bytes(), 0, &mut pointer, &on_the_way, &mut found);
    found
}

/// Reads the value at `pos` (whose pointer is `pointer`), recording the offsets of the values
/// `on_the_way`; returns the end of the value.
fn walk(
    bytes: &[u8],
    pos: usize,
    pointer: &mut String,
    on_the_way: &HashSet<&str>,
    found: &mut HashMap<String, usize>,
) -> Option<usize> {
    let mut pos = skip_ws(bytes, pos);
    if !on_the_way.contains(pointer.as_str()) {
        return skip_value(bytes, pos);
    }
    found.insert(pointer.clone(), pos);
    let close = match bytes.get(pos)? {
        b'{' => b'}',
        b'[' => b']',
        _ => return skip_value(bytes, pos),
    };
    pos = skip_ws(bytes, pos + 1);
    let mut index = 0usize;
    loop {
        if *bytes.get(pos)? == close {
            return Some(pos + 1);
        }
        let len = pointer.len();
        pointer.push('/');
        if close == b'}' {
            let (key, end) = read_string(bytes, pos)?;
            pos = skip_ws(bytes, end);
            if bytes.get(pos)? != &b':' {
                return None;
            }
            pos += 1;
            pointer.push_str(&escape_segment(&key));
        } else {
            pointer.push_str(&index.to_string());
            index += 1;
        }
        pos = skip_ws(bytes, walk(bytes, pos, pointer, on_the_way, found)?);
        pointer.truncate(len);
        match bytes.get(pos)? {
            b',' => pos = skip_ws(bytes, pos + 1),
            &b if b == close => return Some(pos + 1),
            _ => return None,
        }
    }
}

/// The 1-based line and column of each byte offset.
pub(super) fn lines_and_columns(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let bytes = text.as_bytes();
    let mut out = vec![(1, 1); offsets.len()];
    let (mut line, mut line_start, mut at) = (1, 0, 0);
    for i in order {
        let offset = offsets[i].min(bytes.len());
        for (k, &b) in bytes[at..offset].iter().enumerate() {
            if b == b'\n' {
                line += 1;
                line_start = at + k + 1;
            }
        }
        at = offset;
        out[i] = (line, offset - line_start + 1);
    }
    out
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|b| b.is_ascii_whitespace()) {
        pos += 1;
    }
    pos
}

/// One past the closing quote of the string that starts at `pos`, without decoding it.
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        i += bytes.get(i..)?.iter().position(|&b| b == b'"' || b == b'\\')?;
        if bytes[i] == b'"' {
            return Some(i + 1);
        }
        i += 2;
    }
}

fn read_string(bytes: &[u8], pos: usize) -> Option<(String, usize)> {
    if bytes.get(pos)? != &b'"' {
        return None;
    }
    let end = skip_string(bytes, pos)?;
    let raw = std::str::from_utf8(&bytes[pos..end]).ok()?;
    let inner = &raw[1..raw.len() - 1];
    let text = if inner.contains('\\') { serde_json::from_str(raw).ok()? } else { inner.to_owned() };
    Some((text, end))
}

fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => {
                        i = skip_string(bytes, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = pos;
            while bytes.get(i).is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace()) {
                i += 1;
            }
            Some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::spec::pointer::segments;

    const YAML: &str = "openapi: 3.0.3\npaths:\n  /users/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n        - name: q\n          in: query\n      responses:\n        '200':\n          description: ok\n";

    fn at(pointer: &str) -> Option<(usize, usize)> {
        in_yaml(YAML, &segments(pointer))
    }

    #[test]
    fn finds_keys_and_sequence_items_in_yaml() {
        assert_eq!(at("/openapi"), Some((1, 1)));
        assert_eq!(at("/paths/~1users~1{id}/get"), Some((4, 5)));
        assert_eq!(at("/paths/~1users~1{id}/get/parameters/1"), Some((8, 9)));
        assert_eq!(at("/paths/~1users~1{id}/get/parameters/1/in"), Some((9, 11)));
        assert_eq!(at("/paths/~1users~1{id}/get/parameters/0/name"), Some((6, 11)));
        assert_eq!(at("/paths/~1users~1{id}/get/responses/200/description"), Some((12, 11)));
        assert_eq!(at("/paths/~1nope"), None);
    }

    /// Line and column of the value at `pointer` in JSON, looked for alone.
    fn in_json(json: &str, pointer: &str) -> Option<(usize, usize)> {
        let offset = *many_in_json(json, &[pointer]).get(pointer)?;
        Some(lines_and_columns(json, &[offset])[0])
    }

    #[test]
    fn finds_values_in_json() {
        let json = "{\n  \"a\": {\"b\": [1, {\"c\": true}]},\n  \"d\": \"x\"\n}";
        assert_eq!(in_json(json, "/d"), Some((3, 8)));
        assert_eq!(in_json(json, "/a/b/1/c"), Some((2, 24)));
        assert_eq!(in_json(json, "/a/x"), None);
        // Escaped quotes and backslashes inside strings are skipped over; escaped keys match.
        let json = r#"{"s": "a \"}\\", "k\u0065y": {"t": "]\\\""}, "d": 1}"#;
        assert_eq!(in_json(json, "/d"), Some((1, 51)));
        assert_eq!(in_json(json, "/key/t"), Some((1, 36)));
    }

    #[test]
    fn many_pointers_are_found_in_one_pass_as_alone() {
        let json = "{\n  \"a\": {\"b\": [1, {\"c\": true}], \"x~y/z\": 2},\n  \"s\": \"{[\\\"\",\n  \"d\": \"x\"\n}";
        let pointers = ["/d", "/a/b/1/c", "/a/x~0y~1z", "/a/b/0", "/nope", "/a/b/7", ""];
        let found = many_in_json(json, &pointers);
        for pointer in pointers {
            let one = in_json(json, pointer);
            let many = found.get(pointer).map(|&offset| lines_and_columns(json, &[offset])[0]);
            assert_eq!(many, one, "{pointer}");
        }
        assert!(!found.contains_key("/nope") && !found.contains_key("/a/b/7"));
        let offsets = [found["/d"], found["/a/b/1/c"], found[""]];
        assert_eq!(lines_and_columns(json, &offsets), vec![(4, 8), (2, 24), (1, 1)]);
    }
}
