//! The independent judge of examples: `corpus/examples.py` with the `jsonschema` package, in a
//! virtualenv (`.venv`, as `.ci/run` keeps `openapi-spec-validator`) created on first use.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

/// The `jsonschema` releases the classifier is written against (with `referencing`).
const JSONSCHEMA: &str = "jsonschema>=4.18,<5";

/// What the validator says about one example.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub pointer: String,
    /// Valid against its schema; `None` if the schema could not be found or resolved.
    pub valid: Option<bool>,
    /// Why not.
    pub why: String,
    /// For a `null`-vs-absent outcome: whether what the type encoded is valid too.
    pub encoded_valid: Option<bool>,
    pub encoded_why: String,
}

/// One document to classify.
pub struct Job {
    pub id: String,
    /// The document as JSON.
    pub spec: PathBuf,
    /// Its examples report.
    pub report: PathBuf,
    /// Where the verdicts go.
    pub out: PathBuf,
}

/// The venv's Python, with `jsonschema` installed into it if it is missing.
pub fn python(root: &Path) -> Result<PathBuf> {
    let venv = root.join(".venv");
    let python = venv.join("bin/python3");
    if !python.exists() {
        println!("==> creating .venv for the JSON Schema validator");
        let status = Command::new("python3").arg("-m").arg("venv").arg(&venv).status().context("python3 -m venv")?;
        if !status.success() {
            bail!("python3 -m venv .venv failed");
        }
    }
    let has = Command::new(&python)
        .args(["-c", "import jsonschema, referencing"])
        .status()
        .with_context(|| format!("running {}", python.display()))?;
    if !has.success() {
        println!("==> installing {JSONSCHEMA} into .venv");
        let status = Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", JSONSCHEMA])
            .status()
            .context("pip install jsonschema")?;
        if !status.success() {
            bail!("pip install {JSONSCHEMA} into .venv failed");
        }
    }
    Ok(python)
}

/// Classifies the examples of every job (one Python process for all) and returns each job's
/// verdicts, in the order of its report's lines.
pub fn classify(root: &Path, jobs: &[Job], manifest: &Path) -> Result<Vec<Vec<Verdict>>> {
    if jobs.is_empty() {
        return Ok(Vec::new());
    }
    let python = python(root)?;
    let list: Vec<Value> =
        jobs.iter().map(|j| json!({ "id": j.id, "spec": j.spec, "outcomes": j.report, "out": j.out })).collect();
    fs::write(manifest, serde_json::to_string_pretty(&list)?)?;
    let status = Command::new(&python)
        .arg(root.join("corpus/examples.py"))
        .arg("classify")
        .arg(manifest)
        .status()
        .context("running corpus/examples.py")?;
    if !status.success() {
        bail!("corpus/examples.py classify failed");
    }
    jobs.iter()
        .map(|j| {
            let text = fs::read_to_string(&j.out).with_context(|| format!("reading {}", j.out.display()))?;
            parse_verdicts(&text).with_context(|| format!("reading {}", j.out.display()))
        })
        .collect()
}

/// Parses the classifier's lines.
pub fn parse_verdicts(text: &str) -> Result<Vec<Verdict>> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, line)| {
            let v: Value = serde_json::from_str(line).with_context(|| format!("line {}: not JSON", i + 1))?;
            let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
            let Some(pointer) = v["pointer"].as_str() else { bail!("line {}: no `pointer`", i + 1) };
            Ok(Verdict {
                pointer: pointer.to_owned(),
                valid: v["valid"].as_bool(),
                why: s("why"),
                encoded_valid: v["encoded_valid"].as_bool(),
                encoded_why: s("encoded_why"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse_verdicts;
    use crate::root;
    use std::process::Command;

    #[test]
    fn verdict_lines_parse() {
        let text = concat!(
            r##"{"pointer":"#/a","type":"T","schemas":["#/s"],"valid":true,"why":"","encoded_valid":null,"encoded_why":""}"##,
            "\n",
            r##"{"pointer":"#/b","type":"T","schemas":[],"valid":null,"why":"no schema","encoded_valid":null,"encoded_why":""}"##,
            "\n",
            r##"{"pointer":"#/c","type":"T","schemas":["#/s"],"valid":true,"why":"","encoded_valid":false,"encoded_why":"$.a: None is not of type 'string'"}"##,
        );
        let v = parse_verdicts(text).unwrap();
        assert_eq!(v.iter().map(|v| v.valid).collect::<Vec<_>>(), [Some(true), None, Some(true)]);
        assert_eq!(v[1].why, "no schema");
        assert_eq!(v[2].encoded_valid, Some(false));
        assert!(parse_verdicts("{\"valid\": true}").is_err());
    }

    /// The OpenAPI 3.0 → JSON Schema conversion and the schema lookup of `corpus/examples.py`
    /// (its self-test needs only the standard library).
    #[test]
    fn the_classifiers_conversion_passes_its_self_test() {
        let out = Command::new("python3")
            .arg(root().join("corpus/examples.py"))
            .arg("--self-test")
            .output()
            .expect("python3 runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("self-test: ok"));
    }
}
