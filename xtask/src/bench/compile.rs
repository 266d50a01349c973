//! What a generated crate costs: its lines, then `cargo check` and `cargo build` timed after
//! `touch src/lib.rs`, within the limits of `--timeout` and `--peer-budget`.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::{Instant, SystemTime};

use super::figures::{Compile, Size, ToolResult};
use super::process::{ran_error, run_timed, Ran};
use super::{gen, Ctx};

/// Which limits a crate's compile measurements have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Ours: each cargo command is stopped after `--timeout`.
    Ours,
    /// A peer: all its cargo commands together get `--peer-budget`.
    Peer,
    /// The types floor: only `cargo build` (its ratio is about build time).
    Floor,
}

/// Size, then `cargo check` and `cargo build` of a generated crate.
pub(super) fn finish_tool(ctx: &Ctx, tool: &mut ToolResult, dir: &Path, operations: usize, kind: Kind) {
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
    tool.build = Some(build);
}

pub(super) fn fmt_compile(c: &Compile) -> String {
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
pub(super) fn count_lines(dir: &Path, operations: usize) -> Size {
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
/// download, no lock file update). Mode `caller` is `cargo build` of a caller crate (see
/// `caller`), whose first run is never counted (it builds what the caller's lock file changed).
pub(super) fn compile(ctx: &Ctx, dir: &Path, mode: &str, tool: &str, deadline: Option<Instant>) -> Compile {
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
        let touched = "src/lib.rs";
        if i > 0 {
            if let Err(e) = touch(&dir.join(touched)) {
                out.error = Some(format!("touch {touched}: {e}"));
                return out;
            }
        }
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
            let log = log_dir.join(format!("{crate_id}-{mode}-{i}.log"));
            match run_timed(&mut cargo(ctx, dir, mode), &log, timeout) {
                Ok(r) => r,
                Err(e) => {
                    out.error = Some(format!("{e:#}"));
                    return out;
                }
            }
        };
        if !ran.success {
            failed(&mut out, &ran, budget_note(&ran));
            return out;
        }
        if i == 0 {
            out.first_run_s = Some(ran.secs);
            // A caller's first run may rebuild the crate's dependencies: never counted.
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

/// The cargo command of `mode` in `dir`: `check`, `build`, or `caller` (`cargo build` of a
/// caller crate), into the bench's target directory, not incremental.
fn cargo(ctx: &Ctx, dir: &Path, mode: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.arg(if mode == "caller" { "build" } else { mode });
    cmd.current_dir(dir)
        .env("CARGO_TARGET_DIR", ctx.bench_dir.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_RUSTFLAGS");
    cmd
}

/// A run that failed or timed out ends the measurement: runs that finished before a timeout
/// still give a (flagged) figure.
fn failed(out: &mut Compile, ran: &Ran, error: String) {
    out.timed_out = ran.timed_out;
    out.timed_out_after_s = ran.timed_out.then_some(ran.secs);
    out.errors = cargo_error_count(&ran.stderr);
    out.error = Some(error);
    out.ok = ran.timed_out && !out.timed.runs_s.is_empty();
    out.timed.median_s = gen::median(&out.timed.runs_s);
}

/// Whether cargo compiled only one crate (the generated one) and fetched nothing.
pub(super) fn only_the_crate(stderr: &str) -> bool {
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

pub(super) fn touch(path: &Path) -> std::io::Result<()> {
    fs::File::options().append(true).open(path)?.set_modified(SystemTime::now())
}

pub(super) fn cargo_error_count(text: &str) -> Option<usize> {
    // "error: could not compile `x` (lib) due to 12 previous errors"
    let line = text.lines().find(|l| l.starts_with("error: could not compile"))?;
    let n = line.split("due to ").nth(1)?.split_whitespace().next()?;
    if n == "1" || n == "a" {
        return Some(1);
    }
    n.parse().ok()
}
