//! Decoding throughput: our written-out serde impls against `serde_derive`'s on the same types
//! and the same bytes, with criterion, in one crate that holds both (`src/lean.rs` is our
//! `src/types.rs`, `src/derived.rs` the one generated with `--serde-derive`).
//!
//! Two measurements: a large response (the spec's largest example of a struct, repeated into
//! a JSON array of about 1 MiB, decoded as `Vec<T>`), and every example of the spec that both
//! decode, each once.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// What the decoding bench measured.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct DecodeFigures {
    /// The type of the large response's items.
    pub large_type: String,
    /// Items in the large response.
    pub large_items: usize,
    /// Its size in bytes.
    pub large_bytes: usize,
    /// Mean time to decode it: ours, `serde_derive`'s.
    pub large_ours_ns: f64,
    pub large_derive_ns: f64,
    /// Examples that both decode, and their total size.
    pub examples: usize,
    pub examples_bytes: usize,
    /// Mean time to decode all of them once: ours, `serde_derive`'s.
    pub examples_ours_ns: f64,
    pub examples_derive_ns: f64,
    /// Why there is no figure.
    pub error: Option<String>,
}

#[derive(Deserialize)]
struct Example {
    #[serde(rename = "type")]
    ty: String,
    json: String,
}

/// Builds `dir` from the two generated crates and runs its bench.
pub fn run(root: &Path, target: &Path, dir: &Path, ours: &Path, derived: &Path, log: &Path) -> DecodeFigures {
    match measure(root, target, dir, ours, derived, log) {
        Ok(figures) => figures,
        Err(e) => DecodeFigures { error: Some(format!("{e:#}")), ..Default::default() },
    }
}

fn measure(root: &Path, target: &Path, dir: &Path, ours: &Path, derived: &Path, log: &Path) -> Result<DecodeFigures> {
    let examples: Vec<Example> = serde_json::from_str(&fs::read_to_string(ours.join("bench-examples.json"))?)?;
    let types_rs = fs::read_to_string(ours.join("src/types.rs"))?;
    // Only types defined (or aliased) at the top level of both files.
    let defined = |name: &str| {
        [
            format!("pub struct {name} "),
            format!("pub struct {name}("),
            format!("pub enum {name} "),
            format!("pub type {name} "),
        ]
        .iter()
        .any(|p| types_rs.contains(p.as_str()))
    };
    let cases: Vec<&Example> = examples.iter().filter(|e| defined(&e.ty)).collect();
    if cases.is_empty() {
        bail!("the spec has no example of a named type");
    }
    fs::create_dir_all(dir.join("src"))?;
    fs::create_dir_all(dir.join("benches"))?;
    fs::copy(ours.join("src/types.rs"), dir.join("src/lean.rs"))?;
    fs::copy(derived.join("src/types.rs"), dir.join("src/derived.rs"))?;
    fs::write(
        dir.join("src/lib.rs"),
        "//! The same model types twice: written-out impls (`lean`) and `serde_derive` (`derived`).\n\
         #![allow(missing_docs, clippy::all)]\npub mod derived;\npub mod lean;\n",
    )?;
    let runtime = crate::generate::relative(&dir.canonicalize()?, &root.join("codegen/runtime").canonicalize()?)
        .display()
        .to_string();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"decode-bench\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [\"full-serde\"]\nfull-serde = []\npartial-eq = []\n\n\
             [dependencies]\ncodegen-runtime = {{ path = \"{runtime}\" }}\nserde = {{ version = \"1.0.181\", features = [\"derive\"] }}\n\
             serde_json = \"1\"\n\n[dev-dependencies]\ncriterion = {{ version = \"0.8\", default-features = false, features = [\"cargo_bench_support\"] }}\n\n\
             [[bench]]\nname = \"decode\"\nharness = false\n\n[lints.rust]\nunexpected_cfgs = \"allow\"\n\n[workspace]\n"
        ),
    )?;
    crate::scratch::workspace(root, dir, crate::scratch::Manifest::Crate)?;
    let data: Vec<&str> = cases.iter().map(|c| c.json.as_str()).collect();
    fs::write(dir.join("benches/examples.json"), serde_json::to_string(&data)?)?;
    fs::write(dir.join("benches/decode.rs"), bench_source(&cases))?;
    let criterion_home = dir.join("criterion");
    let _ = fs::remove_dir_all(&criterion_home);
    let output = Command::new(env!("CARGO"))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CRITERION_HOME", &criterion_home)
        .args(["bench", "--bench", "decode", "--", "--warm-up-time", "2", "--measurement-time", "5", "--noplot"])
        .output()
        .context("running cargo bench")?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    fs::write(log, &text)?;
    if !output.status.success() {
        bail!("cargo bench failed: {}", text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default());
    }
    let summary: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(dir.join("benches/summary.json")).context("the bench wrote no summary")?,
    )?;
    let mean = |group: &str, id: &str| -> Result<f64> {
        let path = criterion_home.join(group).join(id).join("new/estimates.json");
        let v: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?)?;
        v["mean"]["point_estimate"].as_f64().context("no mean in criterion's estimates")
    };
    Ok(DecodeFigures {
        large_type: summary["large_type"].as_str().unwrap_or_default().to_owned(),
        large_items: summary["large_items"].as_u64().unwrap_or(0) as usize,
        large_bytes: summary["large_bytes"].as_u64().unwrap_or(0) as usize,
        large_ours_ns: mean("large", "ours")?,
        large_derive_ns: mean("large", "serde_derive")?,
        examples: summary["examples"].as_u64().unwrap_or(0) as usize,
        examples_bytes: summary["examples_bytes"].as_u64().unwrap_or(0) as usize,
        examples_ours_ns: mean("examples", "ours")?,
        examples_derive_ns: mean("examples", "serde_derive")?,
        error: None,
    })
}

/// The bench: a table of cases (four decoders per example: one value or an array of them, ours
/// or derived), the valid ones picked at start, then two criterion groups.
fn bench_source(cases: &[&Example]) -> String {
    let mut table = String::new();
    for c in cases {
        let t = &c.ty;
        let _ = writeln!(
            table,
            "    (\"{t}\", |b| serde_json::from_slice::<lean::{t}>(b).is_ok(), |b| serde_json::from_slice::<derived::{t}>(b).is_ok(), \
             |b| serde_json::from_slice::<Vec<lean::{t}>>(b).is_ok(), |b| serde_json::from_slice::<Vec<derived::{t}>>(b).is_ok()),"
        );
    }
    format!(
        r#"//! Generated by `cargo xtask bench`: decoding the spec's examples with written-out serde
//! impls and with `serde_derive`.
use criterion::{{criterion_group, criterion_main, Criterion, Throughput}};
use decode_bench::{{derived, lean}};
use std::hint::black_box;

type Decode = fn(&[u8]) -> bool;

const CASES: &[(&str, Decode, Decode, Decode, Decode)] = &[
{table}];

fn bench(c: &mut Criterion) {{
    let data: Vec<String> = serde_json::from_str(include_str!("examples.json")).expect("examples");
    let valid: Vec<(usize, &[u8])> = data
        .iter()
        .enumerate()
        .filter(|(i, d)| (CASES[*i].1)(d.as_bytes()) && (CASES[*i].2)(d.as_bytes()))
        .map(|(i, d)| (i, d.as_bytes()))
        .collect();
    // The largest example of an object, as an array of about 1 MiB.
    let (large, item) = valid
        .iter()
        .filter(|(_, d)| d.first() == Some(&b'{{'))
        .max_by_key(|(_, d)| d.len())
        .copied()
        .expect("an example of an object");
    let items = (1 << 20) / item.len() + 1;
    let mut array = Vec::with_capacity(items * (item.len() + 1) + 2);
    array.push(b'[');
    for i in 0..items {{
        if i > 0 {{
            array.push(b',');
        }}
        array.extend_from_slice(item);
    }}
    array.push(b']');
    assert!((CASES[large].3)(&array) && (CASES[large].4)(&array), "the large array decodes");
    let bytes: usize = valid.iter().map(|(_, d)| d.len()).sum();
    let summary = format!(
        "{{{{\"large_type\":\"{{}}\",\"large_items\":{{items}},\"large_bytes\":{{}},\"examples\":{{}},\"examples_bytes\":{{bytes}}}}}}",
        CASES[large].0,
        array.len(),
        valid.len()
    );
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/benches/summary.json"), summary).expect("summary");

    let mut group = c.benchmark_group("large");
    group.throughput(Throughput::Bytes(array.len() as u64));
    group.bench_function("ours", |b| b.iter(|| (CASES[large].3)(black_box(&array))));
    group.bench_function("serde_derive", |b| b.iter(|| (CASES[large].4)(black_box(&array))));
    group.finish();

    let mut group = c.benchmark_group("examples");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("ours", |b| b.iter(|| valid.iter().all(|(i, d)| (CASES[*i].1)(black_box(d)))));
    group.bench_function("serde_derive", |b| b.iter(|| valid.iter().all(|(i, d)| (CASES[*i].2)(black_box(d)))));
    group.finish();
}}

criterion_group!(benches, bench);
criterion_main!(benches);
"#
    )
}
