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
//! Constraints the Rust type does not show (`pattern`, `format`, bounds, lengths, `multipleOf`,
//! item and property counts, also of the properties and items written inline) are part of the
//! shape: `TimeOfDay` (`HH:MM:SS`) and `LocalDateTime` are both a string newtype, yet not one type.
//!
//! Every merged name stays public as `pub type Other = Canonical;`, so code and docs that use it
//! keep working. A use site keeps the name its `$ref` gives (a component schema's name, an alias
//! when it was merged); only references to merged inline names are pointed at the canonical type. The canonical type takes the best name of its group: a component schema's name
//! wins over an inline one; among inline ones, the words their names share at the end (the
//! shared property: `ListCoursesSortDirection` and `ListTasksSortDirection` give
//! `SortDirection`), when free; otherwise the first in spec order. The choice depends only on
//! the spec, so it is the same on every machine.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use crate::ir::{TypeDef, TypeKind, TypeRef};
use crate::naming::{camel_words as split_words, Scope};

/// What interning did: the aliases to add once the whole-API passes have run, and the canonical
/// name of every merged name (for rewriting references).
pub(super) struct Interned {
    /// `pub type Other = Canonical;` for every merged name, in spec order.
    pub aliases: Vec<TypeDef>,
    /// Merged name → canonical name (names that were not merged are absent).
    pub canonical: HashMap<String, String>,
    /// What use sites are rewritten with: merged inline names → canonical name. A component
    /// schema's name is what the spec names at its use sites, so it stays there (an alias).
    pub renames: HashMap<String, String>,
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

/// `constraints` gives the text of what a type's schema constrains beyond its Rust shape (two
/// types with different texts are never merged); `aliases` maps the names of earlier merges
/// (already aliases, not in `types`) to their canonical type.
pub(super) fn intern(
    types: &mut Vec<TypeDef>,
    scope: &mut Scope,
    phase: Phase,
    constraints: &dyn Fn(&TypeDef) -> String,
    aliases: &HashMap<String, String>,
) -> Interned {
    let index: HashMap<String, usize> = types.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    let look = Lookup { index: &index, aliases };
    let fences: Vec<String> = types.iter().map(constraints).collect();
    // Union-find over type indices; the representative of a group is its first member.
    let mut parent: Vec<usize> = (0..types.len()).collect();
    loop {
        let mut groups: HashMap<String, usize> = HashMap::new();
        let mut merged = false;
        for i in 0..types.len() {
            if find(&mut parent, i) != i {
                continue;
            }
            let Some(mut key) = shape_key(&types[i].kind, &look, &mut parent, types, phase) else { continue };
            if !fences[i].is_empty() {
                let _ = write!(key, " constraints {}", fences[i]);
            }
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
    let mut renames = HashMap::new();
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
                if !is_component(&types[m]) {
                    renames.insert(types[m].name.clone(), name.clone());
                }
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
        rename_in_kind(&mut t.kind, &renames);
    }
    Interned { aliases, canonical, renames }
}

/// Where a mentioned name is: a type of the list, or an alias of an earlier merge.
struct Lookup<'l> {
    index: &'l HashMap<String, usize>,
    aliases: &'l HashMap<String, String>,
}

impl Lookup<'_> {
    fn get(&self, name: &str) -> Option<usize> {
        let name = self.aliases.get(name).map_or(name, String::as_str);
        self.index.get(name).copied()
    }
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
    index: &Lookup<'_>,
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

fn write_ty(out: &mut String, ty: &TypeRef, index: &Lookup<'_>, parent: &mut [usize], types: &[TypeDef]) {
    match ty {
        TypeRef::Named(n) => match index.get(n) {
            Some(i) => {
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

/// The keywords that constrain a value beyond its Rust type.
const CONSTRAINTS: &[&str] = &[
    "format",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
];

/// The constraints of `schema` as text: its own, and (`depth` levels down) those of the
/// properties, items and values written inline and of the members of its compositions;
/// `$ref`s are not followed (a named type is compared by its group).
pub(super) fn constraints(schema: &serde_json::Value, depth: u8, out: &mut String) {
    for key in CONSTRAINTS {
        if let Some(v) = schema.get(key) {
            let _ = write!(out, "{key}={v};");
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, member) in schema.get(key).and_then(serde_json::Value::as_array).into_iter().flatten().enumerate() {
            let mut inner = String::new();
            constraints(member, depth, &mut inner);
            if !inner.is_empty() {
                let _ = write!(out, "{key}/{i}({inner})");
            }
        }
    }
    if depth == 0 {
        return;
    }
    let nested = |at: &str, s: &serde_json::Value, out: &mut String| {
        let mut inner = String::new();
        constraints(s, depth - 1, &mut inner);
        if !inner.is_empty() {
            let _ = write!(out, "{at}({inner})");
        }
    };
    for key in ["items", "additionalProperties", "not"] {
        if let Some(s) = schema.get(key).filter(|s| s.is_object()) {
            nested(key, s, out);
        }
    }
    for (name, s) in schema.get("properties").and_then(serde_json::Value::as_object).into_iter().flatten() {
        nested(name, s, out);
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
    // `Kind` ends the name of an enum whose property repeats its owner's name
    // (`UserStatus.status` → `UserStatusKind`): beside `UserSystemInfoStatus` the shared
    // property is `Status`.
    let kindless: Vec<&str> = if names.iter().all(|n| n.ends_with("Kind")) {
        names.clone()
    } else {
        names.iter().map(|n| n.strip_suffix("Kind").filter(|s| !s.is_empty()).unwrap_or(n)).collect()
    };
    let suffix = common_word_suffix(&kindless);
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
