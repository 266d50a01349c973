//! `diff`: one fixture pair per rule (`tests/fixtures/diff/<rule>/{old,new}.yaml`; a missing
//! side means the spec is added or removed), a Markdown snapshot of a multi-change example,
//! and round trips that must report no change.

use std::path::{Path, PathBuf};

use codegen::diff::{self, rules, Loaded, Report};

const CRATE: &str = "fixture-client";

/// (fixture directory, rule expected to fire, expected verdict: breaking).
const CASES: &[(&str, &str, bool)] = &[
    ("spec-added", "spec-added", false),
    ("spec-removed", "spec-removed", true),
    ("operation-added", "operation-added", false),
    ("operation-removed", "operation-removed", true),
    ("operation-renamed", "operation-renamed", true),
    ("operation-id-changed", "operation-id-changed", false),
    ("operation-path-changed", "operation-path-changed", true),
    ("operation-method-changed", "operation-method-changed", true),
    ("operation-deprecated", "operation-deprecated", false),
    ("operation-undeprecated", "operation-undeprecated", false),
    ("pagination-added", "pagination-added", false),
    ("pagination-removed", "pagination-removed", true),
    ("pagination-changed", "pagination-changed", false),
    ("param-added-required", "param-added-required", true),
    ("param-added-optional", "param-added-optional", false),
    ("param-added-first-optional", "param-added-optional", false),
    ("param-removed-last-optional", "param-removed", true),
    ("param-removed", "param-removed", true),
    ("param-renamed", "param-renamed", true),
    ("param-wire-renamed", "param-wire-renamed", false),
    ("param-location-changed", "param-location-changed", false),
    ("param-location-changed-reorders", "param-location-changed-reorders", true),
    ("param-type-changed", "param-type-changed", true),
    ("param-format-changed", "param-format-changed", false),
    ("param-made-required", "param-made-required", true),
    ("param-made-optional", "param-made-optional", true),
    ("param-deprecated", "param-deprecated", false),
    ("request-body-added", "request-body-added", true),
    ("request-body-removed", "request-body-removed", true),
    ("request-body-made-required", "request-body-made-required", true),
    ("request-body-made-optional", "request-body-made-optional", true),
    ("request-body-type-changed", "request-body-type-changed", true),
    ("request-media-type-changed", "request-media-type-changed", false),
    ("request-field-added-required", "request-field-added-required", true),
    ("request-field-added-optional", "request-field-added-optional", false),
    ("request-field-added-optional-no-default", "request-field-added-optional-no-default", false),
    ("request-field-removed", "request-field-removed", true),
    ("response-field-added", "response-field-added", false),
    ("response-field-removed", "response-field-removed", true),
    ("field-type-changed", "field-type-changed", true),
    ("field-became-nullable", "field-became-nullable", true),
    ("field-no-longer-nullable", "field-no-longer-nullable", true),
    ("field-made-required", "field-made-required", true),
    ("field-made-optional", "field-made-optional", true),
    ("field-presence-changed", "field-presence-changed", false),
    ("field-format-changed", "field-format-changed", false),
    ("field-deprecated", "field-deprecated", false),
    ("additional-properties-added", "additional-properties-added", false),
    ("additional-properties-removed", "additional-properties-removed", true),
    ("struct-default-removed", "struct-default-removed", true),
    ("enum-value-added-response", "enum-value-added-response", false),
    ("enum-value-added-request", "enum-value-added-request", false),
    ("enum-value-removed-request", "enum-value-removed-request", true),
    ("enum-value-removed-response", "enum-value-removed-response", true),
    ("int-enum-value-added", "int-enum-value-added", false),
    ("int-enum-value-removed", "int-enum-value-removed", true),
    ("oneof-variant-added-response", "oneof-variant-added-response", false),
    ("oneof-variant-added-request", "oneof-variant-added-request", false),
    ("oneof-variant-removed", "oneof-variant-removed", true),
    ("type-added", "type-added", false),
    ("type-removed", "type-removed", true),
    ("schema-deprecated", "schema-deprecated", false),
    ("response-type-changed", "response-type-changed", true),
    ("response-body-added", "response-body-added", true),
    ("response-body-removed", "response-body-removed", true),
    ("success-status-changed", "success-status-changed", false),
    ("status-code-added", "status-code-added", false),
    ("status-code-removed", "status-code-removed", false),
    ("status-variant-added", "status-variant-added", false),
    ("status-variant-removed", "status-variant-removed", true),
    ("error-type-changed", "error-type-changed", true),
    ("error-body-variant-changed", "oneof-variant-removed", true),
    ("constraint-tightened-request", "constraint-tightened-request", true),
    ("constraint-loosened-request", "constraint-loosened-request", false),
    ("constraint-changed-response", "constraint-changed-response", false),
    ("auth-scheme-added", "auth-scheme-added", false),
    ("auth-scheme-removed", "auth-scheme-removed", true),
    ("auth-scheme-changed", "auth-scheme-changed", true),
    ("operation-auth-required", "operation-auth-required", true),
    ("operation-auth-changed", "operation-auth-changed", true),
    ("operation-auth-relaxed", "operation-auth-relaxed", false),
    ("server-url-changed", "server-url-changed", false),
    ("server-default-added", "server-default-added", false),
    ("server-default-removed", "server-default-removed", true),
    ("server-variables-added", "server-variables-added", false),
    ("server-variables-changed", "server-variables-changed", true),
    ("api-version-changed", "api-version-changed", false),
    ("crate-version-changed", "crate-version-changed", false),
];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff")
}

fn load_text(file: &str, text: String) -> Loaded {
    diff::load(file, text, CRATE).unwrap_or_else(|e| panic!("{e}"))
}

fn load(path: &Path) -> Option<Loaded> {
    let text = std::fs::read_to_string(path).ok()?;
    let name = format!("{}/{}", path.parent()?.file_name()?.to_str()?, path.file_name()?.to_str()?);
    Some(load_text(&name, text))
}

fn diff_dir(dir: &str) -> Report {
    let base = fixtures().join(dir);
    match (load(&base.join("old.yaml")), load(&base.join("new.yaml"))) {
        (Some(o), Some(n)) => diff::diff(&o.api, &n.api, &o.raw, &n.raw),
        (None, Some(n)) => diff::spec_added(&n.api),
        (Some(o), None) => diff::spec_removed(&o.api),
        (None, None) => panic!("{dir}: no old.yaml or new.yaml"),
    }
}

fn listing(report: &Report) -> String {
    report.changes.iter().map(|c| format!("  {} ({}): {}\n", c.rule, c.breaking, c.message)).collect()
}

#[test]
fn every_rule_fires_with_its_verdict() {
    let mut failures = Vec::new();
    for (dir, rule, breaking) in CASES {
        let report = diff_dir(dir);
        let fired: Vec<_> = report.by_rule(rule).collect();
        if fired.is_empty() {
            failures.push(format!("{dir}: `{rule}` did not fire; got:\n{}", listing(&report)));
        } else if fired.iter().any(|c| c.breaking != *breaking) {
            failures.push(format!("{dir}: `{rule}` fired with the wrong verdict:\n{}", listing(&report)));
        }
        if report.changes.iter().any(|c| c.items.is_empty() && c.rule != "crate-version-changed") {
            failures.push(format!("{dir}: a change names no Rust item:\n{}", listing(&report)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_a_case_and_a_fixture() {
    assert!(rules::ALL.len() >= 30);
    for rule in rules::ALL {
        let case = CASES.iter().find(|(_, r, _)| *r == rule.id);
        let Some((dir, _, breaking)) = case else { panic!("rule `{}` has no case", rule.id) };
        assert_eq!(*breaking, rule.breaking, "case of `{}`", rule.id);
        assert!(fixtures().join(dir).is_dir(), "no fixture directory for `{}`", rule.id);
    }
    for (_, rule, _) in CASES {
        assert!(rules::by_id(rule).is_some(), "case names an unknown rule `{rule}`");
    }
    let mut dirs: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|d| !d.starts_with('_'))
        .collect();
    dirs.sort();
    for dir in dirs {
        assert!(CASES.iter().any(|(d, _, _)| *d == dir), "fixture directory `{dir}` has no case");
    }
}

#[test]
fn markdown_of_a_multi_change_example() {
    let report = diff_dir("_example");
    insta::assert_snapshot!("example_markdown", diff::to_markdown(std::slice::from_ref(&report)));
    assert!(report.unreflected_breaking());
    let json: serde_json::Value = serde_json::from_str(&diff::to_json(&[report])).unwrap();
    assert_eq!(json["specs"][0]["bump"], "major");
    assert_eq!(json["specs"][0]["version"]["suggested"], "0.2.0");
    assert!(json["breaking"].as_u64().unwrap() > 0);
}

fn same(old: &Loaded, new: &Loaded, what: &str) {
    let report = diff::diff(&old.api, &new.api, &old.raw, &new.raw);
    assert!(report.is_empty(), "{what}: expected no change, got:\n{}", listing(&report));
    assert_eq!(report.bump, diff::Bump::None);
    assert!(report.version.as_ref().is_some_and(|v| v.reflects));
}

/// Every diff fixture spec, and the generator's one-feature fixtures (`fixtures/ok/`).
fn all_specs() -> Vec<PathBuf> {
    let ok = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok");
    let mut out: Vec<PathBuf> = std::fs::read_dir(ok).unwrap().map(|e| e.unwrap().path()).collect();
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        for side in ["old.yaml", "new.yaml"] {
            let path = entry.as_ref().unwrap().path().join(side);
            if path.exists() {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_spec_against_itself_is_no_change() {
    for path in all_specs() {
        let spec = load(&path).unwrap();
        same(&spec, &spec, &path.display().to_string());
    }
}

#[test]
fn a_reformatted_spec_is_no_change() {
    for path in all_specs() {
        let spec = load(&path).unwrap();
        let json = serde_json::to_string_pretty(&spec.raw).unwrap();
        let reformatted = load_text("reformatted.json", json);
        same(&spec, &reformatted, &format!("{} as JSON", path.display()));
    }
}

/// Reverses the order of every map's keys under `value`.
fn reverse_maps(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let mut entries: Vec<(String, serde_json::Value)> = std::mem::take(map).into_iter().collect();
            entries.reverse();
            for (key, mut v) in entries {
                // `responses` order decides which success status wins; keep it.
                if key != "responses" {
                    reverse_maps(&mut v);
                }
                map.insert(key, v);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(reverse_maps),
        _ => {}
    }
}

#[test]
fn reordered_components_paths_and_properties_are_no_change() {
    for path in all_specs() {
        let spec = load(&path).unwrap();
        let mut raw = spec.raw.clone();
        if let Some(components) = raw.get_mut("components") {
            reverse_maps(components);
        }
        if let Some(paths) = raw.get_mut("paths") {
            reverse_maps(paths);
        }
        let yaml = serde_yaml::to_string(&raw).unwrap();
        let reordered = load_text("reordered.yaml", yaml);
        same(&spec, &reordered, &format!("{} reordered", path.display()));
    }
}

#[test]
fn moving_schemas_behind_refs_is_no_change() {
    let base = fixtures().join("_moved-ref");
    let (old, new) = (load(&base.join("old.yaml")).unwrap(), load(&base.join("new.yaml")).unwrap());
    same(&old, &new, "inline schemas moved to components");
}

#[test]
fn a_change_in_a_shared_type_is_reported_once_with_every_method() {
    let report = diff_dir("_example");
    let nullable: Vec<_> = report.by_rule("field-became-nullable").collect();
    assert_eq!(nullable.len(), 1, "{}", listing(&report));
    assert_eq!(nullable[0].items, ["fixture_client::types::Device::device_group: i64 → Option<i64>"]);
    assert_eq!(nullable[0].affects, ["Client::list_devices", "Client::create_device", "Client::fetch_device"]);
    let param: Vec<_> = report.by_rule("param-added-required").collect();
    assert_eq!(param[0].items, ["`Client::list_devices` gains the argument `group: i64`"]);
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    for text in ["{ not json", "openapi: [", "swagger: '1.2'\ninfo: {title: x, version: '1'}\npaths: {}\n", ""] {
        let err = diff::load("broken.yaml", text.to_owned(), CRATE).err();
        let err = err.unwrap_or_else(|| panic!("{text:?} should not load"));
        assert!(err.to_string().contains("broken.yaml cannot be compared"), "{err}");
    }
}

#[test]
fn swagger_2_documents_are_compared_after_conversion() {
    let old = "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - {name: q, in: query, type: string}\n      responses: {'204': {description: ok}}\n";
    let new = old.replace("type: string}", "type: string, required: true}");
    let old = diff::load("old.yaml", old.to_owned(), CRATE).expect("old loads");
    let new = diff::load("new.yaml", new, CRATE).expect("new loads");
    assert_eq!(old.raw["openapi"], "3.0.3", "the raw document is the converted one");
    let report = diff::diff(&old.api, &new.api, &old.raw, &new.raw);
    assert_eq!(report.bump, diff::Bump::Major, "a parameter became required");
}

#[test]
fn version_check_reflects_the_needed_bump() {
    // `_example` needs a major bump of a 0.1.0 crate (0.2.0) and only goes to 0.1.1.
    let report = diff_dir("_example");
    let v = report.version.as_ref().unwrap();
    assert_eq!((v.old.as_str(), v.new.as_str(), v.reflects), ("0.1.0", "0.1.1", false));
    assert!(report.bump_meaning.starts_with("0.1.0 → 0.2.0"), "{}", report.bump_meaning);
    // A non-breaking change with a patch bump of a 0.x crate is enough.
    let report = diff_dir("response-field-added");
    assert_eq!(report.bump, diff::Bump::Minor);
    assert!(!report.unreflected_breaking());
}
