//! `bench`: our generator against two peers (progenitor and openapi-generator's `rust`
//! generator) on the same specs: generation time and memory, generated lines, and what the
//! generated crate costs to `cargo check` and `cargo build`, and what a crate calling its
//! operations costs on top; with `--scale`, our generator and `cargo check` on EC2 and
//! Microsoft Graph with peak memory. Writes `BENCHMARKS.md` and
//! `BENCHMARKS.json` at the repository's root. Not part of CI (it takes many minutes and
//! downloads the peers and GitHub's spec).
//!
//! Everything it makes lives under `target/bench/` (the GitHub spec in `cache/`, the crates in
//! `crates/<spec>/<tool>/`, each its own workspace with a copy of the repository's
//! `Cargo.lock`, all built into `target/bench/target`) and `.tools/` (the peers).

//!
//! The jobs, one module each: `specs` (which specs), `measure` (one spec, every crate),
//! `gen` (`bench-gen`: our generator timed in process), `peers` (installing and running the
//! peers), `floor` (the model-types crates), `compile` (lines and cargo timings), `caller`
//! (a caller crate written from a tool's client), `user_cost` (the callers built), `scale`
//! (`--scale`), `process` (timed subprocesses), `decode` (decoding throughput), `noise`
//! (`--diff-noise`), `figures` (what BENCHMARKS.json holds) and `report` (BENCHMARKS.md, with
//! `report::user_cost` for the crate + caller and scale tables).

mod caller;
mod compile;
mod decode;
mod figures;
mod floor;
mod gen;
mod measure;
mod noise;
mod peers;
mod process;
mod report;
mod scale;
mod specs;
mod user_cost;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::root;
use figures::{Bench, Machine, SpecResult};
use peers::{OPENAPI_GENERATOR_VERSION, PROGENITOR_VERSION};
use specs::{GITHUB_DOCUMENT, OCTOKIT_OPENAPI_VERSION};

pub use gen::run as run_gen;
pub(crate) use process::output_of;

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
    /// Only the scale step (into BENCHMARKS.json, the rest kept).
    pub scale_only: bool,
    /// Whether a full run has the scale step.
    pub scale: bool,
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
            scale_only: false,
            scale: true,
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
    if flags.no_scale {
        args.scale = false;
        shown.push("--no-scale".into());
    }
    args.render = flags.render;
    args.diff_noise = flags.diff_noise;
    args.scale_only = flags.scale;
    if let Some(only) = flags.only {
        shown.push(format!("--only {only}"));
        args.only = Some(only);
    }
    if [args.render, args.diff_noise, args.scale_only].iter().filter(|b| **b).count() > 1 {
        bail!("`--diff-noise`, `--render` and `--scale` go alone");
    }
    if args.scale_only && flags.no_scale {
        bail!("`--scale` and `--no-scale` contradict each other");
    }
    Ok((args, shown))
}

pub fn run(flags: crate::flags::Bench) -> Result<()> {
    let (args, shown) = parse(flags)?;
    let started = Instant::now();
    let root = root();
    if args.render {
        return render(&root);
    }
    if args.diff_noise {
        return diff_noise(&root);
    }
    let bench_dir = root.join("target/bench");
    fs::create_dir_all(bench_dir.join("logs"))?;

    step("building the generator in release (cargo build --release -p xtask)");
    let status = Command::new(env!("CARGO")).current_dir(&root).args(["build", "--release", "-p", "xtask"]).status()?;
    if !status.success() {
        bail!("cargo build --release -p xtask failed");
    }
    // Where that build went: `CARGO_TARGET_DIR` when set (relative: to the repository's root).
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |t| root.join(t));
    let xtask = target.join("release/xtask");
    if args.scale_only {
        let ctx = Ctx { root: root.clone(), bench_dir, xtask, args, peers: peers::install(&root, false) };
        return scale_only(&ctx);
    }
    let specs = specs::list(&root, &bench_dir, &args)?;
    let peers = peers::install(&root, args.peers);

    step("diff noise (the diff tool's fixture pairs, ours and --serde-derive)");
    let noise = measure_noise(&root)?;
    let ctx = Ctx { root: root.clone(), bench_dir: bench_dir.clone(), xtask, args: args.clone(), peers };
    let mut results = Vec::new();
    for spec in &specs {
        results.push(measure::spec(&ctx, spec)?);
        // Written after every spec, so an interrupted run still leaves its figures.
        write_results(&root, &shown, &args, started, &results, &noise, None)?;
    }
    let scale = if args.scale { Some(scale::run(&ctx)?) } else { None };
    let bench = write_results(&root, &shown, &args, started, &results, &noise, scale)?;
    println!("\n{}", report::summary(&bench));
    println!("wrote BENCHMARKS.md and BENCHMARKS.json in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

fn read_results(root: &Path) -> Result<Bench> {
    let json = fs::read_to_string(root.join("BENCHMARKS.json")).context("reading BENCHMARKS.json")?;
    serde_json::from_str(&json).context("reading BENCHMARKS.json")
}

/// `--render`: BENCHMARKS.md rewritten from BENCHMARKS.json.
fn render(root: &Path) -> Result<()> {
    let bench = read_results(root)?;
    fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
    println!("{}", report::summary(&bench));
    println!("rewrote BENCHMARKS.md from BENCHMARKS.json");
    Ok(())
}

/// `--diff-noise`: only the diff noise measured, into BENCHMARKS.json (the rest kept) and .md.
fn diff_noise(root: &Path) -> Result<()> {
    let mut bench = read_results(root)?;
    let noise = measure_noise(root)?;
    println!(
        "diff noise: ours {} vs --serde-derive {} lines over {} spec changes",
        noise.ours, noise.derive, noise.cases
    );
    bench.diff_noise = Some(noise);
    fs::write(root.join("BENCHMARKS.json"), serde_json::to_string_pretty(&bench)? + "\n")?;
    fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
    println!("wrote the diff noise into BENCHMARKS.md and BENCHMARKS.json");
    Ok(())
}

/// `--scale`: only the scale step, into BENCHMARKS.json (the rest kept) and .md.
fn scale_only(ctx: &Ctx) -> Result<()> {
    let scale = scale::run(ctx)?;
    let mut bench = read_results(&ctx.root).unwrap_or_default();
    bench.scale = Some(scale);
    fs::write(ctx.root.join("BENCHMARKS.json"), serde_json::to_string_pretty(&bench)? + "\n")?;
    fs::write(ctx.root.join("BENCHMARKS.md"), report::markdown(&bench))?;
    println!("\n{}", report::summary(&bench));
    println!("wrote the scale figures into BENCHMARKS.md and BENCHMARKS.json");
    Ok(())
}

/// BENCHMARKS.json and .md from the figures so far; the recorded type space, and the scale
/// figures when not measured in this run, carried from the last BENCHMARKS.json.
fn write_results(
    root: &Path,
    shown: &[String],
    args: &Args,
    started: Instant,
    results: &[SpecResult],
    noise: &noise::DiffNoise,
    scale: Option<figures::Scale>,
) -> Result<Bench> {
    let old =
        fs::read_to_string(root.join("BENCHMARKS.json")).ok().and_then(|old| serde_json::from_str::<Bench>(&old).ok());
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
        type_space: old.as_ref().and_then(|old| old.type_space.clone()),
        diff_noise: Some(noise.clone()),
        scale: scale.or_else(|| old.and_then(|old| old.scale)),
    };
    fs::write(root.join("BENCHMARKS.json"), serde_json::to_string_pretty(&bench)? + "\n")?;
    fs::write(root.join("BENCHMARKS.md"), report::markdown(&bench))?;
    Ok(bench)
}

/// What every job of a run reads.
struct Ctx {
    root: PathBuf,
    bench_dir: PathBuf,
    xtask: PathBuf,
    args: Args,
    peers: peers::Peers,
}

fn measure_noise(root: &Path) -> Result<noise::DiffNoise> {
    let date = output_of(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default();
    noise::measure(root, format!("Measured by `cargo xtask bench --diff-noise` on {}.", date.trim()))
}

fn step(name: &str) {
    println!("\n==> {name}\n");
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
