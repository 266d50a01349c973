//! `diff`: one fixture pair per rule (`tests/fixtures/diff/<rule>/{old,new}.yaml`; a missing
//! side means the spec is added or removed), each with the verdicts it must get, written in
//! its `expect.toml` from the point of view of code compiled against the generated crate (not
//! copied from `rules.rs`); a Markdown snapshot of a multi-change example, and round trips
//! that must report no change.

use std::path::{Path, PathBuf};

use codegen::diff::{self, rules, Loaded, Report};

const CRATE: &str = "fixture-client";

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

/// What a fixture's `expect.toml` says: the rules that must fire with their verdict, and the
/// other rules that may fire.
#[derive(Debug)]
struct Expect {
    /// (rule, breaking) for each rule that must fire.
    fires: Vec<(String, bool)>,
    /// Other rules that may fire (`others = "none"`: none).
    others: Vec<String>,
    /// (rule, item) for each Rust item a change of that rule must name, exactly as the report
    /// writes it (`[items]`, optional): the report names what the generated crate has.
    items: Vec<(String, String)>,
}

/// Reads `<dir>/expect.toml`: `others = "none"` or a list of rule ids, and a `[fires]` table
/// mapping each rule to `"breaking"` (code that compiled stops compiling), `"run-time"` (it
/// compiles but the call does something else) or `"non-breaking"`; an optional `[items]`
/// table maps a rule to the items (a list of strings) one of its changes must name.
fn expect(dir: &str) -> Result<Expect, String> {
    let path = fixtures().join(dir).join("expect.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let table: toml::Table = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut fires = Vec::new();
    let Some(toml::Value::Table(fire)) = table.get("fires") else {
        return Err(format!("{}: no [fires] table", path.display()));
    };
    for (rule, verdict) in fire {
        let breaking = match verdict.as_str() {
            Some("breaking" | "run-time") => true,
            Some("non-breaking") => false,
            _ => {
                return Err(format!(
                    "{}: `{rule}` = {verdict:?}: use breaking, run-time or non-breaking",
                    path.display()
                ))
            }
        };
        fires.push((rule.clone(), breaking));
    }
    let others = match table.get("others") {
        Some(toml::Value::String(none)) if none == "none" => Vec::new(),
        Some(toml::Value::Array(list)) => list
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| format!("{}: others: {v:?} is not a rule id", path.display()))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(format!("{}: `others` must be \"none\" or a list of rule ids", path.display())),
    };
    let mut items = Vec::new();
    if let Some(table) = table.get("items") {
        let table = table.as_table().ok_or_else(|| format!("{}: `items` must be a table", path.display()))?;
        for (rule, list) in table {
            let list = list.as_array().ok_or_else(|| format!("{}: items.{rule} must be a list", path.display()))?;
            for item in list {
                let item = item.as_str().ok_or_else(|| format!("{}: items.{rule}: {item:?}", path.display()))?;
                items.push((rule.clone(), item.to_owned()));
            }
        }
    }
    for rule in fires.iter().map(|(r, _)| r).chain(&others).chain(items.iter().map(|(r, _)| r)) {
        if rules::by_id(rule).is_none() {
            return Err(format!("{}: unknown rule `{rule}`", path.display()));
        }
    }
    Ok(Expect { fires, others, items })
}

/// Every fixture directory (those starting with `_` are not one rule's case).
fn case_dirs() -> Vec<String> {
    let mut dirs: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|d| !d.starts_with('_'))
        .collect();
    dirs.sort();
    dirs
}

/// What is wrong with `report` against `expect`: a missing rule, a wrong verdict, a rule
/// nobody expected.
fn check_case(dir: &str, report: &Report, expect: &Expect) -> Vec<String> {
    let mut failures = Vec::new();
    for (rule, breaking) in &expect.fires {
        let fired: Vec<_> = report.by_rule(rule).collect();
        if fired.is_empty() {
            failures.push(format!("{dir}: `{rule}` did not fire; got:\n{}", listing(report)));
        } else if fired.iter().any(|c| c.breaking != *breaking) {
            let want = if *breaking { "breaking" } else { "non-breaking" };
            failures.push(format!("{dir}: `{rule}` should be {want}:\n{}", listing(report)));
        }
    }
    for change in &report.changes {
        let expected = expect.fires.iter().any(|(r, _)| *r == change.rule) || expect.others.contains(&change.rule);
        if !expected {
            failures.push(format!("{dir}: unexpected `{}`: {}", change.rule, change.message));
        }
    }
    for (rule, item) in &expect.items {
        if !report.by_rule(rule).any(|c| c.items.contains(item)) {
            let named: Vec<&String> = report.by_rule(rule).flat_map(|c| &c.items).collect();
            failures.push(format!("{dir}: no `{rule}` names `{item}`; they name {named:?}"));
        }
    }
    if report.changes.iter().any(|c| c.items.is_empty() && c.rule != "crate-version-changed") {
        failures.push(format!("{dir}: a change names no Rust item:\n{}", listing(report)));
    }
    failures
}

#[test]
fn every_fixture_gets_the_verdicts_it_expects() {
    let mut failures = Vec::new();
    for dir in case_dirs() {
        match expect(&dir) {
            Ok(expect) => failures.extend(check_case(&dir, &diff_dir(&dir), &expect)),
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_expectation_check_can_fail() {
    // A report against another fixture's expectation: the expected rule is missing and the
    // one that fired is unexpected.
    let report = diff_dir("operation-added");
    let failures = check_case("operation-added", &report, &expect("operation-removed").unwrap());
    assert_eq!(failures.len(), 2, "{failures:?}");
    assert!(failures[0].contains("`operation-removed` did not fire"), "{failures:?}");
    assert!(failures[1].contains("unexpected `operation-added`"), "{failures:?}");
    // The right rule with the other verdict.
    let flipped = Expect { fires: vec![("operation-added".into(), true)], others: Vec::new(), items: Vec::new() };
    assert!(check_case("operation-added", &report, &flipped)[0].contains("should be breaking"));
}

#[test]
fn every_rule_has_a_fixture() {
    assert!(rules::ALL.len() >= 30);
    let expects: Vec<Expect> = case_dirs().iter().map(|d| expect(d).unwrap_or_else(|e| panic!("{e}"))).collect();
    for rule in rules::ALL {
        let fired = expects.iter().any(|e| e.fires.iter().any(|(r, _)| r == rule.id));
        assert!(fired, "rule `{}` has no fixture whose expect.toml makes it fire", rule.id);
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
    assert_eq!(nullable[0].items, ["fixture_client::types::Device::group: i64 → Option<i64>"]);
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
