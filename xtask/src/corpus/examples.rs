//! Runs the generated crates' `tests/examples.rs` and reads what each example did.
//!
//! The examples test of every crate is built in one `cargo build --tests` of the corpus
//! workspace (`--keep-going`, `--all-features`: the test needs `full-serde`, and with features
//! per tag every type); each test binary then runs with `CODEGEN_EXAMPLES_REPORT` naming a file,
//! into which `codegen_runtime::ExampleReport` writes one JSON line per example it checked and
//! a last `{"done": N, "of": M}` line. Counts come from those lines: what was run, not what was
//! planned.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde_json::Value;

/// How long one crate's examples may run.
const RUN_TIMEOUT: Duration = Duration::from_secs(300);

/// What an example did, as the report line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Pass,
    /// Equal once `null` and absent members count as the same (the schema decides).
    PassModuloNull,
    NotJson,
    Decode,
    Encode,
    Differs,
}

impl Kind {
    fn parse(name: &str) -> Option<Kind> {
        Some(match name {
            "pass" => Kind::Pass,
            "pass-modulo-null" => Kind::PassModuloNull,
            "not-json" => Kind::NotJson,
            "decode" => Kind::Decode,
            "encode" => Kind::Encode,
            "differs" => Kind::Differs,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Pass => "pass",
            Kind::PassModuloNull => "null vs absent",
            Kind::NotJson => "not JSON",
            Kind::Decode => "does not decode",
            Kind::Encode => "does not encode",
            Kind::Differs => "re-encodes differently",
        }
    }
}

/// One report line.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub pointer: String,
    /// The Rust type (`corpus_petstore::types::Pet`).
    pub ty: String,
    pub kind: Kind,
    /// Where decoding stopped (`items[0].id`), for `Decode`.
    pub at: Option<String>,
    pub detail: Option<String>,
}

/// What one crate's examples run left behind.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Run {
    pub outcomes: Vec<Outcome>,
    /// `(done, of)` from the last line; `None` if the run ended before writing it.
    pub done: Option<(usize, usize)>,
    /// Why the run did not happen or did not finish (build failure, crash, timeout).
    pub problem: Option<String>,
}

/// Parses the lines an `ExampleReport` wrote.
pub fn parse_report(text: &str) -> Result<Run> {
    let mut run = Run::default();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).with_context(|| format!("report line {}: not JSON", i + 1))?;
        let text_of = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
        if let Some(done) = v.get("done").and_then(Value::as_u64) {
            let of = v.get("of").and_then(Value::as_u64).unwrap_or(done);
            run.done = Some((done as usize, of as usize));
            continue;
        }
        let (Some(pointer), Some(ty), Some(outcome)) = (text_of("pointer"), text_of("type"), text_of("outcome")) else {
            bail!("report line {}: no `pointer`, `type` and `outcome`: {line}", i + 1);
        };
        let Some(kind) = Kind::parse(&outcome) else { bail!("report line {}: unknown outcome `{outcome}`", i + 1) };
        run.outcomes.push(Outcome { pointer, ty, kind, at: text_of("at"), detail: text_of("detail") });
    }
    if let Some((done, _)) = run.done {
        if done != run.outcomes.len() {
            bail!("the report says {done} examples were checked but has {} lines", run.outcomes.len());
        }
    }
    Ok(run)
}

/// Builds the examples test of every crate of `ids` in the workspace `dir` and returns each
/// crate's test binary, or why there is none.
pub fn build(target: &Path, dir: &Path, ids: &[String]) -> Result<BTreeMap<String, Result<PathBuf, String>>> {
    let t = Instant::now();
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["build", "--keep-going", "--all-features", "--test", "examples", "--message-format", "json"])
        .stderr(Stdio::inherit());
    for id in ids {
        cmd.args(["-p", &format!("corpus-{id}")]);
    }
    let output = cmd.output().context("running cargo build --test examples")?;
    println!("cargo build of {} examples tests finished in {:.0} s", ids.len(), t.elapsed().as_secs_f64());
    let mut out: BTreeMap<String, Result<PathBuf, String>> = BTreeMap::new();
    let mut first_error: BTreeMap<String, String> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else { continue };
        let Some(id) = super::package_id(&msg) else { continue };
        match msg["reason"].as_str() {
            Some("compiler-artifact") if msg["target"]["name"] == "examples" && msg["profile"]["test"] == true => {
                if let Some(exe) = msg["executable"].as_str() {
                    out.insert(id, Ok(PathBuf::from(exe)));
                }
            }
            Some("compiler-message") if msg["message"]["level"] == "error" => {
                let text = msg["message"]["message"].as_str().unwrap_or_default().to_owned();
                first_error.entry(id).or_insert(text);
            }
            _ => {}
        }
    }
    for id in ids {
        out.entry(id.clone()).or_insert_with(|| {
            Err(match first_error.get(id) {
                Some(e) => format!("the examples test does not compile: {e}"),
                None => "the examples test was not built".to_owned(),
            })
        });
    }
    Ok(out)
}

/// Runs one examples test binary and reads its report (written to `report`).
pub fn run(exe: &Path, report: &Path) -> Result<Run> {
    if report.exists() {
        fs::remove_file(report)?;
    }
    let mut child = Command::new(exe)
        .args(["--test-threads", "1", "--quiet"])
        .env(codegen_runtime_report_env(), report)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("running {}", exe.display()))?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if started.elapsed() > RUN_TIMEOUT {
            child.kill()?;
            child.wait()?;
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let text = if report.exists() { fs::read_to_string(report)? } else { String::new() };
    let mut run = parse_report(&text).with_context(|| format!("reading {}", report.display()))?;
    if run.done.is_none() {
        run.problem = Some(match status {
            None => format!("timed out after {} s", RUN_TIMEOUT.as_secs()),
            Some(s) => format!("the test ended ({s}) after {} examples, before its last line", run.outcomes.len()),
        });
    }
    Ok(run)
}

/// `codegen_runtime::REPORT_ENV` (xtask does not depend on the runtime).
fn codegen_runtime_report_env() -> &'static str {
    "CODEGEN_EXAMPLES_REPORT"
}

#[cfg(test)]
mod tests {
    use super::{parse_report, Kind};

    #[test]
    fn report_lines_become_outcomes_and_a_count() {
        let text = concat!(
            r##"{"pointer":"#/components/schemas/Pet/example","type":"c::types::Pet","outcome":"pass"}"##,
            "\n",
            r##"{"pointer":"#/p","type":"c::types::Q","outcome":"decode","at":"items[0]","detail":"missing field `id`"}"##,
            "\n",
            r##"{"pointer":"#/n","type":"c::types::N","outcome":"pass-modulo-null","detail":"`/a` was lost","encoded":{}}"##,
            "\n",
            r##"{"done":3,"of":3}"##,
            "\n"
        );
        let run = parse_report(text).unwrap();
        assert_eq!(run.done, Some((3, 3)));
        assert_eq!(
            run.outcomes.iter().map(|o| o.kind).collect::<Vec<_>>(),
            [Kind::Pass, Kind::Decode, Kind::PassModuloNull]
        );
        assert_eq!(run.outcomes[1].at.as_deref(), Some("items[0]"));
        assert_eq!(run.outcomes[1].detail.as_deref(), Some("missing field `id`"));
        assert_eq!(run.outcomes[0].ty, "c::types::Pet");
    }

    #[test]
    fn a_run_that_ended_early_has_no_count_and_bad_lines_are_errors() {
        let run = parse_report(r##"{"pointer":"#/a","type":"T","outcome":"differs","detail":"x"}"##).unwrap();
        assert_eq!((run.outcomes.len(), run.done), (1, None));
        assert!(parse_report(r##"{"pointer":"#/a","type":"T","outcome":"maybe"}"##).is_err());
        assert!(parse_report("{\"pointer\":").is_err());
        assert!(parse_report(r##"{"done":2,"of":2}"##).is_err(), "a count without its lines");
    }
}
