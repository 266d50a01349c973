//! Joins what the examples did with what the validator says about them: the examples column of
//! `docs/corpus.md` and the list of remaining gaps, grouped by reason.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::{bail, Result};

use super::examples::{Kind, Outcome, Run};
use super::validate::Verdict;

/// One schema-valid example that did not come back as it went in.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    pub doc: String,
    pub pointer: String,
    pub ty: String,
    /// Grouping key: the outcome and its message with names blanked.
    pub reason: String,
    /// The full message.
    pub detail: String,
}

/// One document's examples.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Fidelity {
    /// Examples checked (report lines).
    pub ran: usize,
    /// Examples the test meant to check (its last line), if it got there.
    pub of: Option<usize>,
    /// Schema-valid examples, and of those the ones that decode and re-encode.
    pub valid: usize,
    pub valid_ok: usize,
    /// Examples the validator rejects: the spec's errors (pointer, why).
    pub invalid: Vec<(String, String)>,
    /// Examples it could not judge (no schema found): (pointer, why).
    pub unclassified: Vec<(String, String)>,
    pub gaps: Vec<Gap>,
    /// Why the run did not finish.
    pub problem: Option<String>,
}

/// Joins one document's outcomes with their verdicts (same order, same pointers).
pub fn join(doc: &str, run: &Run, verdicts: &[Verdict]) -> Result<Fidelity> {
    if run.outcomes.len() != verdicts.len() {
        bail!("{doc}: {} examples checked but {} verdicts", run.outcomes.len(), verdicts.len());
    }
    let mut f = Fidelity {
        ran: run.outcomes.len(),
        of: run.done.map(|(_, of)| of),
        problem: run.problem.clone(),
        ..Fidelity::default()
    };
    for (o, v) in run.outcomes.iter().zip(verdicts) {
        if o.pointer != v.pointer {
            bail!("{doc}: verdict for `{}` where `{}` was expected", v.pointer, o.pointer);
        }
        match v.valid {
            Some(false) => f.invalid.push((o.pointer.clone(), v.why.clone())),
            None => f.unclassified.push((o.pointer.clone(), v.why.clone())),
            Some(true) => {
                f.valid += 1;
                match gap(doc, o, v) {
                    None => f.valid_ok += 1,
                    Some(g) => f.gaps.push(g),
                }
            }
        }
    }
    Ok(f)
}

/// The gap a schema-valid example shows, if any.
fn gap(doc: &str, o: &Outcome, v: &Verdict) -> Option<Gap> {
    let detail = o.detail.clone().unwrap_or_default();
    let (reason, detail) = match o.kind {
        Kind::Pass => return None,
        Kind::PassModuloNull if v.encoded_valid == Some(true) => return None,
        Kind::PassModuloNull => (
            format!("{}: the re-encoded value is not valid against the schema", o.kind.name()),
            format!("{detail}; the schema rejects what was encoded: {}", v.encoded_why),
        ),
        Kind::Decode => {
            let at = o.at.as_deref().unwrap_or(".");
            (format!("{}: {}", o.kind.name(), blank(&detail)), format!("at `{at}`: {detail}"))
        }
        _ => (format!("{}: {}", o.kind.name(), blank(&detail)), detail),
    };
    Some(Gap { doc: doc.to_owned(), pointer: o.pointer.clone(), ty: o.ty.clone(), reason, detail })
}

/// A message with its quoted names, strings and numbers blanked, so that gaps group by kind.
pub fn blank(message: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) if c == q => {
                quote = None;
                out.push(c);
            }
            Some(_) => {
                // `\"` inside a quoted string (serde quotes strings Rust-style).
                if c == '\\' {
                    chars.next();
                }
            }
            None if c == '`' || c == '"' => {
                quote = Some(c);
                out.push(c);
                out.push('…');
            }
            // serde names the generated type it expected: `expected struct PetTag`.
            None if [" struct ", " enum "].iter().any(|w| out.ends_with(w)) && c.is_alphanumeric() => {
                while chars.peek().is_some_and(|d| d.is_alphanumeric() || *d == '_') {
                    chars.next();
                }
                out.push('…');
            }
            None if c.is_ascii_digit() || (c == '-' && chars.peek().is_some_and(char::is_ascii_digit)) => {
                while chars.peek().is_some_and(|d| d.is_ascii_digit() || *d == '.') {
                    chars.next();
                }
                out.push('N');
            }
            None => out.push(c),
        }
    }
    // `expected one of …` lists vary with the enum; what matters is that the value is unknown.
    match out.find(", expected one of") {
        Some(i) => out[..i].to_owned(),
        None => out,
    }
}

/// What fails a `--subset` run, one line each: every schema-valid example that does not come
/// back as it went in (it does not decode, or encodes to other JSON, or to JSON its schema
/// rejects), and every run that ended before its last example (what it did not reach was not
/// judged). Examples the validator rejects are the spec's errors and fail nothing.
pub fn failures(all: &BTreeMap<String, Fidelity>) -> Vec<String> {
    let mut lines = Vec::new();
    for (doc, f) in all {
        for g in &f.gaps {
            lines.push(format!("{doc} `{}` → `{}`: {}", g.pointer, g.ty, one_line(&g.detail, 300)));
        }
        if let Some(problem) = &f.problem {
            let of = f.of.map(|n| format!(" of {n}")).unwrap_or_default();
            lines.push(format!("{doc}: the examples run did not finish after {}{of} examples: {problem}", f.ran));
        }
    }
    lines
}

/// The examples cell of a document's row.
pub fn cell(f: &Fidelity) -> String {
    let mut s = format!("{}/{}", f.valid_ok, f.valid);
    if f.valid_ok < f.valid {
        s = format!("**{s}**");
    }
    if !f.invalid.is_empty() {
        let _ = write!(s, ", {} invalid", f.invalid.len());
    }
    if !f.unclassified.is_empty() {
        let _ = write!(s, ", {} unclassified", f.unclassified.len());
    }
    if let Some(p) = &f.problem {
        let _ = write!(s, " ({p})");
    }
    s
}

/// The gaps of all documents grouped by reason, then the spec errors per document.
pub fn gaps_section(all: &BTreeMap<String, Fidelity>, per_group: usize) -> String {
    let mut md = String::new();
    let mut groups: BTreeMap<&str, Vec<&Gap>> = BTreeMap::new();
    for g in all.values().flat_map(|f| &f.gaps) {
        groups.entry(&g.reason).or_default().push(g);
    }
    let mut groups: Vec<(&str, Vec<&Gap>)> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let total: usize = groups.iter().map(|g| g.1.len()).sum();
    let _ = writeln!(md, "## Remaining gaps: schema-valid examples that do not round-trip\n");
    if total == 0 {
        let _ = writeln!(md, "None: every schema-valid example that was run decodes and re-encodes.\n");
    } else {
        let _ = writeln!(md, "{total} examples in {} groups, largest first.\n", groups.len());
    }
    for (reason, gaps) in &groups {
        let mut docs: BTreeMap<&str, usize> = BTreeMap::new();
        for g in gaps {
            *docs.entry(&g.doc).or_default() += 1;
        }
        let docs: Vec<String> = docs.iter().map(|(d, n)| format!("{d} {n}")).collect();
        let _ = writeln!(md, "### {} × {}\n\nIn: {}.\n", gaps.len(), one_line(reason, 200), docs.join(", "));
        for g in gaps.iter().take(per_group) {
            let _ = writeln!(md, "- {} `{}` → `{}`: {}", g.doc, g.pointer, g.ty, one_line(&g.detail, 300));
        }
        if gaps.len() > per_group {
            let _ = writeln!(md, "- … and {} more", gaps.len() - per_group);
        }
        let _ = writeln!(md);
    }
    let invalid: usize = all.values().map(|f| f.invalid.len()).sum();
    let _ = writeln!(md, "## Spec errors: examples their own schema rejects\n");
    let _ = writeln!(
        md,
        "{invalid} examples are not valid against the schema they document (by `jsonschema`, after the OpenAPI \
         3.0 conversion); they are not counted above. The first few per document:\n"
    );
    for (doc, f) in all.iter().filter(|(_, f)| !f.invalid.is_empty()) {
        let _ = writeln!(md, "- **{doc}** ({}):", f.invalid.len());
        for (pointer, why) in f.invalid.iter().take(3) {
            let _ = writeln!(md, "  - `{pointer}`: {}", one_line(why, 240));
        }
    }
    let unclassified: Vec<(&String, &Fidelity)> = all.iter().filter(|(_, f)| !f.unclassified.is_empty()).collect();
    if !unclassified.is_empty() {
        let _ = writeln!(md, "\nNot classified (no schema found for the example):\n");
        for (doc, f) in unclassified {
            let (pointer, why) = &f.unclassified[0];
            let _ = writeln!(md, "- **{doc}** ({}): `{pointer}`: {}", f.unclassified.len(), one_line(why, 200));
        }
    }
    md
}

/// Text on one line, at most `max` characters, safe in Markdown lists (backticks kept).
fn one_line(text: &str, max: usize) -> String {
    let one = text.replace(['\n', '\r'], " ");
    if one.chars().count() > max {
        format!("{}…", one.chars().take(max - 1).collect::<String>())
    } else {
        one
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{blank, cell, failures, join, Fidelity};
    use crate::corpus::examples::parse_report;
    use crate::corpus::validate::parse_verdicts;

    #[test]
    fn valid_examples_count_invalid_ones_are_the_specs_and_nulls_follow_the_schema() {
        let run = parse_report(concat!(
            r##"{"pointer":"#/a","type":"T","outcome":"pass"}"##,
            "\n",
            r##"{"pointer":"#/b","type":"T","outcome":"decode","at":"x","detail":"missing field `id`"}"##,
            "\n",
            r##"{"pointer":"#/c","type":"T","outcome":"decode","at":"y","detail":"invalid type"}"##,
            "\n",
            r##"{"pointer":"#/d","type":"T","outcome":"pass-modulo-null","detail":"lost","encoded":{}}"##,
            "\n",
            r##"{"pointer":"#/e","type":"T","outcome":"pass-modulo-null","detail":"lost","encoded":{}}"##,
            "\n",
            r##"{"done":5,"of":5}"##
        ))
        .unwrap();
        let verdicts = parse_verdicts(concat!(
            r##"{"pointer":"#/a","valid":true}"##,
            "\n",
            r##"{"pointer":"#/b","valid":true}"##,
            "\n",
            r##"{"pointer":"#/c","valid":false,"why":"$.y: 1 is not of type 'string'"}"##,
            "\n",
            r##"{"pointer":"#/d","valid":true,"encoded_valid":true}"##,
            "\n",
            r##"{"pointer":"#/e","valid":true,"encoded_valid":false,"encoded_why":"'a' is required"}"##,
        ))
        .unwrap();
        let f = join("doc", &run, &verdicts).unwrap();
        assert_eq!((f.ran, f.of, f.valid, f.valid_ok), (5, Some(5), 4, 2));
        assert_eq!(f.invalid.len(), 1);
        assert_eq!(f.gaps.iter().map(|g| g.pointer.as_str()).collect::<Vec<_>>(), ["#/b", "#/e"]);
        assert_eq!(f.gaps[0].reason, "does not decode: missing field `…`");
        assert_eq!(cell(&f), "**2/4**, 1 invalid");
        assert!(join("doc", &run, &verdicts[..2]).is_err(), "a verdict per outcome");

        // What fails the subset: the two schema-valid examples that do not come back, not the
        // invalid one (the spec's error) nor the one whose `null` the schema accepts.
        let all = BTreeMap::from([("doc".to_owned(), f)]);
        let failed = failures(&all);
        assert_eq!(failed.len(), 2, "{failed:?}");
        assert!(failed[0].starts_with("doc `#/b` → `T`: at `x`: missing field `id`"), "{}", failed[0]);
        assert!(failed[1].starts_with("doc `#/e` → `T`: lost; the schema rejects what was encoded"), "{}", failed[1]);
    }

    #[test]
    fn a_clean_run_fails_nothing_and_an_unfinished_one_fails() {
        let run =
            parse_report(concat!(r##"{"pointer":"#/a","type":"T","outcome":"pass"}"##, "\n", r##"{"done":1,"of":1}"##))
                .unwrap();
        let verdicts = parse_verdicts(r##"{"pointer":"#/a","valid":true}"##).unwrap();
        let clean = join("doc", &run, &verdicts).unwrap();
        assert!(failures(&BTreeMap::from([("doc".to_owned(), clean)])).is_empty());

        let cut = Fidelity { ran: 3, of: None, problem: Some("timed out after 300 s".into()), ..Fidelity::default() };
        let failed = failures(&BTreeMap::from([("big".to_owned(), cut)]));
        assert_eq!(failed, ["big: the examples run did not finish after 3 examples: timed out after 300 s"]);
    }

    #[test]
    fn messages_group_without_their_names() {
        assert_eq!(blank("at ``: -5.883 became -5.88299"), blank("at ``: 118.2 became 118.21"));
        assert_eq!(
            blank(r#"invalid type: string "{\"a\": 1}", expected struct X"#),
            "invalid type: string \"…\", expected struct …"
        );
        assert_eq!(blank("unknown variant `Foo`, expected one of `a`, `b`"), "unknown variant `…`");
        assert_eq!(
            blank("invalid type: integer `1`, expected struct PutItemOutputCapacity at line 1 column 38"),
            "invalid type: integer `…`, expected struct … at line N column N"
        );
        assert_eq!(
            blank("invalid type: string \"12\", expected u64 at line 1 column 30"),
            blank("invalid type: string \"x\", expected u64 at line 3 column 9")
        );
    }
}
