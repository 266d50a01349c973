//! The peers, progenitor and openapi-generator's `rust` generator: installed into `.tools/` at
//! pinned versions, run on a spec (timed, with their peak memory), their crates measured.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Result};

use super::caller::Style;
use super::compile::{finish_tool, Kind};
use super::figures::{Generation, ToolResult};
use super::measure::{failed, fmt_gen};
use super::process::{output_of, ran_error, run_measured};
use super::specs::Spec;
use super::{gen, step, user_cost, Ctx};

/// The peers' versions, pinned.
pub(super) const PROGENITOR_VERSION: &str = "0.15.1";

pub(super) const OPENAPI_GENERATOR_VERSION: &str = "7.26.0";

#[derive(Debug)]
pub(super) struct Peers {
    /// The `cargo-progenitor` binary.
    pub(super) progenitor: std::result::Result<PathBuf, String>,
    /// The `openapi-generator-cli` script of the venv.
    pub(super) openapi_generator: std::result::Result<PathBuf, String>,
}

/// The peers installed (`--no-peers`: neither), a warning for each that is not available.
pub(super) fn install(root: &Path, wanted: bool) -> Peers {
    let mut peers = Peers {
        progenitor: Err("not requested (--no-peers)".into()),
        openapi_generator: Err("not requested (--no-peers)".into()),
    };
    if wanted {
        step(&format!(
            "peers: cargo-progenitor {PROGENITOR_VERSION}, openapi-generator-cli {OPENAPI_GENERATOR_VERSION}"
        ));
        peers.progenitor = ensure_progenitor(root).map_err(|e| format!("{e:#}"));
        peers.openapi_generator = ensure_openapi_generator(root).map_err(|e| format!("{e:#}"));
        for (name, peer) in [("progenitor", &peers.progenitor), ("openapi-generator", &peers.openapi_generator)] {
            if let Err(e) = peer {
                eprintln!("warning: {name} is not available: {e}");
            }
        }
    }
    peers
}

/// Runs a peer generator `gen_runs` times (fewer when one run takes over a minute: as many as
/// fit in three minutes, at least one), each time into a fresh `out`.
pub(super) fn peer_generation(
    ctx: &Ctx,
    name: &str,
    spec_id: &str,
    out: &Path,
    make: &dyn Fn() -> Command,
) -> Generation {
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

pub(super) fn progenitor(ctx: &Ctx, spec: &Spec, crates: &Path, operations: usize) -> ToolResult {
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
        user_cost::measure(ctx, spec, &mut tool, &out, Style::Progenitor, operations);
    }
    tool
}

pub(super) fn openapi_generator(ctx: &Ctx, spec: &Spec, crates: &Path, operations: usize) -> ToolResult {
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
        user_cost::measure(ctx, spec, &mut tool, &out, Style::OpenapiGenerator, operations);
    }
    tool
}

/// `cargo install cargo-progenitor --locked --root .tools/progenitor`, unless that version is there.
pub(super) fn ensure_progenitor(root: &Path) -> Result<PathBuf> {
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
pub(super) fn ensure_openapi_generator(root: &Path) -> Result<PathBuf> {
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
