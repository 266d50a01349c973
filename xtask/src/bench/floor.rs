//! The crates of model types only that are timed as floors: our `types.rs` with plain serde
//! derives, and with its written-out impls (with and without `Debug`/`Clone`).

use std::fs;
use std::path::Path;

use anyhow::Result;

/// A crate with only our model types, every `cfg_attr(feature = "full-serde", derive(…))` made a
/// plain derive (so every type derives both `Serialize` and `Deserialize`). With features per
/// tag it is built with no feature: it holds only the types no feature gates.
pub(super) fn types_floor_crate(root: &Path, dir: &Path, id: &str, types_rs: &str) -> Result<()> {
    const GATED: &str = "#[cfg_attr(feature = \"full-serde\", ";
    fs::create_dir_all(dir.join("src"))?;
    let mut types = String::with_capacity(types_rs.len());
    for line in types_rs.lines() {
        let t = line.trim_start();
        match t.strip_prefix(GATED).and_then(|rest| rest.strip_suffix(")]")) {
            // `cfg_attr(…, derive(…), serde(untagged))` holds several attributes: one line each.
            Some(attrs) => {
                let indent = &line[..line.len() - t.len()];
                let lines: Vec<String> = top_level(attrs).iter().map(|a| format!("{indent}#[{a}]")).collect();
                types.push_str(&lines.join("\n"));
            }
            None => types.push_str(line),
        }
        types.push('\n');
    }
    fs::write(dir.join("src/types.rs"), types)?;
    fs::write(dir.join("src/lib.rs"), "//! Only the model types, with plain derives.\npub mod types;\n")?;
    let runtime = root.join("codegen/runtime").canonicalize()?;
    let runtime = crate::generate::relative(&dir.canonicalize()?, &runtime).display().to_string();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{id}-types-floor\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\ncodegen-runtime = {{ path = \"{runtime}\" }}\nserde = {{ version = \"1.0.181\", features = [\"derive\"] }}\n\n\
             [workspace]\n"
        ),
    )?;
    Ok(())
}

/// `list` split at its top-level commas (not those inside parentheses or strings), trimmed.
pub(super) fn top_level(list: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut quoted, mut start) = (Vec::new(), 0usize, false, 0);
    let mut chars = list.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quoted => {
                chars.next();
            }
            '"' => quoted = !quoted,
            '(' | '[' if !quoted => depth += 1,
            ')' | ']' if !quoted => depth = depth.saturating_sub(1),
            ',' if !quoted && depth == 0 => {
                parts.push(list[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(list[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// `types_rs` with `Debug`, `Clone` and `Copy` taken out of every `#[derive(…)]`.
pub(super) fn without_debug_clone(types_rs: &str) -> String {
    let mut out = String::with_capacity(types_rs.len());
    for line in types_rs.lines() {
        let t = line.trim_start();
        match t.strip_prefix("#[derive(").and_then(|rest| rest.strip_suffix(")]")) {
            Some(list) => {
                let kept: Vec<&str> =
                    list.split(',').map(str::trim).filter(|d| !matches!(*d, "Debug" | "Clone" | "Copy" | "")).collect();
                if !kept.is_empty() {
                    out.push_str(&line[..line.len() - t.len()]);
                    out.push_str(&format!("#[derive({})]", kept.join(", ")));
                }
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// A crate of only our `src/types.rs`, with the crate's features and `full-serde` on by default
/// (both serde traits on every type, as in the floor).
pub(super) fn types_ours_crate(root: &Path, dir: &Path, id: &str, types_rs: &str, ours: &Path) -> Result<()> {
    fs::create_dir_all(dir.join("src"))?;
    fs::write(dir.join("src/types.rs"), types_rs)?;
    fs::write(dir.join("src/lib.rs"), "//! Only the model types, with their written-out impls.\npub mod types;\n")?;
    let manifest = fs::read_to_string(ours.join("Cargo.toml"))?;
    let features: Vec<&str> = manifest
        .lines()
        .skip_while(|l| l.trim() != "[features]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .filter(|l| !l.trim_start().starts_with("default"))
        .collect();
    let runtime = root.join("codegen/runtime").canonicalize()?;
    let runtime = crate::generate::relative(&dir.canonicalize()?, &runtime).display().to_string();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{id}-types-ours\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [\"full-serde\"]\n{}\n\n\
             [dependencies]\ncodegen-runtime = {{ path = \"{runtime}\" }}\nserde = \"1.0.181\"\n\n\
             [workspace]\n",
            features.join("\n")
        ),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cfg_attr_with_several_attributes_becomes_one_line_each() {
        assert_eq!(
            top_level("derive(serde::Serialize), serde(untagged)"),
            ["derive(serde::Serialize)", "serde(untagged)"]
        );
        assert_eq!(top_level("serde(rename = \"a,b\", default)"), ["serde(rename = \"a,b\", default)"]);
        assert_eq!(top_level("derive(A, B)"), ["derive(A, B)"]);
    }
}
