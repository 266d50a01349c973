//! Cargo features per tag for large APIs: a user of a 1,000-operation API compiles only the
//! operations of the tags they enable, and the types those operations need.

use std::collections::{BTreeMap, BTreeSet};

use super::passes::{children, mentions};
use crate::ir::{Api, Feature};
use crate::naming::{self, Scope};

/// APIs with at least this many operations (and two tags or more) are split, unless
/// `info.x-features-per-tag` says otherwise.
pub const SPLIT_AT: usize = 100;

pub use crate::ir::ALL_OPERATIONS as ALL;

/// Assigns features to operations and types. Untagged operations, the types they reach and the
/// error type are always compiled; types no operation reaches come with `ALL`.
pub(super) fn split(api: &mut Api, per_tag: Option<bool>) {
    if !per_tag.unwrap_or(api.operations.len() >= SPLIT_AT) {
        return;
    }
    let mut tags: Vec<&String> = Vec::new();
    for op in &api.operations {
        for t in &op.tags {
            if !tags.contains(&t) {
                tags.push(t);
            }
        }
    }
    if tags.len() < 2 {
        return;
    }
    let mut scope = Scope::with_taken(&["default", "full-serde", ALL]);
    let names: BTreeMap<String, usize> = tags.iter().enumerate().map(|(i, t)| ((*t).clone(), i)).collect();
    let mut features: Vec<Feature> = tags
        .iter()
        .map(|t| Feature { name: scope.claim(naming::feature(t)), tag: (*t).clone(), operations: 0 })
        .collect();

    let idx: BTreeMap<&str, usize> = api.types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    // The type graph by index, built once: every operation walks it.
    let edges: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|t| children(&t.kind).iter().filter_map(|(n, _)| idx.get(n.as_str()).copied()).collect())
        .collect();
    let mut walk = Walk { edges: &edges, seen: vec![0; api.types.len()], stamp: 0, found: Vec::new() };
    let mut always = vec![false; api.types.len()];
    let mut reached = vec![false; api.types.len()];
    let mut sets: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); api.types.len()];
    let mut op_sets = Vec::with_capacity(api.operations.len());
    for op in &api.operations {
        let set: BTreeSet<usize> = op.tags.iter().filter_map(|t| names.get(t).copied()).collect();
        for &f in &set {
            features[f].operations += 1;
        }
        let mut roots = Vec::new();
        for p in op.path_params.iter().chain(&op.query).chain(&op.headers).chain(&op.cookies) {
            mentions(&p.ty, true, &mut roots);
        }
        for b in op.body.iter().chain(op.alt_bodies.iter().map(|a| &a.body)) {
            mentions(&b.ty, true, &mut roots);
        }
        if let Some(t) = &op.response.ty {
            mentions(t, true, &mut roots);
        }
        if let Some(p) = &op.pagination {
            mentions(&p.item_ty, true, &mut roots);
        }
        let roots: Vec<usize> = roots.iter().filter_map(|(n, _)| idx.get(n.as_str()).copied()).collect();
        for &i in walk.from(&roots) {
            reached[i] = true;
            if set.is_empty() {
                always[i] = true;
            } else {
                sets[i].extend(&set);
            }
        }
        op_sets.push(set);
    }
    let mut error_roots = Vec::new();
    mentions(&api.error_type, true, &mut error_roots);
    // Always compiled: the error type and what it holds.
    let roots: Vec<usize> = error_roots.iter().filter_map(|(n, _)| idx.get(n.as_str()).copied()).collect();
    for &i in walk.from(&roots) {
        always[i] = true;
    }
    let list = |set: &BTreeSet<usize>| -> Vec<String> {
        if set.len() == features.len() {
            Vec::new()
        } else {
            set.iter().map(|&f| features[f].name.clone()).collect()
        }
    };
    for (i, t) in api.types.iter_mut().enumerate() {
        if always[i] {
            continue;
        }
        // A type no operation reaches (a webhook payload, a shared definition) comes with every
        // tag, `ALL`; what it holds is either reached by operations (so gated by tags that `ALL`
        // enables) or unreached too.
        t.features = if reached[i] { list(&sets[i]) } else { vec![ALL.to_owned()] };
    }
    for (op, set) in api.operations.iter_mut().zip(&op_sets) {
        op.features = list(set);
    }
    features.retain(|f| f.operations > 0);
    api.features = features;
}

/// Reachability over the type graph, reusing its buffers between walks.
struct Walk<'a> {
    edges: &'a [Vec<usize>],
    /// `seen[i] == stamp`: visited in the current walk.
    seen: Vec<u32>,
    stamp: u32,
    found: Vec<usize>,
}

impl Walk<'_> {
    /// Every type reachable from `roots` (by index).
    fn from(&mut self, roots: &[usize]) -> &[usize] {
        self.stamp += 1;
        self.found.clear();
        let mut work = roots.to_vec();
        while let Some(i) = work.pop() {
            if self.seen[i] == self.stamp {
                continue;
            }
            self.seen[i] = self.stamp;
            self.found.push(i);
            work.extend(self.edges[i].iter().copied().filter(|&j| self.seen[j] != self.stamp));
        }
        &self.found
    }
}
