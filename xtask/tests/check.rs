//! `cargo xtask check` fails, with a diff and the command to run, when `generated/` is stale,
//! missing a file, or has an orphan; and passes right after `generate`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).env("XTASK_ROOT", root).output().unwrap()
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("specs")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../codegen/tests/fixtures/ok/pagination.yaml");
    fs::copy(fixture, dir.join("specs/pages.yaml")).unwrap();
    dir
}

#[test]
fn check_passes_after_generate_and_catches_every_kind_of_drift() {
    let root = scratch("check");
    let out = xtask(&root, &["check"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("missing generated/pages/src/client.rs"), "{}", text(&out));

    assert!(xtask(&root, &["generate"]).status.success());
    let out = xtask(&root, &["check"]);
    assert!(out.status.success(), "{}", text(&out));
    // Generating again changes nothing, byte for byte.
    let before = fs::read(root.join("generated/pages/src/client.rs")).unwrap();
    assert!(xtask(&root, &["generate"]).status.success());
    assert_eq!(before, fs::read(root.join("generated/pages/src/client.rs")).unwrap());

    // A hand edit.
    let client = root.join("generated/pages/src/client.rs");
    let edited = String::from_utf8(before.clone()).unwrap().replace("list_users", "list_people");
    fs::write(&client, edited).unwrap();
    let out = xtask(&root, &["check"]);
    assert!(!out.status.success());
    let t = text(&out);
    assert!(t.contains("stale generated/pages/src/client.rs") && t.contains("-    pub fn list_people"), "{t}");
    assert!(t.contains("Run `cargo xtask generate`"), "{t}");

    // An orphan file and an orphan crate.
    fs::write(&client, &before).unwrap();
    fs::write(root.join("generated/pages/src/extra.rs"), "").unwrap();
    fs::create_dir_all(root.join("generated/gone/src")).unwrap();
    let t = text(&xtask(&root, &["check"]));
    assert!(t.contains("orphan file generated/pages/src/extra.rs"), "{t}");
    assert!(t.contains("orphan crate generated/gone"), "{t}");

    // generate removes both.
    assert!(xtask(&root, &["generate"]).status.success());
    assert!(!root.join("generated/gone").exists());
    assert!(xtask(&root, &["check"]).status.success());
}

#[test]
fn check_fails_on_an_invalid_spec_with_its_location() {
    let root = scratch("invalid");
    fs::write(root.join("specs/bad.yaml"), "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      responses: {'204': {description: x}}\n").unwrap();
    let out = xtask(&root, &["check"]);
    assert!(!out.status.success());
    let t = text(&out);
    assert!(t.contains("specs/bad.yaml:5:5") && t.contains("path parameter `id`"), "{t}");
}
