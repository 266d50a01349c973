//! `test`: the whole suite, as CI runs it.
//!
//! 1. a Prism mock server per spec (installed from npm on first use), then `cargo test` over the
//!    workspace with all features: unit, snapshot, example round-trip, loopback HTTP and
//!    contract tests (every operation of every generated client against its spec's mock);
//! 2. every fixture spec in `codegen/tests/fixtures/ok/` generated into a scratch workspace and
//!    checked with `cargo check --all-targets --all-features`: generated code must compile without
//!    a single warning.

use std::fs;
use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

use crate::root;

pub fn run(flags: crate::flags::Test) -> Result<()> {
    let crate::flags::Test { fixtures: fixtures_only, standalone: standalone_only, real_servers: real_only, write } =
        flags;
    if write && !real_only {
        bail!("`--write` goes with `--real-servers`");
    }
    let root = root();
    if standalone_only {
        step("generate --spec: standalone crates build where they land");
        standalone(&root)?;
        step("cargo install --path codegen/cli: the installed generator's crate builds where it lands");
        return installed(&root);
    }
    if real_only {
        step("real servers: Jupyter Server and Kinto on loopback");
        return real_servers_only(&root, write);
    }
    if fixtures_only {
        step("compile every generator fixture");
        return compile_fixtures(&root);
    }
    step("house rules: no import circle, runtime layers, no function over 120 lines (cargo xtask arch)");
    crate::arch::run()?;
    step("mock servers for the contract tests");
    let specs: Vec<(std::path::PathBuf, String)> = crate::generate::client_specs(&root)?
        .into_iter()
        .map(|client| {
            let name = client.crate_name();
            (client.spec, name)
        })
        // The clients of real servers' own documents are judged by those servers, not by a
        // mock that answers from the very document under test.
        .filter(|(_, name)| !crate::real_servers::CRATES.contains(&name.as_str()))
        .collect();
    let mocks = crate::mock::start(&root, &specs)?;
    step("real servers: Jupyter Server and Kinto on loopback");
    let real = crate::real_servers::start(&root)?;
    let reports = root.join("target/contract-report");
    if reports.exists() {
        fs::remove_dir_all(&reports)?;
    }
    fs::create_dir_all(&reports)?;
    step("cargo test --workspace --all-features");
    let status = Command::new(env!("CARGO"))
        .current_dir(&root)
        .args(["test", "--workspace", "--all-features", "--locked", "--no-fail-fast"])
        .args(crate::real_servers::CRATES.iter().flat_map(|name| ["--exclude", name]))
        .envs(mocks.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .envs(real.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("CONTRACT_REPORT_DIR", &reports)
        .status()?;
    drop(mocks);
    let reports_of_real = real.reports.clone();
    drop(real);
    step("contract tests: what was sent per spec, and the gaps");
    for (_, crate_name) in &specs {
        // Each report is lines: what was sent, the negative controls, then gaps and failures.
        let report = fs::read_to_string(reports.join(format!("{crate_name}.txt")))
            .unwrap_or_else(|_| format!("{crate_name}: no report (the contract test did not run to the end)\n"));
        print!("{report}");
        if !report.ends_with('\n') {
            println!();
        }
    }
    step("real servers: each call of the generated clients, and what conformance says of the failures");
    let real_verdict = crate::real_servers::report(&root, &reports_of_real, false);
    if !status.success() {
        bail!("cargo test failed ({status})");
    }
    real_verdict?;
    step("compile every generator fixture");
    compile_fixtures(&root)?;
    step("generate --spec: a standalone crate builds where it lands");
    standalone(&root)?;
    step("cargo install --path codegen/cli: the installed generator's crate builds where it lands");
    installed(&root)?;
    Ok(())
}

/// Only the real-server runs: start the servers, drive the clients, judge the runs.
fn real_servers_only(root: &Path, write: bool) -> Result<()> {
    let real = crate::real_servers::start(root)?;
    let status = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["test", "--locked", "-p", "e2e", "--test", "jupyter_server", "--test", "kinto"])
        .envs(real.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .status()?;
    let reports = real.reports.clone();
    drop(real);
    step("real servers: each call of the generated clients, and what conformance says of the failures");
    let verdict = crate::real_servers::report(root, &reports, write);
    if !status.success() {
        bail!("cargo test failed ({status})");
    }
    verdict
}

/// `cargo xtask generate --spec FILE --out DIR` on a spec outside `specs/`, then `cargo check`
/// of the crate on its own (it has its own `[workspace]` and lock file).
fn standalone(root: &Path) -> Result<()> {
    let out = root.join("target/standalone/pages-client");
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    let spec = root.join("codegen/tests/fixtures/ok/pagination.yaml");
    // The same code path as `cargo xtask generate --spec FILE --out DIR`.
    crate::generate::generate_single(&crate::generate::SingleArgs {
        spec: Some(spec),
        out: Some(out.clone()),
        name: Some("pages-client".into()),
        deny_warnings: true,
        overlays: Vec::new(),
        runtime: crate::generate::RuntimeSource::Auto,
    })?;
    crate::scratch::workspace(root, &out, crate::scratch::Manifest::Crate)?;
    let output = Command::new(env!("CARGO"))
        .env("CARGO_TARGET_DIR", root.join("target"))
        .arg("check")
        .arg("--manifest-path")
        .arg(out.join("Cargo.toml"))
        .args(["--all-targets", "--message-format", "short"])
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() || stderr.lines().any(|l| l.contains(": warning") || l.starts_with("warning")) {
        bail!("the standalone crate does not check cleanly:\n{stderr}");
    }
    println!("{} checks without warnings", out.display());
    vendored(root)
}

/// The README's two commands, exactly, in a fresh directory outside the repository:
/// `cargo xtask generate --spec FILE --out DIR` (no flags) and `cargo check --manifest-path
/// DIR/Cargo.toml`, offline. The crate builds with the runtime's copy in `DIR/runtime/`, and
/// neither its manifests nor its lock file name a path outside `DIR`.
fn vendored(root: &Path) -> Result<()> {
    let parent = std::env::temp_dir().join(format!("codegen-vendored-{}", std::process::id()));
    if parent.exists() {
        fs::remove_dir_all(&parent)?;
    }
    let out = parent.join("my-client");
    let result = build_vendored(root, &out);
    fs::remove_dir_all(&parent)?;
    result
}

fn build_vendored(root: &Path, out: &Path) -> Result<()> {
    fs::create_dir_all(out)?;
    if out.canonicalize()?.starts_with(root.canonicalize()?) {
        bail!("the temporary directory {} is inside the repository", out.display());
    }
    let spec = root.join("codegen/tests/fixtures/ok/pagination.yaml");
    // `cargo xtask generate --spec … --out …`, through the alias as a user types it (not this
    // binary's path: `cargo test --all-features` may have rebuilt it in the meantime).
    let generated = Command::new(env!("CARGO"))
        .current_dir(root)
        .args(["xtask", "generate", "--spec"])
        .arg(&spec)
        .arg("--out")
        .arg(out)
        .output()?;
    let said = String::from_utf8_lossy(&generated.stdout);
    if !generated.status.success() {
        bail!("the README's generate command failed:\n{said}{}", String::from_utf8_lossy(&generated.stderr));
    }
    if !said.contains("a copy of codegen-runtime") {
        bail!("generate did not say that it vendored the runtime:\n{said}");
    }
    let output = Command::new(env!("CARGO"))
        .current_dir(out.parent().unwrap_or(out))
        // A target directory that already holds the dependencies, for speed (outside `out`, it
        // changes nothing the crate refers to).
        .env("CARGO_TARGET_DIR", root.join("target"))
        .arg("check")
        .arg("--manifest-path")
        .arg(out.join("Cargo.toml"))
        .args(["--offline", "--message-format", "short"])
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() || stderr.lines().any(|l| l.contains(": warning") || l.starts_with("warning")) {
        bail!("the crate of the README's command does not build offline where it landed:\n{stderr}");
    }
    for file in ["Cargo.toml", "Cargo.lock", "runtime/Cargo.toml"] {
        let text = fs::read_to_string(out.join(file)).with_context(|| format!("reading {file}"))?;
        if let Some(line) = outside_paths(&text).first() {
            bail!("{file} of the vendored crate names a path outside it: {line}");
        }
    }
    let manifest = fs::read_to_string(out.join("Cargo.toml"))?;
    if !manifest.contains(&format!(
        "codegen-runtime = {{ version = \"{}\", path = \"runtime\", default-features = false }}",
        codegen::RUNTIME_VERSION
    )) {
        bail!("the vendored crate does not depend on its copy of the runtime:\n{manifest}");
    }
    println!("{} (the README's command, no flags) builds offline with no path outside it", out.display());
    Ok(())
}

/// `cargo install --path codegen/cli` into a scratch root outside the repository (the debug
/// profile and the target directory of the suite, whose dependencies are built already; `cargo
/// install` of the release profile takes minutes), then, from that directory, the README's
/// commands with the installed binary: `cargo-codegen generate --spec FILE --out DIR` (no
/// flags: the runtime is the copy embedded in the binary) and `cargo check --offline` of DIR;
/// and `cargo codegen --version` as the cargo subcommand.
fn installed(root: &Path) -> Result<()> {
    let parent = std::env::temp_dir().join(format!("codegen-installed-{}", std::process::id()));
    if parent.exists() {
        fs::remove_dir_all(&parent)?;
    }
    let result = install_and_generate(root, &parent);
    fs::remove_dir_all(&parent)?;
    result
}

fn install_and_generate(root: &Path, parent: &Path) -> Result<()> {
    fs::create_dir_all(parent)?;
    if parent.canonicalize()?.starts_with(root.canonicalize()?) {
        bail!("the temporary directory {} is inside the repository", parent.display());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), std::path::PathBuf::from);
    let started = std::time::Instant::now();
    let status = Command::new(env!("CARGO"))
        .current_dir(parent)
        .env("CARGO_TARGET_DIR", &target)
        .args(["install", "--path"])
        .arg(root.join("codegen/cli"))
        .arg("--root")
        .arg(parent.join("install"))
        .args(["--offline", "--locked", "--debug", "--quiet"])
        .status()?;
    if !status.success() {
        bail!("cargo install --path codegen/cli failed ({status})");
    }
    println!("cargo install --path codegen/cli --debug: {:.1} s", started.elapsed().as_secs_f64());
    let bin_dir = parent.join("install/bin");
    let bin = bin_dir.join(format!("cargo-codegen{}", std::env::consts::EXE_SUFFIX));
    let spec = root.join("codegen/tests/fixtures/ok/pagination.yaml");
    let generated = Command::new(&bin)
        .current_dir(parent)
        .args(["generate", "--spec"])
        .arg(&spec)
        .args(["--out", "my-client"])
        .output()?;
    let said = String::from_utf8_lossy(&generated.stdout);
    if !generated.status.success() {
        bail!("the installed generate failed:\n{said}{}", String::from_utf8_lossy(&generated.stderr));
    }
    if !said.contains("a copy of codegen-runtime") {
        bail!("the installed generate did not vendor the runtime:\n{said}");
    }
    let out = parent.join("my-client");
    let output = Command::new(env!("CARGO"))
        .current_dir(parent)
        .env("CARGO_TARGET_DIR", &target)
        .args(["check", "--manifest-path", "my-client/Cargo.toml", "--offline", "--message-format", "short"])
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() || stderr.lines().any(|l| l.contains(": warning") || l.starts_with("warning")) {
        bail!("the crate of the installed generator does not build offline where it landed:\n{stderr}");
    }
    for file in ["Cargo.toml", "Cargo.lock", "runtime/Cargo.toml"] {
        let text = fs::read_to_string(out.join(file)).with_context(|| format!("reading {file}"))?;
        if let Some(line) = outside_paths(&text).first() {
            bail!("{file} of the installed generator's crate names a path outside it: {line}");
        }
    }
    // The cargo subcommand: `cargo codegen` runs `cargo-codegen codegen` from PATH.
    let path = std::env::join_paths(
        std::iter::once(bin_dir).chain(std::env::var_os("PATH").iter().flat_map(std::env::split_paths)),
    )?;
    let version =
        Command::new(env!("CARGO")).current_dir(parent).env("PATH", path).args(["codegen", "--version"]).output()?;
    let said = String::from_utf8_lossy(&version.stdout);
    if !version.status.success() || !said.starts_with("cargo-codegen ") {
        bail!(
            "`cargo codegen --version` did not run the installed binary:\n{said}{}",
            String::from_utf8_lossy(&version.stderr)
        );
    }
    println!("{} (the installed cargo-codegen, no flags) builds offline with no path outside it", out.display());
    Ok(())
}

/// The lines of a manifest or lock file that name a path outside its directory: a `path`
/// that is absolute or starts with `..`, or a `path+file:` source.
fn outside_paths(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| {
            let path = line.split("path = \"").nth(1).unwrap_or_default();
            path.starts_with('/') || path.starts_with("..") || path.contains(":\\") || line.contains("path+file:")
        })
        .collect()
}

fn step(name: &str) {
    println!("\n==> {name}\n");
}

fn compile_fixtures(root: &Path) -> Result<()> {
    let scratch = root.join("target/fixture-crates");
    if scratch.exists() {
        fs::remove_dir_all(&scratch)?;
    }
    fs::create_dir_all(&scratch)?;
    let mut fixtures: Vec<_> =
        fs::read_dir(root.join("codegen/tests/fixtures/ok"))?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    fixtures.sort();
    let mut members = Vec::new();
    for spec in &fixtures {
        let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
        let options = codegen::Options {
            crate_name: Some(format!("fixture-{stem}")),
            runtime_path: Some("../../../codegen/runtime".into()),
            standalone: false,
            command: "cargo xtask test".into(),
            deny_warnings: false,
            overlays: Vec::new(),
            serde_derive: false,
        };
        let output = codegen::generate_file(spec, &spec.display().to_string(), &options)
            .with_context(|| format!("generating {}", spec.display()))?;
        for file in &output.files {
            let path = scratch.join(&stem).join(&file.path);
            fs::create_dir_all(path.parent().unwrap_or(&scratch))?;
            fs::write(&path, &file.contents)?;
        }
        members.push(stem.clone());
    }
    // The same lock file, so the dependencies already built for the workspace are reused.
    crate::scratch::workspace(root, &scratch, crate::scratch::Manifest::Members(&members))?;
    let output = Command::new(env!("CARGO"))
        .current_dir(&scratch)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .args(["check", "--workspace", "--all-targets", "--all-features", "--message-format", "short"])
        .output()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let diagnostic = |l: &&str| {
        l.starts_with("warning") || l.starts_with("error") || l.contains(": warning") || l.contains(": error")
    };
    let warnings: Vec<&str> = stderr.lines().filter(diagnostic).collect();
    if !output.status.success() || !warnings.is_empty() {
        bail!("generated fixture crates do not compile cleanly:\n{stderr}");
    }
    println!("{} fixture crates compile without warnings", fixtures.len());
    // Features per tag: every single tag alone, and none, compile without warnings too.
    for features in [None, Some("pets"), Some("stores")] {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.current_dir(&scratch).env("CARGO_TARGET_DIR", root.join("target")).args([
            "check",
            "-p",
            "fixture-features",
            "--no-default-features",
            "--message-format",
            "short",
        ]);
        if let Some(f) = features {
            cmd.args(["--features", f]);
        }
        let output = cmd.output()?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        if !output.status.success() || stderr.lines().any(|l| diagnostic(&l)) {
            bail!("fixture-features with features {features:?} does not compile cleanly:\n{stderr}");
        }
    }
    println!("fixture-features compiles without warnings with no tag and with each tag alone");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::outside_paths;

    #[test]
    fn paths_outside_the_crate_are_found() {
        let manifest = "a = { version = \"0.1.0\", path = \"runtime\" }\nb = { path = \"../../codegen/runtime\" }\nc = { path = \"/abs\" }\n";
        assert_eq!(
            outside_paths(manifest),
            vec!["b = { path = \"../../codegen/runtime\" }", "c = { path = \"/abs\" }"]
        );
        assert!(outside_paths("source = \"registry+https://github.com/rust-lang/crates.io-index\"").is_empty());
        assert_eq!(outside_paths("source = \"path+file:///x\"").len(), 1);
    }
}
