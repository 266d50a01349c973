//! The tables and target rows of what a user pays (crate + caller) and of the scale step.

use std::fmt::Write;

use super::super::figures::{Bench, CallerResult, Compile, ScaleRow, SpecResult, ToolResult};
use super::super::scale::EC2_PEAK_TARGET_KB;
use super::{compile_median, mib, ratio, secs, short, verdict, PEER_TARGET};

/// One tool's crate + caller for one scope of operations.
struct Paid<'a> {
    tool: &'a str,
    crate_s: Option<f64>,
    caller: Option<&'a CallerResult>,
}

impl Paid<'_> {
    fn caller_s(&self) -> Option<f64> {
        self.caller.filter(|c| c.build.ok).and_then(|c| c.build.timed.median_s)
    }

    fn total(&self) -> Option<f64> {
        Some(self.crate_s? + self.caller_s()?)
    }
}

fn tools(s: &SpecResult) -> impl Iterator<Item = &ToolResult> {
    std::iter::once(&s.ours).chain(s.progenitor.iter()).chain(s.openapi_generator.iter())
}

fn paid<'a>(t: &'a ToolResult, scope: &str) -> Paid<'a> {
    Paid { tool: &t.tool, crate_s: compile_median(t, "build"), caller: t.callers.iter().find(|c| c.scope == scope) }
}

/// The scope compared: every operation when ours and a peer have both figures, else the first
/// other scope where they do (one tag), else the first where ours has them, else every operation.
fn scope(s: &SpecResult) -> String {
    let scopes: Vec<&str> = s.ours.callers.iter().map(|c| c.scope.as_str()).collect();
    let ours = |scope: &&str| paid(&s.ours, scope).total().is_some();
    let complete = |scope: &&str| ours(scope) && tools(s).skip(1).any(|t| paid(t, scope).total().is_some());
    let found = scopes.iter().find(|sc| complete(sc)).or_else(|| scopes.iter().find(|sc| ours(sc)));
    found.or(scopes.first()).map_or_else(|| "every operation".into(), |s| s.to_string())
}

/// The faster peer's crate + caller in `scope`.
fn faster_peer<'a>(s: &'a SpecResult, scope: &str) -> Option<Paid<'a>> {
    tools(s)
        .skip(1)
        .map(|t| paid(t, scope))
        .filter(|p| p.total().is_some())
        .min_by(|a, b| a.total().unwrap_or(f64::MAX).total_cmp(&b.total().unwrap_or(f64::MAX)))
}

fn caller_cell(c: Option<&CallerResult>) -> String {
    match c {
        None => "not run".into(),
        Some(c) => compile_cell(&c.build),
    }
}

fn compile_cell(c: &Compile) -> String {
    match (c.ok, c.timed.median_s) {
        (true, Some(m)) => secs(m),
        _ if c.timed_out => match c.timed_out_after_s {
            Some(after) => format!("timed out (> {})", secs(after)),
            None => "timed out".into(),
        },
        _ => format!("fails: {}", short(c.error.as_deref().unwrap_or("?"))),
    }
}

/// "What a user pays: crate + caller": every tool's crate build and caller build per scope.
pub(super) fn table(md: &mut String, b: &Bench) {
    if b.specs.iter().all(|s| tools(s).all(|t| t.callers.is_empty())) {
        return;
    }
    let _ = writeln!(md, "## What a user pays: crate + caller\n");
    let _ = writeln!(
        md,
        "For each tool, a caller crate written from the tool's generated client (with `syn`): one function per \
         operation taking the operation's arguments as parameters and awaiting the call, boxed as a `dyn Future` \
         so that what the call instantiates (request building, response decoding) is compiled in the caller, as it \
         is for a user. No argument value is built. The crate's `cargo build` (default features) is the one of the \
         tables above; the caller's is `cargo build` after `touch src/lib.rs`, the crate already built. Large \
         specs also have a caller of one tag's operations (the largest tag under 100 operations), the same \
         operations for every tool.\n"
    );
    let _ = writeln!(
        md,
        "| spec | operations | tool | operations called | crate `cargo build` | caller `cargo build` | crate + caller |"
    );
    let _ = writeln!(md, "|---|---|---|--:|--:|--:|--:|");
    for s in &b.specs {
        let mut scopes: Vec<&str> = Vec::new();
        for c in tools(s).flat_map(|t| t.callers.iter()) {
            if !scopes.contains(&c.scope.as_str()) {
                scopes.push(&c.scope);
            }
        }
        for scope in scopes {
            for t in tools(s) {
                let p = paid(t, scope);
                let _ = writeln!(
                    md,
                    "| {} | {scope} | {} | {} | {} | {} | {} |",
                    s.id,
                    p.tool,
                    p.caller.map_or("–".into(), |c| c.operations.to_string()),
                    p.crate_s.map_or("–".into(), secs),
                    caller_cell(p.caller),
                    p.total().map_or("–".into(), secs)
                );
            }
        }
    }
    md.push('\n');
}

/// The target row of one spec: our crate + caller ≤ `PEER_TARGET` × the faster peer's.
pub(super) fn target_row(md: &mut String, s: &SpecResult) {
    if tools(s).all(|t| t.callers.is_empty()) {
        return;
    }
    let scope = scope(s);
    let ours = paid(&s.ours, &scope);
    let target = format!("crate + caller `cargo build` ≤ {PEER_TARGET}x the faster peer's ({scope})");
    let (figures, v) = match (ours.total(), faster_peer(s, &scope)) {
        (Some(o), Some(p)) => {
            let t = p.total().unwrap_or(f64::NAN);
            (
                format!(
                    "ours {} + {} = {}, {} {} + {} = {}",
                    secs(ours.crate_s.unwrap_or(0.0)),
                    secs(ours.caller_s().unwrap_or(0.0)),
                    secs(o),
                    p.tool,
                    secs(p.crate_s.unwrap_or(0.0)),
                    secs(p.caller_s().unwrap_or(0.0)),
                    secs(t)
                ),
                verdict(o / t, PEER_TARGET),
            )
        }
        (None, _) => (
            format!("ours: crate {}, caller {}", ours.crate_s.map_or("–".into(), secs), caller_cell(ours.caller)),
            "**missed**: our crate + caller has no figure".into(),
        ),
        (Some(o), None) => {
            let why: Vec<String> =
                tools(s).skip(1).map(|t| format!("{}: {}", t.tool, caller_cell(paid(t, &scope).caller))).collect();
            let why = if why.is_empty() { "peers not run".to_owned() } else { why.join("; ") };
            (format!("ours {}; no peer's crate + caller finished ({why})", secs(o)), "not applicable".into())
        }
    };
    let _ = writeln!(md, "| {target} | {} | {figures} | {v} |", s.id);
}

/// Why a spec's crate + caller target is missed: which part, crate or caller, is over its share.
pub(super) fn missed(md: &mut String, s: &SpecResult) {
    let scope = scope(s);
    let ours = paid(&s.ours, &scope);
    let (Some(o), Some(p)) = (ours.total(), faster_peer(s, &scope)) else { return };
    let t = p.total().unwrap_or(f64::NAN);
    if o / t <= PEER_TARGET {
        return;
    }
    let part = |a: Option<f64>, b: Option<f64>| ratio(a.zip(b).map(|(a, b)| a / b));
    let per_op =
        |p: &Paid| p.caller.filter(|c| c.operations > 0).and_then(|c| Some(p.caller_s()? / c.operations as f64));
    let _ = writeln!(
        md,
        "- **{}, crate + caller ({scope})**: {} against {}. The crate alone is {} of {}'s, the caller alone {} \
         of its caller ({} vs {} per operation called): the larger ratio is the part to cut.",
        s.id,
        secs(o),
        secs(t),
        part(ours.crate_s, p.crate_s),
        p.tool,
        part(ours.caller_s(), p.caller_s()),
        per_op(&ours).map_or("–".into(), secs),
        per_op(&p).map_or("–".into(), secs),
    );
}

/// "Scale": generation and `cargo check` of very large specs, with peak memory.
pub(super) fn scale_table(md: &mut String, b: &Bench) {
    let Some(scale) = &b.scale else { return };
    let _ = writeln!(md, "## Scale\n");
    let _ = writeln!(
        md,
        "Measured by `cargo xtask bench --scale` on {}: our generator once (in process, its peak RSS), then \
         `cargo check` of the generated crate with default features (the peak is the largest RSS among cargo and \
         the processes it ran, GNU time's `%M`). When the first check also built the dependencies, the time is \
         that of a second check after `touch src/lib.rs` (the crate alone); the peak is the larger of the two.\n",
        scale.date.trim()
    );
    let _ = writeln!(
        md,
        "| spec | source | size | operations | generation | generation peak | `cargo check` | first check (with dependencies) | `cargo check` peak |"
    );
    let _ = writeln!(md, "|---|---|--:|--:|--:|--:|--:|--:|--:|");
    for r in &scale.rows {
        let gen = match (&r.generation.error, r.generation.timed.median_s) {
            (Some(e), _) => format!("fails: {}", short(e)),
            (None, Some(m)) => secs(m),
            _ => "–".into(),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {:.1} MiB | {} | {gen} | {} | {} | {} | {} |",
            r.spec,
            r.source,
            r.bytes as f64 / 1024.0 / 1024.0,
            r.operations,
            mib(r.generation.peak_rss_kb),
            if r.generation.ok { compile_cell(&r.check) } else { "–".into() },
            r.check.first_run_s.filter(|_| r.check_with_dependencies).map_or("–".into(), secs),
            mib(r.check_peak_rss_kb)
        );
    }
    md.push('\n');
}

/// The scale target rows: EC2's `cargo check` peak ≤ 4 GiB (Graph's peak shown, no target).
pub(super) fn scale_rows(md: &mut String, b: &Bench) {
    let Some(scale) = &b.scale else { return };
    for r in &scale.rows {
        let limit = (r.spec == "ec2").then_some(EC2_PEAK_TARGET_KB);
        let _ = writeln!(
            md,
            "| `cargo check` peak memory{} | {} | generation {}, `cargo check` {} | {} |",
            limit.map_or(String::new(), |l| format!(" ≤ {}", gib(l))),
            r.spec,
            mib(r.generation.peak_rss_kb),
            mib(r.check_peak_rss_kb),
            scale_verdict(r, limit)
        );
    }
}

fn gib(kb: u64) -> String {
    format!("{:.1} GiB", kb as f64 / 1024.0 / 1024.0)
}

/// The verdict of a scale row, with the reason for a miss.
fn scale_verdict(r: &ScaleRow, limit: Option<u64>) -> String {
    if let Some(e) = &r.generation.error {
        return format!("**missed**: our generator fails ({})", short(e));
    }
    if !r.check.ok {
        let why =
            if r.check.timed_out { "timed out".to_owned() } else { short(r.check.error.as_deref().unwrap_or("?")) };
        return format!("**missed**: `cargo check` does not finish ({why})");
    }
    match (limit, r.check_peak_rss_kb) {
        (None, _) => "no target (shown for scale)".into(),
        (Some(_), None) => "**missed**: no peak measured (no GNU time at /usr/bin/time)".into(),
        (Some(l), Some(p)) if p <= l => format!("**met**: {} ≤ {}", gib(p), gib(l)),
        (Some(l), Some(p)) => format!(
            "**missed**: {} > {}; the peak is rustc checking the crate of {} operations (the generator's own \
             peak is {})",
            gib(p),
            gib(l),
            r.operations,
            mib(r.generation.peak_rss_kb)
        ),
    }
}
