//! Whole-API passes after lowering: which serde traits each type needs, where recursion needs
//! a `Box`, and alias cycles that Rust cannot express.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::diagnostic::Diagnostic;
use crate::ir::{Api, TypeKind, TypeRef};

/// `merged` are the aliases interning made: used only where a use site names them.
pub(super) fn finish(api: &mut Api, merged: &HashSet<String>) -> Vec<Diagnostic> {
    let mut diags = alias_cycles(api);
    recursive_aliases(api);
    box_recursion(api);
    usage(api, merged);
    one_way_fields(api);
    diags.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    diags
}

fn index(api: &Api) -> BTreeMap<String, usize> {
    api.types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect()
}

/// Named types a type reference mentions, each with whether it is held directly (not behind a
/// `Vec`, map or `Box`).
pub(super) fn mentions(ty: &TypeRef, direct: bool, out: &mut Vec<(String, bool)>) {
    match ty {
        TypeRef::Named(n) => out.push((n.clone(), direct)),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => mentions(inner, false, out),
        _ => {}
    }
}

pub(super) fn children(kind: &TypeKind) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    match kind {
        TypeKind::Struct { fields, additional } => {
            for f in fields {
                mentions(&f.ty, true, &mut out);
            }
            if let Some(a) = additional {
                mentions(a, false, &mut out);
            }
        }
        TypeKind::Alias(t) | TypeKind::Newtype(t) => mentions(t, true, &mut out),
        TypeKind::OneOf { variants, .. } | TypeKind::ErrorBody { variants } => {
            for (_, t) in variants {
                mentions(t, true, &mut out);
            }
        }
        TypeKind::StatusEnum { variants } => {
            for (_, _, t) in variants {
                if let Some(t) = t {
                    mentions(t, true, &mut out);
                }
            }
        }
        TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => {}
    }
    out
}

/// `type A = B; type B = A;` cannot compile: report it and make the first alias any JSON.
fn alias_cycles(api: &mut Api) -> Vec<Diagnostic> {
    let idx = index(api);
    let mut diags = Vec::new();
    for i in 0..api.types.len() {
        let mut seen = BTreeSet::new();
        let mut current = i;
        loop {
            if !seen.insert(current) {
                break;
            }
            let TypeKind::Alias(target) = &api.types[current].kind else { break };
            let mut m = Vec::new();
            mentions(target, true, &mut m);
            let Some(next) = m.into_iter().find(|(_, direct)| *direct).and_then(|(n, _)| idx.get(&n).copied()) else {
                break;
            };
            if next == i {
                let t = &mut api.types[i];
                diags.push(
                    Diagnostic::error(
                        t.pointer.clone(),
                        format!("schema `{}` is defined only through a cycle of $refs", t.name),
                    )
                    .with_hint("a chain of $refs must end at a schema with a type"),
                );
                t.kind = TypeKind::Alias(TypeRef::Json);
                break;
            }
            current = next;
        }
    }
    diags
}

/// `type Tree = Vec<Tree>;` is a cycle rustc refuses (E0391) even behind a `Vec` or a map: every
/// alias on a cycle of aliases (through any reference) becomes a newtype, which may hold itself.
fn recursive_aliases(api: &mut Api) {
    let idx = index(api);
    let edges: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Alias(target) => {
                let mut m = Vec::new();
                mentions(target, true, &mut m);
                m.into_iter()
                    .filter_map(|(name, _)| idx.get(&name).copied())
                    .filter(|&j| matches!(api.types[j].kind, TypeKind::Alias(_)))
                    .collect()
            }
            _ => Vec::new(),
        })
        .collect();
    let component = tarjan(&edges);
    let mut size = BTreeMap::new();
    for c in &component {
        *size.entry(*c).or_insert(0usize) += 1;
    }
    for i in 0..api.types.len() {
        let cyclic = edges[i].contains(&i) || size[&component[i]] > 1;
        if let (true, TypeKind::Alias(target)) = (cyclic, &api.types[i].kind) {
            api.types[i].kind = TypeKind::Newtype(target.clone());
        }
    }
}

/// Boxes every direct reference that closes a cycle of direct containment (Tarjan's strongly
/// connected components: an edge inside one component gets a `Box`).
fn box_recursion(api: &mut Api) {
    let idx = index(api);
    let n = api.types.len();
    let edges: Vec<Vec<usize>> = api
        .types
        .iter()
        .map(|t| children(&t.kind).into_iter().filter(|(_, d)| *d).filter_map(|(c, _)| idx.get(&c).copied()).collect())
        .collect();
    let component = tarjan(&edges);
    let recursive = |from: usize, to: &str| -> bool {
        idx.get(to).is_some_and(|&t| component[t] == component[from] && (t != from || edges[from].contains(&from)))
    };
    for i in 0..n {
        let mut kind = std::mem::replace(&mut api.types[i].kind, TypeKind::Alias(TypeRef::Json));
        let boxed = |ty: &mut TypeRef| {
            if let TypeRef::Named(name) = ty {
                if recursive(i, name) {
                    *ty = TypeRef::Boxed(Box::new(ty.clone()));
                }
            }
        };
        match &mut kind {
            TypeKind::Struct { fields, .. } => fields.iter_mut().for_each(|f| boxed(&mut f.ty)),
            TypeKind::OneOf { variants, .. } => variants.iter_mut().for_each(|(_, t)| boxed(t)),
            TypeKind::Newtype(t) => boxed(t),
            _ => {}
        }
        api.types[i].kind = kind;
    }
    let _ = n;
}

fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    struct St<'e> {
        edges: &'e [Vec<usize>],
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        comp: Vec<usize>,
        comps: usize,
    }
    // Iterative DFS so that deep type graphs cannot overflow the stack.
    fn visit(st: &mut St<'_>, root: usize) {
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        st.index[root] = Some(st.next);
        st.low[root] = st.next;
        st.next += 1;
        st.stack.push(root);
        st.on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = work.last_mut() {
            if *i < st.edges[v].len() {
                let w = st.edges[v][*i];
                *i += 1;
                match st.index[w] {
                    None => {
                        st.index[w] = Some(st.next);
                        st.low[w] = st.next;
                        st.next += 1;
                        st.stack.push(w);
                        st.on_stack[w] = true;
                        work.push((w, 0));
                    }
                    Some(wi) if st.on_stack[w] => st.low[v] = st.low[v].min(wi),
                    _ => {}
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    st.low[parent] = st.low[parent].min(st.low[v]);
                }
                if Some(st.low[v]) == st.index[v] {
                    while let Some(w) = st.stack.pop() {
                        st.on_stack[w] = false;
                        st.comp[w] = st.comps;
                        if w == v {
                            break;
                        }
                    }
                    st.comps += 1;
                }
            }
        }
    }
    let n = edges.len();
    let mut st = St {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on_stack: vec![false; n],
        stack: Vec::new(),
        next: 0,
        comp: vec![0; n],
        comps: 0,
    };
    for v in 0..n {
        if st.index[v].is_none() {
            visit(&mut st, v);
        }
    }
    st.comp
}

/// A required `readOnly` field of a type that is also sent, or a required `writeOnly` field of a
/// type that is also received, cannot always be there: it becomes optional.
fn one_way_fields(api: &mut Api) {
    for t in &mut api.types {
        let usage = t.usage;
        if let TypeKind::Struct { fields, .. } = &mut t.kind {
            for f in fields {
                if (f.read_only && usage.serialize) || (f.write_only && usage.deserialize) {
                    f.required = false;
                }
            }
        }
    }
}

/// Marks each type `serialize` when it is reachable from a request, `deserialize` when
/// reachable from a response.
fn usage(api: &mut Api, merged: &HashSet<String>) {
    let idx = index(api);
    let mut send = Vec::new();
    let mut receive = Vec::new();
    for op in &api.operations {
        for p in op.path_params.iter().chain(&op.query).chain(&op.headers) {
            mentions(&p.ty, true, &mut send);
        }
        for body in op.body.iter().chain(op.alt_bodies.iter().map(|a| &a.body)) {
            mentions(&body.ty, true, &mut send);
        }
        if let Some(ty) = &op.response.ty {
            mentions(ty, true, &mut receive);
        }
        if let Some(p) = &op.pagination {
            mentions(&p.item_ty, true, &mut receive);
        }
    }
    mentions(&api.error_type, true, &mut receive);
    propagate(api, &idx, send, true);
    propagate(api, &idx, receive, false);
    // Types no operation uses (webhook payloads, shared definitions) can still be decoded.
    let unused: Vec<(String, bool)> = api
        .types
        .iter()
        .filter(|t| !t.usage.serialize && !t.usage.deserialize && !merged.contains(&t.name))
        .map(|t| (t.name.clone(), true))
        .collect();
    propagate(api, &idx, unused, false);
}

fn propagate(api: &mut Api, idx: &BTreeMap<String, usize>, roots: Vec<(String, bool)>, serialize: bool) {
    {
        let mut work: Vec<usize> = roots.into_iter().filter_map(|(n, _)| idx.get(&n).copied()).collect();
        while let Some(i) = work.pop() {
            let usage = &mut api.types[i].usage;
            let flag = if serialize { &mut usage.serialize } else { &mut usage.deserialize };
            if *flag {
                continue;
            }
            *flag = true;
            work.extend(children(&api.types[i].kind).into_iter().filter_map(|(n, _)| idx.get(&n).copied()));
        }
    }
}
