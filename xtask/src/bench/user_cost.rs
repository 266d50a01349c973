//! What a user pays: after a tool's crate is built, its caller crate (see `caller`) built after
//! `touch src/lib.rs`, the crate not rebuilt. Every operation; for a spec of more than
//! `TAG_CALLER_ABOVE` operations also the operations of one tag (the same for every tool), in
//! case calling every operation does not fit the budget.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::Value;

use super::caller::{self, Style};
use super::compile::{compile, fmt_compile};
use super::figures::{CallerResult, Compile, ToolResult};
use super::specs::Spec;
use super::Ctx;

/// Above this many operations a spec's callers of one tag are measured as well.
pub(super) const TAG_CALLER_ABOVE: usize = 500;
/// The tag is the largest one with fewer operations than this.
const TAG_LIMIT: usize = 100;

/// The callers of the tool's crate at `client` measured into `tool.callers`, when it built.
pub(super) fn measure(ctx: &Ctx, spec: &Spec, tool: &mut ToolResult, client: &Path, style: Style, operations: usize) {
    if !tool.build.as_ref().is_some_and(|b| b.ok) {
        return;
    }
    let crates = client.parent().unwrap_or(client);
    let every = one(ctx, client, &crates.join(format!("{}-caller", tool.tool)), style, None);
    tool.callers.push(CallerResult { scope: "every operation".into(), ..every });
    if operations > TAG_CALLER_ABOVE {
        match one_tag(&spec.path) {
            Ok(Some((tag, ops))) => {
                let dir = crates.join(format!("{}-caller-tag", tool.tool));
                let r = one(ctx, client, &dir, style, Some(&ops));
                tool.callers.push(CallerResult { scope: format!("tag `{tag}` ({} operations)", ops.len()), ..r });
            }
            Ok(None) => {}
            Err(e) => eprintln!("warning: no tag caller for {}: {e:#}", spec.id),
        }
    }
}

/// One caller crate written and built (within `--peer-budget`).
fn one(ctx: &Ctx, client: &Path, dir: &Path, style: Style, only: Option<&BTreeSet<String>>) -> CallerResult {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("caller").to_owned();
    let called = match caller::write(client, dir, style, only) {
        Ok(n) => n,
        Err(e) => {
            let build = Compile { error: Some(format!("writing the caller: {e:#}")), ..Default::default() };
            return CallerResult { build, ..Default::default() };
        }
    };
    let build = compile(ctx, dir, "caller", &name, Some(Instant::now() + ctx.args.peer_budget));
    println!("{name} ({called} operations called) cargo build: {}", fmt_compile(&build));
    CallerResult { operations: called, build, ..Default::default() }
}

/// The largest tag of fewer than `TAG_LIMIT` operations (by first tag; ties: the first name),
/// with its operations' ids normalized (`caller::normalized`).
pub(super) fn one_tag(spec: &Path) -> Result<Option<(String, BTreeSet<String>)>> {
    let text = fs::read_to_string(spec).with_context(|| format!("reading {}", spec.display()))?;
    let doc: Value = if spec.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text)?
    } else {
        serde_yaml::from_str(&text)?
    };
    let mut tags: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in doc["paths"].as_object().into_iter().flat_map(|p| p.values()) {
        for op in item.as_object().into_iter().flat_map(|i| i.values()) {
            let (Some(tag), Some(id)) = (op["tags"][0].as_str(), op["operationId"].as_str()) else { continue };
            tags.entry(tag.to_owned()).or_default().insert(caller::normalized(id));
        }
    }
    let best = tags
        .into_iter()
        .filter(|(_, ops)| ops.len() < TAG_LIMIT)
        .max_by(|(a, x), (b, y)| x.len().cmp(&y.len()).then(b.cmp(a)));
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_is_the_largest_under_the_limit_by_first_tag() {
        let path = std::env::temp_dir().join(format!("xtask-one-tag-spec-{}.json", std::process::id()));
        let op = |tag: &str, id: &str| serde_json::json!({"tags": [tag, "other"], "operationId": id});
        let mut paths = serde_json::Map::new();
        for i in 0..TAG_LIMIT {
            paths.insert(format!("/big/{i}"), serde_json::json!({"get": op("big", &format!("big/get-{i}"))}));
        }
        for i in 0..3 {
            paths.insert(format!("/a/{i}"), serde_json::json!({"get": op("a", &format!("a/get-{i}"))}));
            paths.insert(format!("/b/{i}"), serde_json::json!({"post": op("b", &format!("b/post-{i}"))}));
        }
        paths.insert("/c".into(), serde_json::json!({"get": op("c", "c-get")}));
        fs::write(&path, serde_json::json!({"paths": paths}).to_string()).unwrap();
        let (tag, ops) = one_tag(&path).unwrap().expect("a tag");
        fs::remove_file(&path).unwrap();
        // `big` has 100 operations (not under the limit); `a` and `b` tie at 3: the first name.
        assert_eq!(tag, "a");
        assert_eq!(ops.len(), 3);
        assert!(ops.contains("aget0"), "{ops:?}");
    }
}
