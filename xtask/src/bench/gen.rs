//! `bench-gen FILE` (internal, listed in the help): timed runs of our generator, or of the plain parse that is its
//! floor, in this process; prints one JSON object. `cargo xtask bench` runs it from the release
//! build as one subprocess per spec and mode, so the peak memory (`VmHWM`) is per spec.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::{json, Value};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

pub fn run(flags: crate::flags::BenchGen) -> Result<()> {
    let crate::flags::BenchGen { file, runs, floor, out, name, serde_derive } = flags;
    let runs = runs.unwrap_or(5);
    let runs = runs.max(1);
    let result =
        if floor { parse_floor(&file, runs)? } else { generate(&file, runs, out.as_deref(), name, serde_derive)? };
    println!("{}", serde_json::to_string(&result)?);
    Ok(())
}

/// Reading the file and parsing it into a tree, nothing more: `serde_json::Value` for JSON,
/// `serde_yaml::Value` for YAML.
fn parse_floor(file: &Path, runs: usize) -> Result<Value> {
    let yaml = matches!(file.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"));
    let mut times = Vec::new();
    let mut summary = None;
    for _ in 0..runs {
        let start = Instant::now();
        let text = fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        if yaml {
            let value: serde_yaml::Value = serde_yaml::from_str(&text)?;
            times.push(start.elapsed().as_secs_f64());
            if summary.is_none() {
                summary = Some(yaml_summary(&value));
            }
        } else {
            let value: Value = serde_json::from_str(&text)?;
            times.push(start.elapsed().as_secs_f64());
            if summary.is_none() {
                summary = Some(spec_summary(&value));
            }
        }
    }
    let (openapi, operations) = summary.unwrap_or_default();
    Ok(json!({
        "mode": "floor",
        "file": file.display().to_string(),
        "bytes": fs::metadata(file).map(|m| m.len()).unwrap_or(0),
        "openapi": openapi,
        "operations": operations,
        "runs_s": times,
        "median_s": median(&times),
        "peak_rss_kb": peak_rss_kb(),
    }))
}

/// The OpenAPI version and the number of operations (methods under `paths`).
fn spec_summary(doc: &Value) -> (String, usize) {
    let version = doc.get("openapi").or_else(|| doc.get("swagger")).and_then(Value::as_str).unwrap_or("?");
    let operations = doc
        .get("paths")
        .and_then(Value::as_object)
        .map(|paths| {
            paths
                .values()
                .filter_map(Value::as_object)
                .map(|item| item.keys().filter(|k| METHODS.contains(&k.as_str())).count())
                .sum()
        })
        .unwrap_or(0);
    (version.to_owned(), operations)
}

fn yaml_summary(doc: &serde_yaml::Value) -> (String, usize) {
    let version = doc.get("openapi").or_else(|| doc.get("swagger"));
    let version = match version {
        Some(serde_yaml::Value::String(s)) => s.clone(),
        Some(serde_yaml::Value::Number(n)) => n.to_string(),
        _ => "?".to_owned(),
    };
    let operations = doc
        .get("paths")
        .and_then(serde_yaml::Value::as_mapping)
        .map(|paths| {
            paths
                .values()
                .filter_map(serde_yaml::Value::as_mapping)
                .map(|item| item.keys().filter(|k| k.as_str().is_some_and(|k| METHODS.contains(&k))).count())
                .sum()
        })
        .unwrap_or(0);
    (version, operations)
}

/// Each run: read, validate, lower, emit and format the crate, then write its files to `out`.
/// Generates the crate `runs` times (into `out`, with its examples as `bench-examples.json`).
fn generate(file: &Path, runs: usize, out: Option<&Path>, name: Option<String>, serde_derive: bool) -> Result<Value> {
    let runtime = crate::root().join("codegen/runtime").canonicalize().context("finding the runtime crate")?;
    let runtime_path = match out {
        Some(out) => {
            fs::create_dir_all(out)?;
            crate::generate::relative(&out.canonicalize()?, &runtime).display().to_string()
        }
        None => runtime.display().to_string(),
    };
    let options = codegen::Options {
        crate_name: name,
        runtime_path: Some(runtime_path),
        standalone: true,
        command: "cargo xtask bench".to_owned(),
        deny_warnings: false,
        overlays: Vec::new(),
        serde_derive,
    };
    let display = file.display().to_string();
    let mut times = Vec::new();
    let mut stats = None;
    for _ in 0..runs {
        let start = Instant::now();
        let output = match codegen::generate_file(file, &display, &options) {
            Ok(output) => output,
            Err(err) => {
                let text = err.to_string();
                let first = text.split("\n\n").next().unwrap_or_default().trim().to_owned();
                return Ok(json!({
                    "mode": "generate",
                    "file": display,
                    "error": first,
                    "errors": text.matches("error:").count(),
                    "peak_rss_kb": peak_rss_kb(),
                }));
            }
        };
        if let Some(out) = out {
            for f in &output.files {
                let path = out.join(&f.path);
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&path, &f.contents)?;
            }
        }
        times.push(start.elapsed().as_secs_f64());
        if let (Some(out), true) = (out, stats.is_none()) {
            fs::write(out.join("bench-examples.json"), examples_json(&output.api)?)?;
        }
        stats.get_or_insert((output.api.operations.len(), output.api.types.len(), output.warnings.len()));
    }
    let (operations, types, warnings) = stats.unwrap_or_default();
    // One more run of the first half only: read, parse, validate, lower to the IR.
    let start = Instant::now();
    let crate_name = options.crate_name.clone().unwrap_or_else(|| "bench".to_owned());
    let text = fs::read_to_string(file)?;
    let lower_s = codegen::lower_text(&display, text, &crate_name).ok().map(|_| start.elapsed().as_secs_f64());
    Ok(json!({
        "mode": "generate",
        "file": display,
        "operations": operations,
        "types": types,
        "warnings": warnings,
        "runs_s": times,
        "median_s": median(&times),
        "lower_s": lower_s,
        "peak_rss_kb": peak_rss_kb(),
    }))
}

/// The spec's examples of named types, `[{"type": "User", "json": "…"}]`, for the decoding bench.
fn examples_json(api: &codegen::ir::Api) -> Result<String> {
    let examples: Vec<Value> = api
        .examples
        .iter()
        .filter_map(|e| match &e.ty {
            codegen::ir::TypeRef::Named(name) => Some(json!({"type": name, "json": e.value.to_string()})),
            _ => None,
        })
        .collect();
    Ok(serde_json::to_string(&examples)?)
}

pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    Some(if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 })
}

/// This process's peak resident set size (`VmHWM`), in KiB.
fn peak_rss_kb() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
