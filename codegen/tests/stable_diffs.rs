//! A spec change of one field changes only lines about that field in the generated crate:
//! nothing is numbered by position, so the fields after it keep their lines. Each case is a
//! pair of specs in `tests/fixtures/stable/<case>/` and a snapshot of the generated diff.

use std::path::Path;

use codegen::Options;
use similar::{ChangeTag, TextDiff};

fn options(serde_derive: bool) -> Options {
    Options {
        crate_name: Some("stable".into()),
        runtime_path: Some("../../codegen/runtime".into()),
        standalone: false,
        command: "cargo xtask generate".into(),
        deny_warnings: false,
        overlays: Vec::new(),
        serde_derive,
    }
}

/// The generated files of a spec, by path.
fn generate(path: &Path) -> Vec<(String, String)> {
    let output = codegen::generate_file(path, "fixtures/spec.yaml", &options(false))
        .unwrap_or_else(|e| panic!("{} should generate:\n{e}", path.display()));
    output.files.into_iter().map(|f| (f.path, f.contents)).collect()
}

/// The unified diff of every generated file from `old` to `new`, and the hunks of changed
/// lines (each a run of removed and added lines with no unchanged line between).
fn diff(old: &Path, new: &Path) -> (String, Vec<Vec<(ChangeTag, String)>>) {
    let (old, new) = (generate(old), generate(new));
    let mut text = String::new();
    let mut hunks = Vec::new();
    for (path, new_text) in &new {
        let old_text = old.iter().find(|(p, _)| p == path).map_or("", |(_, t)| t.as_str());
        let d = TextDiff::from_lines(old_text, new_text.as_str());
        let unified = d.unified_diff().context_radius(1).header(path, path).to_string();
        text.push_str(&unified);
        let mut hunk: Vec<(ChangeTag, String)> = Vec::new();
        for change in d.iter_all_changes() {
            if change.tag() == ChangeTag::Equal {
                if !hunk.is_empty() {
                    hunks.push(std::mem::take(&mut hunk));
                }
            } else {
                hunk.push((change.tag(), change.value().trim_end().to_owned()));
            }
        }
        if !hunk.is_empty() {
            hunks.push(hunk);
        }
    }
    (text, hunks)
}

/// Whether `short` is `long` with some characters left out (`{"a":1}` of `{"a":1,"b":2}`).
fn is_subsequence(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|d| d == c))
}

/// Every hunk names the field and only adds lines (`tag` = Insert; Delete for a removal),
/// except a line that grows by the field (a sample body written on one line): that line, as
/// it was, is the new line with characters left out. A line about another field that moved or
/// was rewritten (a renumbered slot) fails.
fn assert_only_about(hunks: &[Vec<(ChangeTag, String)>], field: &str, tag: ChangeTag) {
    assert!(!hunks.is_empty(), "the change should change the crate");
    for hunk in hunks {
        let listing = hunk.iter().map(|(t, l)| format!("{t}{l}")).collect::<Vec<_>>().join("\n");
        let grown: Vec<&str> = hunk.iter().filter(|(t, _)| *t == tag).map(|(_, l)| l.as_str()).collect();
        for (_, line) in hunk.iter().filter(|(t, _)| *t != tag) {
            assert!(
                grown.iter().any(|g| g.contains(field) && is_subsequence(line, g)),
                "a line about another field changed:\n{listing}"
            );
        }
        let texts: Vec<&&str> = grown.iter().filter(|l| !l.trim().is_empty()).collect();
        assert!(
            texts.is_empty() || texts.iter().any(|l| l.to_lowercase().contains(field)),
            "a hunk that does not name `{field}`:\n{listing}"
        );
    }
}

#[test]
fn adding_a_field_in_the_middle_adds_only_its_lines() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stable/field-added-middle");
    let (text, hunks) = diff(&dir.join("old.yaml"), &dir.join("new.yaml"));
    assert_only_about(&hunks, "color", ChangeTag::Insert);
    insta::assert_snapshot!("field_added_middle", text);
}

#[test]
fn removing_a_field_in_the_middle_removes_only_its_lines() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stable/field-added-middle");
    let (_, hunks) = diff(&dir.join("new.yaml"), &dir.join("old.yaml"));
    assert_only_about(&hunks, "color", ChangeTag::Delete);
}

/// The check above can fail: a change that renames a field touches lines the old name was on.
#[test]
fn the_check_sees_a_rewritten_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stable/field-added-middle");
    let renamed = std::fs::read_to_string(dir.join("old.yaml")).unwrap().replace("name: {type", "title: {type");
    let scratch = std::env::temp_dir().join(format!("stable-diffs-{}.yaml", std::process::id()));
    std::fs::write(&scratch, renamed).unwrap();
    let (_, hunks) = diff(&dir.join("old.yaml"), &scratch);
    std::fs::remove_file(&scratch).ok();
    let caught = std::panic::catch_unwind(|| assert_only_about(&hunks, "title", ChangeTag::Insert));
    assert!(caught.is_err(), "a rename rewrites the old field's lines");
}
