//! Rendering a [`Report`]: Markdown for people, JSON for tools. Both are deterministic: sorted
//! summaries, findings in the order of the traffic, file names as the caller gave them.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::{Finding, Kind, Part, Report, Severity};

/// `1 error`, `2 errors`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Errors and warnings among `findings`.
fn counts<'f>(findings: impl Iterator<Item = &'f Finding>) -> (usize, usize) {
    findings.fold((0, 0), |(e, w), f| match f.severity() {
        Severity::Error => (e + 1, w),
        Severity::Warning => (e, w + 1),
    })
}

/// Findings per operation key (`None`: unmatched), sorted.
fn by_operation(report: &Report) -> BTreeMap<Option<&str>, Vec<&Finding>> {
    let mut out: BTreeMap<Option<&str>, Vec<&Finding>> = BTreeMap::new();
    for f in &report.findings {
        out.entry(f.operation.as_deref()).or_default().push(f);
    }
    out
}

fn by_kind(report: &Report) -> BTreeMap<Kind, usize> {
    let mut out = BTreeMap::new();
    for f in &report.findings {
        *out.entry(f.kind).or_default() += 1;
    }
    out
}

fn spec_place(f: &Finding) -> Option<String> {
    f.spec.as_ref().map(|s| format!("{s}, `#{}`", s.pointer))
}

pub(crate) fn markdown(report: &Report) -> String {
    let mut out = format!(
        "# Conformance of `{}` to recorded traffic\n\nTraffic: {}.\n\n",
        report.spec,
        report.traffic.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ")
    );
    let (errors, warnings) = counts(report.findings.iter());
    let unmatched = report.findings.iter().filter(|f| f.kind == Kind::UnmatchedExchange).count();
    out.push_str(&format!(
        "{} ({} without a response, {unmatched} matching no operation), {} reached: {}, {} ({}).\n",
        count(report.exchanges, "exchange"),
        report.without_response,
        count(report.operations.len(), "operation"),
        count(errors, "error"),
        count(warnings, "warning"),
        count(report.schema_violations().count(), "schema violation"),
    ));
    if report.findings.is_empty() {
        out.push_str("\nNo findings: the traffic conforms to the spec.\n");
        return out;
    }
    out.push_str("\n## By operation\n\n| operation | exchanges | errors | warnings |\n|---|---:|---:|---:|\n");
    let grouped = by_operation(report);
    for op in &report.operations {
        let (e, w) = counts(grouped.get(&Some(op.key.as_str())).into_iter().flatten().copied());
        let id = op.id.as_ref().map(|id| format!(" (`{id}`)")).unwrap_or_default();
        out.push_str(&format!("| `{}`{id} | {} | {e} | {w} |\n", op.key, op.exchanges));
    }
    if unmatched > 0 {
        out.push_str(&format!("| (no operation) | {unmatched} | {unmatched} | 0 |\n"));
    }
    out.push_str("\n## By kind\n\n| kind | severity | findings |\n|---|---|---:|\n");
    for (kind, n) in by_kind(report) {
        out.push_str(&format!("| `{}` | {} | {n} |\n", kind.name(), level(kind.severity())));
    }
    out.push_str("\n## Findings\n");
    // Matched operations first, in order, then the exchanges that matched none.
    let mut groups: Vec<(Option<&str>, Vec<&Finding>)> = grouped.into_iter().collect();
    let unmatched_first = usize::from(groups.first().is_some_and(|g| g.0.is_none()));
    groups.rotate_left(unmatched_first);
    for (operation, findings) in groups {
        match operation {
            Some(key) => out.push_str(&format!("\n### `{key}`\n\n")),
            None => out.push_str("\n### Exchanges that match no operation\n\n"),
        }
        for f in findings {
            out.push_str(&finding_line(f));
        }
    }
    out
}

fn finding_line(f: &Finding) -> String {
    let at = f.at.as_ref().map(|at| format!(" at `{}`", if at.is_empty() { "/" } else { at })).unwrap_or_default();
    let part = if f.kind == Kind::UnmatchedExchange { String::new() } else { format!(" {}", f.part) };
    let mut line = format!("- {} `{}` `{}`{part}{at}: {}\n", level(f.severity()), f.kind.name(), f.origin, f.message);
    if let Some(place) = spec_place(f) {
        line.push_str(&format!("  ({place})\n"));
    }
    line
}

pub(crate) fn json(report: &Report) -> String {
    let grouped = by_operation(report);
    let (errors, warnings) = counts(report.findings.iter());
    let operations: Vec<Value> = report
        .operations
        .iter()
        .map(|op| {
            let (e, w) = counts(grouped.get(&Some(op.key.as_str())).into_iter().flatten().copied());
            json!({"operation": op.key, "operation_id": op.id, "exchanges": op.exchanges, "errors": e, "warnings": w})
        })
        .collect();
    let kinds: Vec<Value> = by_kind(report)
        .into_iter()
        .map(|(kind, n)| json!({"kind": kind.name(), "severity": level(kind.severity()), "findings": n}))
        .collect();
    let findings: Vec<Value> = report.findings.iter().map(finding_json).collect();
    let value = json!({
        "spec": report.spec,
        "traffic": report.traffic,
        "exchanges": report.exchanges,
        "without_response": report.without_response,
        "errors": errors,
        "warnings": warnings,
        "schema_violations": report.schema_violations().count(),
        "operations": operations,
        "kinds": kinds,
        "findings": findings,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

fn finding_json(f: &Finding) -> Value {
    let (part, status) = match f.part {
        Part::Request => ("request", None),
        Part::Response(status) => ("response", Some(status)),
    };
    json!({
        "kind": f.kind.name(),
        "severity": level(f.severity()),
        "operation": f.operation,
        "traffic": {"file": f.origin.file, "line": f.origin.line, "index": f.origin.index},
        "part": part,
        "status": status,
        "at": f.at,
        "spec": f.spec.as_ref().map(|s| json!({"file": s.file, "pointer": s.pointer, "line": s.line, "column": s.column})),
        "message": f.message,
    })
}
