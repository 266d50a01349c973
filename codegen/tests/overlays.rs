//! OpenAPI Overlays applied to an upstream document (`tests/fixtures/overlay/`): the document
//! each overlay makes (snapshots of what lowering sees: its operations and a type), and the
//! diagnostics of a broken overlay, placed in the overlay's own text.

use std::path::{Path, PathBuf};

use codegen::{GenerateError, SourceDoc};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/overlay").join(name)
}

fn overlay(name: &str) -> SourceDoc {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    SourceDoc::parse(&format!("fixtures/overlay/{name}"), text).unwrap()
}

fn upstream() -> String {
    std::fs::read_to_string(fixture("upstream.yaml")).unwrap()
}

fn applied(name: &str) -> serde_json::Value {
    let (doc, notes) =
        SourceDoc::parse_with_overlays("fixtures/overlay/upstream.yaml", upstream(), &[overlay(name)]).unwrap();
    assert!(notes.is_empty(), "{notes:?}");
    doc.root
}

#[test]
fn an_update_merges_into_what_it_targets() {
    let doc = applied("update.overlay.yaml");
    let get = &doc["paths"]["/repos/{owner}/{repo}/issues"]["get"];
    insta::assert_snapshot!("overlay_update", serde_json::to_string_pretty(get).unwrap());
    assert_eq!(doc["components"]["schemas"]["issue"]["properties"]["title"]["description"], "The issue's title.");
    // And the generator sees it: the list operation is paginated by its Link header.
    let (api, _) = codegen::lower_with_overlays(
        "fixtures/overlay/upstream.yaml",
        upstream(),
        &[overlay("update.overlay.yaml")],
        "fixture-client",
    )
    .unwrap();
    let op = api.operations.iter().find(|o| o.id == "issues/list-for-repo").unwrap();
    assert!(matches!(op.pagination.as_ref().map(|p| &p.style), Some(codegen::ir::PageStyle::LinkHeader)));
    assert_eq!(op.summary.as_deref(), Some("Lists the issues of a repository."));
}

#[test]
fn a_remove_deletes_every_node_it_targets() {
    let doc = applied("remove.overlay.yaml");
    insta::assert_snapshot!("overlay_remove", serde_json::to_string_pretty(&doc["paths"]).unwrap());
}

#[test]
fn a_bad_target_is_an_error_in_the_overlay() {
    let err = codegen::lower_with_overlays(
        "fixtures/overlay/upstream.yaml",
        upstream(),
        &[overlay("bad-target.overlay.yaml")],
        "fixture-client",
    )
    .unwrap_err();
    let GenerateError::Spec(diags) = &err else { panic!("expected spec diagnostics, got {err}") };
    let rendered: Vec<String> = diags.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!("overlay_bad_target", rendered.join("\n\n"));
}

#[test]
fn drift_is_the_diff_of_two_releases_under_the_same_overlay() {
    let load = |overlays: &[SourceDoc]| {
        codegen::diff::load_with_overlays("upstream.yaml", upstream(), overlays, "fixture-client").unwrap()
    };
    let with = load(&[overlay("update.overlay.yaml")]);
    let same = codegen::diff::diff(&with.api, &with.api, &with.raw, &with.raw);
    assert!(same.is_empty(), "the overlay is not drift");
    let without = load(&[]);
    let added = codegen::diff::diff(&without.api, &with.api, &without.raw, &with.raw);
    assert!(
        added.by_rule("pagination-added").next().is_some(),
        "the overlay's own change shows against the upstream alone"
    );
}
