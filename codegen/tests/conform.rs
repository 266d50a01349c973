//! Conformance against recorded traffic (`tests/fixtures/conform/<case>/`: a spec and its
//! traffic, JSON Lines or HAR): the report of each case and the overlay it writes, as
//! snapshots; and for every case, the spec under its overlay judged again against the same
//! traffic has no schema violation and no undocumented status left.

use std::path::{Path, PathBuf};

use codegen::conform::{self, Exchange, Finding, Kind, Report};
use codegen::SourceDoc;

fn dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conform").join(case)
}

/// The spec of a case, named as in the snapshots.
fn spec(case: &str) -> (String, String) {
    let text = std::fs::read_to_string(dir(case).join("spec.yaml")).unwrap();
    (format!("fixtures/conform/{case}/spec.yaml"), text)
}

fn traffic(case: &str) -> Vec<Exchange> {
    let mut names: Vec<String> = std::fs::read_dir(dir(case))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("traffic."))
        .collect();
    names.sort();
    names
        .iter()
        .flat_map(|n| conform::read_traffic_file(&dir(case).join(n), &format!("fixtures/conform/{case}/{n}")).unwrap())
        .collect()
}

struct Run {
    doc: SourceDoc,
    exchanges: Vec<Exchange>,
    report: Report,
}

fn run(case: &str) -> Run {
    let (file, text) = spec(case);
    let doc = SourceDoc::parse(&file, text).unwrap();
    let exchanges = traffic(case);
    let report = conform::check(&doc, &exchanges);
    Run { doc, exchanges, report }
}

/// The case judged again, under the overlay it wrote.
fn rerun(case: &str, overlay: &str) -> Report {
    let (file, text) = spec(case);
    let overlay = SourceDoc::parse(&format!("fixtures/conform/{case}/written.overlay.yaml"), overlay.to_owned())
        .unwrap_or_else(|d| panic!("the overlay of {case} parses: {d}"));
    let (doc, notes) = SourceDoc::parse_with_overlays(&file, text.clone(), std::slice::from_ref(&overlay))
        .unwrap_or_else(|d| panic!("the overlay of {case} applies: {d:?}"));
    assert!(notes.is_empty(), "every action of the overlay of {case} selects something: {notes:#?}");
    // The generator takes the corrected spec.
    codegen::lower_with_overlays(&file, text, &[overlay], "fixture-client")
        .unwrap_or_else(|e| panic!("{case} lowers under its overlay: {e}"));
    conform::check(&doc, &traffic(case))
}

fn kinds(report: &Report) -> Vec<&'static str> {
    let mut kinds: Vec<&str> = report.findings.iter().map(|f| f.kind.name()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

fn find(report: &Report, kind: Kind) -> Vec<&Finding> {
    report.findings.iter().filter(|f| f.kind == kind).collect()
}

const CASES: &[&str] = &["har", "openapi31", "requests", "responses", "schema", "swagger2"];

#[test]
fn reports_and_overlays() {
    for case in CASES {
        let r = run(case);
        insta::assert_snapshot!(format!("{case}_report"), r.report.to_markdown());
        let overlay = conform::write_overlay(&r.doc, &r.exchanges, &r.report, "cargo xtask conform");
        insta::assert_snapshot!(format!("{case}_overlay"), overlay);
    }
}

#[test]
fn under_its_overlay_the_traffic_has_no_schema_violation() {
    for case in CASES {
        let r = run(case);
        assert!(r.report.schema_violations().next().is_some() || *case == "responses", "{case} has violations to fix");
        let overlay = conform::write_overlay(&r.doc, &r.exchanges, &r.report, "cargo xtask conform");
        let again = rerun(case, &overlay);
        let left: Vec<String> = again
            .findings
            .iter()
            .filter(|f| {
                f.kind.is_schema_violation()
                    || matches!(f.kind, Kind::UndocumentedStatus | Kind::MissingRequired | Kind::MissingQueryParameter)
            })
            .map(|f| format!("{} {}: {}", f.origin, f.kind.name(), f.message))
            .collect();
        assert!(left.is_empty(), "{case} under its overlay:\n{}", left.join("\n"));
        assert_eq!(again.exchanges, r.report.exchanges);
    }
}

#[test]
fn every_schema_violation_kind_is_found_and_placed() {
    let r = run("schema");
    assert_eq!(
        kinds(&r.report),
        [
            "forbidden-property",
            "missing-required",
            "no-variant",
            "not-in-enum",
            "null",
            "undeclared-property",
            "wrong-type"
        ]
    );
    for f in r.report.schema_violations() {
        let spec = f.spec.as_ref().unwrap_or_else(|| panic!("{f:?} names the schema"));
        assert!(spec.line.is_some() && spec.column.is_some(), "{f:?}");
        assert!(f.at.is_some(), "{f:?}");
    }
    let size = find(&r.report, Kind::WrongType).into_iter().find(|f| f.at.as_deref() == Some("/size")).unwrap();
    assert_eq!(size.origin.line, 2);
    assert!(size.message.contains("3600.0"), "{}", size.message);
    assert_eq!(size.spec.as_ref().unwrap().pointer, "/components/schemas/Contents/properties/size/type");
    // `owner` is a `$ref`: the type that rejects a string is `User`'s.
    let owner = find(&r.report, Kind::WrongType).into_iter().find(|f| f.at.as_deref() == Some("/owner")).unwrap();
    assert_eq!(owner.spec.as_ref().unwrap().pointer, "/components/schemas/User/type");
    assert_eq!(find(&r.report, Kind::UndeclaredProperty)[0].severity(), conform::Severity::Warning);
    assert_eq!(find(&r.report, Kind::ForbiddenProperty)[0].severity(), conform::Severity::Error);
}

#[test]
fn statuses_content_types_and_unmatched_exchanges() {
    let r = run("responses");
    assert_eq!(kinds(&r.report), ["content-type", "invalid-json", "undocumented-status", "unmatched-exchange"]);
    let statuses: Vec<u16> = find(&r.report, Kind::UndocumentedStatus)
        .iter()
        .map(|f| match f.part {
            conform::Part::Response(s) => s,
            conform::Part::Request => 0,
        })
        .collect();
    assert_eq!(statuses, [404, 503, 204]);
    assert_eq!(r.report.without_response, 1);
    assert_eq!(r.report.operations.len(), 1);
    assert_eq!(r.report.operations[0].exchanges, 10, "all but the two unmatched");
    let overlay = conform::write_overlay(&r.doc, &r.exchanges, &r.report, "cargo xtask conform");
    let again = rerun("responses", &overlay);
    let left: Vec<usize> = find(&again, Kind::ContentType).iter().map(|f| f.origin.line).collect();
    assert_eq!(left, [4, 9], "the body of a response documented without one is documented now");
}

#[test]
fn requests_are_judged_too() {
    let r = run("requests");
    let request: Vec<&str> =
        r.report.findings.iter().filter(|f| f.part == conform::Part::Request).map(|f| f.kind.name()).collect();
    assert_eq!(
        request,
        [
            "missing-query-parameter",
            "unknown-query-parameter",
            "missing-required",
            "not-in-enum",
            "undeclared-property"
        ]
    );
    let site: Vec<&Finding> =
        find(&r.report, Kind::UndeclaredProperty).into_iter().filter(|f| f.part != conform::Part::Request).collect();
    assert_eq!(site.len(), 1, "one finding for the property of every item: {site:#?}");
    assert!(site[0].message.ends_with("(and at 1 more place in this body)"), "{}", site[0].message);
    assert!(
        !r.report.findings.iter().any(|f| f.message.contains("api_key")),
        "a security scheme's query parameter is not unknown"
    );
}

#[test]
fn a_swagger_2_spec_is_placed_and_corrected_in_its_own_structure() {
    let r = run("swagger2");
    for f in r.report.schema_violations() {
        let pointer = &f.spec.as_ref().unwrap().pointer;
        assert!(pointer.starts_with("/definitions/"), "{pointer}");
    }
    let overlay = conform::write_overlay(&r.doc, &r.exchanges, &r.report, "cargo xtask conform");
    assert!(overlay.contains("$.definitions.Pet.properties.tag"), "{overlay}");
    assert!(overlay.contains("x-nullable: true"), "{overlay}");
    assert!(!overlay.contains("components"), "{overlay}");
}

#[test]
fn har_entries_are_placed_at_their_lines() {
    let r = run("har");
    let lines: Vec<usize> = r.exchanges.iter().map(|e| e.origin.line).collect();
    assert_eq!(lines, [6, 19, 32]);
    assert_eq!(find(&r.report, Kind::Null)[0].origin.line, 19);
}

#[test]
fn the_json_report_is_for_tools() {
    let r = run("schema");
    let json: serde_json::Value = serde_json::from_str(&r.report.to_json()).unwrap();
    assert_eq!(json["exchanges"], 8);
    assert_eq!(json["schema_violations"], r.report.schema_violations().count());
    insta::assert_snapshot!("schema_json", r.report.to_json());
}

#[test]
fn a_bad_traffic_line_names_its_file_and_line() {
    let err = conform::read_traffic(
        "t.jsonl",
        "{\"format\":\"codegen-traffic/1\",\"method\":\"GET\",\"url\":\"/a\",\"response\":{\"status\":\"200\"}}\n",
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "t.jsonl:1: `response`: no numeric `status`");
    let err = conform::read_traffic_file(Path::new("/nonexistent/t.jsonl"), "t.jsonl").unwrap_err();
    assert!(err.to_string().starts_with("cannot read t.jsonl: "), "{err}");
}

/// The fields of the struct `name` in the IR of a case under the overlay it wrote.
fn fields_under_overlay(case: &str, name: &str) -> Vec<codegen::ir::Field> {
    let r = run(case);
    let overlay = conform::write_overlay(&r.doc, &r.exchanges, &r.report, "cargo xtask conform");
    let overlay = SourceDoc::parse("written.overlay.yaml", overlay).unwrap();
    let (file, text) = spec(case);
    let (api, _) = codegen::lower_with_overlays(&file, text, &[overlay], "fixture-client").unwrap();
    let def = api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("{case} has {name}"));
    match &def.kind {
        codegen::ir::TypeKind::Struct { fields, .. } => fields.clone(),
        other => panic!("{name} is a struct, not {other:?}"),
    }
}

#[test]
fn the_generator_makes_types_that_take_what_was_seen() {
    use codegen::ir::TypeRef;
    let fields = fields_under_overlay("schema", "Contents");
    let field = |wire: &str| fields.iter().find(|f| f.wire == wire).unwrap_or_else(|| panic!("a `{wire}` field"));
    assert!(matches!(field("content").ty, TypeRef::Json), "a string, an array and an object: any JSON");
    assert!(matches!(field("owner").ty, TypeRef::Json), "an object or a string");
    assert!(matches!(field("size").ty, TypeRef::F64), "3600.0 is a float");
    assert!(field("writer").optional() && field("last_modified").optional());
    assert!(!field("created").required, "seen missing");
    assert!(matches!(field("writable").ty, TypeRef::Bool), "declared from what was seen");
    let user = fields_under_overlay("har", "User");
    let age = user.iter().find(|f| f.wire == "age").unwrap();
    assert!(age.lenient && matches!(age.ty, TypeRef::I64), "an integer sent as a string is read leniently");
    assert!(user.iter().find(|f| f.wire == "email").unwrap().nullable);
}
