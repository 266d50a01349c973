//! Prism mock servers, one per spec, for the contract tests. Prism is installed from npm into
//! `.tools/prism` the first time it is needed.

use std::fs;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// The exact version: what Prism accepts and answers is what the contract tests assert.
const PRISM_VERSION: &str = "5.14.2";

/// Running mock servers; they are stopped when this is dropped.
pub struct MockServers {
    children: Vec<Child>,
    /// `(variable, url)` for each spec's crate.
    pub env: Vec<(String, String)>,
}

impl Drop for MockServers {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn ensure_prism(root: &Path) -> Result<PathBuf> {
    let package = format!("@stoplight/prism-cli@{PRISM_VERSION}");
    let dir = root.join(".tools/prism");
    let bin = dir.join("node_modules/.bin/prism");
    let manifest = dir.join("node_modules/@stoplight/prism-cli/package.json");
    let installed = fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|m| m.get("version").and_then(|v| v.as_str()).map(str::to_owned));
    if bin.exists() && installed.as_deref() == Some(PRISM_VERSION) {
        return Ok(bin);
    }
    if let Some(other) = &installed {
        println!("{} holds Prism {other}, not {PRISM_VERSION}", dir.display());
    }
    println!("installing {package} into {}", dir.display());
    fs::create_dir_all(&dir)?;
    let status = Command::new("npm")
        .args(["install", "--prefix"])
        .arg(&dir)
        .args(["--no-audit", "--no-fund", "--loglevel=error", &package])
        .status()
        .context("running npm (Node.js and npm are needed for the contract tests)")?;
    if !status.success() || !bin.exists() {
        bail!("installing {package} with npm failed ({status})");
    }
    Ok(bin)
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Starts `prism mock` for each `(spec, crate name)` and waits until all accept connections.
pub fn start(root: &Path, specs: &[(PathBuf, String)]) -> Result<MockServers> {
    let prism = ensure_prism(root)?;
    let logs = root.join("target/prism");
    fs::create_dir_all(&logs)?;
    let mut servers = MockServers { children: Vec::new(), env: Vec::new() };
    let mut pending = Vec::new();
    for (spec, crate_name) in specs {
        let port = free_port()?;
        let log_path = logs.join(format!("{crate_name}.log"));
        let log = fs::File::create(&log_path)?;
        let child = Command::new(&prism)
            .args(["mock", "--host", "127.0.0.1", "--port", &port.to_string(), "--errors"])
            .arg(spec)
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("starting prism for {}", spec.display()))?;
        servers.children.push(child);
        servers.env.push((codegen::mock_url_var(crate_name), format!("http://127.0.0.1:{port}")));
        pending.push((port, log_path, servers.children.len() - 1));
    }
    let deadline = Instant::now() + Duration::from_secs(120);
    for (port, log_path, index) in pending {
        loop {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            if let Some(status) = servers.children[index].try_wait()? {
                let log = fs::read_to_string(&log_path).unwrap_or_default();
                bail!("prism exited ({status}) before serving:\n{log}");
            }
            if Instant::now() > deadline {
                let log = fs::read_to_string(&log_path).unwrap_or_default();
                bail!("prism did not start within 120 s:\n{log}");
            }
            std::thread::sleep(Duration::from_millis(200));
        }
    }
    Ok(servers)
}
