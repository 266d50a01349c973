//! The installed binary's command line: help, exit codes, colour, and `generate` outside the
//! repository.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cargo-codegen"));
    cmd.env_remove("NO_COLOR");
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(path)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn help_lists_the_commands_and_their_options() {
    for args in [&["--help"][..], &["codegen", "--help"]] {
        let out = run(args);
        assert!(out.status.success());
        let help = text(&out.stdout);
        assert!(help.contains("Usage: cargo codegen [OPTIONS] <COMMAND>"), "{help}");
        for command in ["generate", "diff", "conform"] {
            assert!(help.lines().any(|l| l.trim_start().starts_with(command)), "{command}:\n{help}");
        }
        assert!(help.contains("--color <WHEN>"), "{help}");
    }
    let out = run(&["generate", "--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    assert!(help.contains("Usage: cargo codegen generate [OPTIONS] --spec <FILE> --out <DIR>"), "{help}");
    for option in ["--name <CRATE>", "--overlay <FILE>", "--deny-warnings", "--runtime <SOURCE>", "vendor:"] {
        assert!(help.contains(option), "{option}:\n{help}");
    }
    assert!(help.contains("embedded in this binary"), "the long help:\n{help}");
    let help = text(&run(&["diff", "--help"]).stdout);
    assert!(help.contains("Usage: cargo codegen diff [OPTIONS] <OLD> <NEW>") && help.contains("--fail-on"), "{help}");
    let help = text(&run(&["conform", "--help"]).stdout);
    assert!(help.contains("--traffic <FILE>...") && help.contains("--write-overlay <FILE>"), "{help}");
}

#[test]
fn usage_errors_exit_2_and_spec_errors_exit_1() {
    let out = run(&["generate", "--spec", "x.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--out <DIR>"), "{}", text(&out.stderr));
    let out = run(&["generate", "--spec", "x.yaml", "--out", "o", "--runtime", "path"]);
    assert_eq!(out.status.code(), Some(2), "`path` is the repository's: not offered");
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));

    let out_dir = scratch("broken");
    let spec = fixture("err/broken-refs.yaml");
    let out = bin().arg("generate").arg("--spec").arg(&spec).arg("--out").arg(&out_dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(!stderr.contains("error: error:"), "{stderr}");
    assert!(!stderr.contains('\x1b'), "no colour when stderr is not a terminal: {stderr:?}");
    let out = bin().args(["--color", "always", "generate", "--spec"]).arg(&spec).arg("--out").arg(&out_dir).output();
    let stderr = text(&out.unwrap().stderr);
    assert!(stderr.starts_with("\x1b[1;31merror\x1b[0m\x1b[1m:\x1b[0m "), "{stderr:?}");
    let _ = std::fs::remove_dir_all(&out_dir);

    let out = run(&["generate", "--spec", "does-not-exist.yaml", "--out", &scratch("missing").display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: cannot read does-not-exist.yaml"), "{}", text(&out.stderr));
}

#[test]
fn generate_vendors_the_embedded_runtime() {
    let out_dir = scratch("vendored");
    let out = bin()
        .args(["codegen", "generate", "--name", "pages-client", "--spec"])
        .arg(fixture("ok/pagination.yaml"))
        .arg("--out")
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("pages-client depends on a copy of codegen-runtime"), "{said}");
    let manifest = std::fs::read_to_string(out_dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("path = \"runtime\""), "{manifest}");
    let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src/lib.rs");
    assert_eq!(
        std::fs::read_to_string(out_dir.join("runtime/src/lib.rs")).unwrap(),
        std::fs::read_to_string(runtime).unwrap()
    );
    let lib = std::fs::read_to_string(out_dir.join("src/lib.rs")).unwrap();
    assert!(lib.contains("by `cargo codegen generate --spec"), "{lib}");
    std::fs::remove_dir_all(&out_dir).unwrap();
}

#[test]
fn diff_fails_on_a_breaking_change_only_when_asked() {
    // Its expect.toml: `additional-properties-removed = "breaking"`.
    let case = fixture("diff/additional-properties-removed");
    let diff = |extra: &[&str]| {
        bin().arg("diff").arg(case.join("old.yaml")).arg(case.join("new.yaml")).args(extra).output().unwrap()
    };
    let out = diff(&[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("### Generated code"), "{}", text(&out.stdout));
    let out = diff(&["--fail-on", "breaking", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", case.display());
    assert!(text(&out.stdout).contains("\"unreflected_breaking\": true"), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("error: breaking changes without a major version bump"));
}

#[test]
fn conform_reports_writes_the_overlay_and_fails_on_errors() {
    let dir = fixture("conform/schema");
    let overlay = scratch("overlay").with_extension("yaml");
    let out = bin()
        .arg("conform")
        .arg("--spec")
        .arg(dir.join("spec.yaml"))
        .arg("--traffic")
        .arg(dir.join("traffic.jsonl"))
        .arg("--write-overlay")
        .arg(&overlay)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "the fixture's traffic violates its spec: {stderr}");
    assert!(stderr.contains("error: the traffic disagrees with"), "{stderr}");
    assert!(stderr.contains(&format!("wrote {}", overlay.display())), "{stderr}");
    let written = std::fs::read_to_string(&overlay).unwrap();
    assert!(written.contains("overlay: 1.0.0"), "{written}");
    assert!(written.starts_with("# Written by `cargo codegen conform` from "), "{written}");
    std::fs::remove_file(&overlay).unwrap();
    let out = bin().args(["conform", "--spec", "s.yaml", "--traffic", "missing.jsonl"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: cannot read s.yaml"), "{}", text(&out.stderr));
}
