//! BENCHMARKS.md from the figures.

use std::fmt::Write;

use super::figures::{Bench, Compile, SpecResult, ToolResult};

mod user_cost;

/// Our ratio to the peer's must be at most this (generation time, lines per operation, build time).
const PEER_TARGET: f64 = 0.5;
/// Our generation time over the plain parse of the same file.
const PARSE_TARGET: f64 = 20.0;
/// Our decoding throughput over `serde_derive`'s must be at least this.
const DECODE_TARGET: f64 = 0.9;

pub fn markdown(b: &Bench) -> String {
    let mut md = String::new();
    let m = &b.machine;
    let _ = writeln!(md, "# Benchmarks\n");
    let _ = writeln!(
        md,
        "Produced by `{}` on {} in {:.0} minutes, on a machine with {} cores ({}) and {} GiB of memory; {}; {}. \
         Not part of CI: it takes tens of minutes and installs the peers. Raw figures: `BENCHMARKS.json`.\n",
        b.command,
        b.date,
        b.total_s / 60.0,
        m.nproc,
        if m.cpu.is_empty() { "unknown CPU" } else { &m.cpu },
        m.memory_gib,
        m.rustc,
        if m.java.is_empty() { "no Java" } else { &m.java },
    );
    let _ = writeln!(
        md,
        "Peers: `cargo-progenitor` {} (crates.io) and openapi-generator's `rust` generator ({}).\n",
        super::peers::PROGENITOR_VERSION,
        b.settings["openapi_generator"].as_str().unwrap_or_default()
    );

    specs_table(&mut md, b);
    targets(&mut md, b);
    why_missed(&mut md, b);
    generation_table(&mut md, b);
    size_table(&mut md, b);
    shapes_table(&mut md, b);
    if let Some(noise) = &b.diff_noise {
        super::noise::markdown(&mut md, noise);
    }
    compile_table(&mut md, b, "check");
    compile_table(&mut md, b, "build");
    types_table(&mut md, b);
    decode_table(&mut md, b);
    caller_table(&mut md, b);
    user_cost::table(&mut md, b);
    user_cost::scale_table(&mut md, b);
    errors(&mut md, b);
    method(&mut md, b);
    md
}

/// The targets, for the console.
pub fn summary(b: &Bench) -> String {
    let mut md = String::new();
    targets(&mut md, b);
    md
}

fn specs_table(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## Specs\n");
    let _ = writeln!(md, "| spec | source | OpenAPI | size | operations | our types | our warnings |");
    let _ = writeln!(md, "|---|---|---|--:|--:|--:|--:|");
    for s in &b.specs {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {:.0} KiB | {} | {} | {} |",
            s.id,
            s.source,
            s.openapi,
            s.bytes as f64 / 1024.0,
            s.operations,
            opt(s.types),
            opt(s.warnings)
        );
    }
    md.push('\n');
}

fn opt(v: Option<usize>) -> String {
    v.map_or_else(|| "–".to_owned(), |v| v.to_string())
}

fn secs(s: f64) -> String {
    if s < 1.0 {
        format!("{:.1} ms", s * 1000.0)
    } else {
        format!("{s:.2} s")
    }
}

fn mib(kb: Option<u64>) -> String {
    kb.map_or_else(|| "?".to_owned(), |kb| format!("{:.0} MiB", kb as f64 / 1024.0))
}

fn ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "–".to_owned(), |r| format!("{r:.2}x"))
}

fn short(e: &str) -> String {
    let e = e.replace('|', "\\|").replace('\n', " ");
    if e.chars().count() > 90 {
        format!("{}…", e.chars().take(90).collect::<String>())
    } else {
        e
    }
}

fn gen_median(t: &ToolResult) -> Option<f64> {
    t.generation.ok.then_some(t.generation.timed.median_s).flatten()
}

fn compiled<'a>(t: &'a ToolResult, mode: &str) -> Option<&'a Compile> {
    let c = match mode {
        "check" => t.check.as_ref(),
        "caller" => t.caller.as_ref(),
        _ => t.build.as_ref(),
    };
    c.filter(|c| c.ok)
}

fn compile_median(t: &ToolResult, mode: &str) -> Option<f64> {
    compiled(t, mode).and_then(|c| c.timed.median_s)
}

/// A peer's cell: its figure, or why there is none.
fn peer_cell(t: Option<&ToolResult>, figure: impl Fn(&ToolResult) -> Option<String>, mode: Option<&str>) -> String {
    let Some(t) = t else { return "not run".into() };
    if let Some(e) = &t.generation.error {
        return format!("rejected: {}", short(e));
    }
    if let Some(mode) = mode {
        let c = if mode == "check" { t.check.as_ref() } else { t.build.as_ref() };
        match c {
            Some(c) if c.timed_out && !c.ok => {
                return match c.timed_out_after_s {
                    Some(after) if after > 0.0 => format!("timed out (> {})", secs(after)),
                    _ => "timed out".into(),
                };
            }
            Some(c) if !c.ok => {
                let n = c.errors.map(|n| format!("{n} errors: ")).unwrap_or_default();
                return format!("does not compile ({n}{})", short(c.error.as_deref().unwrap_or("?")));
            }
            None => {
                // `build` is skipped when `check` failed.
                if let Some(c) = t.check.as_ref().filter(|c| !c.ok) {
                    return if c.timed_out { "check timed out".into() } else { "does not compile".into() };
                }
                return "–".into();
            }
            _ => {}
        }
    }
    figure(t).unwrap_or_else(|| "–".into())
}

fn peers(s: &SpecResult) -> Vec<&ToolResult> {
    s.progenitor.iter().chain(s.openapi_generator.iter()).collect()
}

/// The best (smallest) figure among the peers that have one, with the peer's name.
fn best_peer(s: &SpecResult, figure: impl Fn(&ToolResult) -> Option<f64>) -> Option<(f64, &str)> {
    peers(s).into_iter().filter_map(|t| figure(t).map(|v| (v, t.tool.as_str()))).min_by(|a, b| a.0.total_cmp(&b.0))
}

fn lines_per_op(t: &ToolResult) -> Option<f64> {
    if !t.generation.ok {
        return None;
    }
    t.size.as_ref().and_then(|s| s.lines_per_operation)
}

fn div(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn verdict(r: f64, target: f64) -> String {
    if r <= target {
        format!("**met**: {r:.2}x ≤ {target}x")
    } else {
        format!("**missed** by {:.2}x ({r:.2}x > {target}x, {:.0}% over)", r - target, (r / target - 1.0) * 100.0)
    }
}

/// The reasons behind missed targets, from the figures of the same run.
fn why_missed(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "### Why the missed targets are missed\n");
    for s in &b.specs {
        build_time_missed(md, s);
    }
    for s in &b.specs {
        floor_failed(md, s);
    }
    for s in &b.specs {
        types_alone_missed(md, s);
    }
    for s in &b.specs {
        user_cost::missed(md, s);
    }
    lines_missed(md, b);
    generation_missed(md, b);
    slower_than_progenitor(md, b);
    md.push('\n');
}

/// Our build time over the target: measured against the plain-derive floor of the types.
fn build_time_missed(md: &mut String, s: &SpecResult) {
    let (Some(ours), Some((peer, name))) =
        (compile_median(&s.ours, "build"), best_peer(s, |t| compile_median(t, "build")))
    else {
        return;
    };
    if ours / peer <= PEER_TARGET {
        return;
    }
    let floor = s.types_floor.as_ref().and_then(|t| compile_median(t, "build"));
    let Some(floor) = floor else { return };
    let types = s.types.unwrap_or(0);
    if ours < floor {
        let check = compile_median(&s.ours, "check")
            .map(|c| format!(" Of those {}, `cargo check` (no code generation) takes {}.", secs(ours), secs(c)))
            .unwrap_or_default();
        let own = s.types_ours.as_ref().and_then(|t| compile_median(t, "build"));
        let bare = s.types_ours_bare.as_ref().and_then(|t| compile_median(t, "build"));
        let types = match (own, bare) {
            (Some(o), Some(b)) => format!(
                " Our {types} model types alone build in {} ({} without `Debug` and `Clone`), so the operation \
                 code takes about {} and a crate at {PEER_TARGET}x the peer ({}) would leave it {}.",
                secs(o),
                secs(b),
                secs((ours - o).max(0.0)),
                secs(PEER_TARGET * peer),
                secs((PEER_TARGET * peer - o).max(0.0)),
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            md,
            "- **{} build time**: ours builds in {} = {} of {name}'s whole crate ({}), already below the \
             plain-derive floor of its types ({}).{check}{types}",
            s.id,
            secs(ours),
            ratio(Some(ours / peer)),
            secs(peer),
            secs(floor),
        );
        return;
    }
    let budget = if floor / peer > PEER_TARGET {
        format!(
            "the floor alone is over the target: a crate at {PEER_TARGET}x the peer would have to build faster \
             than the types it must contain"
        )
    } else {
        format!(
            "that leaves {} for all the client code under the target, which takes {} here",
            secs(PEER_TARGET * peer - floor),
            secs(ours - floor)
        )
    };
    let _ = writeln!(
        md,
        "- **{} build time**: our model types alone, with plain `#[derive(Serialize, Deserialize)]` and no client \
         code, build in {} = {} of {name}'s whole crate ({}); {budget}. The serde code generated for the API's \
         types is a large fixed part of every client's build, the peers' too; the rest of ours is the operation \
         methods and parameter types (the decoders are compiled by the callers, see \"What a caller pays\").",
        s.id,
        secs(floor),
        ratio(Some(floor / peer)),
        secs(peer),
    );
}

/// The floor crate did not build: no ratio for the types alone.
fn floor_failed(md: &mut String, s: &SpecResult) {
    let failed = s.types_floor.as_ref().and_then(|t| t.build.as_ref()).filter(|c| !c.ok);
    if let (Some(_), Some(c)) = (s.types_ours.as_ref(), failed) {
        let _ = writeln!(
            md,
            "- **{} types alone**: no ratio: the floor crate (`--serde-derive` output with its `cfg_attr`s made \
             plain) did not build ({}), so this run has nothing to compare ours with.",
            s.id,
            short(c.error.as_deref().unwrap_or("no figure"))
        );
    }
}

/// Our model types alone over the target against the floor, with the spread of the runs.
fn types_alone_missed(md: &mut String, s: &SpecResult) {
    let (Some(ours), Some(floor)) = (
        s.types_ours.as_ref().and_then(|t| compiled(t, "build")),
        s.types_floor.as_ref().and_then(|t| compiled(t, "build")),
    ) else {
        return;
    };
    let (Some(o), Some(f)) = (ours.timed.median_s, floor.timed.median_s) else { return };
    if o / f <= PEER_TARGET {
        return;
    }
    let spread = |runs: &[f64]| {
        let lo = runs.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = runs.iter().copied().fold(0.0, f64::max);
        (lo, hi)
    };
    let ((olo, ohi), (flo, fhi)) = (spread(&ours.timed.runs_s), spread(&floor.timed.runs_s));
    let bare = s.types_ours_bare.as_ref().and_then(|t| compile_median(t, "build"));
    let _ = writeln!(
        md,
        "- **{} types alone**: ours {} against the floor's {} ({}); our runs took {}–{} and the floor's {}–{}, \
         ratios from {} to {}{}. {} types are little code: rustc's \
         fixed cost of a crate that depends on `serde` and the runtime is a large share of both builds, and \
         the share of `Debug` and `Clone` is small ({} without them).",
        s.id,
        secs(o),
        secs(f),
        ratio(Some(o / f)),
        secs(olo),
        secs(ohi),
        secs(flo),
        secs(fhi),
        ratio(Some(olo / fhi)),
        ratio(Some(ohi / flo)),
        if olo / fhi <= PEER_TARGET { ", so the miss is within this run's own spread" } else { "" },
        s.types.unwrap_or(0),
        bare.map_or("–".into(), secs),
    );
}

/// Lines per operation over the target: the prose and the written-out serde impls.
fn lines_missed(md: &mut String, b: &Bench) {
    let per_op = |s: &SpecResult| {
        let types = s.types.unwrap_or(0) as f64;
        if s.operations == 0 {
            "–".to_owned()
        } else {
            format!("{} types for {} operations", types as usize, s.operations)
        }
    };
    let shapes = b.specs.iter().map(|s| format!("{}: {}", s.id, per_op(s))).collect::<Vec<_>>().join("; ");
    let lines_missed = b.specs.iter().any(|s| {
        let leaner = best_peer(s, lines_per_op).map(|(p, _)| p);
        div(lines_per_op(&s.ours), leaner).is_some_and(|r| r > PEER_TARGET)
    });
    if lines_missed {
        let impls = b
            .specs
            .iter()
            .filter_map(|s| {
                let ours = s.types_ours.as_ref()?.size.as_ref()?.lines;
                let floor = s.types_floor.as_ref()?.size.as_ref()?.lines;
                (s.operations > 0).then(|| {
                    format!(
                        "{}: the types take {} lines written out, {} derived ({:.0} per operation more)",
                        s.id,
                        ours,
                        floor,
                        ours.saturating_sub(floor) as f64 / s.operations as f64
                    )
                })
            })
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            md,
            "- **Lines per operation**: our count includes every doc comment taken from the spec (descriptions of \
             operations, parameters and fields) and every model type, and the specs differ in how many types an \
             operation brings ({shapes}); a peer that drops the prose and merges types comes out leaner per operation. \
             The serde impls are written out, not derived (for build time, see \"The model types alone\"): about \
             six lines per field (its slot, its key, its store, its place in the struct, its write) where a derive \
             takes an attribute; {impls}."
        );
    }
}

/// Generation over the target against the plain parse: fixed costs and formatting.
fn generation_missed(md: &mut String, b: &Bench) {
    let generation_missed = b
        .specs
        .iter()
        .any(|s| div(gen_median(&s.ours), s.parse_floor.timed.median_s).is_some_and(|r| r > PARSE_TARGET));
    if generation_missed {
        let grown = b
            .specs
            .iter()
            .filter(|s| div(gen_median(&s.ours), s.parse_floor.timed.median_s).is_some_and(|r| r > PARSE_TARGET))
            .filter_map(|s| {
                let lines = s.ours.size.as_ref()?.lines;
                let ours = s.types_ours.as_ref().and_then(|t| t.size.as_ref()).map(|z| z.lines);
                let floor = s.types_floor.as_ref().and_then(|t| t.size.as_ref()).map(|z| z.lines);
                let types = match (ours, floor) {
                    (Some(o), Some(f)) if f > 0 => format!(
                        ", of which the model types with written-out serde impls take {o} lines where the derived \
                         ones take {f} ({:.1}x)",
                        o as f64 / f as f64
                    ),
                    _ => String::new(),
                };
                Some(format!("{} generates {lines} lines{types}", s.id))
            })
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            md,
            "- **Generation vs. the plain parse**: for a small spec the parse takes well under a millisecond, so fixed \
             costs (prettyplease formatting every file, writing them) dominate the ratio; for a large one, most of the \
             time goes to turning the emitted tokens into formatted text (`syn` parses them, `prettyplease` prints \
             them, in ordered jobs on every core), the rest to lowering (the lines under the generation \
             table split lowering from emitting). That time grows with the output: {grown}."
        );
    }
}

/// Generation slower than progenitor's.
fn slower_than_progenitor(md: &mut String, b: &Bench) {
    let slower = b
        .specs
        .iter()
        .filter_map(|s| {
            let ours = gen_median(&s.ours)?;
            let prog = s.progenitor.as_ref().and_then(gen_median)?;
            (ours / prog > PEER_TARGET).then(|| {
                format!(
                    "{}: ours {} against progenitor's {} ({}), for {} lines against its {}",
                    s.id,
                    secs(ours),
                    secs(prog),
                    ratio(Some(ours / prog)),
                    s.ours.size.as_ref().map_or(0, |z| z.lines),
                    s.progenitor.as_ref().and_then(|t| t.size.as_ref()).map_or(0, |z| z.lines),
                )
            })
        })
        .collect::<Vec<_>>();
    if !slower.is_empty() {
        let _ = writeln!(
            md,
            "- **Generation vs. progenitor**: {}. Formatting the output is most of our generation time, and ours \
             is the longer output (see lines per operation).",
            slower.join("; ")
        );
    }
}

fn targets(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## Targets\n");
    let _ = writeln!(md, "| target | spec | figures | verdict |");
    let _ = writeln!(md, "|---|---|---|---|");
    for s in &b.specs {
        build_target(md, s);
    }
    for s in &b.specs {
        user_cost::target_row(md, s);
    }
    user_cost::scale_rows(md, b);
    for s in &b.specs {
        let ours = s.types_ours.as_ref().and_then(|t| compile_median(t, "build"));
        let floor = s.types_floor.as_ref().and_then(|t| compile_median(t, "build"));
        let target = format!("the types alone ≤ {PEER_TARGET}x the plain-derive floor (`cargo build`)");
        ratio_row(md, &target, &s.id, ours, ("floor", floor), PEER_TARGET);
    }
    for s in &b.specs {
        decode_target(md, s);
    }
    for s in &b.specs {
        lines_target(md, s);
    }
    for s in &b.specs {
        progenitor_target(md, s);
    }
    for s in &b.specs {
        let target = format!("generation ≤ {PARSE_TARGET}x the plain parse");
        ratio_row(md, &target, &s.id, gen_median(&s.ours), ("parse", s.parse_floor.timed.median_s), PARSE_TARGET);
    }
    if let Some(s) = b.specs.iter().find(|s| s.id == "github") {
        github_targets(md, s);
    }
    md.push('\n');
}

/// `cargo build` against the faster peer (a peer's `cargo check` bounds its build from below).
fn build_target(md: &mut String, s: &SpecResult) {
    let ours_build = compile_median(&s.ours, "build");
    match best_peer(s, |t| compile_median(t, "build")) {
        Some((peer, name)) => {
            let v = match ours_build {
                Some(o) => verdict(o / peer, PEER_TARGET),
                None => "**missed**: our crate does not build".into(),
            };
            let _ = writeln!(
                md,
                "| `cargo build` ≤ {PEER_TARGET}x the faster peer's | {} | ours {}, {name} {} | {v} |",
                s.id,
                ours_build.map_or("–".into(), secs),
                secs(peer)
            );
        }
        None => {
            let why = peers(s)
                .iter()
                .map(|t| format!("{}: {}", t.tool, peer_cell(Some(t), |_| None, Some("build"))))
                .collect::<Vec<_>>()
                .join("; ");
            // A build does all a check does and more: a peer's `cargo check` bounds its build from below.
            let bound = best_peer(s, |t| compile_median(t, "check"));
            let v = match (ours_build, bound) {
                (Some(o), Some((check, name))) if o / check <= PEER_TARGET => format!(
                    "**met**, by a bound: ours is {} of {name}'s `cargo check` alone ({}), which its build can \
                     only exceed",
                    ratio(Some(o / check)),
                    secs(check)
                ),
                _ => "not applicable".to_owned(),
            };
            let _ = writeln!(
                md,
                "| `cargo build` ≤ {PEER_TARGET}x the faster peer's | {} | ours {}; no peer's build finished ({}) | {v} |",
                s.id,
                ours_build.map_or("–".into(), secs),
                if why.is_empty() { "peers not run".to_owned() } else { why }
            );
        }
    }
}

/// Decoding throughput against `serde_derive`, for the specs measured.
fn decode_target(md: &mut String, s: &SpecResult) {
    let Some(d) = &s.decode else { return };
    if let Some(e) = &d.error {
        let _ = writeln!(
            md,
            "| decoding throughput ≥ {DECODE_TARGET}x serde_derive's | {} | – | **missed**: {} |",
            s.id,
            short(e)
        );
        return;
    }
    for (what, ours, derive) in [
        (format!("{} KiB of `{}`", d.large_bytes / 1024, d.large_type), d.large_ours_ns, d.large_derive_ns),
        (format!("{} examples", d.examples), d.examples_ours_ns, d.examples_derive_ns),
    ] {
        let r = derive / ours;
        let v = if r >= DECODE_TARGET {
            format!("**met**: {r:.2}x ≥ {DECODE_TARGET}x")
        } else {
            format!("**missed** by {:.2}x ({r:.2}x < {DECODE_TARGET}x)", DECODE_TARGET - r)
        };
        let _ = writeln!(
            md,
            "| decoding throughput ≥ {DECODE_TARGET}x serde_derive's | {} ({what}) | ours {}, serde_derive {} | {v} |",
            s.id,
            secs(ours / 1e9),
            secs(derive / 1e9)
        );
    }
}

/// Lines per operation against the leaner peer.
fn lines_target(md: &mut String, s: &SpecResult) {
    let ours = lines_per_op(&s.ours);
    match best_peer(s, lines_per_op) {
        Some((peer, name)) => {
            let v = match ours {
                Some(o) => verdict(o / peer, PEER_TARGET),
                None => "**missed**: ours generated nothing".into(),
            };
            let _ = writeln!(
                md,
                "| lines per operation ≤ {PEER_TARGET}x the leaner peer's | {} | ours {:.0}, {name} {peer:.0} | {v} |",
                s.id,
                ours.unwrap_or(0.0)
            );
        }
        None => {
            let _ = writeln!(
                md,
                "| lines per operation ≤ {PEER_TARGET}x the leaner peer's | {} | ours {:.0}; no peer generated a crate | not applicable |",
                s.id,
                ours.unwrap_or(0.0)
            );
        }
    }
}

/// Generation time against progenitor's.
fn progenitor_target(md: &mut String, s: &SpecResult) {
    let ours = gen_median(&s.ours);
    let prog = s.progenitor.as_ref().and_then(gen_median);
    let v = match (ours, prog) {
        (Some(o), Some(p)) => verdict(o / p, PEER_TARGET),
        (None, _) => "**missed**: ours failed".into(),
        (_, None) if s.progenitor.is_none() => "not applicable (progenitor not run)".into(),
        (_, None) => "not applicable (progenitor rejects the spec)".into(),
    };
    let _ = writeln!(
        md,
        "| generation ≤ {PEER_TARGET}x progenitor's | {} | ours {}, progenitor {} | {v} |",
        s.id,
        ours.map_or("–".into(), secs),
        prog.map_or("–".into(), secs)
    );
}

/// GitHub's spec: that it generates and compiles, and its compile time with one tag's feature.
fn github_targets(md: &mut String, s: &SpecResult) {
    let generated = s.ours.generation.ok;
    let build = compile_median(&s.ours, "build");
    let check = compile_median(&s.ours, "check");
    let v = match (generated, build) {
        (true, Some(_)) => "**met**".to_owned(),
        (false, _) => {
            format!("**missed**: {}", short(s.ours.generation.error.as_deref().unwrap_or("generation failed")))
        }
        (true, None) => {
            let c = s.ours.build.as_ref().or(s.ours.check.as_ref());
            format!("**missed**: {}", short(c.and_then(|c| c.error.as_deref()).unwrap_or("does not compile")))
        }
    };
    let _ = writeln!(
        md,
        "| GitHub's spec generates and compiles with ours | github | `cargo check` {}, `cargo build` {} | {v} |",
        check.map_or("–".into(), secs),
        build.map_or("–".into(), secs)
    );
    let one = s.ours_one_tag.as_ref();
    let one_build = one.and_then(|t| compile_median(t, "build"));
    let one_check = one.and_then(|t| compile_median(t, "check"));
    let one_error = one.and_then(|t| t.check.as_ref().or(t.build.as_ref())).and_then(|c| c.error.as_deref());
    let v = match (one_build, build, one_error) {
        (Some(o), Some(a), _) => format!("**recorded**: {} of the time with all features", ratio(Some(o / a))),
        (_, _, Some(e)) => format!("**missed**: the one-tag crate does not compile ({})", short(e)),
        _ => "**missed**: not measured".to_owned(),
    };
    let _ = writeln!(
        md,
        "| GitHub's compile time with all features and with one tag's feature | github | all: `cargo check` {}, `cargo build` {}; {}: `cargo check` {}, `cargo build` {} | {v} |",
        check.map_or("–".into(), secs),
        build.map_or("–".into(), secs),
        one.map_or("one tag".into(), |t| t.version.clone()),
        one_check.map_or("–".into(), secs),
        one_build.map_or("–".into(), secs)
    );
}

/// A target row comparing our time with another, in seconds: met when `ours / other ≤ limit`.
fn ratio_row(md: &mut String, target: &str, id: &str, ours: Option<f64>, other: (&str, Option<f64>), limit: f64) {
    let (name, theirs) = other;
    let v = match div(ours, theirs) {
        Some(r) => verdict(r, limit),
        None => "**missed**: no figure".into(),
    };
    let _ = writeln!(
        md,
        "| {target} | {id} | ours {}, {name} {} | {v} |",
        ours.map_or("–".into(), secs),
        theirs.map_or("–".into(), secs)
    );
}

fn gen_cell(t: &ToolResult) -> String {
    let g = &t.generation;
    match (&g.error, g.timed.median_s) {
        (Some(e), _) => format!("rejected: {}", short(e)),
        (None, Some(m)) => {
            let n = if g.timed.runs_s.len() < 5 { format!(" ({} runs)", g.timed.runs_s.len()) } else { String::new() };
            format!("{}, {}{n}", secs(m), mib(g.peak_rss_kb))
        }
        (None, None) => "–".into(),
    }
}

fn generation_table(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## Generation: wall time (median) and peak memory\n");
    let _ = writeln!(
        md,
        "| spec | plain parse (floor) | ours | ours / parse | progenitor | ours / progenitor | openapi-generator | ours / openapi-generator |"
    );
    let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|--:|--:|");
    for s in &b.specs {
        let ours = gen_median(&s.ours);
        let floor = s.parse_floor.timed.median_s;
        let p = s.progenitor.as_ref();
        let o = s.openapi_generator.as_ref();
        let _ = writeln!(
            md,
            "| {} | {}, {} | {} | {} | {} | {} | {} | {} |",
            s.id,
            floor.map_or("–".into(), secs),
            mib(s.parse_floor.peak_rss_kb),
            gen_cell(&s.ours),
            ratio(div(ours, floor)),
            p.map_or("not run".into(), gen_cell),
            ratio(div(ours, p.and_then(gen_median))),
            o.map_or("not run".into(), gen_cell),
            ratio(div(ours, o.and_then(gen_median))),
        );
    }
    md.push('\n');
    for s in &b.specs {
        if let (Some(lower), Some(total)) = (s.ours.generation.lower_s, gen_median(&s.ours)) {
            let _ = writeln!(
                md,
                "- {}: of our {}, reading + validating + lowering to the IR takes {} ({:.0}%), emitting and \
                 formatting the rest.",
                s.id,
                secs(total),
                secs(lower),
                lower / total * 100.0
            );
        }
    }
    let _ = writeln!(
        md,
        "\nOurs is timed in process (read, validate, lower, emit, format, write the files), median of {} runs, \
         with the release build; its memory is the bench process's `VmHWM`. The floor is reading the file and \
         parsing it into a `serde_json::Value` (`serde_yaml::Value` for YAML) in the same way. The peers are timed \
         as whole processes (so progenitor's includes process startup, openapi-generator's the JVM's), and their \
         memory is the largest RSS in their process tree (GNU time's `%M`).\n",
        b.settings["generation_runs"]
    );
}

fn size_cell(t: &ToolResult) -> Option<String> {
    let s = t.size.as_ref()?;
    Some(format!("{} ({:.0} / op)", s.lines, s.lines_per_operation.unwrap_or(0.0)))
}

fn size_table(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## Generated size: lines of Rust (per operation)\n");
    let _ = writeln!(md, "| spec | operations | ours | progenitor | openapi-generator | ours / leaner peer |");
    let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|");
    for s in &b.specs {
        let ours = lines_per_op(&s.ours);
        let best = best_peer(s, lines_per_op);
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            s.id,
            s.operations,
            size_cell(&s.ours).unwrap_or_else(|| "–".into()),
            peer_cell(s.progenitor.as_ref(), size_cell, None),
            peer_cell(s.openapi_generator.as_ref(), size_cell, None),
            best.map_or("–".into(), |(p, name)| format!("{} ({name})", ratio(div(ours, Some(p))))),
        );
    }
    let _ = writeln!(
        md,
        "\nAll lines of every `.rs` file of the crate outside `tests/` (doc comments included; \
         `BENCHMARKS.json` also has the count without blank and `//` comment lines).\n"
    );
}

fn shapes_table(md: &mut String, b: &Bench) {
    if let Some(ts) = &b.type_space {
        let _ = writeln!(md, "## Type space: one type per shape (interning)\n");
        let _ = writeln!(md, "{}\n", ts.measured);
        let _ = writeln!(
            md,
            "| spec | definitions before → after | duplicated shapes before → after | aliases after | `types.rs` lines before → after |\n|---|--:|--:|--:|--:|"
        );
        for r in &ts.rows {
            let _ = writeln!(
                md,
                "| {} | {} → {} | {} → {} | {} | {} → {} |",
                r.spec,
                r.before.definitions,
                r.after.definitions,
                r.before.duplicates,
                r.after.duplicates,
                r.after.aliases,
                r.before.lines,
                r.after.lines
            );
        }
        let _ = writeln!(md);
    }
    if b.specs.iter().all(|s| s.shapes.is_none()) {
        return;
    }
    let _ = writeln!(md, "## Type space: our `src/types.rs` by shape\n");
    let _ = writeln!(md, "| spec | definitions | duplicated shapes | aliases | lines |");
    let _ = writeln!(md, "|---|--:|--:|--:|--:|");
    for s in &b.specs {
        if let Some(f) = &s.shapes {
            let _ = writeln!(md, "| {} | {} | {} | {} | {} |", s.id, f.definitions, f.duplicates, f.aliases, f.lines);
        }
    }
    let _ = writeln!(
        md,
        "\nCounted by `cargo xtask shapes` from the emitted file, independently of the generator: a duplicated shape \
         is a struct or enum whose item and impls are those of another, token for token, but for its name and docs. \
         Merged names are `pub type` aliases of their canonical type (`docs/type-space.md` has the figures before \
         interning).\n"
    );
}

fn compile_cell(t: &ToolResult, mode: &str) -> Option<String> {
    let c = compiled(t, mode)?;
    let partial = if c.timed_out { format!(" ({} runs, then timed out)", c.timed.runs_s.len()) } else { String::new() };
    Some(format!("{}{partial}", secs(c.timed.median_s?)))
}

fn compile_table(md: &mut String, b: &Bench, mode: &str) {
    let _ = writeln!(md, "## `cargo {mode}` of the generated crate (median, dependencies already built)\n");
    if mode == "build" {
        let _ = writeln!(
            md,
            "| spec | ours | progenitor | openapi-generator | types floor | ours / faster peer | ours / types floor |"
        );
        let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|--:|");
    } else {
        let _ = writeln!(md, "| spec | ours | progenitor | openapi-generator | types floor | ours / faster peer |");
        let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|");
    }
    for s in &b.specs {
        let ours = compile_median(&s.ours, mode);
        let best = best_peer(s, |t| compile_median(t, mode));
        let floor = s.types_floor.as_ref().and_then(|t| compile_median(t, mode));
        let ours_cell = if ours.is_some() {
            compile_cell(&s.ours, mode).unwrap_or_default()
        } else {
            peer_cell(Some(&s.ours), |_| None, Some(mode))
        };
        let _ = write!(
            md,
            "| {} | {} | {} | {} | {} | {} |",
            s.id,
            ours_cell,
            peer_cell(s.progenitor.as_ref(), |t| compile_cell(t, mode), Some(mode)),
            peer_cell(s.openapi_generator.as_ref(), |t| compile_cell(t, mode), Some(mode)),
            s.types_floor.as_ref().map_or("–".into(), |t| peer_cell(Some(t), |t| compile_cell(t, mode), Some(mode))),
            best.map_or("–".into(), |(p, name)| format!("{} ({name})", ratio(div(ours, Some(p))))),
        );
        if mode == "build" {
            let _ = write!(md, " {} |", ratio(div(ours, floor)));
        }
        md.push('\n');
    }
    if mode == "build" {
        let _ = writeln!(
            md,
            "\nThe types floor is a crate with only our `src/types.rs`, every \
             `#[cfg_attr(feature = \"full-serde\", derive(…))]` made a plain derive, so every model type derives both \
             `Serialize` and `Deserialize`. For a crate with features per tag (github) it is built with no feature, so \
             it holds only the types no feature gates: not a floor of the whole API.\n"
        );
    } else {
        md.push('\n');
    }
}

/// The model types alone: ours (written-out impls) against the plain-derive floor.
fn types_table(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## The model types alone: `cargo build` (median, dependencies already built)\n");
    let _ = writeln!(
        md,
        "| spec | ours (written-out impls) | floor (`serde_derive`) | ours / floor | ours without `Debug`, `Clone` | their share of ours |"
    );
    let _ = writeln!(md, "|---|--:|--:|--:|--:|--:|");
    for s in &b.specs {
        let ours = s.types_ours.as_ref().and_then(|t| compile_median(t, "build"));
        let floor = s.types_floor.as_ref().and_then(|t| compile_median(t, "build"));
        let cell = |t: Option<&ToolResult>| {
            t.map_or("–".into(), |t| peer_cell(Some(t), |t| compile_cell(t, "build"), Some("build")))
        };
        let bare = s.types_ours_bare.as_ref().and_then(|t| compile_median(t, "build"));
        let share = match (ours, bare) {
            (Some(o), Some(b)) if o > 0.0 => format!("{:.0}%", (o - b) / o * 100.0),
            _ => "–".into(),
        };
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {share} |",
            s.id,
            cell(s.types_ours.as_ref()),
            cell(s.types_floor.as_ref()),
            ratio(div(ours, floor)),
            cell(s.types_ours_bare.as_ref()),
        );
    }
    let _ = writeln!(
        md,
        "\nBoth crates hold only `src/types.rs` and implement both serde traits on every type: ours is the emitted \
         file with `full-serde` on; the floor is the file the generator emits with `--serde-derive` (`serde_derive`'s \
         derives and attributes), every `#[cfg_attr(feature = \"full-serde\", derive(…))]` made a plain derive. For a \
         crate with features per tag (github) both are built without features, so they hold only the types no feature \
         gates. The last columns take `Debug`, `Clone` and `Copy` out of every derive of ours: what those derives \
         cost the build (a negative share means the difference is below the spread of the runs).\n"
    );
}

/// Decoding throughput, ours against `serde_derive`.
fn decode_table(md: &mut String, b: &Bench) {
    let rows: Vec<_> = b.specs.iter().filter_map(|s| s.decode.as_ref().map(|d| (s, d))).collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(md, "## Decoding throughput (criterion, release build)\n");
    let _ = writeln!(md, "| spec | body | ours | serde_derive | ours / serde_derive (throughput) |");
    let _ = writeln!(md, "|---|---|--:|--:|--:|");
    let mibs = |bytes: usize, ns: f64| format!("{:.0} MiB/s", bytes as f64 / (1 << 20) as f64 / (ns / 1e9));
    for (s, d) in rows {
        if let Some(e) = &d.error {
            let _ = writeln!(md, "| {} | – | {} | – | – |", s.id, short(e));
            continue;
        }
        let _ = writeln!(
            md,
            "| {} | `Vec<{}>` of {} items, {} KiB | {} | {} | {:.2}x |",
            s.id,
            d.large_type,
            d.large_items,
            d.large_bytes / 1024,
            mibs(d.large_bytes, d.large_ours_ns),
            mibs(d.large_bytes, d.large_derive_ns),
            d.large_derive_ns / d.large_ours_ns
        );
        let _ = writeln!(
            md,
            "| {} | each of the spec's {} examples that both decode, {} KiB | {} | {} | {:.2}x |",
            s.id,
            d.examples,
            d.examples_bytes / 1024,
            mibs(d.examples_bytes, d.examples_ours_ns),
            mibs(d.examples_bytes, d.examples_derive_ns),
            d.examples_derive_ns / d.examples_ours_ns
        );
    }
    let _ = writeln!(
        md,
        "\nOne crate holds both sets of types (ours and the `--serde-derive` output of the same spec) and decodes the \
         same bytes with `serde_json::from_slice`; the large body is the spec's largest example of an object repeated \
         into an array of about 1 MiB. Mean of criterion's samples (2 s warm-up, 5 s measurement).\n"
    );
}

fn caller_table(md: &mut String, b: &Bench) {
    if b.specs.iter().all(|s| s.ours.caller.is_none()) {
        return;
    }
    let _ = writeln!(md, "## What a caller pays\n");
    let _ = writeln!(
        md,
        "Operation methods are `#[inline]`: a method's code, with the instantiation of its response decoder and body \
         encoder for the operation's types, is compiled in the crate that calls it, and only for the operations it \
         calls (progenitor's `async fn`s are likewise compiled where they are awaited). The build times above are \
         therefore the generated crate's own; a crate that calls operations pays for them. The caller measured here \
         is the crate's generated contract test (`cargo test --no-run --features full-serde --test contract` after \
         `touch tests/contract.rs`), which calls every operation once; its own code (building the \
         arguments) is included, so it is more than a caller of every operation pays.\n"
    );
    let _ = writeln!(
        md,
        "| spec | operations | crate `cargo build` | caller of every operation, rebuilt | per operation called |"
    );
    let _ = writeln!(md, "|---|--:|--:|--:|--:|");
    for s in &b.specs {
        let Some(caller) = s.ours.caller.as_ref() else { continue };
        let median = compiled(&s.ours, "caller").and_then(|c| c.timed.median_s);
        let cell = match median {
            Some(_) => compile_cell(&s.ours, "caller").unwrap_or_default(),
            None => caller.error.as_deref().map_or("–".into(), short),
        };
        let per_op = median
            .filter(|_| s.operations > 0)
            .map_or("–".into(), |m| format!("{:.0} ms", 1000.0 * m / s.operations as f64));
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} |",
            s.id,
            s.operations,
            compile_cell(&s.ours, "build").unwrap_or_else(|| "–".into()),
            cell,
            per_op
        );
    }
    md.push('\n');
}

fn errors(md: &mut String, b: &Bench) {
    let mut lines = Vec::new();
    for s in &b.specs {
        for t in std::iter::once(&s.ours).chain(peers(s)).chain(s.types_floor.iter()) {
            if let Some(e) = &t.generation.error {
                lines.push(format!("- {} / {}: generation: {}", s.id, t.tool, e.replace('\n', " ")));
            }
            for (mode, c) in [("check", &t.check), ("build", &t.build), ("test --no-run --test contract", &t.caller)] {
                if let Some(c) = c.as_ref().filter(|c| !c.ok) {
                    let n = c.errors.map(|n| format!(" ({n} errors)")).unwrap_or_default();
                    lines.push(format!(
                        "- {} / {}: `cargo {mode}`{n}: {}",
                        s.id,
                        t.tool,
                        c.error.as_deref().unwrap_or("?").replace('\n', " ")
                    ));
                }
            }
            for c in t.callers.iter().filter(|c| !c.build.ok) {
                let n = c.build.errors.map(|n| format!(" ({n} errors)")).unwrap_or_default();
                let e = c.build.error.as_deref().unwrap_or("?").replace('\n', " ");
                lines.push(format!("- {} / {}: caller of {}: `cargo build`{n}: {e}", s.id, t.tool, c.scope));
            }
        }
    }
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(md, "## First errors\n");
    for l in lines {
        let _ = writeln!(md, "{l}");
    }
    md.push('\n');
}

fn method(md: &mut String, b: &Bench) {
    let _ = writeln!(md, "## Method\n");
    let _ = writeln!(
        md,
        "- Specs: every spec in `specs/` (the fixture `codegen/tests/fixtures/ok/pagination.yaml` while `specs/` is \
         empty), and GitHub's REST API description (`{}`, fetched with `npm pack` into `target/bench/cache/`).",
        b.settings["github_spec"].as_str().unwrap_or_default()
    );
    let _ = writeln!(
        md,
        "- Each generated crate is its own workspace under `target/bench/crates/<spec>/<tool>/` with a copy of the \
         repository's `Cargo.lock` (shared dependencies resolve to the same versions), built with its default \
         features into `target/bench/target` with `CARGO_INCREMENTAL=0`."
    );
    let _ = writeln!(
        md,
        "- Compile cost: `cargo check` (then `cargo build`) once, so every dependency is built, then `touch \
         src/lib.rs` and the same command again, timed, median of {} runs: the cost of the generated crate alone \
         (the first run counts as one when cargo compiled nothing but the generated crate). A crate that does not \
         pass `cargo check` is not built; the types floor is only built. Each cargo command is stopped after {} s, \
         and all of one peer's cargo commands for one spec after {} s together (recorded as a timeout).",
        b.settings["compile_runs"], b.settings["timeout_s"], b.settings["peer_budget_s"]
    );
    let _ = writeln!(
        md,
        "- A peer that rejects a spec, or whose crate does not compile, gets its first error recorded instead of a \
         figure; ratios and targets use only the peers that have the figure.\n"
    );
    let _ = writeln!(md, "## How to run\n");
    let _ = writeln!(
        md,
        "```sh\ncargo xtask bench                   # everything: all specs, GitHub's, both peers (tens of minutes)\n\
         cargo xtask bench --no-github       # without GitHub's spec\n\
         cargo xtask bench --no-peers        # ours only\n\
         cargo xtask bench --only github     # one spec (file stem, or `github`)\n\
         cargo xtask bench --gen-runs 5 --compile-runs 3 --timeout 900 --peer-budget 900\n```\n"
    );
    let _ = writeln!(
        md,
        "It needs Node.js/npm (GitHub's spec), Python 3 and Java 17+ (openapi-generator-cli from PyPI, installed into \
         a venv at `.tools/openapi-generator`), and installs `cargo-progenitor` into `.tools/progenitor` when missing. \
         It rewrites `BENCHMARKS.md` and `BENCHMARKS.json` after every spec. It is not part of CI (`.ci/run`): it is \
         slow and its figures depend on the machine."
    );
}
