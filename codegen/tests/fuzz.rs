//! Robustness: arbitrary text and mutated specs go through the loader, validator, lowering and
//! emitters; the generator must answer with a crate or diagnostics, never a panic.
//!
//! CI runs a bounded number of cases. A long run:
//! `PROPTEST_CASES=200000 cargo test --release -p codegen --test fuzz -- --nocapture`
//! A panic, an "internal error" (a generated file that does not parse) or an output file that is
//! not Rust fails the test; the input is then written to `tests/fixtures/fuzz/`, where
//! `regressions` runs it from then on (once its leading comment says what it caught, and what the
//! generator must answer: see the README there).

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

/// What a kept input says about itself in its comment lines (lines starting with `#`, YAML
/// comments, after the document's first line where that line must stay first): what it caught
/// (`# caught: …`, required of every input, or the README naming the file for an input where a
/// comment would change how it is read) and, optionally, what the generator must answer beside
/// not failing: `# expect: generates` (a crate) or `# expect: error TEXT` (diagnostics, one of
/// which contains TEXT).
#[derive(Debug, PartialEq)]
enum Expect {
    Generates,
    Error(String),
}

fn header(text: &str) -> (Option<String>, Option<Expect>) {
    let mut caught = None;
    let mut expect = None;
    for line in text.lines().filter_map(|l| l.strip_prefix('#')) {
        let line = line.trim();
        if let Some(what) = line.strip_prefix("caught:") {
            caught = Some(what.trim().to_owned());
        } else if let Some(what) = line.strip_prefix("expect:") {
            expect = match what.trim() {
                "generates" => Some(Expect::Generates),
                other => other.strip_prefix("error").map(|t| Expect::Error(t.trim().to_owned())),
            };
        }
    }
    (caught, expect)
}

/// Why `text` does not give what `expect` says, if it does not.
fn unexpected(name: &str, text: &str, expect: &Expect) -> Option<String> {
    match (codegen::generate_text(name, text.to_owned(), &options()), expect) {
        (Ok(_), Expect::Generates) => None,
        (Err(err), Expect::Generates) => Some(format!("expected a crate, got: {err}")),
        (Ok(_), Expect::Error(want)) => Some(format!("expected an error containing `{want}`, got a crate")),
        (Err(err), Expect::Error(want)) => {
            let shown = err.to_string();
            (!shown.contains(want.as_str())).then(|| format!("expected an error containing `{want}`, got: {shown}"))
        }
    }
}

#[test]
fn regressions() {
    let dir = crash_dir();
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap_or_default();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<_> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.file_name().is_some_and(|n| n != "README.md")).collect();
    paths.sort();
    assert!(paths.len() >= 3, "{} should hold the regression inputs (found {})", dir.display(), paths.len());
    for path in paths {
        let name = path.display().to_string();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        if let Some(why) = failure(&name, &text) {
            panic!("{name}: {why}");
        }
        let (caught, expect) = header(&text);
        assert!(
            caught.is_some() || readme.contains(&format!("`{file}`")),
            "{name}: say what it caught in a `# caught: …` line (or in the README)"
        );
        if let Some(why) = expect.and_then(|e| unexpected(&name, &text, &e)) {
            panic!("{name}: {why}");
        }
    }
}

#[test]
fn a_kept_input_says_what_it_caught_and_what_it_expects() {
    let text = "# caught: enum value `self` (a panic)\n# expect: generates\nopenapi: 3.0.3\n";
    assert_eq!(header(text), (Some("enum value `self` (a panic)".into()), Some(Expect::Generates)));
    assert_eq!(
        header("# expect: error not a map\n# caught: x\n"),
        (Some("x".into()), Some(Expect::Error("not a map".into())))
    );
    assert_eq!(header("openapi: 3.0.3\n# caught: after the first line\n").0.as_deref(), Some("after the first line"));
    assert_eq!(header("openapi: 3.0.3\ninfo: {title: '# caught: in a value'}\n"), (None, None));
    // The expectation is checked: a document that generates is not an error, and the reverse.
    let ok = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";
    assert_eq!(unexpected("ok.yaml", ok, &Expect::Generates), None);
    assert!(unexpected("ok.yaml", ok, &Expect::Error("anything".into())).is_some());
    assert!(unexpected("bad.yaml", "openapi: [", &Expect::Generates).is_some());
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
