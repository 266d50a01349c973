//! `seeds`: the documented examples of each vendor's seed, replayed as recorded traffic.
//!
//! `cargo xtask seeds [--write]` reads the vendor documentation the specs were written from
//! (`../shared/seeds/`, or `$SEEDS_DIR`), turns every documented operation's example URI, request
//! example and response examples into exchanges of the traffic format (`docs/traffic.md`), runs
//! conformance of `specs/<vendor>.yaml` over them and renders the report as the section
//! "Conformance to the documented examples" of `specs/<vendor>.md`. With `--write` it writes
//! `specs/traffic/<vendor>.jsonl` and that section; without, it fails when either is stale.
//!
//! Nothing is repaired: an example that is not valid JSON is recorded as the seed writes it (the
//! report then says so). Each vendor's layout has its own parser (`seeds/<vendor>.rs`); this file
//! holds what they share.

mod beam;
mod symphony;
mod tws;
mod workdrive;

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use codegen::{conform, SourceDoc};
use serde_json::{json, Value};

use crate::root;

/// The heading of the section of `specs/<vendor>.md` this command owns.
const HEADING: &str = "## Conformance to the documented examples";
/// The hand-written subsection inside it, kept as it is on every `--write`.
const FOLLOW_UPS: &str = "### Follow-ups";

/// One documented exchange, as a seed shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedExchange {
    /// Upper case.
    pub method: String,
    /// Path and query relative to the server URL (`/users/joe@example.com/?limit=10`).
    pub path: String,
    /// The 1-based seed line the operation starts at.
    pub line: usize,
    /// The request body example, verbatim.
    pub request: Option<String>,
    /// The documented response; `None` when the seed documents a request example only.
    pub response: Option<SeedResponse>,
    /// What was assumed or where the example comes from (written into the exchange as `note`).
    pub notes: Vec<String>,
}

/// A documented response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedResponse {
    pub status: u16,
    /// As the seed shows them; `content-type: application/json` is added for a body without one.
    pub headers: Vec<(String, String)>,
    /// The body example, verbatim.
    pub body: Option<String>,
}

/// What a vendor parser found.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Documented operations (with or without examples).
    pub operations: usize,
    pub exchanges: Vec<SeedExchange>,
}

struct Vendor {
    name: &'static str,
    /// The seed file under the seeds directory.
    seed: &'static str,
    /// What the report's introduction says of this vendor's extraction.
    about: &'static str,
    parse: fn(&Sources, &str) -> Result<Extracted>,
}

/// Where the seeds are read.
pub struct Sources {
    pub seeds: PathBuf,
}

impl Sources {
    /// A file beside the seeds (`../notes/…` of the seeds directory).
    pub fn shared(&self, relative: &str) -> PathBuf {
        self.seeds.join("..").join(relative)
    }
}

const VENDORS: &[Vendor] = &[
    Vendor { name: "beam", seed: "002_de9318ecdbe4cfc8.txt", about: beam::ABOUT, parse: beam::parse },
    Vendor { name: "symphony-pod", seed: "003_b96d5c69f5115713.txt", about: symphony::ABOUT, parse: symphony::parse },
    Vendor { name: "tws", seed: "000_b4bcbbe0cc2c3681.txt", about: tws::ABOUT, parse: tws::parse },
    Vendor { name: "workdrive", seed: "001_d8dd94e95651c024.txt", about: workdrive::ABOUT, parse: workdrive::parse },
];

pub fn run(flags: crate::flags::Seeds) -> Result<()> {
    let write = flags.write;
    let root = root();
    let sources = Sources { seeds: seeds_dir(&root) };
    let mut stale = Vec::new();
    for vendor in VENDORS {
        let out = render(&root, &sources, vendor)?;
        println!("{}: {} exchanges from {} documented operations", vendor.name, out.exchanges, out.operations);
        for (path, text) in [(&out.traffic_path, &out.traffic), (&out.md_path, &out.md)] {
            let current = std::fs::read_to_string(root.join(path)).unwrap_or_default();
            if current == *text {
                continue;
            }
            if write {
                if let Some(dir) = root.join(path).parent() {
                    std::fs::create_dir_all(dir)?;
                }
                std::fs::write(root.join(path), text).with_context(|| format!("writing {path}"))?;
                println!("  wrote {path}");
            } else {
                stale.push(path.clone());
            }
        }
    }
    if !stale.is_empty() {
        bail!("stale (run `cargo xtask seeds --write`): {}", stale.join(", "));
    }
    Ok(())
}

/// `$SEEDS_DIR`, else `../shared/seeds` beside the repository.
fn seeds_dir(root: &Path) -> PathBuf {
    match std::env::var_os("SEEDS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root.join("../shared/seeds"),
    }
}

/// What one vendor's files should hold.
struct Rendered {
    operations: usize,
    exchanges: usize,
    traffic_path: String,
    traffic: String,
    md_path: String,
    md: String,
}

fn render(root: &Path, sources: &Sources, vendor: &Vendor) -> Result<Rendered> {
    let seed_path = sources.seeds.join(vendor.seed);
    let text =
        std::fs::read_to_string(&seed_path).with_context(|| format!("reading the seed {}", seed_path.display()))?;
    let extracted = (vendor.parse)(sources, &text).with_context(|| format!("extracting from {}", vendor.seed))?;
    let spec_path = format!("specs/{}.yaml", vendor.name);
    let spec_text = std::fs::read_to_string(root.join(&spec_path)).with_context(|| format!("reading {spec_path}"))?;
    let base = base_url(&spec_text).with_context(|| format!("the `servers` of {spec_path}"))?;
    let traffic = traffic_text(vendor.seed, &base, &extracted.exchanges);
    let traffic_path = format!("specs/traffic/{}.jsonl", vendor.name);
    let report = conformance(&spec_path, spec_text, &traffic_path, &traffic)?;
    let md_path = format!("specs/{}.md", vendor.name);
    let current = std::fs::read_to_string(root.join(&md_path)).with_context(|| format!("reading {md_path}"))?;
    let section = section(vendor, &extracted, &report, follow_ups(&current));
    Ok(Rendered {
        operations: extracted.operations,
        exchanges: extracted.exchanges.len(),
        traffic_path,
        traffic,
        md_path,
        md: replace_section(&current, &section),
    })
}

/// The first server URL of a spec, its variables at their defaults, without a trailing `/`.
fn base_url(spec: &str) -> Result<String> {
    let doc: serde_yaml::Value = serde_yaml::from_str(spec)?;
    let Some(server) = doc.get("servers").and_then(|s| s.get(0)) else { bail!("no server") };
    let Some(mut url) = server.get("url").and_then(serde_yaml::Value::as_str).map(str::to_owned) else {
        bail!("the first server has no `url`")
    };
    if let Some(vars) = server.get("variables").and_then(serde_yaml::Value::as_mapping) {
        for (name, var) in vars {
            let (Some(name), Some(default)) = (name.as_str(), var.get("default").and_then(serde_yaml::Value::as_str))
            else {
                continue;
            };
            url = url.replace(&format!("{{{name}}}"), default);
        }
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// The JSON Lines of the exchanges (`docs/traffic.md`), one per line, in seed order.
fn traffic_text(seed: &str, base: &str, exchanges: &[SeedExchange]) -> String {
    let mut out = String::new();
    for e in exchanges {
        let mut request = json!({"headers": []});
        if let Some(body) = &e.request {
            request = json!({"headers": [["content-type", "application/json"]], "body": body});
        }
        let mut record = json!({
            "format": "codegen-traffic/1",
            "seed": format!("{seed}:{}", e.line),
            "method": e.method,
            "url": format!("{base}{}", e.path),
            "request": request,
        });
        if !e.notes.is_empty() {
            record["note"] = Value::String(e.notes.join("; "));
        }
        match &e.response {
            Some(r) => {
                let headers: Vec<Value> = r.headers.iter().map(|(n, v)| json!([n.to_ascii_lowercase(), v])).collect();
                let mut response = json!({"status": r.status, "headers": headers});
                if let Some(body) = &r.body {
                    response["body"] = Value::String(body.clone());
                }
                record["response"] = response;
            }
            None => record["error"] = Value::String("no response: the seed documents no response example here".into()),
        }
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// The conformance report (Markdown) of the spec over the traffic, with repository-relative names.
fn conformance(spec_path: &str, spec_text: String, traffic_path: &str, traffic: &str) -> Result<String> {
    let (doc, _notes) = SourceDoc::parse_with_overlays(spec_path, spec_text, &[])
        .map_err(codegen::GenerateError::Spec)
        .with_context(|| format!("loading {spec_path}"))?;
    let exchanges = conform::read_traffic(traffic_path, traffic)?;
    Ok(conform::check(&doc, &exchanges).to_markdown())
}

/// The hand-written follow-ups of the current section (its `### Follow-ups` to the section's end).
fn follow_ups(md: &str) -> Option<String> {
    let (start, end) = section_range(md)?;
    let section = &md[start..end];
    let at = section.find(&format!("\n{FOLLOW_UPS}\n"))?;
    Some(section[at + 1..].trim_end().to_owned())
}

/// The byte range of the section: its heading to the next `## ` heading (or the end).
fn section_range(md: &str) -> Option<(usize, usize)> {
    let start = if md.starts_with(&format!("{HEADING}\n")) { 0 } else { md.find(&format!("\n{HEADING}\n"))? + 1 };
    let after = start + HEADING.len() + 1;
    let end = md[after..].find("\n## ").map_or(md.len(), |i| after + i + 1);
    Some((start, end))
}

/// `md` with the section replaced by `section` (appended when it has none).
fn replace_section(md: &str, section: &str) -> String {
    match section_range(md) {
        Some((start, end)) => {
            let rest = &md[end..];
            let sep = if rest.is_empty() { "" } else { "\n" };
            format!("{}{section}{sep}{rest}", &md[..start])
        }
        None => format!("{}\n\n{section}", md.trim_end()),
    }
}

/// The section: what was extracted and assumed, the report (headings moved under the section's),
/// and the follow-ups.
fn section(vendor: &Vendor, extracted: &Extracted, report: &str, follow_ups: Option<String>) -> String {
    let with_request = extracted.exchanges.iter().filter(|e| e.request.is_some()).count();
    let with_body =
        extracted.exchanges.iter().filter(|e| e.response.as_ref().is_some_and(|r| r.body.is_some())).count();
    let mut out = format!(
        "{HEADING}\n\nGenerated by `cargo xtask seeds --write` (checked by `cargo xtask seeds` and the xtask's tests): \
         the seed `shared/seeds/{seed}` replayed as traffic, `specs/traffic/{name}.jsonl` ({exchanges} exchanges from \
         {operations} documented operations; {with_request} carry a request body example, {with_body} a response \
         body example), judged by `cargo xtask conform --spec specs/{name}.yaml --traffic specs/traffic/{name}.jsonl`. \
         Each exchange names its seed line (`seed`) and what was assumed (`note`). Examples are recorded verbatim: an \
         example that is not JSON is reported as `invalid-json`, which is the truth about the seed, not a repair to \
         make. The request example of an operation rides on its first response example; an operation with a request \
         example and no response example is an exchange without a response.\n\n{about}\n\n",
        seed = vendor.seed,
        name = vendor.name,
        exchanges = extracted.exchanges.len(),
        operations = extracted.operations,
        about = vendor.about.trim(),
    );
    for line in report.trim_end().lines() {
        match line.strip_prefix('#') {
            Some(rest) if rest.starts_with(['#', ' ']) => out.push_str(&format!("###{line}\n")),
            _ => out.push_str(&format!("{line}\n")),
        }
    }
    out.push('\n');
    out.push_str(&follow_ups.unwrap_or_else(|| format!("{FOLLOW_UPS}\n\nNone yet.")));
    out.push('\n');
    out
}

// ---- helpers shared by the vendor parsers ----

/// The end (exclusive) of the JSON value starting on line `start` of `lines`: the line where the
/// brackets opened since the value's first line close again (strings skipped). `depth` is the
/// nesting the text starts at (1 for an example whose opening bracket is missing). `None` when
/// the text ends first.
pub fn json_end(lines: &[&str], start: usize, mut depth: i64) -> Option<usize> {
    let mut opened = depth > 0;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let mut in_string = false;
        let mut escaped = false;
        for c in line.chars() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => in_string = true,
                '{' | '[' => {
                    depth += 1;
                    opened = true;
                }
                '}' | ']' => depth -= 1,
                _ => {}
            }
        }
        if opened && depth <= 0 {
            return Some(i + 1);
        }
    }
    None
}

/// `lines[start..end]` joined, as the seed writes them.
pub fn join(lines: &[&str], start: usize, end: usize) -> String {
    lines[start..end].join("\n")
}

/// A response with a JSON body example (content type as the seed documents JSON).
pub fn json_response(status: u16, body: String) -> SeedResponse {
    SeedResponse { status, headers: vec![("content-type".into(), "application/json".into())], body: Some(body) }
}

/// `{name}` segments of a path template replaced by `value`.
pub fn fill_template(path: &str, value: &str) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        out.push_str(value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_end_skips_brackets_in_strings_and_counts_a_missing_opening() {
        let lines = ["{", "\"a\" : \"}]\" ,", "\"b\" : [1, {}]", "}", "after"];
        assert_eq!(json_end(&lines, 0, 0), Some(4));
        let orphan = ["\"kb\" : {", "\"x\" : 1", "} ,", "\"y\" : 2", "}", "after"];
        assert_eq!(json_end(&orphan, 0, 1), Some(5));
        assert_eq!(json_end(&["{", "\"open\" : ["], 0, 0), None);
    }

    #[test]
    fn the_section_is_replaced_and_its_follow_ups_kept() {
        let md = format!("# Log\n\ntext\n\n{HEADING}\n\nold report\n\n{FOLLOW_UPS}\n\n- keep me\n\n## Next\n\nmore\n");
        assert_eq!(follow_ups(&md).as_deref(), Some("### Follow-ups\n\n- keep me"));
        let replaced = replace_section(&md, &format!("{HEADING}\n\nnew\n\n{FOLLOW_UPS}\n\n- keep me\n"));
        assert_eq!(
            replaced,
            format!("# Log\n\ntext\n\n{HEADING}\n\nnew\n\n{FOLLOW_UPS}\n\n- keep me\n\n## Next\n\nmore\n")
        );
        let appended = replace_section("# Log\n\ntext\n", "## Conformance to the documented examples\n\nnew\n");
        assert_eq!(appended, format!("# Log\n\ntext\n\n{HEADING}\n\nnew\n"));
        assert_eq!(follow_ups("# Log\n"), None);
    }

    #[test]
    fn templates_are_filled() {
        assert_eq!(fill_template("/v1/room/{id}/membership/{uid}", "1"), "/v1/room/1/membership/1");
        assert_eq!(fill_template("/plain", "1"), "/plain");
    }

    /// The checked-in traffic and the sections of `specs/*.md` are what the seeds and the specs
    /// give now (a vendor whose seed is not beside the repository is skipped, with a note).
    #[test]
    fn checked_in_traffic_and_reports_are_current() {
        let root = root();
        let sources = Sources { seeds: seeds_dir(&root) };
        let notes = sources.shared("notes/tws-examples.json");
        for vendor in VENDORS {
            let seed = sources.seeds.join(vendor.seed);
            if !seed.is_file() || (vendor.name == "tws" && !notes.is_file()) {
                eprintln!("{}: skipped, no {} or {} (set SEEDS_DIR)", vendor.name, seed.display(), notes.display());
                continue;
            }
            let out = render(&root, &sources, vendor).unwrap();
            for (path, text) in [(&out.traffic_path, &out.traffic), (&out.md_path, &out.md)] {
                let current = std::fs::read_to_string(root.join(path)).unwrap_or_default();
                assert!(current == *text, "{path} is stale: run `cargo xtask seeds --write`");
            }
        }
    }
}
