//! `bench`: our generator against two peers (progenitor and openapi-generator's `rust`
//! generator) on the same specs: generation time and memory, generated lines, and what the
//! generated crate costs to `cargo check` and `cargo build`. Writes `BENCHMARKS.md` and
//! `BENCHMARKS.json` at the repository's root. Not part of CI (it takes many minutes and
//! downloads the peers and GitHub's spec).
//!
//! Everything it makes lives under `target/bench/` (the GitHub spec in `cache/`, the crates in
//! `crates/<spec>/<tool>/`, each its own workspace with a copy of the repository's
//! `Cargo.lock`, all built into `target/bench/target`) and `.tools/` (the peers).

mod decode;
mod gen;
mod noise;
mod report;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::root;

pub use gen::run as run_gen;

/// The peers' versions, pinned.
const PROGENITOR_VERSION: &str = "0.15.1";
const OPENAPI_GENERATOR_VERSION: &str = "7.26.0";
/// GitHub's REST API description (OpenAPI 3.0.3, with the Octokit extensions).
const OCTOKIT_OPENAPI_VERSION: &str = "23.0.2";
const GITHUB_DOCUMENT: &str = "package/generated/api.github.com.json";
/// Used when `specs/` has no spec yet.
const FALLBACK_SPEC: &str = "codegen/tests/fixtures/ok/pagination.yaml";

#[derive(Debug, Clone)]
pub struct Args {
    pub gen_runs: usize,
    pub compile_runs: usize,
    pub timeout: Duration,
    /// All cargo commands of one peer's crate together.
    pub peer_budget: Duration,
    pub peers: bool,
    pub github: bool,
    pub only: Option<String>,
    /// Only rewrite BENCHMARKS.md from BENCHMARKS.json.
    pub render: bool,
    /// Only measure the diff noise (into BENCHMARKS.json, the rest kept).
    pub diff_noise: bool,
}

impl Default for Args {
    fn default() -> Self {
        Args {
            gen_runs: 5,
            compile_runs: 3,
            timeout: Duration::from_secs(900),
            peer_budget: Duration::from_secs(900),
            peers: true,
            github: true,
            only: None,
            render: false,
            diff_noise: false,
        }
    }
}

/// The arguments, and those of them BENCHMARKS.md shows as the command that made it.
fn parse(flags: crate::flags::Bench) -> Result<(Args, Vec<String>)> {
    let mut args = Args::default();
    let mut shown = Vec::new();
    if let Some(runs) = flags.gen_runs {
        args.gen_runs = runs.max(1);
        shown.push(format!("--gen-runs {}", args.gen_runs));
    }
    if let Some(runs) = flags.compile_runs {
        args.compile_runs = runs.max(1);
        shown.push(format!("--compile-runs {}", args.compile_runs));
    }
    if let Some(secs) = flags.timeout {
        args.timeout = Duration::from_secs(secs);
        shown.push(format!("--timeout {secs}"));
    }
    if let Some(secs) = flags.peer_budget {
        args.peer_budget = Duration::from_secs(secs);
        shown.push(format!("--peer-budget {secs}"));
    }
    if flags.no_peers {
        args.peers = false;
        shown.push("--no-peers".into());
    }
    if flags.no_github {
        args.github = false;
        shown.push("--no-github".into());
    }
    args.render = flags.render;
    args.diff_noise = flags.diff_noise;
    if let Some(only) = flags.only {
        shown.push(format!("--only {only}"));
        args.only = Some(only);
    }
    if args.render && args.diff_noise {
        bail!("`--diff-noise` and `--render` go alone");
    }
    Ok((args, shown))
}

/// One spec to benchmark.
#[derive(Debug, Clone)]
struct Spec {
    /// Short name: the file stem, or `github`.
    id: String,
    path: PathBuf,
    /// Where it comes from, for the report.
    source: String,
}

/// Wall times of repeated runs.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Timed {
    pub runs_s: Vec<f64>,
    pub median_s: Option<f64>,
}

/// A generator run on one spec.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Generation {
    pub ok: bool,
    /// The first error, when the generator rejected the spec (or crashed).
    pub error: Option<String>,
    #[serde(flatten)]
    pub timed: Timed,
    /// Peak resident set size in KiB: `VmHWM` of our bench process, the maximum RSS of the
    /// peer's process tree (GNU time's `%M`).
    pub peak_rss_kb: Option<u64>,
    /// What the time covers.
    pub measured: String,
    /// Ours: one run of reading, validating and lowering to the IR only (the rest of the time is
    /// emitting and formatting).
    pub lower_s: Option<f64>,
}

/// The generated crate's size.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Size {
    pub rs_files: usize,
    /// All lines of all `.rs` files outside `tests/`.
    pub lines: usize,
    /// The same without blank lines and `//` comment lines (doc comments included).
    pub code_lines: usize,
    pub lines_per_operation: Option<f64>,
    pub code_lines_per_operation: Option<f64>,
}

/// `cargo check` or `cargo build` of the generated crate after `touch src/lib.rs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Compile {
    pub ok: bool,
    pub timed_out: bool,
    pub error: Option<String>,
    /// Number of `error` diagnostics of a failed compile, as cargo counts them.
    pub errors: Option<usize>,
    /// The first run, which also builds the dependencies not yet built for this mode.
    pub first_run_s: Option<f64>,
    /// Whether the first run is one of the timed runs (it compiled only the crate itself).
    pub first_run_counted: bool,
    /// How long the run that timed out had run: a lower bound of its time.
    pub timed_out_after_s: Option<f64>,
    #[serde(flatten)]
    pub timed: Timed,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ToolResult {
    pub tool: String,
    pub version: String,
    pub generation: Generation,
    pub size: Option<Size>,
    pub check: Option<Compile>,
    pub build: Option<Compile>,
    /// Ours only: rebuilding a crate that calls every operation (the generated contract test),
    /// the crate itself already built.
    pub caller: Option<Compile>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ShapeFigures {
    pub definitions: usize,
    pub duplicates: usize,
    pub aliases: usize,
    pub lines: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SpecResult {
    pub id: String,
    pub path: String,
    pub source: String,
    pub openapi: String,
    pub bytes: u64,
    pub operations: usize,
    /// Reading the file and parsing it into a `serde_json::Value` (`serde_yaml::Value` for YAML).
    pub parse_floor: Generation,
    /// Our IR's counts.
    pub types: Option<usize>,
    pub warnings: Option<usize>,
    /// Our `src/types.rs` counted by shape (`cargo xtask shapes`).
    #[serde(default)]
    pub shapes: Option<ShapeFigures>,
    pub ours: ToolResult,
    pub progenitor: Option<ToolResult>,
    pub openapi_generator: Option<ToolResult>,
    /// Only our model types with plain `#[derive(Serialize, Deserialize)]`.
    pub types_floor: Option<ToolResult>,
    /// Ours with only the largest tag's feature (for APIs split into features per tag).
    pub ours_one_tag: Option<ToolResult>,
    /// Only our model types with our written-out impls (`full-serde`: both traits everywhere,
    /// as in the floor).
    #[serde(default)]
    pub types_ours: Option<ToolResult>,
    /// `types_ours` without the `Debug`, `Clone` and `Copy` derives.
    #[serde(default)]
    pub types_ours_bare: Option<ToolResult>,
    /// Decoding throughput, ours against `serde_derive` (for the specs in `DECODE_SPECS`).
    #[serde(default)]
    pub decode: Option<decode::DecodeFigures>,
}

/// The specs whose decoding throughput is measured (criterion, release build).
const DECODE_SPECS: &[&str] = &["workdrive"];

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Machine {
    pub nproc: usize,
    pub memory_gib: f64,
    pub cpu: String,
    pub rustc: String,
    pub java: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Bench {
    pub command: String,
    pub date: String,
    pub machine: Machine,
    pub settings: Value,
    pub total_s: f64,
    pub specs: Vec<SpecResult>,
    /// The type space before and after interning, measured once with `cargo xtask shapes` over
    /// the crates of a generator before interning and of this one; carried from run to run.
    pub type_space: Option<TypeSpace>,
    /// Lines a spec change rewrites in the generated crate, ours vs `--serde-derive`.
    pub diff_noise: Option<noise::DiffNoise>,
}

/// A recorded before/after comparison of `types.rs` by shape.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeSpace {
    /// How and when it was measured.
    pub measured: String,
    pub rows: Vec<TypeSpaceRow>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TypeSpaceRow {
    pub spec: String,
    pub before: ShapeFigures,
    pub after: ShapeFigures,
}

pub fn run(flags: crate::flags::Bench) -> Result<()> {
    let (args, shown) = parse(flags)?;
    let started = Instant::now();
    let root = root();
    if args.render {
        let json = fs::read_to_string(root.join("BENCHMARKS.json")).context("reading BENCHMARKS.json")?;
        let bench: Bench = serde_json::from_str(&json).context("reading BENCHMARKS.json")?;
        fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
        println!("{}", report::summary(&bench));
        println!("rewrote BENCHMARKS.md from BENCHMARKS.json");
        return Ok(());
    }
    if args.diff_noise {
        let json = fs::read_to_string(root.join("BENCHMARKS.json")).context("reading BENCHMARKS.json")?;
        let mut bench: Bench = serde_json::from_str(&json).context("reading BENCHMARKS.json")?;
        let noise = measure_noise(&root)?;
        println!(
            "diff noise: ours {} vs --serde-derive {} lines over {} spec changes",
            noise.ours, noise.derive, noise.cases
        );
        bench.diff_noise = Some(noise);
        fs::write(root.join("BENCHMARKS.json"), serde_json::to_string_pretty(&bench)? + "\n")?;
        fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
        println!("wrote the diff noise into BENCHMARKS.md and BENCHMARKS.json");
        return Ok(());
    }
    let bench_dir = root.join("target/bench");
    fs::create_dir_all(bench_dir.join("logs"))?;

    step("building the generator in release (cargo build --release -p xtask)");
    let status = Command::new(env!("CARGO")).current_dir(&root).args(["build", "--release", "-p", "xtask"]).status()?;
    if !status.success() {
        bail!("cargo build --release -p xtask failed");
    }
    let xtask = root.join("target/release/xtask");

    let mut specs = Vec::new();
    for path in crate::generate::spec_files(&root)? {
        let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("spec").to_owned();
        let source = format!("specs/{}", path.file_name().and_then(|f| f.to_str()).unwrap_or_default());
        specs.push(Spec { id, path, source });
    }
    if specs.is_empty() {
        specs.push(Spec {
            id: "pagination".into(),
            path: root.join(FALLBACK_SPEC),
            source: format!("{FALLBACK_SPEC} (specs/ is empty)"),
        });
    }
    if args.github {
        step(&format!("GitHub's spec (npm @octokit/openapi@{OCTOKIT_OPENAPI_VERSION})"));
        specs.push(Spec {
            id: "github".into(),
            path: github_spec(&bench_dir.join("cache"))?,
            source: format!("npm `@octokit/openapi@{OCTOKIT_OPENAPI_VERSION}` `{GITHUB_DOCUMENT}`"),
        });
    }
    if let Some(only) = &args.only {
        specs.retain(|s| &s.id == only);
        if specs.is_empty() {
            bail!("no spec named `{only}`");
        }
    }

    let mut peers = Peers {
        progenitor: Err("not requested (--no-peers)".into()),
        openapi_generator: Err("not requested (--no-peers)".into()),
    };
    if args.peers {
        step(&format!(
            "peers: cargo-progenitor {PROGENITOR_VERSION}, openapi-generator-cli {OPENAPI_GENERATOR_VERSION}"
        ));
        peers.progenitor = ensure_progenitor(&root).map_err(|e| format!("{e:#}"));
        peers.openapi_generator = ensure_openapi_generator(&root).map_err(|e| format!("{e:#}"));
        for (name, peer) in [("progenitor", &peers.progenitor), ("openapi-generator", &peers.openapi_generator)] {
            if let Err(e) = peer {
                eprintln!("warning: {name} is not available: {e}");
            }
        }
    }

    step("diff noise (the diff tool's fixture pairs, ours and --serde-derive)");
    let noise = measure_noise(&root)?;
    let ctx = Ctx { root: root.clone(), bench_dir: bench_dir.clone(), xtask, args: args.clone(), peers };
    let mut results = Vec::new();
    for spec in &specs {
        results.push(bench_spec(&ctx, spec)?);
        // Written after every spec, so an interrupted run still leaves its figures.
        write_results(&root, &shown, &args, started, &results, &noise)?;
    }
    let bench = write_results(&root, &shown, &args, started, &results, &noise)?;
    println!("\n{}", report::summary(&bench));
    println!("wrote BENCHMARKS.md and BENCHMARKS.json in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn write_results(
    root: &Path,
    shown: &[String],
    args: &Args,
    started: Instant,
    results: &[SpecResult],
    noise: &noise::DiffNoise,
) -> Result<Bench> {
    let command =
        std::iter::once("cargo xtask bench".to_owned()).chain(shown.iter().cloned()).collect::<Vec<_>>().join(" ");
    let bench = Bench {
        command,
        date: output_of(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default(),
        machine: machine(),
        settings: serde_json::json!({
            "generation_runs": args.gen_runs,
            "compile_runs": args.compile_runs,
            "timeout_s": args.timeout.as_secs(),
            "peer_budget_s": args.peer_budget.as_secs(),
            "cargo_incremental": 0,
            "progenitor": format!("cargo-progenitor {PROGENITOR_VERSION}"),
            "openapi_generator": format!("openapi-generator-cli {OPENAPI_GENERATOR_VERSION} (PyPI), generator `rust`"),
            "github_spec": format!("@octokit/openapi@{OCTOKIT_OPENAPI_VERSION} {GITHUB_DOCUMENT}"),
        }),
        total_s: started.elapsed().as_secs_f64(),
        specs: results.to_vec(),
        // A recorded comparison is kept: a run measures only the generator it runs.
        type_space: fs::read_to_string(root.join("BENCHMARKS.json"))
            .ok()
            .and_then(|old| serde_json::from_str::<Bench>(&old).ok())
            .and_then(|old| old.type_space),
        diff_noise: Some(noise.clone()),
    };
    fs::write(root.join("BENCHMARKS.json"), serde_json::to_string_pretty(&bench)? + "\n")?;
    fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
    Ok(bench)
}

#[derive(Debug)]
struct Peers {
    /// The `cargo-progenitor` binary.
    progenitor: std::result::Result<PathBuf, String>,
    /// The `openapi-generator-cli` script of the venv.
    openapi_generator: std::result::Result<PathBuf, String>,
}

struct Ctx {
    root: PathBuf,
    bench_dir: PathBuf,
    xtask: PathBuf,
    args: Args,
    peers: Peers,
}

fn measure_noise(root: &Path) -> Result<noise::DiffNoise> {
    let date = output_of(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default();
    noise::measure(root, format!("Measured by `cargo xtask bench --diff-noise` on {}.", date.trim()))
}

fn step(name: &str) {
    println!("\n==> {name}\n");
}

fn bench_spec(ctx: &Ctx, spec: &Spec) -> Result<SpecResult> {
    step(&format!("{} ({})", spec.id, spec.source));
    let crates = ctx.bench_dir.join("crates").join(&spec.id);
    if crates.exists() {
        fs::remove_dir_all(&crates)?;
    }
    fs::create_dir_all(&crates)?;
    let logs = ctx.bench_dir.join("logs");
    let runs = ctx.args.gen_runs.to_string();

    // The floor: parsing the file, nothing else.
    let floor = run_json(
        Command::new(&ctx.xtask).arg("bench-gen").arg(&spec.path).args(["--floor", "--runs", &runs]),
        &logs.join(format!("{}-floor.log", spec.id)),
        ctx.args.timeout,
    )?;
    let mut result = SpecResult {
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

    // Ours.
    let ours_dir = crates.join("ours");
    let ours = run_json(
        Command::new(&ctx.xtask)
            .arg("bench-gen")
            .arg(&spec.path)
            .args(["--runs", &runs, "--name", &format!("{}-ours", spec.id), "--out"])
            .arg(&ours_dir),
        &logs.join(format!("{}-ours-gen.log", spec.id)),
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
    }
    let types_rs = fs::read_to_string(ours_dir.join("src/types.rs")).ok();
    result.shapes = types_rs.as_deref().and_then(|text| crate::shapes::count(text).ok()).map(|s| ShapeFigures {
        definitions: s.definitions,
        duplicates: s.duplicates,
        aliases: s.aliases,
        lines: s.lines,
    });
    let one_tag = tool.generation.ok.then(|| one_tag_crate(&ours_dir, &crates.join("ours-one-tag"))).flatten();
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

    // The peers.
    if ctx.args.peers {
        result.progenitor = Some(progenitor(ctx, spec, &crates, result.operations));
        result.openapi_generator = Some(openapi_generator(ctx, spec, &crates, result.operations));
    }

    // The same crate with `serde_derive`: its types are the compile-cost floor.
    let derived_dir = crates.join("derived");
    let derived = result.ours.generation.ok.then(|| {
        run_json(
            Command::new(&ctx.xtask)
                .arg("bench-gen")
                .arg(&spec.path)
                .args(["--runs", "1", "--serde-derive", "--name", &format!("{}-derived", spec.id), "--out"])
                .arg(&derived_dir),
            &logs.join(format!("{}-derived-gen.log", spec.id)),
            ctx.args.timeout,
        )
    });
    let derived_types = match derived {
        Some(Ok(v)) if v["error"].is_null() => fs::read_to_string(derived_dir.join("src/types.rs")).ok(),
        _ => None,
    };
    // A crate of model types only, timed as a floor: `write` lays it out in the directory.
    let types_crate = |name: &str, version: &str, write: &dyn Fn(&Path) -> Result<()>| {
        let dir = crates.join(name);
        let mut tool = ToolResult {
            tool: name.into(),
            version: version.into(),
            generation: Generation { ok: true, ..Default::default() },
            ..Default::default()
        };
        match write(&dir) {
            Ok(()) => finish_tool(ctx, &mut tool, &dir, result.operations, Kind::Floor),
            Err(e) => tool.generation = failed(format!("{e:#}")),
        }
        tool
    };
    if let (Some(derived_types), true) = (derived_types.as_deref(), result.ours.generation.ok) {
        result.types_floor = Some(types_crate(
            "types-floor",
            "our src/types.rs generated with serde_derive, every derive made plain",
            &|dir| types_floor_crate(&ctx.root, dir, &spec.id, derived_types),
        ));
    }
    if let Some(types_rs) = types_rs.as_deref() {
        result.types_ours = Some(types_crate(
            "types-ours",
            "our src/types.rs with its written-out impls, feature full-serde",
            &|dir| types_ours_crate(&ctx.root, dir, &spec.id, types_rs, &ours_dir),
        ));
        // The same without `Debug` and `Clone` (and `Copy`): what those derives cost.
        result.types_ours_bare =
            Some(types_crate("types-ours-bare", "types-ours without the Debug, Clone and Copy derives", &|dir| {
                types_ours_crate(&ctx.root, dir, &spec.id, &without_debug_clone(types_rs), &ours_dir)
            }));
    }
    if DECODE_SPECS.contains(&spec.id.as_str()) && derived_dir.join("src/types.rs").is_file() {
        step(&format!("{}: decoding throughput (criterion)", spec.id));
        let figures = decode::run(
            &ctx.root,
            &ctx.bench_dir.join("target"),
            &crates.join("decode"),
            &ours_dir,
            &derived_dir,
            &logs.join(format!("{}-decode.log", spec.id)),
        );
        println!("decode: {figures:?}");
        result.decode = Some(figures);
    }
    Ok(result)
}

/// A copy of our crate whose default features are only its largest tag's, when it has features
/// per tag: `(dir, feature)`.
fn one_tag_crate(ours: &Path, dir: &Path) -> Option<(PathBuf, String)> {
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
fn walk(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
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

fn fmt_gen(g: &Generation) -> String {
    match (&g.error, g.timed.median_s) {
        (Some(e), _) => format!("failed: {e}"),
        (None, Some(m)) => format!("median {:.3} s, peak {} MiB", m, g.peak_rss_kb.map_or(0, |k| k / 1024)),
        (None, None) => "no runs".into(),
    }
}

fn failed(error: String) -> Generation {
    Generation { ok: false, error: Some(error), ..Default::default() }
}

fn generation_of(v: &Value, measured: &str) -> Generation {
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

/// Which limits a crate's compile measurements have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Ours: each cargo command is stopped after `--timeout`.
    Ours,
    /// A peer: all its cargo commands together get `--peer-budget`.
    Peer,
    /// The types floor: only `cargo build` (its ratio is about build time).
    Floor,
}

/// Size, then `cargo check` and `cargo build` of a generated crate.
fn finish_tool(ctx: &Ctx, tool: &mut ToolResult, dir: &Path, operations: usize, kind: Kind) {
    let size = count_lines(dir, operations);
    println!(
        "{}: {} lines in {} .rs files ({:.0} per operation)",
        tool.tool,
        size.lines,
        size.rs_files,
        size.lines_per_operation.unwrap_or(0.0)
    );
    tool.size = Some(size);
    if let Err(e) = crate::scratch::workspace(&ctx.root, dir, crate::scratch::Manifest::Crate) {
        let c = Compile { error: Some(format!("{e:#}")), ..Default::default() };
        tool.check = Some(c.clone());
        tool.build = Some(c);
        return;
    }
    let deadline = (kind == Kind::Peer).then(|| Instant::now() + ctx.args.peer_budget);
    if kind == Kind::Peer {
        // The build is the figure the targets compare: it gets the budget first, and `cargo check`
        // what is left (GitHub's openapi-generator crate spent the whole budget on its checks).
        let build = compile(ctx, dir, "build", &tool.tool, deadline);
        println!("{} cargo build: {}", tool.tool, fmt_compile(&build));
        tool.build = Some(build);
        let check = compile(ctx, dir, "check", &tool.tool, deadline);
        println!("{} cargo check: {}", tool.tool, fmt_compile(&check));
        tool.check = Some(check);
        return;
    }
    if kind != Kind::Floor {
        let check = compile(ctx, dir, "check", &tool.tool, deadline);
        println!("{} cargo check: {}", tool.tool, fmt_compile(&check));
        let ok = check.ok;
        tool.check = Some(check);
        if !ok {
            return;
        }
    }
    let build = compile(ctx, dir, "build", &tool.tool, deadline);
    println!("{} cargo build: {}", tool.tool, fmt_compile(&build));
    let built = build.ok;
    tool.build = Some(build);
    // Operation methods are `#[inline]`: their code is compiled where they are called. The
    // generated contract test calls every operation, the worst case for a caller.
    if kind == Kind::Ours && tool.tool == "ours" && built && dir.join("tests/contract.rs").is_file() {
        let caller = compile(ctx, dir, "caller", &tool.tool, Some(Instant::now() + ctx.args.peer_budget));
        println!("{} caller of every operation: {}", tool.tool, fmt_compile(&caller));
        tool.caller = Some(caller);
    }
}

fn fmt_compile(c: &Compile) -> String {
    match (c.ok, &c.error, c.timed.median_s) {
        (true, e, Some(m)) => {
            let note = e.as_deref().map(|e| format!("; {e}")).unwrap_or_default();
            format!("median {m:.2} s (runs {:?}{note})", c.timed.runs_s)
        }
        (_, Some(e), _) => format!("failed: {e}"),
        _ => "no runs".into(),
    }
}

/// Lines of every `.rs` file below `dir`, outside `tests/` and `target/`.
fn count_lines(dir: &Path, operations: usize) -> Size {
    let mut size = Size::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
                if d == dir && matches!(name, "tests" | "target") {
                    continue;
                }
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).unwrap_or_default();
                size.rs_files += 1;
                for line in text.lines() {
                    size.lines += 1;
                    let t = line.trim_start();
                    if !t.is_empty() && (!t.starts_with("//") || t.starts_with("///") || t.starts_with("//!")) {
                        size.code_lines += 1;
                    }
                }
            }
        }
    }
    if operations > 0 {
        size.lines_per_operation = Some(size.lines as f64 / operations as f64);
        size.code_lines_per_operation = Some(size.code_lines as f64 / operations as f64);
    }
    size
}

/// `cargo <mode>` once (dependencies, and the first error if it fails), then `touch
/// src/lib.rs` and `cargo <mode>` again, timed, until there are `compile_runs` runs. The first
/// run counts as one when cargo compiled nothing but the crate itself (no dependency, no
/// download, no lock file update). Mode `caller` builds the contract test instead (after
/// touching it), and never counts its first run (which builds the crate with `full-serde`).
fn compile(ctx: &Ctx, dir: &Path, mode: &str, tool: &str, deadline: Option<Instant>) -> Compile {
    let log_dir = ctx.bench_dir.join("logs");
    let crate_id = dir
        .strip_prefix(ctx.bench_dir.join("crates"))
        .map(|p| p.display().to_string().replace('/', "-"))
        .unwrap_or_else(|_| tool.to_owned());
    let mut out = Compile::default();
    let mut i = 0;
    loop {
        let timeout = match deadline {
            Some(d) => ctx.args.timeout.min(d.saturating_duration_since(Instant::now())),
            None => ctx.args.timeout,
        };
        let budget_note = |r: &Ran| {
            if r.timed_out && deadline.is_some() && timeout < ctx.args.timeout {
                let whose = if mode == "caller" { "the caller's" } else { "the peer's" };
                format!("timed out: {whose} compile budget of {} s ran out", ctx.args.peer_budget.as_secs())
            } else {
                ran_error(r, timeout).unwrap_or_default()
            }
        };
        // `caller`: the crate's contract test, which calls every operation, is rebuilt.
        let touched = if mode == "caller" { "tests/contract.rs" } else { "src/lib.rs" };
        if i > 0 {
            if let Err(e) = touch(&dir.join(touched)) {
                out.error = Some(format!("touch {touched}: {e}"));
                return out;
            }
        }
        let mut cmd = Command::new(env!("CARGO"));
        match mode {
            "caller" => cmd.args(["test", "--no-run", "--features", "full-serde", "--test", "contract"]),
            _ => cmd.arg(mode),
        };
        cmd.current_dir(dir)
            .env("CARGO_TARGET_DIR", ctx.bench_dir.join("target"))
            .env("CARGO_INCREMENTAL", "0")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS");
        let ran = if timeout.is_zero() {
            Ran {
                success: false,
                timed_out: true,
                secs: 0.0,
                stdout: String::new(),
                stderr: String::new(),
                max_rss_kb: None,
            }
        } else {
            match run_timed(&mut cmd, &log_dir.join(format!("{crate_id}-{mode}-{i}.log")), timeout) {
                Ok(r) => r,
                Err(e) => {
                    out.error = Some(format!("{e:#}"));
                    return out;
                }
            }
        };
        if !ran.success {
            out.timed_out = ran.timed_out;
            out.timed_out_after_s = ran.timed_out.then_some(ran.secs);
            out.errors = cargo_error_count(&ran.stderr);
            out.error = Some(budget_note(&ran));
            // Runs that finished before a timeout still give a (flagged) figure.
            out.ok = ran.timed_out && !out.timed.runs_s.is_empty();
            out.timed.median_s = gen::median(&out.timed.runs_s);
            return out;
        }
        if i == 0 {
            out.first_run_s = Some(ran.secs);
            // A caller's first run also builds the crate with `full-serde`: never counted.
            out.first_run_counted = mode != "caller" && only_the_crate(&ran.stderr);
            if out.first_run_counted {
                out.timed.runs_s.push(ran.secs);
            }
        } else {
            out.timed.runs_s.push(ran.secs);
        }
        if out.timed.runs_s.len() >= ctx.args.compile_runs {
            break;
        }
        i += 1;
    }
    out.ok = true;
    out.timed.median_s = gen::median(&out.timed.runs_s);
    out
}

/// Whether cargo compiled only one crate (the generated one) and fetched nothing.
fn only_the_crate(stderr: &str) -> bool {
    let mut compiled = 0;
    for line in stderr.lines().map(str::trim_start) {
        if ["Updating", "Locking", "Download", "Adding", "Blocking", "Fetching"].iter().any(|w| line.starts_with(w)) {
            return false;
        }
        if line.starts_with("Compiling ") || line.starts_with("Checking ") {
            compiled += 1;
        }
    }
    compiled == 1
}

fn ran_error(r: &Ran, timeout: Duration) -> Option<String> {
    if r.timed_out {
        return Some(format!("timed out after {} s", timeout.as_secs()));
    }
    if r.success {
        return None;
    }
    Some(first_error(&r.stderr).or_else(|| first_error(&r.stdout)).unwrap_or_else(|| last_line(&r.stderr, &r.stdout)))
}

fn touch(path: &Path) -> std::io::Result<()> {
    fs::File::options().append(true).open(path)?.set_modified(SystemTime::now())
}

/// The first error in a compiler's or generator's output, with its location.
fn first_error(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        // A panic: `thread 'main' panicked at FILE:LINE:COL:` then the message.
        if t.contains("panicked at") {
            let at = t.split("panicked at").nth(1).unwrap_or_default().trim().trim_end_matches(':');
            let at = at.rsplit("/src/").next().map_or(at.to_owned(), |s| format!("…/src/{s}"));
            let message = lines.get(i + 1).map(|l| l.trim()).unwrap_or_default();
            return Some(format!("panic: {message} (at {at})"));
        }
        let rustc = t.starts_with("error[") || (t.starts_with("error:") && !is_cargo_summary(t));
        let java = t.contains("Exception") || t.contains("[main] ERROR") || t.starts_with("ERROR");
        if rustc || java {
            let location = lines[i + 1..]
                .iter()
                .take(4)
                .find_map(|l| l.trim().strip_prefix("--> "))
                .map(|l| format!(" at {l}"))
                .unwrap_or_default();
            let mut message = t.to_owned();
            if java && !t.contains(':') {
                if let Some(next) = lines.get(i + 1) {
                    message = format!("{message} {}", next.trim());
                }
            }
            if message.len() > 400 {
                let mut cut = 400;
                while !message.is_char_boundary(cut) {
                    cut -= 1;
                }
                message = format!("{}…", &message[..cut]);
            }
            return Some(format!("{message}{location}"));
        }
    }
    None
}

fn is_cargo_summary(t: &str) -> bool {
    t.starts_with("error: could not compile")
        || t.starts_with("error: aborting")
        || t.starts_with("error: build failed")
}

fn cargo_error_count(text: &str) -> Option<usize> {
    // "error: could not compile `x` (lib) due to 12 previous errors"
    let line = text.lines().find(|l| l.starts_with("error: could not compile"))?;
    let n = line.split("due to ").nth(1)?.split_whitespace().next()?;
    if n == "1" || n == "a" {
        return Some(1);
    }
    n.parse().ok()
}

fn last_line(a: &str, b: &str) -> String {
    a.lines()
        .chain(b.lines())
        .rfind(|l| !l.trim().is_empty())
        .map_or_else(|| "failed without output".to_owned(), |l| l.trim().to_owned())
}

/// The outcome of one process.
struct Ran {
    success: bool,
    timed_out: bool,
    secs: f64,
    stdout: String,
    stderr: String,
    /// Maximum resident set size in KiB (GNU time's `%M`), when measured.
    max_rss_kb: Option<u64>,
}

/// Runs `cmd` in a process group of its own, with stdout and stderr in `log` (and returned),
/// killing the group after `timeout`.
fn run_timed(cmd: &mut Command, log: &Path, timeout: Duration) -> Result<Ran> {
    use std::os::unix::process::CommandExt;
    let out_path = log.with_extension("out");
    let err_path = log.with_extension("err");
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(fs::File::create(&out_path)?)
        .stderr(fs::File::create(&err_path)?)
        .process_group(0)
        .spawn()
        .with_context(|| format!("starting {:?}", cmd.get_program()))?;
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        let _ = tx.send(Instant::now());
        status
    });
    let (ended, timed_out) = match rx.recv_timeout(timeout) {
        Ok(at) => (at, false),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", "--", &format!("-{pid}")]).status();
            (Instant::now(), true)
        }
    };
    let status = waiter.join().map_err(|_| anyhow::anyhow!("waiting for the process"))??;
    let stdout = fs::read_to_string(&out_path).unwrap_or_default();
    let stderr = fs::read_to_string(&err_path).unwrap_or_default();
    Ok(Ran {
        success: status.success() && !timed_out,
        timed_out,
        secs: ended.duration_since(start).as_secs_f64(),
        stdout,
        stderr,
        max_rss_kb: None,
    })
}

/// Runs `cmd` under GNU time (when there is one) for the maximum RSS of its process tree.
fn run_measured(cmd: &Command, log: &Path, timeout: Duration) -> Result<Ran> {
    let gnu_time = Path::new("/usr/bin/time");
    let rss_file = log.with_extension("rss");
    let _ = fs::remove_file(&rss_file);
    let mut wrapped = if gnu_time.exists() {
        let mut w = Command::new(gnu_time);
        w.args(["-f", "%M", "-o"]).arg(&rss_file).arg(cmd.get_program()).args(cmd.get_args());
        w
    } else {
        let mut w = Command::new(cmd.get_program());
        w.args(cmd.get_args());
        w
    };
    if let Some(dir) = cmd.get_current_dir() {
        wrapped.current_dir(dir);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => wrapped.env(k, v),
            None => wrapped.env_remove(k),
        };
    }
    let mut ran = run_timed(&mut wrapped, log, timeout)?;
    ran.max_rss_kb = fs::read_to_string(&rss_file).ok().and_then(|t| t.lines().last()?.trim().parse().ok());
    Ok(ran)
}

/// Runs our `bench-gen` and returns the JSON it printed.
fn run_json(cmd: &mut Command, log: &Path, timeout: Duration) -> Result<Value> {
    let ran = run_timed(cmd, log, timeout)?;
    if !ran.success {
        let why = ran_error(&ran, timeout).unwrap_or_default();
        return Ok(serde_json::json!({ "error": format!("bench-gen failed: {why}") }));
    }
    let line = ran.stdout.lines().rev().find(|l| l.starts_with('{')).unwrap_or("{}");
    serde_json::from_str(line).context("reading the output of bench-gen")
}

/// Runs a peer generator `gen_runs` times (fewer when one run takes over a minute: as many as
/// fit in three minutes, at least one), each time into a fresh `out`.
fn peer_generation(ctx: &Ctx, name: &str, spec_id: &str, out: &Path, make: &dyn Fn() -> Command) -> Generation {
    let log = ctx.bench_dir.join("logs").join(format!("{spec_id}-{name}-gen.log"));
    let mut g =
        Generation { measured: "the whole process (startup included), writing the crate".into(), ..Default::default() };
    let budget = Instant::now();
    for i in 0..ctx.args.gen_runs {
        if out.exists() {
            let _ = fs::remove_dir_all(out);
        }
        let ran = match run_measured(&make(), &log, ctx.args.timeout) {
            Ok(r) => r,
            Err(e) => return failed(format!("{e:#}")),
        };
        // A peer can exit 0 without writing a crate (or crash after writing part of it).
        let wrote = out.join("Cargo.toml").exists() && out.join("src/lib.rs").exists();
        if !ran.success || !wrote {
            let why = ran_error(&ran, ctx.args.timeout).unwrap_or_else(|| "no crate was written".into());
            g.error = Some(why);
            g.peak_rss_kb = ran.max_rss_kb;
            g.timed.runs_s.push(ran.secs);
            g.timed.median_s = gen::median(&g.timed.runs_s);
            return g;
        }
        g.timed.runs_s.push(ran.secs);
        g.peak_rss_kb = g.peak_rss_kb.max(ran.max_rss_kb);
        if i + 1 < ctx.args.gen_runs && ran.secs > 60.0 && budget.elapsed().as_secs_f64() + ran.secs > 180.0 {
            break;
        }
    }
    g.ok = true;
    g.timed.median_s = gen::median(&g.timed.runs_s);
    g
}

fn progenitor(ctx: &Ctx, spec: &Spec, crates: &Path, operations: usize) -> ToolResult {
    let mut tool = ToolResult {
        tool: "progenitor".into(),
        version: format!("cargo-progenitor {PROGENITOR_VERSION}"),
        ..Default::default()
    };
    let bin = match &ctx.peers.progenitor {
        Ok(bin) => bin.clone(),
        Err(e) => {
            tool.generation = failed(format!("not installed: {e}"));
            return tool;
        }
    };
    let out = crates.join("progenitor");
    let make = || {
        let mut c = Command::new(&bin);
        c.arg("progenitor").arg("-i").arg(&spec.path).arg("-o").arg(&out).args([
            "-n",
            &format!("{}-progenitor", spec.id),
            "-v",
            "0.1.0",
        ]);
        c
    };
    tool.generation = peer_generation(ctx, "progenitor", &spec.id, &out, &make);
    println!("progenitor: {}", fmt_gen(&tool.generation));
    if tool.generation.ok {
        finish_tool(ctx, &mut tool, &out, operations, Kind::Peer);
    }
    tool
}

fn openapi_generator(ctx: &Ctx, spec: &Spec, crates: &Path, operations: usize) -> ToolResult {
    let mut tool = ToolResult {
        tool: "openapi-generator".into(),
        version: format!("openapi-generator-cli {OPENAPI_GENERATOR_VERSION} -g rust"),
        ..Default::default()
    };
    let bin = match &ctx.peers.openapi_generator {
        Ok(bin) => bin.clone(),
        Err(e) => {
            tool.generation = failed(format!("not installed: {e}"));
            return tool;
        }
    };
    let out = crates.join("openapi-generator");
    let make = || {
        let mut c = Command::new(&bin);
        c.args(["generate", "-g", "rust", "-i"])
            .arg(&spec.path)
            .arg("-o")
            .arg(&out)
            .arg(format!("--additional-properties=packageName={}-oag", spec.id));
        c
    };
    tool.generation = peer_generation(ctx, "openapi-generator", &spec.id, &out, &make);
    println!("openapi-generator: {}", fmt_gen(&tool.generation));
    if tool.generation.ok {
        finish_tool(ctx, &mut tool, &out, operations, Kind::Peer);
    }
    tool
}

/// A crate with only our model types, every `cfg_attr(feature = "full-serde", derive(…))` made a
/// plain derive (so every type derives both `Serialize` and `Deserialize`). With features per
/// tag it is built with no feature: it holds only the types no feature gates.
fn types_floor_crate(root: &Path, dir: &Path, id: &str, types_rs: &str) -> Result<()> {
    const GATED: &str = "#[cfg_attr(feature = \"full-serde\", ";
    fs::create_dir_all(dir.join("src"))?;
    let mut types = String::with_capacity(types_rs.len());
    for line in types_rs.lines() {
        let t = line.trim_start();
        match t.strip_prefix(GATED).and_then(|rest| rest.strip_suffix(")]")) {
            // `cfg_attr(…, derive(…), serde(untagged))` holds several attributes: one line each.
            Some(attrs) => {
                let indent = &line[..line.len() - t.len()];
                let lines: Vec<String> = top_level(attrs).iter().map(|a| format!("{indent}#[{a}]")).collect();
                types.push_str(&lines.join("\n"));
            }
            None => types.push_str(line),
        }
        types.push('\n');
    }
    fs::write(dir.join("src/types.rs"), types)?;
    fs::write(dir.join("src/lib.rs"), "//! Only the model types, with plain derives.\npub mod types;\n")?;
    let runtime = root.join("codegen/runtime").canonicalize()?;
    let runtime = crate::generate::relative(&dir.canonicalize()?, &runtime).display().to_string();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{id}-types-floor\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\ncodegen-runtime = {{ path = \"{runtime}\" }}\nserde = {{ version = \"1.0.181\", features = [\"derive\"] }}\n\n\
             [workspace]\n"
        ),
    )?;
    Ok(())
}

/// `list` split at its top-level commas (not those inside parentheses or strings), trimmed.
fn top_level(list: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut quoted, mut start) = (Vec::new(), 0usize, false, 0);
    let mut chars = list.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if quoted => {
                chars.next();
            }
            '"' => quoted = !quoted,
            '(' | '[' if !quoted => depth += 1,
            ')' | ']' if !quoted => depth = depth.saturating_sub(1),
            ',' if !quoted && depth == 0 => {
                parts.push(list[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(list[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// `types_rs` with `Debug`, `Clone` and `Copy` taken out of every `#[derive(…)]`.
fn without_debug_clone(types_rs: &str) -> String {
    let mut out = String::with_capacity(types_rs.len());
    for line in types_rs.lines() {
        let t = line.trim_start();
        match t.strip_prefix("#[derive(").and_then(|rest| rest.strip_suffix(")]")) {
            Some(list) => {
                let kept: Vec<&str> =
                    list.split(',').map(str::trim).filter(|d| !matches!(*d, "Debug" | "Clone" | "Copy" | "")).collect();
                if !kept.is_empty() {
                    out.push_str(&line[..line.len() - t.len()]);
                    out.push_str(&format!("#[derive({})]", kept.join(", ")));
                }
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// A crate of only our `src/types.rs`, with the crate's features and `full-serde` on by default
/// (both serde traits on every type, as in the floor).
fn types_ours_crate(root: &Path, dir: &Path, id: &str, types_rs: &str, ours: &Path) -> Result<()> {
    fs::create_dir_all(dir.join("src"))?;
    fs::write(dir.join("src/types.rs"), types_rs)?;
    fs::write(dir.join("src/lib.rs"), "//! Only the model types, with their written-out impls.\npub mod types;\n")?;
    let manifest = fs::read_to_string(ours.join("Cargo.toml"))?;
    let features: Vec<&str> = manifest
        .lines()
        .skip_while(|l| l.trim() != "[features]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .filter(|l| !l.trim_start().starts_with("default"))
        .collect();
    let runtime = root.join("codegen/runtime").canonicalize()?;
    let runtime = crate::generate::relative(&dir.canonicalize()?, &runtime).display().to_string();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{id}-types-ours\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [features]\ndefault = [\"full-serde\"]\n{}\n\n\
             [dependencies]\ncodegen-runtime = {{ path = \"{runtime}\" }}\nserde = \"1.0.181\"\n\n\
             [workspace]\n",
            features.join("\n")
        ),
    )?;
    Ok(())
}

/// `npm pack @octokit/openapi@…` into `cache`, then the 3.0 document out of the tarball.
fn github_spec(cache: &Path) -> Result<PathBuf> {
    let dir = cache.join(format!("octokit-openapi-{OCTOKIT_OPENAPI_VERSION}"));
    let doc = dir.join(GITHUB_DOCUMENT);
    if doc.exists() {
        return Ok(doc);
    }
    fs::create_dir_all(&dir)?;
    let tarball = cache.join(format!("octokit-openapi-{OCTOKIT_OPENAPI_VERSION}.tgz"));
    if !tarball.exists() {
        let status = Command::new("npm")
            .current_dir(cache)
            .args(["pack", "--silent", &format!("@octokit/openapi@{OCTOKIT_OPENAPI_VERSION}")])
            .status()
            .context("running npm pack (is npm installed?)")?;
        if !status.success() || !tarball.exists() {
            bail!("npm pack @octokit/openapi@{OCTOKIT_OPENAPI_VERSION} failed");
        }
    }
    let status = Command::new("tar").arg("xzf").arg(&tarball).arg("-C").arg(&dir).arg(GITHUB_DOCUMENT).status()?;
    if !status.success() || !doc.exists() {
        bail!("{GITHUB_DOCUMENT} is not in {}", tarball.display());
    }
    Ok(doc)
}

/// `cargo install cargo-progenitor --locked --root .tools/progenitor`, unless that version is there.
fn ensure_progenitor(root: &Path) -> Result<PathBuf> {
    let dir = root.join(".tools/progenitor");
    let bin = dir.join("bin/cargo-progenitor");
    let installed = fs::read_to_string(dir.join(".crates.toml")).unwrap_or_default();
    if bin.exists() && installed.contains(&format!("cargo-progenitor {PROGENITOR_VERSION} ")) {
        return Ok(bin);
    }
    println!("installing cargo-progenitor {PROGENITOR_VERSION} into {} (a few minutes)", dir.display());
    let status = Command::new(env!("CARGO"))
        .args(["install", "cargo-progenitor", "--locked", "--force", "--version", PROGENITOR_VERSION, "--root"])
        .arg(&dir)
        .env_remove("CARGO_TARGET_DIR")
        .status()?;
    if !status.success() || !bin.exists() {
        bail!("cargo install cargo-progenitor failed");
    }
    Ok(bin)
}

/// A venv at `.tools/openapi-generator` with `openapi-generator-cli` from PyPI (it ships the
/// jar; it needs Java).
fn ensure_openapi_generator(root: &Path) -> Result<PathBuf> {
    if output_of(Command::new("java").arg("-version")).is_none() {
        bail!("openapi-generator needs Java (`java -version` failed)");
    }
    let dir = root.join(".tools/openapi-generator");
    let bin = dir.join("bin/openapi-generator-cli");
    let python = dir.join("bin/python");
    let version = || {
        output_of(
            Command::new(&python)
                .args(["-c", "import importlib.metadata as m; print(m.version('openapi-generator-cli'))"]),
        )
    };
    if bin.exists() && version().as_deref() == Some(OPENAPI_GENERATOR_VERSION) {
        return Ok(bin);
    }
    println!("installing openapi-generator-cli {OPENAPI_GENERATOR_VERSION} into {}", dir.display());
    if !python.exists() {
        let status = Command::new("python3").arg("-m").arg("venv").arg(&dir).status()?;
        if !status.success() {
            bail!("python3 -m venv {} failed", dir.display());
        }
    }
    let status = Command::new(dir.join("bin/pip"))
        .args(["install", "--quiet", &format!("openapi-generator-cli=={OPENAPI_GENERATOR_VERSION}")])
        .status()?;
    if !status.success() || !bin.exists() {
        bail!("pip install openapi-generator-cli failed");
    }
    Ok(bin)
}

/// The trimmed output (stdout, else stderr) of a command that succeeded.
pub(crate) fn output_of(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = if out.stdout.is_empty() { out.stderr } else { out.stdout };
    Some(String::from_utf8_lossy(&text).trim().to_owned())
}

fn machine() -> Machine {
    let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let mem_kb: f64 = meminfo
        .lines()
        .find(|l| l.starts_with("MemTotal:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0.0);
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default();
    Machine {
        nproc: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        memory_gib: (mem_kb / 1024.0 / 1024.0 * 10.0).round() / 10.0,
        cpu,
        rustc: output_of(Command::new("rustc").arg("--version")).unwrap_or_default(),
        java: output_of(Command::new("java").arg("-version"))
            .and_then(|t| t.lines().next().map(str::to_owned))
            .unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cfg_attr_with_several_attributes_becomes_one_line_each() {
        assert_eq!(
            top_level("derive(serde::Serialize), serde(untagged)"),
            ["derive(serde::Serialize)", "serde(untagged)"]
        );
        assert_eq!(top_level("serde(rename = \"a,b\", default)"), ["serde(rename = \"a,b\", default)"]);
        assert_eq!(top_level("derive(A, B)"), ["derive(A, B)"]);
    }

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
