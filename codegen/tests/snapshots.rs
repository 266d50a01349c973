//! Snapshots of the generator's output for small fixture specs (one feature each) and of its
//! diagnostics for broken ones.

use std::path::{Path, PathBuf};

use codegen::{GenerateError, Options};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

fn options() -> Options {
    Options {
        crate_name: None,
        runtime_path: Some("../../codegen/runtime".into()),
        standalone: false,
        command: "cargo xtask generate".into(),
        deny_warnings: false,
        overlays: Vec::new(),
        serde_derive: false,
    }
}

fn display(path: &Path) -> String {
    format!("fixtures/{}", path.file_name().unwrap().to_string_lossy())
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn generated_crates() {
    for path in fixtures("ok") {
        let output = codegen::generate_file(&path, &display(&path), &options())
            .unwrap_or_else(|e| panic!("{} should generate:\n{e}", path.display()));
        let mut text = String::new();
        for w in &output.warnings {
            text.push_str(&format!("{w}\n\n"));
        }
        for file in &output.files {
            if file.path == "README.md" || file.path == "Cargo.toml" && stem(&path) != "objects" {
                continue;
            }
            text.push_str(&format!("===== {} =====\n{}\n", file.path, file.contents));
        }
        insta::assert_snapshot!(format!("ok_{}", stem(&path)), text);
    }
}

#[test]
fn diagnostics() {
    for path in fixtures("err") {
        let err = match codegen::generate_file(&path, &display(&path), &options()) {
            Ok(_) => panic!("{} should fail", path.display()),
            Err(e) => e,
        };
        assert!(matches!(err, GenerateError::Spec(_)));
        insta::assert_snapshot!(format!("err_{}", stem(&path)), err.to_string());
    }
}

/// An optional parameter's setter sits beside the methods of `Call`: those are reserved
/// (`codegen::naming::CALL_METHODS`), so every method `src/call.rs` defines must be listed.
#[test]
fn every_call_method_is_reserved_for_setters() {
    for path in fixtures("ok") {
        let output = codegen::generate_file(&path, &display(&path), &options()).unwrap();
        let Some(call) = output.files.iter().find(|f| f.path == "src/call.rs") else { continue };
        let file = syn::parse_file(&call.contents).unwrap();
        for item in &file.items {
            let syn::Item::Impl(block) = item else { continue };
            for member in &block.items {
                if let syn::ImplItem::Fn(f) = member {
                    let name = f.sig.ident.to_string();
                    assert!(
                        name == "fmt" || codegen::naming::CALL_METHODS.contains(&name.as_str()),
                        "{}: `Call::{name}` is not in CALL_METHODS",
                        path.display()
                    );
                }
            }
        }
    }
}

/// Where the spec says nothing, the docs say nothing specific-sounding: no invented sentence for
/// a field or a type (the wire name or schema key stands alone), and every operation's example
/// is compiled (`no_run`), none `ignore`d.
#[test]
fn no_placeholder_prose_and_compiled_examples() {
    for path in fixtures("ok") {
        let output = codegen::generate_file(&path, &display(&path), &options()).unwrap();
        for file in output.files.iter().filter(|f| f.path.ends_with(".rs")) {
            for placeholder in ["property.", "of the API.", "```ignore"] {
                assert!(
                    !file.contents.contains(placeholder),
                    "{} {}: `{placeholder}`:\n{}",
                    path.display(),
                    file.path,
                    file.contents.lines().filter(|l| l.contains(placeholder)).collect::<Vec<_>>().join("\n")
                );
            }
        }
    }
}

#[test]
fn output_is_deterministic() {
    for path in fixtures("ok") {
        let a = codegen::generate_file(&path, &display(&path), &options()).unwrap();
        let b = codegen::generate_file(&path, &display(&path), &options()).unwrap();
        assert_eq!(a.files, b.files, "{}", path.display());
    }
}

#[test]
fn warnings_can_be_errors() {
    let spec = "openapi: 3.0.3\ninfo: {title: W, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: c, in: query, style: matrix, schema: {type: string}}\n      responses: {'204': {description: x}}\n";
    let ok = codegen::generate_text("w.yaml", spec.to_owned(), &options()).unwrap();
    assert_eq!(ok.warnings.len(), 1, "{:?}", ok.warnings);
    let strict = Options { deny_warnings: true, ..options() };
    let err = codegen::generate_text("w.yaml", spec.to_owned(), &strict).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("w.yaml:7:"), "{text}");
    assert!(text.contains("parameter style `matrix` is not supported"), "{text}");
}

#[test]
fn the_runtime_dependency_and_publish() {
    let spec = |info: &str| format!("openapi: 3.0.3\ninfo: {{title: T, version: '1'{info}}}\npaths: {{}}\n");
    let manifest = |output: codegen::Output| {
        output.files.into_iter().find(|f| f.path == "Cargo.toml").map(|f| f.contents).unwrap_or_default()
    };
    let in_repo = manifest(codegen::generate_text("api.yaml", spec(""), &options()).unwrap());
    assert!(
        in_repo.contains(
            "codegen-runtime = { version = \"0.1.0\", path = \"../../codegen/runtime\", default-features = false }"
        ),
        "{in_repo}"
    );
    assert!(in_repo.contains("\npublish = false\n"), "{in_repo}");

    let by_version = Options { runtime_path: None, ..options() };
    let info = ", x-publish: true, license: {name: MIT, identifier: MIT OR Apache-2.0}";
    let published = manifest(codegen::generate_text("api.yaml", spec(info), &by_version).unwrap());
    assert!(published.contains("\nlicense = \"MIT OR Apache-2.0\"\n"), "{published}");
    assert!(published.contains("codegen-runtime = { version = \"0.1.0\", default-features = false }"), "{published}");
    assert!(!published.contains("path ="), "{published}");
    assert!(!published.contains("publish"), "{published}");
}

#[test]
fn the_runtime_version_is_the_runtime_crate_s() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/Cargo.toml")).unwrap();
    let version = manifest.lines().find_map(|l| l.strip_prefix("version = ")).unwrap_or_default();
    assert_eq!(version.trim_matches('"'), codegen::RUNTIME_VERSION);
}

#[test]
fn tls_features_are_forwarded_to_the_runtime() {
    let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n";
    let output = codegen::generate_text("api.yaml", spec.into(), &options()).unwrap();
    let manifest = &output.files.iter().find(|f| f.path == "Cargo.toml").unwrap().contents;
    assert!(manifest.contains("\ndefault = [\"rustls-webpki\"]\n"), "{manifest}");
    for feature in ["rustls-webpki", "rustls-native-roots", "native-tls"] {
        assert!(manifest.contains(&format!("\n{feature} = [\"codegen-runtime/{feature}\"]\n")), "{manifest}");
    }
    let runtime = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/Cargo.toml")).unwrap();
    for feature in ["rustls-webpki", "rustls-native-roots", "native-tls"] {
        assert!(runtime.contains(&format!("\n{feature} = [\"reqwest/")), "the runtime has no feature {feature}");
    }
}

#[test]
fn a_server_with_variables_has_no_default_base_url() {
    let client_rs = |servers: &str| {
        let spec = format!("openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\nservers: {servers}\npaths: {{}}\n");
        let output = codegen::generate_text("api.yaml", spec, &options()).unwrap();
        let client = output.files.iter().find(|f| f.path == "src/client.rs").unwrap().contents.clone();
        let readme = output.files.iter().find(|f| f.path == "README.md").unwrap().contents.clone();
        (client, readme)
    };
    let (client, readme) =
        client_rs("[{url: 'https://{tenant}.api.example.com/v2', variables: {tenant: {default: acme}}}]");
    assert!(!client.contains("DEFAULT_BASE_URL"), "{client}");
    assert!(client.contains("pub fn server_url(tenant: &str) -> String"), "{client}");
    assert!(client.contains("format!(\"https://{}.api.example.com/v2\", tenant)"), "{client}");
    assert!(readme.contains("Client::server_url(&std::env::var(\"TENANT\")?)"), "{readme}");
    assert!(!readme.contains("acme"), "the example default is no base URL: {readme}");

    let (client, readme) = client_rs("[{url: 'https://api.example.com/v2'}]");
    assert!(client.contains("pub const DEFAULT_BASE_URL: &'static str = \"https://api.example.com/v2\";"), "{client}");
    assert!(!client.contains("server_url"), "{client}");
    assert!(readme.contains("Client::DEFAULT_BASE_URL"), "{readme}");
}
