//! `cargo xtask corpus`: real-world OpenAPI documents in, a compiling client or a precise
//! diagnostic out. Fetches the pinned documents of `corpus/specs.tsv` (with `corpus/fetch.py`),
//! generates a crate for each, `cargo check`s them all in one workspace, and prints a table:
//! spec, operations, generate result, check result, examples, diagnostics. `--write` puts the
//! table into `docs/corpus.md`; `--subset` runs the few small documents CI runs.
//!
//! The examples column: each crate's `tests/examples.rs` is built and run (`examples.rs`), every
//! example it checked is judged against its schema by an independent validator (`validate.rs`),
//! and the two are joined (`fidelity.rs`): schema-valid examples that decode and re-encode, of
//! all schema-valid ones, and how many the validator rejects (the spec's errors). Documents over
//! `--examples-max-kb` (default 1000) are not run; `--no-examples` runs none.

mod examples;
mod fidelity;
mod validate;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde_json::Value;

use crate::root;

/// Small documents covering Swagger 2.0, OpenAPI 3.0 and 3.1, YAML and JSON, polymorphism and
/// webhooks, that come from two small npm packages (not the 45 MB directory package): what CI
/// runs.
const SUBSET: &[&str] = &[
    "discriminators",
    "petstore",
    "petstore-20",
    "petstore-31",
    "petstore-expanded-20",
    "polymorphism",
    "star-trek",
    "train-travel",
    "uspto",
    "webhooks-31",
];

#[derive(Debug, Default)]
struct Args {
    subset: bool,
    only: Option<Vec<String>>,
    write: bool,
    check: bool,
    examples: bool,
    examples_max_kb: u64,
}

/// Examples of documents up to this size (KiB, as in `corpus/specs.tsv`) run by default.
const EXAMPLES_MAX_KB: u64 = 1000;

/// One row of `corpus/specs.tsv`.
#[derive(Debug, Clone)]
struct Entry {
    id: String,
    package: String,
    version: String,
    openapi: String,
    size_kb: String,
    api: String,
}

/// What happened to one document.
#[derive(Debug, Default)]
struct Outcome {
    operations: Option<usize>,
    types: Option<usize>,
    /// The emitted `types.rs` counted by shape (`cargo xtask shapes`).
    shapes: Option<crate::shapes::Shapes>,
    lines: Option<usize>,
    warnings: usize,
    generate_s: f64,
    /// The generator's errors (each rendered on one line).
    errors: Vec<String>,
    /// Warning messages, grouped by message with a count.
    warning_kinds: BTreeMap<String, usize>,
    check: Option<Check>,
    /// Whether the crate has a `tests/examples.rs`.
    has_examples: bool,
    examples: Examples,
}

/// What became of a document's examples.
#[derive(Debug, Default)]
enum Examples {
    /// Not asked for, or the document did not generate.
    #[default]
    NotRun,
    /// Larger than `--examples-max-kb`.
    TooLarge,
    /// The spec has no examples the generator checks (no `tests/examples.rs`).
    NoneChecked,
    /// The test did not build or run.
    Failed(String),
    Done(fidelity::Fidelity),
}

#[derive(Debug, Default)]
struct Check {
    errors: Vec<String>,
    warnings: usize,
}

fn parse(flags: crate::flags::Corpus) -> Args {
    Args {
        subset: flags.subset,
        only: flags.only.map(|only| only.split(',').map(str::to_owned).collect()),
        write: flags.write,
        check: !flags.no_check,
        examples: !flags.no_examples,
        examples_max_kb: flags.examples_max_kb.unwrap_or(EXAMPLES_MAX_KB),
    }
}

fn read_table(path: &Path) -> Result<Vec<Entry>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).with_context(|| format!("no column `{name}`"));
    let (id, package, version, openapi, size, api) =
        (col("id")?, col("package")?, col("version")?, col("openapi")?, col("size_kb")?, col("api")?);
    let mut out = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let cell = |i: usize| cells.get(i).map(|s| (*s).to_owned()).unwrap_or_default();
        out.push(Entry {
            id: cell(id),
            package: cell(package),
            version: cell(version),
            openapi: cell(openapi),
            size_kb: cell(size),
            api: cell(api),
        });
    }
    Ok(out)
}

pub fn run(flags: crate::flags::Corpus) -> Result<()> {
    let args = parse(flags);
    let started = Instant::now();
    let root = root();
    let (entries, wanted) = selected(&root, &args)?;
    let specs_dir = root.join("target/corpus/specs");
    fetch(&root, &specs_dir, &entries, wanted)?;

    println!("\n==> generating");
    // Crates are rewritten file by file, unchanged files left alone, so that cargo's earlier work
    // on them stays fresh (a rerun checks and builds only what changed).
    let crates_dir = root.join("target/corpus/crates");
    fs::create_dir_all(&crates_dir)?;
    let runtime = root.join("codegen/runtime");
    let mut outcomes: BTreeMap<String, Outcome> = BTreeMap::new();
    let mut members = Vec::new();
    for entry in &entries {
        let (outcome, generated) = generate(entry, &specs_dir, &crates_dir.join(&entry.id), &runtime)?;
        if generated {
            members.push(entry.id.clone());
        }
        println!(
            "{:<24} {:>7.2} s  {}",
            entry.id,
            outcome.generate_s,
            match (&outcome.operations, outcome.errors.first()) {
                (Some(n), _) => format!("{n} operations, {} warnings", outcome.warnings),
                (None, Some(e)) => format!("not generated: {e}"),
                (None, None) => "not generated".into(),
            }
        );
        outcomes.insert(entry.id.clone(), outcome);
    }

    crate::scratch::workspace(&root, &crates_dir, crate::scratch::Manifest::Members(&members))?;
    // The subset shares the workspace's target directory (its dependencies are built already);
    // the full run keeps its large crates apart.
    let target = if args.subset { root.join("target") } else { root.join("target/corpus/target") };
    if args.check && !members.is_empty() {
        println!("\n==> cargo check of {} crates (one workspace, --keep-going)", members.len());
        check_all(&target, &crates_dir, &mut outcomes)?;
    }
    let examples_limit = args.examples.then_some(args.examples_max_kb);
    if let Some(max_kb) = examples_limit {
        run_examples(&root, &target, &crates_dir, &specs_dir, &entries, max_kb, &mut outcomes)?;
    }

    let table = markdown(&entries, &outcomes, args.check, examples_limit);
    let done: BTreeMap<String, fidelity::Fidelity> = outcomes
        .iter()
        .filter_map(|(id, o)| match &o.examples {
            Examples::Done(f) => Some((id.clone(), f.clone())),
            _ => None,
        })
        .collect();
    let gaps = if examples_limit.is_some() { fidelity::gaps_section(&done, 8) } else { String::new() };
    println!("\n{table}\n{gaps}");
    if args.write {
        write_page(&root, &args, examples_limit, &format!("{table}\n{gaps}"), started)?;
    }
    what_must_hold(&args, &outcomes, &done)
}

/// The rows of `corpus/specs.tsv` the arguments ask for, and whether they are a selection
/// (`--subset`, `--only`) rather than the whole table.
fn selected(root: &Path, args: &Args) -> Result<(Vec<Entry>, bool)> {
    let mut entries = read_table(&root.join("corpus/specs.tsv"))?;
    let wanted: Option<Vec<String>> =
        if args.subset { Some(SUBSET.iter().map(|s| (*s).to_owned()).collect()) } else { args.only.clone() };
    if let Some(wanted) = &wanted {
        for id in wanted {
            if !entries.iter().any(|e| &e.id == id) {
                bail!("`{id}` is not in corpus/specs.tsv");
            }
        }
        entries.retain(|e| wanted.contains(&e.id));
    }
    Ok((entries, wanted.is_some()))
}

/// `corpus/fetch.py`: the documents into `specs_dir` (only `entries` when they are a selection).
fn fetch(root: &Path, specs_dir: &Path, entries: &[Entry], selection: bool) -> Result<()> {
    println!("==> fetching {} documents (corpus/fetch.py)", entries.len());
    let mut fetch = Command::new("python3");
    fetch.current_dir(root).arg("corpus/fetch.py").arg("--dest").arg(specs_dir);
    if selection {
        fetch.arg("--only").arg(entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>().join(","));
    }
    let status = fetch.status().context("running python3 corpus/fetch.py")?;
    if !status.success() {
        bail!("corpus/fetch.py failed");
    }
    Ok(())
}

/// One document generated into `crate_dir` (in process; a panic is caught and reported): its
/// outcome, and whether a crate was written.
fn generate(entry: &Entry, specs_dir: &Path, crate_dir: &Path, runtime: &Path) -> Result<(Outcome, bool)> {
    let mut generated = false;
    let file = find_spec(specs_dir, &entry.id)?;
    let display = format!("{}/{}", entry.id, file.file_name().and_then(|n| n.to_str()).unwrap_or_default());
    let options = codegen::Options {
        crate_name: Some(format!("corpus-{}", entry.id)),
        runtime_path: Some(crate::generate::relative(crate_dir, runtime).display().to_string().replace('\\', "/")),
        standalone: false,
        command: "cargo xtask corpus".into(),
        deny_warnings: false,
        overlays: Vec::new(),
        serde_derive: false,
    };
    let t = Instant::now();
    // A panic would be a bug of ours; it is reported as such rather than ending the run.
    let result = std::panic::catch_unwind(|| codegen::generate_file(&file, &display, &options));
    let mut outcome = Outcome { generate_s: t.elapsed().as_secs_f64(), ..Outcome::default() };
    match result {
        Err(panic) => {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            outcome.errors.push(format!("generator panicked: {message}"));
        }
        Ok(Err(err)) => {
            outcome.errors = error_lines(&err);
            if crate_dir.exists() {
                fs::remove_dir_all(crate_dir)?;
            }
        }
        Ok(Ok(output)) => {
            outcome.operations = Some(output.api.operations.len());
            outcome.types = Some(output.api.types.len());
            outcome.warnings = output.warnings.len();
            for w in &output.warnings {
                *outcome.warning_kinds.entry(kind_of(&w.message)).or_default() += 1;
            }
            let mut lines = 0;
            let paths: Vec<PathBuf> = output.files.iter().map(|f| crate_dir.join(&f.path)).collect();
            remove_other_files(crate_dir, &paths)?;
            for (f, path) in output.files.iter().zip(&paths) {
                fs::create_dir_all(path.parent().unwrap_or(crate_dir))?;
                write_if_changed(path, f.contents.as_bytes())?;
                outcome.has_examples |= f.path == "tests/examples.rs";
                if f.path.ends_with(".rs") && !f.path.starts_with("tests/") {
                    lines += f.contents.lines().count();
                }
                if f.path == "src/types.rs" {
                    outcome.shapes = crate::shapes::count(&f.contents).ok();
                }
            }
            outcome.lines = Some(lines);
            generated = true;
        }
    }
    Ok((outcome, generated))
}

/// `--write`: `docs/corpus.md`, the command that made it and the table.
fn write_page(root: &Path, args: &Args, examples_limit: Option<u64>, tables: &str, started: Instant) -> Result<()> {
    let mut command = "cargo xtask corpus".to_owned();
    if args.subset {
        command.push_str(" --subset");
    }
    match examples_limit {
        None => command.push_str(" --no-examples"),
        Some(kb) if kb != EXAMPLES_MAX_KB => command.push_str(&format!(" --examples-max-kb {kb}")),
        Some(_) => {}
    }
    command.push_str(" --write");
    let examples_note = match examples_limit {
        None => String::new(),
        Some(kb) => format!(
            "\"Examples\" (for documents up to {kb} KiB; larger ones say \"not run\"): each crate's \
             `tests/examples.rs` is built and run, and every example it checks (the spec's `example`s and \
             `examples` of media types and component schemas) is also validated against the schema it documents \
             by the `jsonschema` Python package (`corpus/examples.py`: OpenAPI 3.0 schemas converted to JSON \
             Schema first; formats checked where `jsonschema` can without extra packages). The cell reads \
             *decoded/valid*: of the schema-valid examples, how many decode into their Rust type and encode \
             back to equal JSON (a `null` member and an absent one are equal if the schema accepts what was \
             encoded), then how many examples the validator rejects: the spec's own errors, listed below the \
             table and not counted against the generator.\n\n"
        ),
    };
    let page = format!(
        "# The corpus: real-world OpenAPI documents\n\n\
         Produced by `{command}` on {} in {} minutes (cargo reuses what earlier runs built in \
         `target/corpus/target`). The documents are pinned in `corpus/specs.tsv` \
         (package, version, file) and fetched from the npm registry and PyPI by `corpus/fetch.py`; none is \
         committed. Each is generated into a crate (in process, as `cargo xtask generate --spec` does) and all \
         crates are `cargo check`ed in one workspace. \"Lines\" counts the crate's Rust source outside `tests/`.\n\n\
         {examples_note}{tables}",
        crate::bench::output_of(Command::new("date").args(["-u", "+%Y-%m-%d %H:%M UTC"])).unwrap_or_default(),
        (started.elapsed().as_secs() + 30) / 60,
    );
    fs::create_dir_all(root.join("docs"))?;
    fs::write(root.join("docs/corpus.md"), page)?;
    println!("wrote docs/corpus.md");
    Ok(())
}

/// What must hold: no panic, whatever generates compiles, no shape defined twice; for the
/// subset also that every document generates and every schema-valid example round-trips.
fn what_must_hold(
    args: &Args,
    outcomes: &BTreeMap<String, Outcome>,
    done: &BTreeMap<String, fidelity::Fidelity>,
) -> Result<()> {
    // What must hold: no panic, and whatever generates compiles.
    let broken: Vec<&String> = outcomes
        .iter()
        .filter(|(_, o)| {
            o.errors.iter().any(|e| e.starts_with("generator panicked"))
                || o.check.as_ref().is_some_and(|c| !c.errors.is_empty())
                || matches!(&o.examples, Examples::Failed(e) if e.contains("does not compile"))
        })
        .map(|(id, _)| id)
        .collect();
    if !broken.is_empty() {
        bail!(
            "generated but does not compile (crate or examples test), or the generator panicked: {}",
            broken.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
        );
    }
    // One type per shape: no generated crate defines a shape twice.
    let duplicated: Vec<String> = outcomes
        .iter()
        .filter_map(|(id, o)| o.shapes.filter(|s| s.duplicates > 0).map(|s| format!("{id} ({})", s.duplicates)))
        .collect();
    if !duplicated.is_empty() {
        bail!("generated types define a shape more than once: {}", duplicated.join(", "));
    }
    if args.subset {
        let refused: Vec<&String> = outcomes.iter().filter(|(_, o)| o.operations.is_none()).map(|(id, _)| id).collect();
        if !refused.is_empty() {
            bail!("subset documents that no longer generate: {refused:?}");
        }
        // Every schema-valid example of the subset must round-trip: reported is not enough.
        let mut failed = fidelity::failures(done);
        failed.extend(outcomes.iter().filter_map(|(id, o)| match &o.examples {
            Examples::Failed(why) => Some(format!("{id}: the examples were not run: {why}")),
            _ => None,
        }));
        if !failed.is_empty() {
            bail!(
                "the subset's examples fail ({}): every schema-valid example must decode into its type and encode \
                 back to equal JSON (see \"Remaining gaps\" above), and every examples run must finish:\n  {}",
                failed.len(),
                failed.join("\n  ")
            );
        }
    }
    Ok(())
}

/// Writes `contents` to `path` unless it holds them already (its modification time is what cargo
/// looks at).
fn write_if_changed(path: &Path, contents: &[u8]) -> Result<()> {
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    fs::write(path, contents).with_context(|| format!("writing {}", path.display()))
}

/// Removes the files under `dir` that are not in `keep` (left from an earlier generation).
fn remove_other_files(dir: &Path, keep: &[PathBuf]) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if !keep.contains(&path) && path.file_name().is_some_and(|n| n != "Cargo.lock") {
                fs::remove_file(&path)?;
            }
        }
    }
    Ok(())
}

fn find_spec(dir: &Path, id: &str) -> Result<PathBuf> {
    for ext in ["json", "yaml"] {
        let p = dir.join(format!("{id}.{ext}"));
        if p.exists() {
            return Ok(p);
        }
    }
    bail!("{id}: not fetched into {}", dir.display())
}

/// The generator's errors, one line each: `pointer (line L): message`.
fn error_lines(err: &codegen::GenerateError) -> Vec<String> {
    match err {
        codegen::GenerateError::Spec(diags) => diags
            .iter()
            .filter(|d| d.severity == codegen::Severity::Error)
            .map(|d| {
                let at = match d.line {
                    Some(l) => format!("{} (line {l})", if d.pointer.is_empty() { "/" } else { &d.pointer }),
                    None => {
                        if d.pointer.is_empty() {
                            "/".to_owned()
                        } else {
                            d.pointer.clone()
                        }
                    }
                };
                format!("{at}: {}", d.message)
            })
            .collect(),
        other => vec![other.to_string().lines().next().unwrap_or_default().to_owned()],
    }
}

/// A warning's message with quoted names and numbers blanked, to group warnings by kind.
fn kind_of(message: &str) -> String {
    let mut out = String::new();
    let mut in_quote = false;
    for c in message.chars() {
        match c {
            '`' if !in_quote => {
                in_quote = true;
                out.push_str("`…");
            }
            '`' => {
                in_quote = false;
                out.push('`');
            }
            _ if in_quote => {}
            _ => out.push(c),
        }
    }
    out
}

/// Builds and runs the examples tests of the generated documents up to `max_kb`, classifies
/// every example they checked, and records the joined result in `outcomes`.
fn run_examples(
    root: &Path,
    target: &Path,
    crates_dir: &Path,
    specs_dir: &Path,
    entries: &[Entry],
    max_kb: u64,
    outcomes: &mut BTreeMap<String, Outcome>,
) -> Result<()> {
    let dir = root.join("target/corpus/examples");
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let mut ids = Vec::new();
    for e in entries {
        let Some(o) = outcomes.get_mut(&e.id) else { continue };
        if o.operations.is_none() {
            continue;
        }
        if o.check.as_ref().is_some_and(|c| !c.errors.is_empty()) {
            o.examples = Examples::Failed("the crate does not compile".into());
        } else if !o.has_examples {
            o.examples = Examples::NoneChecked;
        } else if e.size_kb.parse::<u64>().map_or(true, |kb| kb > max_kb) {
            o.examples = Examples::TooLarge;
        } else {
            ids.push(e.id.clone());
        }
    }
    if ids.is_empty() {
        return Ok(());
    }
    println!("\n==> examples: cargo build --test examples of {} crates (documents up to {max_kb} KiB)", ids.len());
    let exes = examples::build(target, crates_dir, &ids)?;
    let t = Instant::now();
    let mut jobs = Vec::new();
    let mut runs = BTreeMap::new();
    for id in &ids {
        let Some(o) = outcomes.get_mut(id) else { continue };
        let exe = match &exes[id] {
            Ok(exe) => exe,
            Err(e) => {
                println!("{id:<24} {e}");
                o.examples = Examples::Failed(e.clone());
                continue;
            }
        };
        let report = dir.join(format!("{id}.jsonl"));
        let run = examples::run(exe, &report)?;
        println!(
            "{id:<24} {} examples checked{}",
            run.outcomes.len(),
            run.problem.as_deref().map(|p| format!(" ({p})")).unwrap_or_default()
        );
        // The validator reads the document as the generator did (YAML as JSON, keys as strings).
        let file = find_spec(specs_dir, id)?;
        let text = fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
        let doc = codegen::SourceDoc::parse(id, text).map_err(|d| anyhow::anyhow!("{id}: {}", d.message))?;
        let spec = dir.join(format!("{id}.spec.json"));
        fs::write(&spec, serde_json::to_vec(&doc.root)?)?;
        jobs.push(validate::Job { id: id.clone(), spec, report, out: dir.join(format!("{id}.verdicts.jsonl")) });
        runs.insert(id.clone(), run);
    }
    println!("examples ran in {:.0} s", t.elapsed().as_secs_f64());
    let t = Instant::now();
    println!("\n==> classifying the examples with jsonschema (corpus/examples.py)");
    let verdicts = validate::classify(root, &jobs, &dir.join("manifest.json"))?;
    println!("classified in {:.0} s", t.elapsed().as_secs_f64());
    for (job, verdicts) in jobs.iter().zip(verdicts) {
        let joined = fidelity::join(&job.id, &runs[&job.id], &verdicts)?;
        if let Some(o) = outcomes.get_mut(&job.id) {
            o.examples = Examples::Done(joined);
        }
    }
    Ok(())
}

fn check_all(target: &Path, dir: &Path, outcomes: &mut BTreeMap<String, Outcome>) -> Result<()> {
    let t = Instant::now();
    let output = Command::new(env!("CARGO"))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .args(["check", "--workspace", "--keep-going", "--message-format", "json"])
        .stderr(Stdio::inherit())
        .output()
        .context("running cargo check")?;
    println!("cargo check finished in {:.0} s", t.elapsed().as_secs_f64());
    for o in outcomes.values_mut().filter(|o| o.operations.is_some()) {
        o.check = Some(Check::default());
    }
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<Value>(line) else { continue };
        if msg["reason"] != "compiler-message" {
            continue;
        }
        let Some(id) = package_id(&msg) else { continue };
        let Some(check) = outcomes.get_mut(&id).and_then(|o| o.check.as_mut()) else { continue };
        let level = msg["message"]["level"].as_str().unwrap_or_default();
        let text = msg["message"]["message"].as_str().unwrap_or_default();
        if text.starts_with("aborting due to") || text.contains("warnings emitted") || text.contains("warning emitted")
        {
            continue;
        }
        match level {
            "error" => {
                let span = &msg["message"]["spans"][0];
                let at = format!(
                    "{}:{}",
                    span["file_name"].as_str().unwrap_or("?").rsplit('/').next().unwrap_or("?"),
                    span["line_start"].as_u64().unwrap_or(0)
                );
                check.errors.push(format!("{at}: {text}"));
            }
            "warning" => check.warnings += 1,
            _ => {}
        }
    }
    Ok(())
}

/// The corpus id of the crate a compiler message is about (`corpus-<id>`).
fn package_id(msg: &Value) -> Option<String> {
    let id = msg["package_id"].as_str()?;
    // `path+file:///…/crates/<id>#corpus-<id>@0.1.0` (or the older `corpus-<id> 0.1.0 (path+…)`).
    let name = id
        .split('#')
        .nth(1)
        .map(|s| s.split('@').next().unwrap_or(s))
        .unwrap_or_else(|| id.split(' ').next().unwrap_or(id));
    name.strip_prefix("corpus-").map(str::to_owned)
}

fn markdown(
    entries: &[Entry],
    outcomes: &BTreeMap<String, Outcome>,
    checked: bool,
    examples_limit: Option<u64>,
) -> String {
    let mut md = String::new();
    counts(&mut md, entries, outcomes, checked);
    if examples_limit.is_some() {
        examples_counts(&mut md, outcomes);
    }
    let examples_header = if examples_limit.is_some() { " examples |" } else { "" };
    let examples_rule = if examples_limit.is_some() { "---|" } else { "" };
    let _ = writeln!(
        md,
        "\n| spec | API | source | OpenAPI | KiB | operations | types | aliases | duplicated shapes | lines | generate | check |{examples_header} diagnostics |\n|---|---|---|---|--:|--:|--:|--:|--:|--:|---|---|{examples_rule}---|"
    );
    for e in entries {
        let Some(o) = outcomes.get(&e.id) else { continue };
        let _ = writeln!(md, "{}", row(e, o, examples_limit));
    }
    md
}

/// The table of documents generated and compiled (by OpenAPI version).
fn counts(md: &mut String, entries: &[Entry], outcomes: &BTreeMap<String, Outcome>, checked: bool) {
    let total = entries.len();
    let generated = outcomes.values().filter(|o| o.operations.is_some()).count();
    let compiled = outcomes.values().filter(|o| o.check.as_ref().is_some_and(|c| c.errors.is_empty())).count();
    let compiled_of = |version: char| {
        let of: Vec<&Entry> = entries.iter().filter(|e| e.openapi.starts_with(version)).collect();
        let ok = of
            .iter()
            .filter(|e| outcomes.get(&e.id).and_then(|o| o.check.as_ref()).is_some_and(|c| c.errors.is_empty()))
            .count();
        (of.len(), ok)
    };
    let _ = writeln!(md, "| | documents | share |\n|---|--:|--:|");
    let _ = writeln!(md, "| in the corpus | {total} | |");
    let _ = writeln!(md, "| generated | {generated} | {:.1}% |", pct(generated, total));
    if checked {
        let _ = writeln!(md, "| **compile** (`cargo check`) | **{compiled}** | **{:.1}%** |", pct(compiled, total));
        for (version, name) in [('3', "OpenAPI 3.x"), ('2', "Swagger 2.0")] {
            let (of, ok) = compiled_of(version);
            if of > 0 {
                let _ = writeln!(md, "| compile, of the {of} {name} documents | {ok} | {:.1}% |", pct(ok, of));
            }
        }
    }
}

/// The table of examples checked, valid and round-tripped, over the documents whose examples ran.
fn examples_counts(md: &mut String, outcomes: &BTreeMap<String, Outcome>) {
    let done: Vec<&fidelity::Fidelity> = outcomes
        .values()
        .filter_map(|o| match &o.examples {
            Examples::Done(f) => Some(f),
            _ => None,
        })
        .collect();
    let valid: usize = done.iter().map(|f| f.valid).sum();
    let ok: usize = done.iter().map(|f| f.valid_ok).sum();
    let ran: usize = done.iter().map(|f| f.ran).sum();
    let invalid: usize = done.iter().map(|f| f.invalid.len()).sum();
    let whole = done.iter().filter(|f| f.valid > 0 && f.valid_ok == f.valid).count();
    let _ = writeln!(
        md,
        "\n| examples (of the {} documents whose examples ran) | examples | share |\n|---|--:|--:|",
        done.len()
    );
    let _ = writeln!(md, "| checked by the generated tests | {ran} | |");
    let _ = writeln!(md, "| valid against their schema | {valid} | {:.1}% |", pct(valid, ran));
    let _ = writeln!(md, "| **schema-valid and round-trip** | **{ok}** | **{:.1}%** of valid |", pct(ok, valid));
    let _ = writeln!(md, "| rejected by the validator (spec errors) | {invalid} | {:.1}% |", pct(invalid, ran));
    let _ = writeln!(md, "| documents whose valid examples all round-trip | {whole} | of {} |", done.len());
}

/// One document's row of the table.
fn row(e: &Entry, o: &Outcome, examples_limit: Option<u64>) -> String {
    let generate =
        if o.operations.is_some() { format!("ok ({:.2} s)", o.generate_s) } else { "**refused**".to_owned() };
    let check = match &o.check {
        None if o.operations.is_none() => "–".to_owned(),
        None => "not run".to_owned(),
        Some(c) if c.errors.is_empty() && c.warnings == 0 => "ok".to_owned(),
        Some(c) if c.errors.is_empty() => format!("ok, {} warnings", c.warnings),
        Some(c) => format!("**{} errors**", c.errors.len()),
    };
    let mut diags: Vec<String> = Vec::new();
    if !o.errors.is_empty() {
        let first = o.errors.iter().take(2).map(|e| cell(e)).collect::<Vec<_>>().join("; ");
        let more = if o.errors.len() > 2 { format!(" (+{} more)", o.errors.len() - 2) } else { String::new() };
        diags.push(format!("{} error(s): {first}{more}", o.errors.len()));
    }
    if o.warnings > 0 {
        let mut kinds: Vec<(&String, &usize)> = o.warning_kinds.iter().collect();
        kinds.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let shown = kinds.iter().take(2).map(|(k, n)| format!("{n}× {}", cell(k))).collect::<Vec<_>>().join("; ");
        diags.push(format!("{} warning(s): {shown}", o.warnings));
    }
    if let Some(c) = &o.check {
        if let Some(first) = c.errors.first() {
            diags.push(format!("rustc: {}", cell(first)));
        }
    }
    let examples = match (&o.examples, examples_limit) {
        (_, None) => String::new(),
        (Examples::Done(f), _) => format!(" {} |", cell(&fidelity::cell(f))),
        (Examples::TooLarge, Some(kb)) => format!(" not run (over {kb} KiB) |"),
        (Examples::NoneChecked, _) => " none checked |".to_owned(),
        (Examples::Failed(e), _) => format!(" **{}** |", cell(e)),
        (Examples::NotRun, _) => " – |".to_owned(),
    };
    format!(
        "| {} | {} | {}@{} | {} | {} | {} | {} | {} | {} | {} | {} | {} |{examples} {} |",
        e.id,
        cell(&e.api),
        e.package,
        e.version,
        e.openapi,
        e.size_kb,
        o.operations.map_or("–".into(), |n| n.to_string()),
        o.shapes.map_or("–".into(), |s| s.definitions.to_string()),
        o.shapes.map_or("–".into(), |s| s.aliases.to_string()),
        o.shapes.map_or("–".into(), |s| s.duplicates.to_string()),
        o.lines.map_or("–".into(), |n| n.to_string()),
        generate,
        check,
        if diags.is_empty() { "–".to_owned() } else { diags.join("<br>") }
    )
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        n as f64 * 100.0 / of as f64
    }
}

/// Text safe in a Markdown table cell, at most 160 characters.
fn cell(text: &str) -> String {
    let one: String = text.replace('|', "\\|").replace('\n', " ");
    if one.chars().count() > 160 {
        format!("{}…", one.chars().take(159).collect::<String>())
    } else {
        one
    }
}
