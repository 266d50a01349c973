//! The runtime crate, `codegen-runtime`, embedded in the generator: a crate generated with
//! `--runtime vendor` (or `auto` where the runtime is on no registry) gets a copy of it in
//! `runtime/`, made from these files, so an installed generator needs no repository beside it.

use crate::GeneratedFile;

/// Where the copy of the runtime goes, relative to the generated crate.
pub const VENDORED: &str = "runtime";

/// The runtime's `Cargo.toml`.
const MANIFEST: &str = include_str!("../../runtime/Cargo.toml");

/// The runtime's `README.md`.
const README: &str = include_str!("../../runtime/README.md");

/// Every file of the runtime's `src/`: (name, contents). A test fails when `codegen/runtime/src`
/// has a file this list lacks.
const SOURCES: &[(&str, &str)] = &[
    ("attempt.rs", include_str!("../../runtime/src/attempt.rs")),
    ("auth.rs", include_str!("../../runtime/src/auth.rs")),
    ("buffer.rs", include_str!("../../runtime/src/buffer.rs")),
    ("call.rs", include_str!("../../runtime/src/call.rs")),
    ("client.rs", include_str!("../../runtime/src/client.rs")),
    ("contract.rs", include_str!("../../runtime/src/contract.rs")),
    ("decode.rs", include_str!("../../runtime/src/decode.rs")),
    ("enums.rs", include_str!("../../runtime/src/enums.rs")),
    ("error.rs", include_str!("../../runtime/src/error.rs")),
    ("example.rs", include_str!("../../runtime/src/example.rs")),
    ("formats.rs", include_str!("../../runtime/src/formats.rs")),
    ("hooks.rs", include_str!("../../runtime/src/hooks.rs")),
    ("lenient.rs", include_str!("../../runtime/src/lenient.rs")),
    ("lib.rs", include_str!("../../runtime/src/lib.rs")),
    ("links.rs", include_str!("../../runtime/src/links.rs")),
    ("mock.rs", include_str!("../../runtime/src/mock.rs")),
    ("model.rs", include_str!("../../runtime/src/model.rs")),
    ("multipart.rs", include_str!("../../runtime/src/multipart.rs")),
    ("nullable.rs", include_str!("../../runtime/src/nullable.rs")),
    ("options.rs", include_str!("../../runtime/src/options.rs")),
    ("orchestrate.rs", include_str!("../../runtime/src/orchestrate.rs")),
    ("outgoing.rs", include_str!("../../runtime/src/outgoing.rs")),
    ("paginate.rs", include_str!("../../runtime/src/paginate.rs")),
    ("path.rs", include_str!("../../runtime/src/path.rs")),
    ("record.rs", include_str!("../../runtime/src/record.rs")),
    ("redact.rs", include_str!("../../runtime/src/redact.rs")),
    ("request.rs", include_str!("../../runtime/src/request.rs")),
    ("response.rs", include_str!("../../runtime/src/response.rs")),
    ("retry.rs", include_str!("../../runtime/src/retry.rs")),
    ("session.rs", include_str!("../../runtime/src/session.rs")),
    ("stream.rs", include_str!("../../runtime/src/stream.rs")),
    ("upload.rs", include_str!("../../runtime/src/upload.rs")),
];

/// The runtime crate as files below [`VENDORED`]: its manifest up to `[dev-dependencies]` (the
/// tests and benches stay behind) with `publish = false`, its README and `src/`. `command` is
/// the generator's command, named in the manifest's header.
pub fn vendored_runtime(command: &str) -> Vec<GeneratedFile> {
    let package = MANIFEST.split_once("\n[dev-dependencies]").map_or(MANIFEST, |(package, _)| package);
    let package = package.replace("publish.workspace = true", "publish = false");
    let mut files = vec![
        GeneratedFile {
            path: format!("{VENDORED}/Cargo.toml"),
            contents: format!(
                "# A copy of codegen-runtime {}, made by `{command} --spec … --runtime vendor`.\n{package}\n",
                crate::RUNTIME_VERSION
            ),
        },
        GeneratedFile { path: format!("{VENDORED}/README.md"), contents: README.to_owned() },
    ];
    for (name, contents) in SOURCES {
        files.push(GeneratedFile { path: format!("{VENDORED}/src/{name}"), contents: (*contents).to_owned() });
    }
    files
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_file_of_the_runtime_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/src");
        let on_disk: BTreeSet<String> =
            std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        let embedded: BTreeSet<String> = SOURCES.iter().map(|(name, _)| (*name).to_owned()).collect();
        assert_eq!(
            on_disk, embedded,
            "codegen/runtime/src and the list of codegen/src/tool/runtime.rs differ: add the file to SOURCES"
        );
        for (name, contents) in SOURCES {
            assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), *contents, "{name}");
        }
    }

    #[test]
    fn the_copy_is_a_crate_of_its_own() {
        assert!(
            MANIFEST.contains("\n[dev-dependencies]"),
            "the runtime's manifest has no [dev-dependencies] to cut at"
        );
        let files = vendored_runtime("cargo codegen generate");
        let manifest = &files[0].contents;
        assert_eq!(files[0].path, "runtime/Cargo.toml");
        assert!(manifest.starts_with("# A copy of codegen-runtime 0.1.0, made by `cargo codegen generate --spec"));
        assert!(manifest.contains(&format!("version = \"{}\"", crate::RUNTIME_VERSION)), "{manifest}");
        assert!(manifest.contains("publish = false"));
        let tables: Vec<&str> = manifest.lines().filter(|l| l.starts_with('[')).collect();
        assert_eq!(tables, ["[package]", "[features]", "[dependencies]"], "tests and benches stay behind");
        // The copy has no workspace to inherit from.
        let inherited: Vec<&str> =
            manifest.lines().filter(|l| !l.trim_start().starts_with('#') && l.contains("workspace")).collect();
        assert!(inherited.is_empty(), "{inherited:?}");
        assert_eq!(files.len(), 2 + SOURCES.len());
        assert!(files.iter().any(|f| f.path == "runtime/src/lib.rs"));
    }
}
