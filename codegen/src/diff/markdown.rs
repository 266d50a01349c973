//! The reports as Markdown for a pull-request comment: a summary table, then one section per
//! changed spec with its breaking changes first, and the version verdict.

use std::fmt::Write;

use super::report::{Change, Report, SpecStatus};
use super::semver::Bump;

/// Renders the reports of every compared spec.
pub fn to_markdown(reports: &[Report]) -> String {
    let mut out = String::from("## Spec changes\n\n");
    let breaking: usize = reports.iter().map(Report::breaking).sum();
    let non_breaking: usize = reports.iter().map(Report::non_breaking).sum();
    if breaking + non_breaking == 0 {
        let _ = writeln!(out, "No change to any generated crate ({} spec(s) compared).", reports.len());
        return out;
    }
    let _ = writeln!(
        out,
        "{breaking} breaking and {non_breaking} non-breaking change(s) in {} of {} spec(s).\n",
        reports.iter().filter(|r| !r.is_empty()).count(),
        reports.len()
    );
    out.push_str("| spec | crate | breaking | non-breaking | bump needed | `x-crate-version` |\n");
    out.push_str("|---|---|--:|--:|---|---|\n");
    for r in reports {
        let _ = writeln!(
            out,
            "| `{}` | `{}` | {} | {} | {} | {} |",
            r.spec,
            r.crate_name,
            r.breaking(),
            r.non_breaking(),
            bump_cell(r),
            version_cell(r)
        );
    }
    for r in reports.iter().filter(|r| !r.is_empty()) {
        section(&mut out, r);
    }
    out
}

fn bump_cell(r: &Report) -> String {
    match r.status {
        SpecStatus::Added => "new crate".into(),
        SpecStatus::Removed => "crate removed".into(),
        SpecStatus::Compared if r.bump == Bump::None => "none".into(),
        SpecStatus::Compared => match r.version.as_ref().and_then(|v| v.suggested.as_ref()) {
            Some(next) => format!("**{}** (≥ {next})", r.bump),
            None => format!("**{}**", r.bump),
        },
    }
}

fn version_cell(r: &Report) -> String {
    match &r.version {
        None => "–".into(),
        Some(v) if v.old == v.new => format!("{} ({})", v.new, if v.reflects { "ok" } else { "**not bumped**" }),
        Some(v) => format!("{} → {} ({})", v.old, v.new, if v.reflects { "ok" } else { "**too small**" }),
    }
}

fn section(out: &mut String, r: &Report) {
    let _ = writeln!(out, "\n### `{}` (`{}`)", r.spec, r.crate_name);
    let (breaking, other): (Vec<&Change>, Vec<&Change>) = r.changes.iter().partition(|c| c.breaking);
    for (title, list) in [("Breaking", breaking), ("Non-breaking", other)] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n#### {title} ({})\n", list.len());
        for c in list {
            change(out, c);
        }
    }
    let _ = writeln!(out);
    match (&r.version, r.status) {
        (Some(v), _) => {
            let verdict = if r.bump == Bump::None {
                "No release is needed".to_owned()
            } else {
                format!("The crate needs a **{}** bump ({})", r.bump, r.bump_meaning)
            };
            let _ = writeln!(out, "**Version:** {verdict}. {}.", v.note);
        }
        (None, SpecStatus::Removed) => {
            let _ = writeln!(out, "**Version:** the crate is no longer generated.");
        }
        (None, _) => {
            let _ = writeln!(out, "**Version:** a new crate.");
        }
    }
}

fn change(out: &mut String, c: &Change) {
    let _ = writeln!(out, "- **{}** (`{}`)", c.message, c.rule);
    for item in &c.items {
        // Items that mix prose and code quote their code themselves.
        if item.contains('`') {
            let _ = writeln!(out, "  - {item}");
        } else {
            let _ = writeln!(out, "  - `{item}`");
        }
    }
    if !c.affects.is_empty() {
        let list: Vec<String> = c.affects.iter().map(|a| format!("`{a}`")).collect();
        let _ = writeln!(out, "  - affects {}", list.join(", "));
    }
    let _ = writeln!(out, "  - why: {}", c.reason);
}
