//! `cargo xtask semver`: the diff tool's verdicts judged by the Rust compiler.
//!
//! Each case is a diff fixture (`codegen/tests/fixtures/diff/<case>/{old,new}.yaml`, with the
//! verdicts it expects in `expect.toml`). For each, the old and the new crate are generated
//! into `target/semver/<case>/`, `cargo xtask diff` gives its verdict, `cargo semver-checks
//! check-release` gives its own, and where the case has a compile test (`use.rs`, code written
//! against the old crate's API) it is built against the old crate (it must compile) and the
//! new one. cargo-semver-checks has no lint for a changed argument, field or return type, so
//! where it is silent and the compile test fails, the compile test judges. The command fails
//! when the diff tool disagrees with the compiler. `--write` puts the table into
//! `docs/semver.md`. Too slow for CI (two rustdoc and two `cargo check` runs per case).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use crate::root;

/// The cases, each a directory of `codegen/tests/fixtures/diff/`.
const CASES: &[&str] = &[
    "operation-added",
    "operation-removed",
    "operation-renamed",
    "operation-id-changed",
    "operation-path-changed",
    "operation-method-changed",
    "operation-auth-required",
    "param-added-optional",
    "param-added-first-optional",
    "param-added-required",
    "param-removed",
    "param-removed-last-optional",
    "param-type-changed",
    "param-made-required",
    "param-made-optional",
    "param-location-changed-reorders",
    "param-wire-renamed",
    "status-code-added",
    "error-status-added",
    "error-status-removed",
    "error-status-added-new-schema",
    "response-field-added",
    "response-field-removed",
    "field-type-changed",
    "field-became-nullable",
    "field-made-optional",
    "request-field-added-optional",
    "request-field-added-optional-no-default",
    "request-field-added-required",
    "struct-default-removed",
    "additional-properties-added",
    "enum-value-added-response",
    "enum-value-added-request",
    "enum-value-removed-response",
    "enum-value-removed-request",
    "oneof-variant-added-response",
    "oneof-variant-added-request",
    "oneof-variant-removed",
    "int-enum-value-removed",
    "request-body-added",
    "request-body-made-optional",
    "request-media-type-changed",
    "constraint-tightened-request",
    "response-type-changed",
    "response-body-added",
    "pagination-added",
    "pagination-removed",
    "type-removed",
    "schema-interned-alias",
    "schema-interned-first",
    "schema-unmerged-by-constraint",
    "inline-schema-moved",
    "type-renamed",
    "server-default-removed",
    "auth-scheme-removed",
];

#[derive(Debug, Default)]
struct Args {
    only: Option<Vec<String>>,
    write: bool,
}

fn parse(flags: crate::flags::Semver) -> Result<Args> {
    let args = Args { only: flags.only.map(|only| only.split(',').map(str::to_owned).collect()), write: flags.write };
    if let Some(only) = &args.only {
        if let Some(unknown) = only.iter().find(|c| !CASES.contains(&c.as_str())) {
            bail!("unknown case `{unknown}`; the cases are: {}", CASES.join(", "));
        }
        if args.write {
            bail!("`--write` records a full run: drop `--only`");
        }
    }
    Ok(args)
}

/// What a case's `expect.toml` says of the whole change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    NonBreaking,
    /// Compiles, but calls do something else.
    RunTime,
    /// Code that compiled stops compiling.
    Breaking,
}

impl Expected {
    fn label(self) -> &'static str {
        match self {
            Expected::NonBreaking => "non-breaking",
            Expected::RunTime => "breaking at run time",
            Expected::Breaking => "breaking",
        }
    }
}

/// What cargo-semver-checks said.
#[derive(Debug)]
enum SemverChecks {
    /// No lint failed.
    Pass,
    /// These lints failed.
    Fail(Vec<String>),
}

/// The compile test's result against the new crate.
#[derive(Debug, Clone, PartialEq, Eq)]
enum CompileTest {
    /// The case has no `use.rs`.
    None,
    Compiles,
    /// It fails with this first error code (`E0308`).
    Fails(String),
}

/// Everything measured for one case.
#[derive(Debug)]
struct Outcome {
    case: String,
    expected: Expected,
    /// The rules the diff tool fired that it calls breaking.
    diff_breaking: Vec<String>,
    semver: SemverChecks,
    compiles: CompileTest,
    seconds: f64,
}

/// How the diff tool's verdict compares with the compiler's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    Agree,
    /// Both see a break that cargo-semver-checks does not: the compile test shows it.
    AgreeSemverChecksBlind,
    /// The diff tool calls it breaking because calls behave differently; nothing fails to compile.
    AgreeRunTime,
    /// The diff tool calls it breaking, nothing the compiler sees confirms it, and there is no
    /// compile test to settle it.
    Unconfirmed,
    Disagree,
}

impl Agreement {
    fn label(self) -> &'static str {
        match self {
            Agreement::Agree => "yes",
            Agreement::AgreeSemverChecksBlind => "yes (semver-checks blind: compile test judges)",
            Agreement::AgreeRunTime => "yes (run-time break, compiles)",
            Agreement::Unconfirmed => "NO: unconfirmed, needs a compile test",
            Agreement::Disagree => "NO",
        }
    }

    fn ok(self) -> bool {
        !matches!(self, Agreement::Unconfirmed | Agreement::Disagree)
    }
}

impl Outcome {
    fn agreement(&self) -> Agreement {
        let semver_breaks = matches!(self.semver, SemverChecks::Fail(_));
        let compile_breaks = matches!(self.compiles, CompileTest::Fails(_));
        let compiler_breaks = semver_breaks || compile_breaks;
        let diff_breaks = !self.diff_breaking.is_empty();
        match (diff_breaks, compiler_breaks) {
            (true, true) if semver_breaks => Agreement::Agree,
            (true, true) => Agreement::AgreeSemverChecksBlind,
            (false, false) => Agreement::Agree,
            (true, false) if self.expected == Expected::RunTime => Agreement::AgreeRunTime,
            (true, false) if self.compiles == CompileTest::None => Agreement::Unconfirmed,
            _ => Agreement::Disagree,
        }
    }
}

pub fn run(flags: crate::flags::Semver) -> Result<()> {
    let args = parse(flags)?;
    let root = root();
    let version = format!("{}, {}", semver_checks_version()?, rustc_version()?);
    let work = root.join("target/semver");
    let cases: Vec<&str> = match &args.only {
        Some(only) => CASES.iter().copied().filter(|c| only.iter().any(|o| o == c)).collect(),
        None => CASES.to_vec(),
    };
    let started = Instant::now();
    let mut outcomes = Vec::new();
    for case in cases {
        eprintln!("semver: {case}");
        outcomes.push(run_case(&root, &work, case).with_context(|| format!("case `{case}`"))?);
    }
    let table = table(&outcomes);
    println!("{table}");
    if args.write {
        let page = page(&table, &outcomes, &version, started.elapsed().as_secs_f64());
        fs::write(root.join("docs/semver.md"), page)?;
        println!("wrote docs/semver.md");
    }
    let failing: Vec<&str> = outcomes.iter().filter(|o| !o.agreement().ok()).map(|o| o.case.as_str()).collect();
    if !failing.is_empty() {
        bail!("the diff tool disagrees with the compiler on {}", failing.join(", "));
    }
    Ok(())
}

/// `cargo semver-checks --version`, or how to install it.
fn semver_checks_version() -> Result<String> {
    let out = Command::new("cargo").args(["semver-checks", "--version"]).output().context("running cargo")?;
    if !out.status.success() {
        bail!("cargo-semver-checks is not installed: `cargo install cargo-semver-checks --locked`");
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// `rustc --version`.
fn rustc_version() -> Result<String> {
    let out = Command::new("rustc").arg("--version").output().context("running rustc")?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn run_case(root: &Path, work: &Path, case: &str) -> Result<Outcome> {
    let started = Instant::now();
    let fixture = root.join("codegen/tests/fixtures/diff").join(case);
    let dir = work.join(case);
    let (old, new) = (dir.join("old"), dir.join("new"));
    for (spec, out) in [(fixture.join("old.yaml"), &old), (fixture.join("new.yaml"), &new)] {
        if out.exists() {
            fs::remove_dir_all(out).with_context(|| format!("removing {}", out.display()))?;
        }
        crate::generate::generate_standalone(&spec, out, Some("fixture-client".to_owned()), false, &[])?;
    }
    let expected = expected(&fixture.join("expect.toml"))?;
    let (report, _) =
        crate::diff::files(&fixture.join("old.yaml"), &fixture.join("new.yaml"), &[], Some("fixture-client"))?;
    let diff_breaking = report.changes.iter().filter(|c| c.breaking).map(|c| c.rule.to_string()).collect();
    let target = work.join("target");
    let semver = semver_checks(&old, &new, &target)?;
    let compiles = match fs::read_to_string(fixture.join("use.rs")) {
        Ok(code) => compile_test(&dir, &code, &target)?,
        Err(_) => CompileTest::None,
    };
    let seconds = started.elapsed().as_secs_f64();
    Ok(Outcome { case: case.to_owned(), expected, diff_breaking, semver, compiles, seconds })
}

/// The verdict of the whole change in `expect.toml`: breaking if a rule must fire as
/// breaking, else at run time if one is, else non-breaking.
fn expected(path: &Path) -> Result<Expected> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let table: toml::Table = toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    let fires = table.get("fires").and_then(toml::Value::as_table);
    let verdicts: Vec<&str> = fires.into_iter().flat_map(|t| t.values()).filter_map(toml::Value::as_str).collect();
    Ok(if verdicts.contains(&"breaking") {
        Expected::Breaking
    } else if verdicts.contains(&"run-time") {
        Expected::RunTime
    } else {
        Expected::NonBreaking
    })
}

/// `cargo semver-checks check-release` of the new crate against the old one.
fn semver_checks(old: &Path, new: &Path, target: &Path) -> Result<SemverChecks> {
    let out = Command::new("cargo")
        .args(["semver-checks", "check-release", "--baseline-root"])
        .arg(old)
        .arg("--manifest-path")
        .arg(new.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .context("running cargo semver-checks")?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let lints = failed_lints(&text);
    match (out.status.success(), lints.is_empty()) {
        (true, true) => Ok(SemverChecks::Pass),
        (false, false) => Ok(SemverChecks::Fail(lints)),
        _ => bail!("cargo semver-checks did not run to a verdict ({}):\n{text}", out.status),
    }
}

/// The lints named by cargo-semver-checks' `--- failure LINT: …` lines.
fn failed_lints(output: &str) -> Vec<String> {
    let mut lints: Vec<String> = output
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--- failure "))
        .filter_map(|l| l.split(':').next())
        .map(str::to_owned)
        .collect();
    lints.dedup();
    lints
}

/// Builds the compile test against the old crate (it must compile) and the new one.
fn compile_test(dir: &Path, code: &str, target: &Path) -> Result<CompileTest> {
    let probe = dir.join("probe");
    fs::create_dir_all(probe.join("src"))?;
    fs::write(probe.join("src/lib.rs"), code)?;
    let (old_ok, old_errors) = check_probe(&probe, "old", target)?;
    if !old_ok {
        bail!("the compile test (use.rs) does not compile against the old crate:\n{old_errors}");
    }
    let (new_ok, new_errors) = check_probe(&probe, "new", target)?;
    Ok(if new_ok { CompileTest::Compiles } else { CompileTest::Fails(first_error_code(&new_errors)) })
}

/// The first `error[E….]` code in the compiler's messages (`error` when there is none).
fn first_error_code(errors: &str) -> String {
    errors
        .split("error[")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .map_or_else(|| "error".to_owned(), str::to_owned)
}

/// `cargo check` of the probe crate against `../<side>`: success and the compiler's errors.
fn check_probe(probe: &Path, side: &str, target: &Path) -> Result<(bool, String)> {
    let manifest = format!(
        "[package]\nname = \"probe\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nfixture-client = {{ path = \"../{side}\" }}\n\n[workspace]\n"
    );
    fs::write(probe.join("Cargo.toml"), manifest)?;
    let out = Command::new("cargo")
        .args(["check", "--quiet", "--message-format", "short", "--manifest-path"])
        .arg(probe.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target)
        .output()
        .context("running cargo check")?;
    let errors: String =
        String::from_utf8_lossy(&out.stderr).lines().filter(|l| l.contains("error")).collect::<Vec<_>>().join("\n");
    Ok((out.status.success(), errors))
}

fn semver_cell(s: &SemverChecks) -> String {
    match s {
        SemverChecks::Pass => "compatible".to_owned(),
        SemverChecks::Fail(lints) => format!("breaking: {}", lints.join(", ")),
    }
}

fn compile_cell(c: &CompileTest) -> String {
    match c {
        CompileTest::None => "—".to_owned(),
        CompileTest::Compiles => "compiles".to_owned(),
        CompileTest::Fails(code) => format!("fails ({code})"),
    }
}

fn diff_cell(o: &Outcome) -> String {
    if o.diff_breaking.is_empty() {
        "non-breaking".to_owned()
    } else {
        let mut rules = o.diff_breaking.clone();
        rules.dedup();
        format!("breaking: {}", rules.join(", "))
    }
}

/// The Markdown table of the outcomes.
fn table(outcomes: &[Outcome]) -> String {
    let mut out = String::from(
        "| case | expected (expect.toml) | `cargo xtask diff` | cargo-semver-checks | compile test (new crate) | agree |\n\
         |---|---|---|---|---|---|\n",
    );
    for o in outcomes {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {} | {} | {} |",
            o.case,
            o.expected.label(),
            diff_cell(o),
            semver_cell(&o.semver),
            compile_cell(&o.compiles),
            o.agreement().label()
        );
    }
    out
}

/// `docs/semver.md`: how the table is made, the figures of the run, the table.
fn page(table: &str, outcomes: &[Outcome], version: &str, seconds: f64) -> String {
    let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let agree = count(&|o| o.agreement().ok());
    let blind = count(&|o| o.agreement() == Agreement::AgreeSemverChecksBlind);
    let run_time = count(&|o| o.agreement() == Agreement::AgreeRunTime);
    let tests = count(&|o| o.compiles != CompileTest::None);
    let slowest = outcomes.iter().map(|o| o.seconds).fold(0.0, f64::max);
    let mut page = String::from(
        "# The diff tool judged by the Rust compiler\n\n\
         Generated by `cargo xtask semver --write`; do not edit by hand.\n\n\
         Each case is a spec change: a fixture of the diff tests, `codegen/tests/fixtures/diff/<case>/`\n\
         (`old.yaml`, `new.yaml`, the verdicts it expects in `expect.toml`, and for some a compile\n\
         test `use.rs`). For each, the old and the new crate are generated and\n\n\
         - `cargo xtask diff` gives its verdict (the rules it calls breaking);\n\
         - `cargo semver-checks check-release --baseline-root OLD --manifest-path NEW/Cargo.toml`\n\
         \x20 gives its own (the lints that failed);\n\
         - the compile test, code written against the old crate's API that uses the changed item,\n\
         \x20 is built against the old crate (it must compile) and the new one.\n\n\
         cargo-semver-checks has no lint for a changed argument, field or return type (`&str` → `i64`,\n\
         `T` → `Option<T>`): where it is silent and the compile test fails, the compile test is the\n\
         judge (\"semver-checks blind\"). A change the diff tool calls breaking only because calls\n\
         behave differently (another path) compiles: \"run-time break\". The command fails when the\n\
         diff tool disagrees with the compiler, or calls a change breaking with nothing to confirm it.\n\n",
    );
    let _ = writeln!(
        page,
        "Run: {} cases, {agree} agree ({blind} seen only by the compile test, {run_time} breaking only at run time); \
         {tests} compile tests; {version}; {seconds:.0} s in all, the slowest case {slowest:.0} s.\n",
        outcomes.len()
    );
    page.push_str(table);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(expected: Expected, diff: &[&str], semver: SemverChecks, compiles: CompileTest) -> Outcome {
        Outcome {
            case: "case".to_owned(),
            expected,
            diff_breaking: diff.iter().map(|r| (*r).to_owned()).collect(),
            semver,
            compiles,
            seconds: 0.0,
        }
    }

    #[test]
    fn lints_are_read_from_failure_lines() {
        let output = "     Checked [   0.010s] 120 checks: 118 pass, 2 fail, 0 warn, 32 skip\n\n\
                      --- failure enum_missing: pub enum removed or renamed ---\n\nDescription:\n\
                      --- failure inherent_method_missing: pub method removed or renamed ---\n";
        assert_eq!(failed_lints(output), ["enum_missing", "inherent_method_missing"]);
        assert!(failed_lints("     Summary no semver update required\n").is_empty());
    }

    #[test]
    fn the_first_error_code_is_kept() {
        let errors = "src/lib.rs:3:5: error[E0308]: mismatched types\nsrc/lib.rs:4:1: error[E0599]: no method";
        assert_eq!(first_error_code(errors), "E0308");
        assert_eq!(first_error_code("error: could not compile"), "error");
    }

    #[test]
    fn agreement_follows_the_compiler() {
        use CompileTest::{Compiles, Fails, None as NoTest};
        let fail = || SemverChecks::Fail(vec!["enum_missing".to_owned()]);
        let cases = [
            (outcome(Expected::Breaking, &["r"], fail(), NoTest), Agreement::Agree),
            (outcome(Expected::NonBreaking, &[], SemverChecks::Pass, Compiles), Agreement::Agree),
            (
                outcome(Expected::Breaking, &["r"], SemverChecks::Pass, Fails("E0308".into())),
                Agreement::AgreeSemverChecksBlind,
            ),
            (outcome(Expected::RunTime, &["r"], SemverChecks::Pass, Compiles), Agreement::AgreeRunTime),
            (outcome(Expected::Breaking, &["r"], SemverChecks::Pass, NoTest), Agreement::Unconfirmed),
            (outcome(Expected::Breaking, &["r"], SemverChecks::Pass, Compiles), Agreement::Disagree),
            (outcome(Expected::NonBreaking, &[], fail(), Compiles), Agreement::Disagree),
            (outcome(Expected::NonBreaking, &[], SemverChecks::Pass, Fails("E0061".into())), Agreement::Disagree),
        ];
        for (o, want) in cases {
            assert_eq!(o.agreement(), want, "{o:?}");
        }
    }
}
