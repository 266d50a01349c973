//! One spec measured: the parse floor, our crate (and its one-tag copy), the peers' crates, the
//! model-types floors and, for some specs, the decoding throughput.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Result;
use serde_json::Value;

use super::caller::Style;
use super::compile::{finish_tool, Kind};
use super::figures::{Generation, ShapeFigures, SpecResult, Timed, ToolResult};
use super::process::run_json;
use super::specs::Spec;
use super::{decode, floor, gen, peers, step, user_cost, Ctx};

/// The specs whose decoding throughput is measured (criterion, release build).
pub(super) const DECODE_SPECS: &[&str] = &["workdrive"];

/// Where one spec's crates and logs go.
struct Dirs {
    /// `target/bench/crates/<spec>`.
    crates: PathBuf,
    logs: PathBuf,
}

impl Dirs {
    fn log(&self, spec: &Spec, what: &str) -> PathBuf {
        self.logs.join(format!("{}-{what}.log", spec.id))
    }
}

/// Every figure of one spec, its crates made afresh under `target/bench/crates/<spec>`.
pub(super) fn spec(ctx: &Ctx, spec: &Spec) -> Result<SpecResult> {
    step(&format!("{} ({})", spec.id, spec.source));
    let crates = ctx.bench_dir.join("crates").join(&spec.id);
    if crates.exists() {
        fs::remove_dir_all(&crates)?;
    }
    fs::create_dir_all(&crates)?;
    let dirs = Dirs { crates, logs: ctx.bench_dir.join("logs") };
    let mut result = parse_floor(ctx, spec, &dirs)?;
    let types_rs = ours(ctx, spec, &dirs, &mut result)?;
    if ctx.args.peers {
        result.progenitor = Some(peers::progenitor(ctx, spec, &dirs.crates, result.operations));
        result.openapi_generator = Some(peers::openapi_generator(ctx, spec, &dirs.crates, result.operations));
    }
    let derived_types = derived(ctx, spec, &dirs, &result);
    types_floors(ctx, spec, &dirs, &mut result, derived_types.as_deref(), types_rs.as_deref());
    if DECODE_SPECS.contains(&spec.id.as_str()) && dirs.crates.join("derived/src/types.rs").is_file() {
        step(&format!("{}: decoding throughput (criterion)", spec.id));
        let figures = decode::run(
            &ctx.root,
            &ctx.bench_dir.join("target"),
            &dirs.crates.join("decode"),
            &dirs.crates.join("ours"),
            &dirs.crates.join("derived"),
            &dirs.log(spec, "decode"),
        );
        println!("decode: {figures:?}");
        result.decode = Some(figures);
    }
    Ok(result)
}

/// The floor: parsing the file, nothing else; the spec's own figures come with it.
fn parse_floor(ctx: &Ctx, spec: &Spec, dirs: &Dirs) -> Result<SpecResult> {
    let runs = ctx.args.gen_runs.to_string();
    let floor = run_json(
        Command::new(&ctx.xtask).arg("bench-gen").arg(&spec.path).args(["--floor", "--runs", &runs]),
        &dirs.log(spec, "floor"),
        ctx.args.timeout,
    )?;
    let result = SpecResult {
        id: spec.id.clone(),
        path: spec.path.strip_prefix(&ctx.root).unwrap_or(&spec.path).display().to_string(),
        source: spec.source.clone(),
        openapi: floor["openapi"].as_str().unwrap_or("?").to_owned(),
        bytes: floor["bytes"].as_u64().unwrap_or(0),
        operations: floor["operations"].as_u64().unwrap_or(0) as usize,
        parse_floor: generation_of(&floor, "read the file + parse into a Value, in process"),
        ..Default::default()
    };
    println!("parse floor: {}", fmt_gen(&result.parse_floor));
    Ok(result)
}

/// Our crate generated (timed), measured, counted by shape, and its one-tag copy measured;
/// returns its `src/types.rs`.
fn ours(ctx: &Ctx, spec: &Spec, dirs: &Dirs, result: &mut SpecResult) -> Result<Option<String>> {
    let ours_dir = dirs.crates.join("ours");
    let ours = run_json(
        Command::new(&ctx.xtask)
            .arg("bench-gen")
            .arg(&spec.path)
            .args(["--runs", &ctx.args.gen_runs.to_string(), "--name", &format!("{}-ours", spec.id), "--out"])
            .arg(&ours_dir),
        &dirs.log(spec, "ours-gen"),
        ctx.args.timeout,
    )?;
    result.types = ours["types"].as_u64().map(|n| n as usize);
    result.warnings = ours["warnings"].as_u64().map(|n| n as usize);
    let mut tool = ToolResult {
        tool: "ours".into(),
        version: "this repository".into(),
        generation: generation_of(&ours, "read + validate + lower + emit + format + write the files, in process"),
        ..Default::default()
    };
    println!("ours: {}", fmt_gen(&tool.generation));
    if tool.generation.ok {
        finish_tool(ctx, &mut tool, &ours_dir, result.operations, Kind::Ours);
        user_cost::measure(ctx, spec, &mut tool, &ours_dir, Style::Ours, result.operations);
    }
    let types_rs = fs::read_to_string(ours_dir.join("src/types.rs")).ok();
    result.shapes = types_rs.as_deref().and_then(|text| crate::shapes::count(text).ok()).map(|s| ShapeFigures {
        definitions: s.definitions,
        duplicates: s.duplicates,
        aliases: s.aliases,
        lines: s.lines,
    });
    let one_tag = tool.generation.ok.then(|| one_tag_crate(&ours_dir, &dirs.crates.join("ours-one-tag"))).flatten();
    result.ours = tool;
    if let Some((dir, tag)) = one_tag {
        let mut tool = ToolResult {
            tool: "ours-one-tag".into(),
            version: format!("feature `{tag}` only (the largest tag)"),
            generation: Generation { ok: true, ..Default::default() },
            ..Default::default()
        };
        finish_tool(ctx, &mut tool, &dir, result.operations, Kind::Ours);
        result.ours_one_tag = Some(tool);
    }
    Ok(types_rs)
}

/// The same crate with `serde_derive` (its types are the compile-cost floor): its
/// `src/types.rs`, when ours generated and so did this one.
fn derived(ctx: &Ctx, spec: &Spec, dirs: &Dirs, result: &SpecResult) -> Option<String> {
    let derived_dir = dirs.crates.join("derived");
    let derived = result.ours.generation.ok.then(|| {
        run_json(
            Command::new(&ctx.xtask)
                .arg("bench-gen")
                .arg(&spec.path)
                .args(["--runs", "1", "--serde-derive", "--name", &format!("{}-derived", spec.id), "--out"])
                .arg(&derived_dir),
            &dirs.log(spec, "derived-gen"),
            ctx.args.timeout,
        )
    });
    match derived {
        Some(Ok(v)) if v["error"].is_null() => fs::read_to_string(derived_dir.join("src/types.rs")).ok(),
        _ => None,
    }
}

/// The crates of model types only, timed as floors: `types-floor` (from the derived crate),
/// `types-ours` and `types-ours-bare` (from ours).
fn types_floors(
    ctx: &Ctx,
    spec: &Spec,
    dirs: &Dirs,
    result: &mut SpecResult,
    derived_types: Option<&str>,
    types_rs: Option<&str>,
) {
    let ours_dir = dirs.crates.join("ours");
    let operations = result.operations;
    // A crate of model types only, timed as a floor: `write` lays it out in the directory.
    let types_crate = |name: &str, version: &str, write: &dyn Fn(&Path) -> Result<()>| {
        let dir = dirs.crates.join(name);
        let mut tool = ToolResult {
            tool: name.into(),
            version: version.into(),
            generation: Generation { ok: true, ..Default::default() },
            ..Default::default()
        };
        match write(&dir) {
            Ok(()) => finish_tool(ctx, &mut tool, &dir, operations, Kind::Floor),
            Err(e) => tool.generation = failed(format!("{e:#}")),
        }
        tool
    };
    if let (Some(derived_types), true) = (derived_types, result.ours.generation.ok) {
        result.types_floor = Some(types_crate(
            "types-floor",
            "our src/types.rs generated with serde_derive, every derive made plain",
            &|dir| floor::types_floor_crate(&ctx.root, dir, &spec.id, derived_types),
        ));
    }
    if let Some(types_rs) = types_rs {
        result.types_ours = Some(types_crate(
            "types-ours",
            "our src/types.rs with its written-out impls, feature full-serde",
            &|dir| floor::types_ours_crate(&ctx.root, dir, &spec.id, types_rs, &ours_dir),
        ));
        // The same without `Debug` and `Clone` (and `Copy`): what those derives cost.
        result.types_ours_bare =
            Some(types_crate("types-ours-bare", "types-ours without the Debug, Clone and Copy derives", &|dir| {
                floor::types_ours_crate(&ctx.root, dir, &spec.id, &floor::without_debug_clone(types_rs), &ours_dir)
            }));
    }
}

/// A copy of our crate whose default features are only its largest tag's, when it has features
/// per tag: `(dir, feature)`.
pub(super) fn one_tag_crate(ours: &Path, dir: &Path) -> Option<(PathBuf, String)> {
    let manifest = fs::read_to_string(ours.join("Cargo.toml")).ok()?;
    // `name = [] # tag `…`: N operations`: the feature gating the most operations.
    let largest = manifest
        .lines()
        .filter_map(|l| {
            let (name, rest) = l.split_once(" = [] # tag ")?;
            let n: usize = rest.rsplit(": ").next()?.split(' ').next()?.parse().ok()?;
            Some((n, name.to_owned()))
        })
        .max()?
        .1;
    let copy = |from: &Path, to: &Path| -> std::io::Result<()> {
        for entry in walk(from)? {
            let rel = entry.strip_prefix(from).unwrap_or(&entry);
            let target = to.join(rel);
            fs::create_dir_all(target.parent().unwrap_or(to))?;
            fs::copy(&entry, &target)?;
        }
        Ok(())
    };
    if dir.exists() {
        fs::remove_dir_all(dir).ok()?;
    }
    copy(ours, dir).ok()?;
    // The default features name `all-operations` beside others (the TLS backend): only that one
    // is replaced. A manifest without it would measure every feature under the one tag's name.
    let mut replaced = false;
    let manifest: Vec<String> = manifest
        .lines()
        .map(|l| match l.strip_prefix("default = [") {
            Some(rest) if rest.contains("\"all-operations\"") => {
                replaced = true;
                format!("default = [{}", rest.replace("\"all-operations\"", &format!("\"{largest}\"")))
            }
            _ => l.to_owned(),
        })
        .collect();
    if !replaced {
        return None;
    }
    fs::write(dir.join("Cargo.toml"), manifest.join("\n") + "\n").ok()?;
    Some((dir.to_owned(), largest))
}

/// Every file under `dir` (not `target/`).
pub(super) fn walk(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            out.extend(walk(&path)?);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}

pub(super) fn fmt_gen(g: &Generation) -> String {
    match (&g.error, g.timed.median_s) {
        (Some(e), _) => format!("failed: {e}"),
        (None, Some(m)) => format!("median {:.3} s, peak {} MiB", m, g.peak_rss_kb.map_or(0, |k| k / 1024)),
        (None, None) => "no runs".into(),
    }
}

pub(super) fn failed(error: String) -> Generation {
    Generation { ok: false, error: Some(error), ..Default::default() }
}

pub(super) fn generation_of(v: &Value, measured: &str) -> Generation {
    let runs_s: Vec<f64> =
        v["runs_s"].as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default();
    let error = v["error"].as_str().map(str::to_owned);
    Generation {
        ok: error.is_none() && !runs_s.is_empty(),
        error,
        timed: Timed { median_s: gen::median(&runs_s), runs_s },
        peak_rss_kb: v["peak_rss_kb"].as_u64(),
        measured: measured.to_owned(),
        lower_s: v["lower_s"].as_f64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_tag_copy_keeps_the_tls_default_and_only_the_largest_tag() {
        let root = std::env::temp_dir().join(format!("xtask-one-tag-{}", std::process::id()));
        let (ours, copy) = (root.join("ours"), root.join("copy"));
        fs::create_dir_all(ours.join("src")).unwrap();
        fs::write(ours.join("src/lib.rs"), "").unwrap();
        fs::write(
            ours.join("Cargo.toml"),
            "[features]\ndefault = [\"rustls-webpki\", \"all-operations\"]\nall-operations = [\"a\", \"b\"]\n\
             a = [] # tag `a`: 3 operations\nb = [] # tag `b`: 12 operations\n",
        )
        .unwrap();
        let (dir, tag) = one_tag_crate(&ours, &copy).expect("a copy");
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        assert_eq!(tag, "b");
        assert!(manifest.contains("default = [\"rustls-webpki\", \"b\"]\n"), "{manifest}");
        assert!(dir.join("src/lib.rs").is_file());
        // Without `all-operations` among the defaults there is no one-tag crate to measure.
        fs::write(ours.join("Cargo.toml"), "[features]\ndefault = []\na = [] # tag `a`: 3 operations\n").unwrap();
        assert!(one_tag_crate(&ours, &copy).is_none());
        fs::remove_dir_all(&root).unwrap();
    }
}
