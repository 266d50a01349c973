//! Interning by shape: schemas that lower to the same Rust shape become one type definition.
//!
//! Two named types have the same shape when their kinds are equal field for field (Rust and
//! wire names, types, optionality, nullability, read/write direction, enum values, one-of tags)
//! once the named types they mention are themselves replaced by their canonical type. Docs and
//! deprecation notes are not part of the shape. The merge is a fixed point: merging `{ href }`
//! structs can make the structs that hold them equal, which are merged in the next round.
//! Recursive types are compared by name, so two identical recursive types stay apart (never a
//! wrong merge, at worst a missed one).
//!
//! Every merged name stays public as `pub type Other = Canonical;`, so code and docs that use it
//! keep working. The canonical type takes the best name of its group: a component schema's name
//! wins over an inline one; among inline ones, the words their names share at the end (the
//! shared property: `ListCoursesSortDirection` and `ListTasksSortDirection` give
//! `SortDirection`), when free; otherwise the first in spec order. The choice depends only on
//! the spec, so it is the same on every machine.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::ir::{TypeDef, TypeKind, TypeRef};
use crate::naming::Scope;

/// What interning did: the aliases to add once the whole-API passes have run, and the canonical
/// name of every merged name (for rewriting references).
pub(super) struct Interned {
    /// `pub type Other = Canonical;` for every merged name, in spec order.
    pub aliases: Vec<TypeDef>,
    /// Merged name → canonical name (names that were not merged are absent).
    pub canonical: HashMap<String, String>,
}

/// Merges the types of `types` that have the same shape. `types` keeps one definition per
/// shape; the other names come back as aliases. New names are claimed in `scope`.
/// When interning runs: right after lowering, where a field's read/write direction still
/// matters (the whole-API passes make such fields optional where a type travels the other way),
/// or after those passes, where it no longer does but the serde traits a type derives do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Phase {
    Lowered,
    Finished,
}

pub(super) fn intern(types: &mut Vec<TypeDef>, scope: &mut Scope, phase: Phase) -> Interned {
    let index: HashMap<String, usize> = types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    // Union-find over type indices; the representative of a group is its first member.
    let mut parent: Vec<usize> = (0..types.len()).collect();
    loop {
        let mut groups: HashMap<String, usize> = HashMap::new();
        let mut merged = false;
        for i in 0..types.len() {
            if find(&mut parent, i) != i {
                continue;
            }
            let Some(mut key) = shape_key(&types[i].kind, &index, &mut parent, types, phase) else { continue };
            if phase == Phase::Finished {
                let usage = types[i].usage;
                let _ = write!(key, " usage {}{}", usage.serialize as u8, usage.deserialize as u8);
            }
            match groups.get(&key) {
                Some(&first) => {
                    parent[i] = first;
                    merged = true;
                }
                None => {
                    groups.insert(key, i);
                }
            }
        }
        if !merged {
            break;
        }
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..types.len() {
        let root = find(&mut parent, i);
        members.entry(root).or_default().push(i);
    }
    let mut canonical = HashMap::new();
    // Per group: the canonical name and the member whose definition (docs, pointer) is kept.
    let mut final_name: HashMap<usize, (String, usize)> = HashMap::new();
    for (&root, group) in &members {
        if group.len() < 2 {
            continue;
        }
        let name = best_name(types, group, scope);
        let keep = group.iter().copied().find(|&m| types[m].name == name).unwrap_or(root);
        for &m in group {
            if types[m].name != name {
                canonical.insert(types[m].name.clone(), name.clone());
            }
        }
        final_name.insert(root, (name, keep));
    }
    let mut kept = Vec::with_capacity(members.len());
    let mut aliases = Vec::new();
    let all = std::mem::take(types);
    for (i, mut t) in all.iter().cloned().enumerate() {
        let root = find(&mut parent, i);
        match final_name.get(&root) {
            None => kept.push(t),
            Some((name, keep)) => {
                if i == root {
                    let mut def = all[*keep].clone();
                    def.name = name.clone();
                    kept.push(def);
                }
                if t.name != *name {
                    let note = format!("The same type as `{name}`: the spec describes both with one shape.");
                    t.doc = Some(match t.doc.take() {
                        Some(doc) => format!("{doc}\n\n{note}"),
                        None => note,
                    });
                    t.kind = TypeKind::Alias(TypeRef::Named(name.clone()));
                    aliases.push(t);
                }
            }
        }
    }
    *types = kept;
    for t in types.iter_mut() {
        rename_in_kind(&mut t.kind, &canonical);
    }
    Interned { aliases, canonical }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The shape of a kind as text, with mentioned types replaced by their group's representative;
/// `None` for kinds that are never merged (aliases are free; there is one error-body enum).
fn shape_key(
    kind: &TypeKind,
    index: &HashMap<String, usize>,
    parent: &mut [usize],
    types: &[TypeDef],
    phase: Phase,
) -> Option<String> {
    let direction = phase == Phase::Lowered;
    let mut out = String::new();
    let mut ty = |out: &mut String, t: &TypeRef| write_ty(out, t, index, parent, types);
    match kind {
        TypeKind::Alias(_) | TypeKind::ErrorBody { .. } => return None,
        TypeKind::StatusEnum { variants } => {
            out.push_str("status{");
            for (v, status, t) in variants {
                let _ = write!(out, "{v}={status}:");
                if let Some(t) = t {
                    ty(&mut out, t);
                }
                out.push(',');
            }
            out.push('}');
        }
        TypeKind::Struct { fields, additional } => {
            out.push_str("struct{");
            for f in fields {
                let _ = write!(
                    out,
                    "{}={}:{}{}{}{}{}:",
                    f.name,
                    f.wire,
                    f.required as u8,
                    f.nullable as u8,
                    (direction && f.read_only) as u8,
                    (direction && f.write_only) as u8,
                    f.lenient as u8
                );
                ty(&mut out, &f.ty);
                out.push(',');
            }
            out.push('}');
            if let Some(a) = additional {
                out.push('+');
                ty(&mut out, a);
            }
        }
        TypeKind::Enum { variants } => {
            out.push_str("enum{");
            for v in variants {
                let _ = write!(out, "{}={},", v.name, v.wire);
            }
            out.push('}');
        }
        TypeKind::IntEnum { values } => {
            out.push_str("int{");
            for (c, v) in values {
                let _ = write!(out, "{c}={v},");
            }
            out.push('}');
        }
        TypeKind::Newtype(inner) => {
            out.push_str("newtype(");
            ty(&mut out, inner);
            out.push(')');
        }
        TypeKind::OneOf { variants, tag, lenient } => {
            let _ = write!(out, "lenient{lenient:?}");
            out.push_str("oneof{");
            for (v, t) in variants {
                let _ = write!(out, "{v}:");
                ty(&mut out, t);
                out.push(',');
            }
            out.push('}');
            if let Some((property, values)) = tag {
                let _ = write!(out, "tag {property}={values:?}");
            }
        }
    }
    Some(out)
}

fn write_ty(out: &mut String, ty: &TypeRef, index: &HashMap<String, usize>, parent: &mut [usize], types: &[TypeDef]) {
    match ty {
        TypeRef::Named(n) => match index.get(n) {
            Some(&i) => {
                let root = find(parent, i);
                let _ = write!(out, "#{}", types[root].name);
            }
            None => {
                let _ = write!(out, "#{n}");
            }
        },
        TypeRef::Vec(inner) => {
            out.push_str("Vec<");
            write_ty(out, inner, index, parent, types);
            out.push('>');
        }
        TypeRef::Map(inner) => {
            out.push_str("Map<");
            write_ty(out, inner, index, parent, types);
            out.push('>');
        }
        TypeRef::Boxed(inner) => {
            out.push_str("Box<");
            write_ty(out, inner, index, parent, types);
            out.push('>');
        }
        other => {
            let _ = write!(out, "{other:?}");
        }
    }
}

/// Whether `t` is a component schema itself (not a schema inside one).
fn is_component(t: &TypeDef) -> bool {
    t.pointer.strip_prefix("/components/schemas/").is_some_and(|rest| !rest.contains('/'))
}

/// Words that make a poor type name on their own.
const VAGUE: &[&str] =
    &["Item", "Items", "Value", "Values", "Request", "Response", "Body", "Data", "Result", "Inner", "Object", "Error"];

/// The name a group's canonical type takes (see the module doc).
fn best_name(types: &[TypeDef], group: &[usize], scope: &mut Scope) -> String {
    if let Some(&c) = group.iter().find(|&&m| is_component(&types[m])) {
        return types[c].name.clone();
    }
    let names: Vec<&str> = group.iter().map(|&m| types[m].name.as_str()).collect();
    let suffix = common_word_suffix(&names);
    let words = split_words(&suffix).len();
    let usable = !suffix.is_empty()
        && !names.contains(&suffix.as_str())
        && (words >= 2 || (suffix.len() >= 5 && !VAGUE.contains(&suffix.as_str())))
        && !suffix.starts_with(|c: char| c.is_ascii_digit())
        && !scope.contains(&suffix);
    if usable {
        return scope.claim(suffix);
    }
    if let Some(existing) = names.iter().find(|n| **n == suffix) {
        return (*existing).to_owned();
    }
    types[group[0]].name.clone()
}

/// `ListTasksSortDirection` → `["List", "Tasks", "Sort", "Direction"]`; digits stay with the
/// word before them.
fn split_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        if i > start && c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
}

/// The longest run of whole words that every name ends with.
fn common_word_suffix(names: &[&str]) -> String {
    let split: Vec<Vec<&str>> = names.iter().map(|n| split_words(n)).collect();
    let shortest = split.iter().map(Vec::len).min().unwrap_or(0);
    let mut n = 0;
    while n < shortest {
        let word = split[0][split[0].len() - 1 - n];
        if split.iter().all(|w| w[w.len() - 1 - n] == word) {
            n += 1;
        } else {
            break;
        }
    }
    split[0][split[0].len() - n..].concat()
}

/// Replaces every merged name in `ty` by its canonical name.
pub(super) fn rename(ty: &mut TypeRef, canonical: &HashMap<String, String>) {
    match ty {
        TypeRef::Named(n) => {
            if let Some(c) = canonical.get(n) {
                *n = c.clone();
            }
        }
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => rename(inner, canonical),
        _ => {}
    }
}

fn rename_in_kind(kind: &mut TypeKind, canonical: &HashMap<String, String>) {
    match kind {
        TypeKind::Struct { fields, additional } => {
            for f in fields {
                rename(&mut f.ty, canonical);
            }
            if let Some(a) = additional {
                rename(a, canonical);
            }
        }
        TypeKind::Alias(t) | TypeKind::Newtype(t) => rename(t, canonical),
        TypeKind::OneOf { variants, .. } | TypeKind::ErrorBody { variants } => {
            variants.iter_mut().for_each(|(_, t)| rename(t, canonical))
        }
        TypeKind::StatusEnum { variants } => {
            variants.iter_mut().filter_map(|(_, _, t)| t.as_mut()).for_each(|t| rename(t, canonical))
        }
        TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_capitals_and_keep_digits() {
        assert_eq!(split_words("ListTasksSortDirection"), ["List", "Tasks", "Sort", "Direction"]);
        assert_eq!(split_words("GetError400"), ["Get", "Error400"]);
        assert_eq!(common_word_suffix(&["ListCoursesSortDirection", "ListTasksSortDirection"]), "SortDirection");
        assert_eq!(common_word_suffix(&["GetError400", "GetHealthError403"]), "");
        assert_eq!(common_word_suffix(&["AItem", "AItem"]), "AItem");
    }
}
