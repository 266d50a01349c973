//! Robustness: arbitrary text and mutated specs go through the loader, validator, lowering and
//! emitters; the generator must answer with a crate or diagnostics, never a panic.
//!
//! CI runs a bounded number of cases. A long run:
//! `PROPTEST_CASES=200000 cargo test --release -p codegen --test fuzz -- --nocapture`
//! A panic, an "internal error" (a generated file that does not parse) or an output file that is
//! not Rust fails the test; the input is then written to `tests/fixtures/fuzz/`, where
//! `regressions` runs it from then on.

use std::path::Path;

use codegen::Options;
use proptest::prelude::*;
use serde_json::{json, Value};

fn options() -> Options {
    Options {
        crate_name: Some("fuzz-client".into()),
        runtime_path: Some("../runtime".into()),
        standalone: true,
        command: "fuzz".into(),
        deny_warnings: false,
        overlays: Vec::new(),
        serde_derive: false,
    }
}

/// The seed specs: every fixture and every vendor spec.
fn seeds() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("tests/fixtures/ok"), root.join("../specs")] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.extension().is_some_and(|e| e == "yaml") {
                let text = std::fs::read_to_string(&path).unwrap();
                if let Ok(doc) = codegen::SourceDoc::parse(&path.display().to_string(), text) {
                    out.push(doc.root);
                }
            }
        }
    }
    out
}

/// Every JSON pointer in a value.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(v, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Values that stress the generator where a schema or a name is expected.
fn nasty(choice: u8, pointer: &str) -> Value {
    match choice % 16 {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(-1),
        3 => json!("type"),
        4 => json!({"$ref": "#/components/schemas/Missing"}),
        5 => json!({"$ref": format!("#{pointer}")}),
        6 => json!({"type": ["string", "null", "integer"]}),
        7 => json!({"allOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "integer"}}}]}),
        8 => json!({"oneOf": [], "discriminator": {"propertyName": 3}}),
        9 => {
            json!({"type": "object", "properties": {"": {}, "self": {"type": "array"}, "Self": {"enum": [null, 1, "x"]}}})
        }
        10 => json!({"enum": ["", "-", "1", "a b", "A_B", "a-b"]}),
        11 => json!([1, [2, [3]]]),
        12 => json!({"type": "array", "items": {"$ref": "#"}}),
        13 => json!({"name": "{id}", "in": "path", "required": true}),
        14 => json!({"additionalProperties": {"additionalProperties": false}, "x-pagination": {"kind": "offset"}}),
        _ => json!("\u{0}\u{fffd}é🦀"),
    }
}

fn mutate(mut doc: Value, picks: &[(u32, u8)]) -> Value {
    for &(at, choice) in picks {
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let pointer = all[at as usize % all.len()].clone();
        let replacement = nasty(choice, &pointer);
        if pointer.is_empty() {
            continue;
        }
        if choice >= 128 {
            // Delete instead of replace.
            let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", ""));
            let key = last.replace("~1", "/").replace("~0", "~");
            match doc.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&key);
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = key.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            }
        } else if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = replacement;
        }
    }
    doc
}

/// Where crash inputs are kept; `regressions` runs every one of them.
fn crash_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz")
}

/// Why an outcome is a failure: a panic, or a crate the generator made that is not Rust (it
/// reports that as an "internal error" diagnostic, which is a bug, not an answer about the spec).
fn failure(name: &str, text: &str) -> Option<String> {
    verdict(std::panic::catch_unwind(|| codegen::generate_text(name, text.to_owned(), &options())))
}

fn verdict(outcome: std::thread::Result<Result<codegen::Output, codegen::GenerateError>>) -> Option<String> {
    match outcome {
        Err(panic) => Some(format!(
            "panicked: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
        Ok(Err(err)) => {
            let internal: Vec<String> = err
                .diagnostics()
                .iter()
                .filter(|d| d.message.starts_with("internal error"))
                .map(|d| d.message.clone())
                .collect();
            (!internal.is_empty()).then(|| internal.join("\n"))
        }
        Ok(Ok(output)) => output
            .files
            .iter()
            .filter(|f| f.path.ends_with(".rs"))
            .find_map(|f| syn::parse_file(&f.contents).err().map(|e| format!("{} does not parse: {e}", f.path))),
    }
}

/// Generates from `text`; a crate or diagnostics about the spec are fine. On a failure the input
/// is kept in `tests/fixtures/fuzz/` (named by its content) before the test fails, so that it
/// stays a regression case.
fn run(name: &str, text: String) {
    let Some(why) = failure(name, &text) else { return };
    let ext = if name.ends_with(".json") { "json" } else { "yaml" };
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let path = crash_dir().join(format!("crash-{hash:016x}.{ext}"));
    let kept = std::fs::write(&path, &text)
        .map_or_else(|e| format!("could not be kept: {e}"), |()| format!("kept in {}", path.display()));
    panic!("{name}: {why}\n(input {kept})");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mutated_specs_never_panic(seed in any::<usize>(), picks in proptest::collection::vec((any::<u32>(), any::<u8>()), 1..8), as_json in any::<bool>()) {
        let seeds = seeds();
        let doc = mutate(seeds[seed % seeds.len()].clone(), &picks);
        let text = if as_json { serde_json::to_string_pretty(&doc).unwrap() } else { serde_yaml::to_string(&doc).unwrap() };
        run(if as_json { "fuzz.json" } else { "fuzz.yaml" }, text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        run("fuzz.yaml", text.clone());
        run("fuzz.json", text);
    }

    #[test]
    fn cut_specs_never_panic(seed in any::<usize>(), cut in any::<usize>()) {
        let seeds = seeds();
        let text = serde_yaml::to_string(&seeds[seed % seeds.len()]).unwrap();
        let mut end = cut % (text.len() + 1);
        while !text.is_char_boundary(end) { end -= 1; }
        run("fuzz.yaml", text[..end].to_owned());
    }
}

#[test]
fn regressions() {
    let dir = crash_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<_> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.file_name().is_some_and(|n| n != "README.md")).collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(why) = failure(&name, &text) {
            panic!("{name}: {why}");
        }
    }
}

#[test]
fn a_generated_file_that_does_not_parse_is_a_failure() {
    // What the generator reports when its own output is not Rust: an error, yet a failure here.
    let err = codegen::format::format("struct".parse().unwrap(), "src/types.rs").unwrap_err();
    let why = verdict(Ok(Err(err))).expect("a failure");
    assert!(why.contains("the generated src/types.rs does not parse"), "{why}");
    assert!(verdict(Err(Box::new("boom"))).is_some_and(|why| why.contains("boom")));
    // And a spec error is an answer, not a failure.
    assert_eq!(failure("bad.yaml", "openapi: ["), None);
    assert_eq!(failure("ok.yaml", "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n"), None);
}
