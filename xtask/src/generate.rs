//! `generate` and `check`: the crates in `generated/` are a pure function of `specs/`.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use codegen::{Options, Output};

use crate::root;

const COMMAND: &str = "cargo xtask generate";
const RUNTIME: &str = "codegen/runtime";

#[derive(Debug, Default)]
pub struct SingleArgs {
    pub spec: Option<PathBuf>,
    pub out: Option<PathBuf>,
    pub name: Option<String>,
    pub deny_warnings: bool,
    pub overlays: Vec<PathBuf>,
}

/// Spec files in `specs/` (the vendors'), sorted.
pub fn spec_files(root: &Path) -> Result<Vec<PathBuf>> {
    spec_files_in(&root.join("specs"))
}

/// `<name>.overlay.yaml` files in `dir`, sorted.
fn overlay_files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.contains(".overlay.")))
        .collect();
    out.sort();
    Ok(out)
}

/// The upstream document an overlay names in `extends` (a path relative to the overlay).
fn extends(overlay: &Path) -> Result<PathBuf> {
    let text = fs::read_to_string(overlay).with_context(|| format!("reading {}", overlay.display()))?;
    let doc: serde_yaml::Value =
        serde_yaml::from_str(&text).with_context(|| format!("reading {}", overlay.display()))?;
    let target = doc.get("extends").and_then(serde_yaml::Value::as_str).ok_or_else(|| {
        anyhow!("{}: an overlay in specs/ names its upstream document in `extends`", overlay.display())
    })?;
    Ok(overlay.parent().unwrap_or(Path::new(".")).join(target))
}

fn spec_files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut specs = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default();
        let overlay = path.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.contains(".overlay."));
        if matches!(ext, "yaml" | "yml" | "json") && !overlay {
            specs.push(path);
        }
    }
    specs.sort();
    Ok(specs)
}

/// A spec whose client is checked in: the vendors' (`specs/` → `generated/`) and the test
/// clients of `e2e/` (`e2e/specs/` → `e2e/generated/`, specs written to exercise one feature
/// each in loopback tests).
pub struct ClientSpec {
    /// The spec file.
    pub spec: PathBuf,
    /// The spec as named in generated headers (`specs/beam.yaml`).
    pub display: String,
    /// The crate's directory.
    pub out: PathBuf,
    /// The runtime crate, relative to the crate's directory.
    pub runtime: String,
    /// OpenAPI Overlays applied to the spec first (`<name>.overlay.yaml`, whose `extends` names
    /// the upstream document).
    pub overlays: Vec<PathBuf>,
    /// The package name, when not the spec's (`<stem>-client`).
    pub crate_name: Option<String>,
    /// Generated with `serde_derive` (a twin, see [`SERDE_DERIVE_TWINS`]).
    pub serde_derive: bool,
}

/// The e2e specs whose client is also generated with `serde_derive`, into
/// `e2e/generated/<stem>-derive`: the tests decode the same bodies with both and compare.
pub const SERDE_DERIVE_TWINS: &[&str] = &["decoding"];

impl ClientSpec {
    /// The package name.
    pub fn crate_name(&self) -> String {
        self.crate_name.clone().unwrap_or_else(|| codegen::naming::crate_name(&stem(&self.spec)))
    }
}

/// Where checked-in clients come from: (spec folder, crate folder), relative to the root.
const CLIENT_DIRS: &[(&str, &str)] = &[("specs", "generated"), ("e2e/specs", "e2e/generated")];

/// Every spec whose client is checked in, vendors first.
pub fn client_specs(root: &Path) -> Result<Vec<ClientSpec>> {
    let mut out = Vec::new();
    for (specs, crates) in CLIENT_DIRS {
        let dir = root.join(specs);
        if !dir.exists() {
            continue;
        }
        let depth = crates.split('/').count() + 1;
        for spec in spec_files_in(&dir)? {
            let name = spec.file_name().and_then(|f| f.to_str()).unwrap_or_default().to_owned();
            let stem = stem(&spec);
            if *crates == "e2e/generated" && SERDE_DERIVE_TWINS.contains(&stem.as_str()) {
                out.push(ClientSpec {
                    out: root.join(crates).join(format!("{stem}-derive")),
                    display: format!("{specs}/{name}"),
                    runtime: format!("{}{RUNTIME}", "../".repeat(depth)),
                    spec: spec.clone(),
                    overlays: Vec::new(),
                    crate_name: Some(codegen::naming::crate_name(&format!("{stem}-derive"))),
                    serde_derive: true,
                });
            }
            out.push(ClientSpec {
                out: root.join(crates).join(&stem),
                display: format!("{specs}/{name}"),
                runtime: format!("{}{RUNTIME}", "../".repeat(depth)),
                spec,
                overlays: Vec::new(),
                crate_name: None,
                serde_derive: false,
            });
        }
        for overlay in overlay_files_in(&dir)? {
            let name = overlay.file_name().and_then(|f| f.to_str()).unwrap_or_default().to_owned();
            let stem = name.split(".overlay.").next().unwrap_or_default().to_owned();
            let upstream = extends(&overlay)?;
            let shown = upstream.strip_prefix(root).unwrap_or(&upstream).display().to_string();
            out.push(ClientSpec {
                out: root.join(crates).join(&stem),
                display: shown,
                runtime: format!("{}{RUNTIME}", "../".repeat(depth)),
                spec: upstream,
                overlays: vec![overlay],
                crate_name: None,
                serde_derive: false,
            });
        }
    }
    Ok(out)
}

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned()
}

fn print_warnings(output: &Output) {
    for w in &output.warnings {
        eprintln!("{w}\n");
    }
}

/// Generates every crate in memory: (crate directory, output), or all spec errors at once.
fn generate_in_memory(root: &Path, deny_warnings: bool) -> Result<Vec<(PathBuf, Output)>> {
    let mut out = Vec::new();
    let mut failures = Vec::new();
    for client in client_specs(root)? {
        let options = Options {
            crate_name: client.crate_name.clone(),
            runtime_path: client.runtime.clone(),
            standalone: false,
            command: COMMAND.to_owned(),
            deny_warnings,
            overlays: client.overlays.clone(),
            serde_derive: client.serde_derive,
        };
        match codegen::generate_file(&client.spec, &client.display, &options) {
            Ok(output) => out.push((client.out, output)),
            Err(err) => failures.push(format!("{}:\n{err}", client.display)),
        }
    }
    if !failures.is_empty() {
        bail!("{} spec(s) could not be generated:\n\n{}", failures.len(), failures.join("\n\n"));
    }
    Ok(out)
}

/// Files below `dir`, relative, with `/` separators (skipping `target/`).
fn files_below(dir: &Path) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n == "target") {
                    continue;
                }
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.insert(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    Ok(out)
}

fn write_crate(dir: &Path, output: &Output) -> Result<usize> {
    let mut changed = 0;
    let expected: BTreeSet<String> = output.files.iter().map(|f| f.path.clone()).collect();
    for stale in files_below(dir)?.difference(&expected) {
        fs::remove_file(dir.join(stale)).with_context(|| format!("removing {stale}"))?;
        changed += 1;
    }
    for file in &output.files {
        let path = dir.join(&file.path);
        if fs::read_to_string(&path).ok().as_deref() == Some(file.contents.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &file.contents).with_context(|| format!("writing {}", path.display()))?;
        changed += 1;
    }
    Ok(changed)
}

pub fn generate_all(deny_warnings: bool) -> Result<()> {
    let root = root();
    let crates = generate_in_memory(&root, deny_warnings)?;
    let wanted: BTreeSet<PathBuf> = crates.iter().map(|(dir, _)| dir.clone()).collect();
    for orphan in crate_dirs(&root)?.difference(&wanted) {
        fs::remove_dir_all(orphan).with_context(|| format!("removing {}", orphan.display()))?;
        println!("removed {} (its spec is gone)", orphan.display());
    }
    for (dir, output) in &crates {
        print_warnings(output);
        let changed = write_crate(dir, output)?;
        let rel = dir.strip_prefix(&root).unwrap_or(dir).display().to_string();
        println!(
            "{rel}: {} operations, {} types, {} files changed, {} warnings",
            output.api.operations.len(),
            output.api.types.len(),
            changed,
            output.warnings.len()
        );
    }
    Ok(())
}

fn crate_dirs(root: &Path) -> Result<BTreeSet<PathBuf>> {
    let mut out = BTreeSet::new();
    for (_, crates) in CLIENT_DIRS {
        let generated = root.join(crates);
        if generated.exists() {
            for entry in fs::read_dir(&generated)? {
                let path = entry?.path();
                if path.is_dir() {
                    out.insert(path);
                }
            }
        }
    }
    Ok(out)
}

pub fn check() -> Result<()> {
    let root = root();
    let crates = generate_in_memory(&root, false)?;
    let mut problems = Vec::new();
    let wanted: BTreeSet<PathBuf> = crates.iter().map(|(dir, _)| dir.clone()).collect();
    for orphan in crate_dirs(&root)?.difference(&wanted) {
        problems.push(format!(
            "orphan crate {} (no spec in specs/ or e2e/specs/)",
            orphan.strip_prefix(&root).unwrap_or(orphan).display()
        ));
    }
    for (dir, output) in &crates {
        let rel = dir.strip_prefix(&root).unwrap_or(dir).display().to_string();
        let expected: BTreeSet<String> = output.files.iter().map(|f| f.path.clone()).collect();
        for extra in files_below(dir)?.difference(&expected) {
            problems.push(format!("orphan file {rel}/{extra}"));
        }
        for file in &output.files {
            let path = dir.join(&file.path);
            match fs::read_to_string(&path) {
                Err(_) => problems.push(format!("missing {rel}/{}", file.path)),
                Ok(actual) if actual != file.contents => {
                    let diff = similar::TextDiff::from_lines(&actual, &file.contents);
                    let text = diff
                        .unified_diff()
                        .context_radius(2)
                        .header(
                            &format!("{rel}/{} (checked in)", file.path),
                            &format!("{rel}/{} (generated)", file.path),
                        )
                        .to_string();
                    let lines: Vec<&str> = text.lines().collect();
                    let shown = lines.iter().take(60).copied().collect::<Vec<_>>().join("\n");
                    let more = if lines.len() > 60 {
                        format!("\n… {} more diff lines", lines.len() - 60)
                    } else {
                        String::new()
                    };
                    problems.push(format!("stale {rel}/{}:\n{shown}{more}", file.path));
                }
                Ok(_) => {}
            }
        }
    }
    if problems.is_empty() {
        println!("generated/ is up to date with specs/ ({} crates)", crates.len());
        return Ok(());
    }
    Err(anyhow!(
        "generated/ does not match specs/:\n\n{}\n\nRun `cargo xtask generate` and commit the result.",
        problems.join("\n\n")
    ))
}

pub fn generate_single(args: &SingleArgs) -> Result<()> {
    let (Some(spec), Some(out)) = (&args.spec, &args.out) else { bail!("--spec and --out are required") };
    if let Some(name) = &args.name {
        // Before the output directory is made (the generator checks it again, with the default).
        codegen::naming::check_crate_name(name).map_err(|reason| codegen::GenerateError::CrateName {
            name: name.clone(),
            reason,
            hint: "",
        })?;
    }
    let (output, changed) = generate_standalone(spec, out, args.name.clone(), args.deny_warnings, &args.overlays)?;
    print_warnings(&output);
    println!(
        "{}: {} ({} operations, {} types, {} files written, {} warnings)",
        out.display(),
        output.api.crate_name,
        output.api.operations.len(),
        output.api.types.len(),
        changed,
        output.warnings.len()
    );
    Ok(())
}

/// Generates a standalone crate from `spec` into `out` (what `generate --spec FILE --out DIR`
/// does, without printing): the output and the number of files written.
pub fn generate_standalone(
    spec: &Path,
    out: &Path,
    name: Option<String>,
    deny_warnings: bool,
    overlays: &[PathBuf],
) -> Result<(Output, usize)> {
    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let out_abs = out.canonicalize()?;
    let runtime = root().join(RUNTIME).canonicalize().context("finding the runtime crate")?;
    let options = Options {
        crate_name: name,
        runtime_path: relative(&out_abs, &runtime).display().to_string().replace('\\', "/"),
        standalone: true,
        command: format!(
            "cargo xtask generate --spec {}{} --out {}",
            spec.display(),
            overlays.iter().map(|o| format!(" --overlay {}", o.display())).collect::<String>(),
            out.display()
        ),
        deny_warnings,
        overlays: overlays.to_vec(),
        serde_derive: false,
    };
    let display = spec.display().to_string();
    let output = codegen::generate_file(spec, &display, &options)?;
    let changed = write_crate(&out_abs, &output)?;
    Ok((output, changed))
}

/// `to` relative to the directory `from` (both absolute).
pub(crate) fn relative(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c.as_os_str());
    }
    out
}
