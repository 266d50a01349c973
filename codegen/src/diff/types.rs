//! Types compared structurally: a walk pairs the old and new named types found at the same
//! place (an operation's parameters, body or response, and everything inside them), then each
//! pair is compared once, with the methods it reaches and whether it is sent, received or both.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::mem::discriminant;

use serde_json::Value;

use super::raw::{constraint_deltas, Raw};
use super::report::Change;
use super::{rules, Side, Sides};
use crate::ir::{Field, Paths, RustTy, TypeDef, TypeKind, TypeRef};

/// Which way a type travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Dir {
    /// Sent in a request.
    Request,
    /// Received in a response.
    Response,
}

/// Where a pair of types is used.
#[derive(Debug, Default)]
struct PairUse {
    request: bool,
    response: bool,
    affects: Vec<String>,
    seen: BTreeSet<(Dir, String)>,
}

/// The pairs of named types found so far, in the order found.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    pairs: BTreeMap<(String, String), PairUse>,
    order: Vec<(String, String)>,
    /// Old types reported with a removed operation.
    pub claimed_old: BTreeSet<String>,
    /// New types reported with an added operation.
    pub claimed_new: BTreeSet<String>,
}

impl Walk {
    /// Pairs the named types of `o` and `n` (used `dir`-wards by `op`) and everything inside
    /// them. Returns `false` when the two are not the same shape.
    pub fn visit<'a>(&mut self, s: &Sides<'a>, o: &'a TypeRef, n: &'a TypeRef, dir: Dir, op: &str) -> bool {
        let mut pairs = Vec::new();
        if !same_shape(s, o, n, &mut pairs) {
            return false;
        }
        for (a, b) in pairs {
            let key = (a.clone(), b.clone());
            let entry = match self.pairs.entry(key.clone()) {
                Entry::Vacant(v) => {
                    self.order.push(key);
                    v.insert(PairUse::default())
                }
                Entry::Occupied(o) => o.into_mut(),
            };
            if !entry.seen.insert((dir, op.to_owned())) {
                continue;
            }
            match dir {
                Dir::Request => entry.request = true,
                Dir::Response => entry.response = true,
            }
            if !op.is_empty() && !entry.affects.iter().any(|x| x == op) {
                entry.affects.push(op.to_owned());
            }
            let (Some(ta), Some(tb)) = (s.old.def(&a), s.new.def(&b)) else { continue };
            for (co, cn) in children(s, ta, tb) {
                self.visit(s, co, cn, dir, op);
            }
        }
        true
    }

    /// The names of the types paired so far: (old, new).
    pub fn names(&self) -> (BTreeSet<String>, BTreeSet<String>) {
        (self.pairs.keys().map(|(a, _)| a.clone()).collect(), self.pairs.keys().map(|(_, b)| b.clone()).collect())
    }
}

/// Whether `o` (old) and `n` (new) are the same Rust shape once aliases and boxes are seen
/// through, ignoring the names of generated types; the named pairs met on the way are pushed.
pub(super) fn same_shape<'a>(s: &Sides<'a>, o: &'a TypeRef, n: &'a TypeRef, pairs: &mut Vec<(String, String)>) -> bool {
    let (o, n) = (s.old.resolve(o), s.new.resolve(n));
    match (o, n) {
        (TypeRef::Named(a), TypeRef::Named(b)) => {
            let (Some(ta), Some(tb)) = (s.old.def(a), s.new.def(b)) else { return a == b };
            let pair = (a.clone(), b.clone());
            if pairs.contains(&pair) {
                // Met again inside itself (a newtype that holds itself): the same so far.
                return true;
            }
            let before = pairs.len();
            pairs.push(pair);
            let same = match (&ta.kind, &tb.kind) {
                (TypeKind::Newtype(x), TypeKind::Newtype(y)) => same_shape(s, x, y, pairs),
                (ka, kb) => discriminant(ka) == discriminant(kb),
            };
            if !same {
                pairs.truncate(before);
            }
            same
        }
        (TypeRef::Vec(x), TypeRef::Vec(y)) | (TypeRef::Map(x), TypeRef::Map(y)) => same_shape(s, x, y, pairs),
        _ => o == n,
    }
}

/// [`same_shape`] without collecting pairs.
pub(super) fn shape_eq<'a>(s: &Sides<'a>, o: &'a TypeRef, n: &'a TypeRef) -> bool {
    same_shape(s, o, n, &mut Vec::new())
}

/// The type references inside a pair of same-kind types, matched up.
fn children<'a>(s: &Sides<'a>, ta: &'a TypeDef, tb: &'a TypeDef) -> Vec<(&'a TypeRef, &'a TypeRef)> {
    let mut out = Vec::new();
    match (&ta.kind, &tb.kind) {
        (TypeKind::Struct { fields: fa, additional: aa }, TypeKind::Struct { fields: fb, additional: ab }) => {
            for f in fa {
                if let Some(g) = fb.iter().find(|g| g.wire == f.wire) {
                    out.push((&f.ty, &g.ty));
                }
            }
            if let (Some(x), Some(y)) = (aa, ab) {
                out.push((x, y));
            }
        }
        (TypeKind::OneOf { variants: va, .. }, TypeKind::OneOf { variants: vb, .. })
        | (TypeKind::ErrorBody { variants: va }, TypeKind::ErrorBody { variants: vb }) => {
            for (i, j) in match_variants(s, va, vb).0 {
                out.push((&va[i].1, &vb[j].1));
            }
        }
        (TypeKind::StatusEnum { variants: va }, TypeKind::StatusEnum { variants: vb }) => {
            for (_, status, ty) in va {
                let other = vb.iter().find(|(_, s2, _)| s2 == status).and_then(|(_, _, t)| t.as_ref());
                if let (Some(x), Some(y)) = (ty, other) {
                    out.push((x, y));
                }
            }
        }
        (TypeKind::Newtype(x), TypeKind::Newtype(y)) => out.push((x, y)),
        _ => {}
    }
    out
}

/// One-of variants matched by name, then the rest by position among those of the same shape:
/// (matched pairs, old indices removed, new indices added).
fn match_variants<'a>(
    s: &Sides<'a>,
    va: &'a [(String, TypeRef)],
    vb: &'a [(String, TypeRef)],
) -> (Vec<(usize, usize)>, Vec<usize>, Vec<usize>) {
    let mut matched = Vec::new();
    let mut free_b: Vec<usize> = (0..vb.len()).collect();
    let mut removed = Vec::new();
    for (i, (name, _)) in va.iter().enumerate() {
        if let Some(pos) = free_b.iter().position(|&j| vb[j].0 == *name) {
            matched.push((i, free_b.remove(pos)));
        } else {
            removed.push(i);
        }
    }
    removed.retain(|&i| match free_b.iter().position(|&j| shape_eq(s, &va[i].1, &vb[j].1)) {
        Some(pos) => {
            matched.push((i, free_b.remove(pos)));
            false
        }
        None => true,
    });
    matched.sort_unstable();
    (matched, removed, free_b)
}

/// Every named type reachable from `roots` on one side.
pub(super) fn reach<'a>(side: &Side<'a>, roots: &[&'a TypeRef]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<&'a TypeRef> = roots.to_vec();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => stack.push(inner),
            TypeRef::Named(n) => {
                if !out.insert(n.clone()) {
                    continue;
                }
                let Some(t) = side.def(n) else { continue };
                match &t.kind {
                    TypeKind::Struct { fields, additional } => {
                        stack.extend(fields.iter().map(|f| &f.ty));
                        stack.extend(additional);
                    }
                    TypeKind::Alias(x) | TypeKind::Newtype(x) => stack.push(x),
                    TypeKind::OneOf { variants, .. } | TypeKind::ErrorBody { variants } => {
                        stack.extend(variants.iter().map(|(_, t)| t))
                    }
                    TypeKind::StatusEnum { variants } => {
                        stack.extend(variants.iter().filter_map(|(_, _, t)| t.as_ref()))
                    }
                    TypeKind::Enum { .. } | TypeKind::IntEnum { .. } => {}
                }
            }
            _ => {}
        }
    }
    out
}

/// Changes, some of which name the types that come or go with them (a field added with a
/// new inline enum): those are found once the walk is complete.
#[derive(Default)]
pub(super) struct Out<'a> {
    pub changes: Vec<Change>,
    /// (index into `changes`, new side?, the roots of the types it brings or takes away).
    pending: Vec<(usize, bool, Vec<&'a TypeRef>)>,
}

impl<'a> Out<'a> {
    pub fn push(&mut self, change: Change) {
        self.changes.push(change);
    }

    /// Adds a change that adds (`new_side`) or removes something holding `roots`.
    pub fn bringing(&mut self, change: Change, new_side: bool, roots: Vec<&'a TypeRef>) {
        self.pending.push((self.changes.len(), new_side, roots));
        self.changes.push(change);
    }

    /// Adds a change that replaces something holding `old` by something holding `new`.
    pub fn swapping(&mut self, change: Change, old: Vec<&'a TypeRef>, new: Vec<&'a TypeRef>) {
        self.pending.push((self.changes.len(), false, old));
        self.pending.push((self.changes.len(), true, new));
        self.changes.push(change);
    }

    /// Names the types each pending change brings or takes away (those no pair holds and the
    /// other side does not have), and claims them so they are not reported on their own.
    pub fn resolve(mut self, s: &Sides<'a>, walk: &mut Walk) -> Vec<Change> {
        let (walked_old, walked_new) = walk.names();
        for (index, new_side, roots) in self.pending {
            let (side, other, walked, claimed) = if new_side {
                (&s.new, &s.old, &walked_new, &mut walk.claimed_new)
            } else {
                (&s.old, &s.new, &walked_old, &mut walk.claimed_old)
            };
            for name in reach(side, &roots) {
                if walked.contains(&name) || other.def(&name).is_some() || side.def(&name).is_none_or(is_alias) {
                    continue;
                }
                let how = if new_side { "added" } else { "removed" };
                self.changes[index].items.push(format!("`{}` ({how})", type_path(&s.lib, &name)));
                claimed.insert(name);
            }
        }
        self.changes
    }
}

impl Extend<Change> for Out<'_> {
    fn extend<T: IntoIterator<Item = Change>>(&mut self, iter: T) {
        self.changes.extend(iter);
    }
}

/// Aliases are transparent, like the names of types: `pub type Name = String;` appearing when
/// a schema moves behind a `$ref` is no change.
fn is_alias(t: &TypeDef) -> bool {
    matches!(t.kind, TypeKind::Alias(_))
}

/// Types used by no operation on either side (paired by name), every pair of types found by
/// the walk, then the types added and removed on their own.
pub(super) fn compare(s: &Sides<'_>, walk: &mut Walk) -> Vec<Change> {
    let mut changes = Vec::new();
    let free = |walk: &Walk, name: &str, new_side: bool| {
        let (walked_old, walked_new) = walk.names();
        if new_side {
            !walked_new.contains(name) && !walk.claimed_new.contains(name)
        } else {
            !walked_old.contains(name) && !walk.claimed_old.contains(name)
        }
    };
    let pairs: Vec<(&TypeDef, &TypeDef)> = s
        .old
        .api
        .types
        .iter()
        .filter(|t| !is_alias(t) && free(walk, &t.name, false))
        .filter_map(|t| s.new.def(&t.name).filter(|n| !is_alias(n) && free(walk, &n.name, true)).map(|n| (t, n)))
        .collect();
    let mut replaced = BTreeSet::new();
    for (o, n) in pairs {
        // Used by nothing: the generator makes it decodable, so it counts as received.
        let dir = if n.usage.serialize && !n.usage.deserialize { Dir::Request } else { Dir::Response };
        let (ro, rn) = (self_ref(o), self_ref(n));
        if !walk.visit(s, &ro, &rn, dir, "") {
            replaced.insert(o.name.clone());
            changes.push(
                Change::new(&rules::TYPE_REMOVED, format!("type `{}` is replaced by another kind of type", o.name))
                    .item(format!("{}: {} → {}", type_path(&s.lib, &n.name), kind_name(o), kind_name(n))),
            );
        }
    }
    let mut out = Out::default();
    for key in walk.order.clone() {
        let (Some(a), Some(b)) = (s.old.def(&key.0), s.new.def(&key.1)) else { continue };
        let used = &walk.pairs[&key];
        let pair = Pair { s, a, b, request: used.request, response: used.response, affects: &used.affects };
        pair.compare(&mut out);
    }
    changes.extend(out.resolve(s, walk));
    for t in
        s.old.api.types.iter().filter(|t| !is_alias(t) && !replaced.contains(&t.name) && free(walk, &t.name, false))
    {
        if s.new.def(&t.name).is_none() {
            changes.push(
                Change::new(&rules::TYPE_REMOVED, format!("type `{}` is removed", t.name))
                    .item(type_path(&s.lib, &t.name)),
            );
        }
    }
    changes.extend(split_aliases(s));
    for t in s.new.api.types.iter().filter(|t| !is_alias(t) && !replaced.contains(&t.name) && free(walk, &t.name, true))
    {
        if s.old.def(&t.name).is_none() {
            changes.push(
                Change::new(&rules::TYPE_ADDED, format!("type `{}` is added", t.name)).item(type_path(&s.lib, &t.name)),
            );
        }
    }
    changes
}

/// An old alias whose name is, in the new crate, no longer the same type as its old target
/// (its schema was merged for its shape, and the shape changed).
fn split_aliases(s: &Sides<'_>) -> Vec<Change> {
    let mut changes = Vec::new();
    for t in s.old.api.types.iter() {
        let TypeKind::Alias(target) = &t.kind else { continue };
        if s.new.def(&t.name).is_none() {
            continue;
        }
        let old_target = s.old.resolve(target);
        let now = resolve_owned(&s.new, &TypeRef::Named(t.name.clone()));
        if now != resolve_owned(&s.new, old_target) {
            let target_name = match old_target {
                TypeRef::Named(n) => n.clone(),
                other => format!("{other:?}"),
            };
            changes.push(
                Change::new(
                    &rules::ALIAS_SPLIT,
                    format!("type `{}` was another name of `{target_name}` and is now a type of its own", t.name),
                )
                .item(format!("{}: alias → {}", type_path(&s.lib, &t.name), kind_of(&s.new, &t.name))),
            );
        }
    }
    changes
}

/// What `ty` is once the aliases of `side` are seen through (an owned copy).
fn resolve_owned(side: &super::Side<'_>, ty: &TypeRef) -> TypeRef {
    let mut current = ty.clone();
    for _ in 0..64 {
        match &current {
            TypeRef::Boxed(inner) => current = (**inner).clone(),
            TypeRef::Named(n) => match side.def(n).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => current = target.clone(),
                _ => break,
            },
            _ => break,
        }
    }
    current
}

fn kind_of(side: &super::Side<'_>, name: &str) -> &'static str {
    side.def(name).map_or("removed", kind_name)
}

fn self_ref(t: &TypeDef) -> TypeRef {
    TypeRef::Named(t.name.clone())
}

fn kind_name(t: &TypeDef) -> &'static str {
    match t.kind {
        TypeKind::Struct { .. } => "struct",
        TypeKind::Enum { .. } => "enum",
        TypeKind::Alias(_) => "alias",
        TypeKind::Newtype(_) => "newtype",
        TypeKind::IntEnum { .. } => "integer enum",
        TypeKind::StatusEnum { .. } => "response enum",
        TypeKind::OneOf { .. } => "one-of enum",
        TypeKind::ErrorBody { .. } => "error-body enum",
    }
}

/// One pair of types to compare.
struct Pair<'s, 'a> {
    s: &'s Sides<'a>,
    a: &'a TypeDef,
    b: &'a TypeDef,
    request: bool,
    response: bool,
    affects: &'s [String],
}

impl<'a> Pair<'_, 'a> {
    fn change(&self, rule: &rules::Rule, message: String) -> Change {
        let change = Change::new(rule, message).affecting(self.affects.to_vec());
        // Types the generator makes (the error-body enum) have no place in the spec.
        if self.b.pointer.is_empty() {
            change
        } else {
            change.at(self.b.pointer.clone())
        }
    }

    /// The same type under another Rust name (an inline schema moved to a component, a
    /// component renamed), unless the old name stays as an alias or another type.
    fn name(&self, out: &mut Out<'a>) {
        if self.a.name != self.b.name && self.s.new.def(&self.a.name).is_none() {
            out.push(
                self.change(&rules::TYPE_RENAMED, format!("type `{}` is now named `{}`", self.a.name, self.b.name))
                    .item(format!("{} → {}", type_path(&self.s.lib, &self.a.name), self.path())),
            );
        }
    }

    fn path(&self) -> String {
        type_path(&self.s.lib, &self.b.name)
    }

    fn travels(&self) -> &'static str {
        match (self.request, self.response) {
            (true, true) => "sent and received",
            (true, false) => "sent",
            _ => "received",
        }
    }

    fn compare(&self, out: &mut Out<'a>) {
        self.name(out);
        match (&self.a.kind, &self.b.kind) {
            (TypeKind::Struct { fields: fa, additional: aa }, TypeKind::Struct { fields: fb, additional: ab }) => {
                self.fields(fa, fb, out);
                self.additional(aa.as_ref(), ab.as_ref(), fb, out);
                let default = |fields: &[Field]| fields.iter().all(Field::optional);
                if default(fa) && !default(fb) {
                    out.push(
                        self.change(
                            &rules::STRUCT_DEFAULT_REMOVED,
                            format!("`{}` no longer derives `Default`", self.b.name),
                        )
                        .item(format!("impl Default for {}", self.path())),
                    );
                }
            }
            (TypeKind::Enum { variants: va }, TypeKind::Enum { variants: vb }) => {
                for v in vb.iter().filter(|v| !va.iter().any(|w| w.wire == v.wire)) {
                    let rule = if self.response {
                        &rules::ENUM_VALUE_ADDED_RESPONSE
                    } else {
                        &rules::ENUM_VALUE_ADDED_REQUEST
                    };
                    out.push(
                        self.change(
                            rule,
                            format!("enum `{}` ({}) gains the value `{}`", self.b.name, self.travels(), v.wire),
                        )
                        .item(format!("{}::{}", self.path(), v.name)),
                    );
                }
                for v in va.iter().filter(|v| !vb.iter().any(|w| w.wire == v.wire)) {
                    let rule = if self.request {
                        &rules::ENUM_VALUE_REMOVED_REQUEST
                    } else {
                        &rules::ENUM_VALUE_REMOVED_RESPONSE
                    };
                    out.push(
                        self.change(
                            rule,
                            format!("enum `{}` ({}) loses the value `{}`", self.b.name, self.travels(), v.wire),
                        )
                        .item(format!("{}::{}", self.path(), v.name)),
                    );
                }
            }
            (TypeKind::IntEnum { values: va }, TypeKind::IntEnum { values: vb }) => {
                for (c, v) in vb.iter().filter(|(_, v)| !va.iter().any(|(_, w)| w == v)) {
                    out.push(
                        self.change(
                            &rules::INT_ENUM_VALUE_ADDED,
                            format!("integer enum `{}` gains the value {v}", self.b.name),
                        )
                        .item(format!("{}::{c}", self.path())),
                    );
                }
                for (c, v) in va.iter().filter(|(_, v)| !vb.iter().any(|(_, w)| w == v)) {
                    out.push(
                        self.change(
                            &rules::INT_ENUM_VALUE_REMOVED,
                            format!("integer enum `{}` loses the value {v}", self.b.name),
                        )
                        .item(format!("{}::{c}", self.path())),
                    );
                }
            }
            (TypeKind::OneOf { variants: va, .. }, TypeKind::OneOf { variants: vb, .. })
            | (TypeKind::ErrorBody { variants: va }, TypeKind::ErrorBody { variants: vb }) => self.one_of(va, vb, out),
            (TypeKind::StatusEnum { variants: va }, TypeKind::StatusEnum { variants: vb }) => {
                self.statuses(va, vb, out)
            }
            (TypeKind::Newtype(_), TypeKind::Newtype(_)) => {
                if let (Some(x), Some(y)) = (self.s.old.raw.at(&self.a.pointer), self.s.new.raw.at(&self.b.pointer)) {
                    out.extend(self.constraints(
                        x,
                        y,
                        format!("`{}`", self.b.name),
                        format!("`{}` (type unchanged)", self.path()),
                    ));
                }
            }
            _ => {}
        }
        if !self.a.deprecated && self.b.deprecated {
            out.push(
                self.change(&rules::SCHEMA_DEPRECATED, format!("schema `{}` is deprecated", self.b.name))
                    .item(self.path()),
            );
        }
    }

    fn fields(&self, fa: &'a [Field], fb: &'a [Field], out: &mut Out<'a>) {
        let all_optional = fb.iter().all(Field::optional);
        for f in fb.iter().filter(|f| !fa.iter().any(|g| g.wire == f.wire)) {
            let item = format!("{}::{}: {}", self.path(), f.name, field_ty(f, self.b));
            // Every struct has `new(required…)`: a required field is one more argument,
            // whichever way the struct travels (a required, nullable one too: `impl Into<Option<T>>`).
            let rule = if !self.request && f.required {
                &rules::RESPONSE_FIELD_ADDED_REQUIRED
            } else if !self.request {
                &rules::RESPONSE_FIELD_ADDED
            } else if f.required {
                &rules::REQUEST_FIELD_ADDED_REQUIRED
            } else if all_optional {
                &rules::REQUEST_FIELD_ADDED_OPTIONAL
            } else {
                &rules::REQUEST_FIELD_ADDED_OPTIONAL_NO_DEFAULT
            };
            let presence = if f.required { "required" } else { "optional" };
            out.bringing(
                self.change(
                    rule,
                    format!("`{}` ({}) gains the {presence} field `{}`", self.b.name, self.travels(), f.wire),
                )
                .item(item),
                true,
                vec![&f.ty],
            );
        }
        for f in fa.iter().filter(|f| !fb.iter().any(|g| g.wire == f.wire)) {
            let rule = if self.request { &rules::REQUEST_FIELD_REMOVED } else { &rules::RESPONSE_FIELD_REMOVED };
            out.bringing(
                self.change(rule, format!("`{}` ({}) loses the field `{}`", self.b.name, self.travels(), f.wire))
                    .item(format!("{}::{}: {}", self.path(), f.name, field_ty(f, self.a))),
                false,
                vec![&f.ty],
            );
        }
        for f in fa {
            if let Some(g) = fb.iter().find(|g| g.wire == f.wire) {
                self.field(f, g, out);
            }
        }
    }

    fn field(&self, f: &'a Field, g: &'a Field, out: &mut Out<'a>) {
        let s = self.s;
        let subject = format!("`{}.{}`", self.b.name, g.wire);
        let item = format!("{}::{}: {} → {}", self.path(), g.name, field_ty(f, self.a), field_ty(g, self.b));
        if !shape_eq(s, &f.ty, &g.ty) {
            out.swapping(
                self.change(&rules::FIELD_TYPE_CHANGED, format!("{subject} changes type")).item(item),
                vec![&f.ty],
                vec![&g.ty],
            );
            return;
        }
        if (f.required, f.nullable) != (g.required, g.nullable) {
            let same = f.wrap(self.a.usage, RustTy::Unit) == g.wrap(self.b.usage, RustTy::Unit);
            let (rule, what) = if same {
                (&rules::FIELD_PRESENCE_CHANGED, presence_words(f, g))
            } else if !f.nullable && g.nullable {
                (&rules::FIELD_BECAME_NULLABLE, "becomes nullable".to_owned())
            } else if f.nullable && !g.nullable {
                (&rules::FIELD_NO_LONGER_NULLABLE, "is no longer nullable".to_owned())
            } else if g.required {
                (&rules::FIELD_MADE_REQUIRED, "becomes required".to_owned())
            } else {
                (&rules::FIELD_MADE_OPTIONAL, "becomes optional".to_owned())
            };
            out.push(self.change(rule, format!("{subject} ({}) {what}", self.travels())).item(item.clone()));
        }
        let unchanged = format!("`{}::{}: {}` (type unchanged)", self.path(), g.name, field_ty(g, self.b));
        let (po, pn) = (s.old.raw.property(&self.a.pointer, &f.wire), s.new.raw.property(&self.b.pointer, &g.wire));
        if let (Some(po), Some(pn)) = (po, pn) {
            let (eo, en) = (effective(&s.old, s.old.raw, po, &f.ty), effective(&s.new, s.new.raw, pn, &g.ty));
            if let (Some(eo), Some(en)) = (eo, en) {
                let (fo, fnew) = (format_of(eo), format_of(en));
                if fo != fnew {
                    out.push(
                        self.change(
                            &rules::FIELD_FORMAT_CHANGED,
                            format!("{subject} format {} → {}", fo.unwrap_or("none"), fnew.unwrap_or("none")),
                        )
                        .item(unchanged.clone()),
                    );
                }
                out.extend(self.constraints(eo, en, subject.clone(), unchanged.clone()));
            }
        }
        if !f.deprecated && g.deprecated {
            out.push(self.change(&rules::FIELD_DEPRECATED, format!("{subject} is deprecated")).item(unchanged));
        }
    }

    fn additional(&self, aa: Option<&'a TypeRef>, ab: Option<&'a TypeRef>, fb: &[Field], out: &mut Out<'a>) {
        let field = |t: &TypeRef| format!("{}::additional_properties: BTreeMap<String, {}>", self.path(), type_text(t));
        match (aa, ab) {
            (None, Some(t)) => {
                let rule = if self.request && !fb.iter().all(Field::optional) {
                    &rules::REQUEST_FIELD_ADDED_OPTIONAL_NO_DEFAULT
                } else {
                    &rules::ADDITIONAL_PROPERTIES_ADDED
                };
                out.bringing(
                    self.change(
                        rule,
                        format!("`{}` ({}) now allows additional properties", self.b.name, self.travels()),
                    )
                    .item(field(t)),
                    true,
                    vec![t],
                );
            }
            (Some(t), None) => out.bringing(
                self.change(
                    &rules::ADDITIONAL_PROPERTIES_REMOVED,
                    format!("`{}` ({}) no longer allows additional properties", self.b.name, self.travels()),
                )
                .item(field(t)),
                false,
                vec![t],
            ),
            (Some(x), Some(y)) if !shape_eq(self.s, x, y) => out.swapping(
                self.change(
                    &rules::FIELD_TYPE_CHANGED,
                    format!("the additional properties of `{}` change type", self.b.name),
                )
                .item(format!("{} → {}", field(x), type_text(y))),
                vec![x],
                vec![y],
            ),
            _ => {}
        }
    }

    fn one_of(&self, va: &'a [(String, TypeRef)], vb: &'a [(String, TypeRef)], out: &mut Out<'a>) {
        let (matched, removed, added) = match_variants(self.s, va, vb);
        for j in added {
            let rule =
                if self.response { &rules::ONEOF_VARIANT_ADDED_RESPONSE } else { &rules::ONEOF_VARIANT_ADDED_REQUEST };
            let (name, ty) = &vb[j];
            out.bringing(
                self.change(rule, format!("one-of `{}` ({}) gains the variant `{name}`", self.b.name, self.travels()))
                    .item(format!("{}::{name}({})", self.path(), type_text(ty))),
                true,
                vec![ty],
            );
        }
        for i in removed {
            let (name, ty) = &va[i];
            out.bringing(
                self.change(
                    &rules::ONEOF_VARIANT_REMOVED,
                    format!("one-of `{}` ({}) loses the variant `{name}`", self.b.name, self.travels()),
                )
                .item(format!("{}::{name}({})", self.path(), type_text(ty))),
                false,
                vec![ty],
            );
        }
        for (i, j) in matched {
            if !shape_eq(self.s, &va[i].1, &vb[j].1) {
                out.swapping(
                    self.change(
                        &rules::FIELD_TYPE_CHANGED,
                        format!("variant `{}` of `{}` holds another type", vb[j].0, self.b.name),
                    )
                    .item(format!(
                        "{}::{}({}) → {}({})",
                        self.path(),
                        va[i].0,
                        type_text(&va[i].1),
                        vb[j].0,
                        type_text(&vb[j].1)
                    )),
                    vec![&va[i].1],
                    vec![&vb[j].1],
                );
            }
        }
    }

    fn statuses(
        &self,
        va: &'a [(String, u16, Option<TypeRef>)],
        vb: &'a [(String, u16, Option<TypeRef>)],
        out: &mut Out<'a>,
    ) {
        let show = |v: &str, t: &Option<TypeRef>| match t {
            Some(t) => format!("{}::{v}({})", self.path(), type_text(t)),
            None => format!("{}::{v}", self.path()),
        };
        for (v, status, t) in vb.iter().filter(|(_, s, _)| !va.iter().any(|(_, s2, _)| s2 == s)) {
            out.bringing(
                self.change(
                    &rules::STATUS_VARIANT_ADDED,
                    format!("`{}` gains the success status {status}", self.b.name),
                )
                .item(show(v, t)),
                true,
                t.iter().collect(),
            );
        }
        for (v, status, t) in va.iter().filter(|(_, s, _)| !vb.iter().any(|(_, s2, _)| s2 == s)) {
            out.bringing(
                self.change(
                    &rules::STATUS_VARIANT_REMOVED,
                    format!("`{}` loses the success status {status}", self.b.name),
                )
                .item(show(v, t)),
                false,
                t.iter().collect(),
            );
        }
        for (v, status, t) in va {
            let Some((w, _, u)) = vb.iter().find(|(_, s2, _)| s2 == status) else { continue };
            let same = match (t, u) {
                (Some(x), Some(y)) => shape_eq(self.s, x, y),
                (None, None) => true,
                _ => false,
            };
            if !same {
                out.swapping(
                    self.change(
                        &rules::RESPONSE_TYPE_CHANGED,
                        format!("the {status} body of `{}` changes type", self.b.name),
                    )
                    .item(format!("{} → {}", show(v, t), show(w, u))),
                    t.iter().collect(),
                    u.iter().collect(),
                );
            }
        }
    }

    fn constraints(&self, old: &Value, new: &Value, subject: String, item: String) -> Option<Change> {
        let travels = self.travels();
        constraint_change(self.request, old, new, format!("{subject} ({travels})"), item)
            .map(|c| c.affecting(self.affects.to_vec()))
    }
}

/// The change of the constraints between two schemas of something sent (`request`) or only
/// received, if any.
pub(super) fn constraint_change(
    request: bool,
    old: &Value,
    new: &Value,
    subject: String,
    item: String,
) -> Option<Change> {
    let deltas = constraint_deltas(old, new);
    if deltas.is_empty() {
        return None;
    }
    let tightened = deltas.iter().any(|d| d.tightened);
    let rule = match (request, tightened) {
        (true, true) => &rules::CONSTRAINT_TIGHTENED_REQUEST,
        (true, false) => &rules::CONSTRAINT_LOOSENED_REQUEST,
        (false, _) => &rules::CONSTRAINT_CHANGED_RESPONSE,
    };
    let list = deltas.iter().map(|d| d.describe()).collect::<Vec<_>>().join(", ");
    Some(Change::new(rule, format!("{subject}: {list}")).item(item))
}

/// `beam_client::types::Device`.
fn type_path(lib: &str, name: &str) -> String {
    format!("{lib}::types::{name}")
}

/// A type as written in `types.rs` (`Device`, `Vec<Device>`).
fn type_text(ty: &TypeRef) -> String {
    ty.rust(false, Paths::Short)
}

/// A field's type in its struct `owner`: `T`, `Option<T>`, or `Option<Option<T>>` when the
/// struct is sent.
fn field_ty(f: &Field, owner: &TypeDef) -> String {
    f.rust_ty(owner.usage).rust(false, Paths::Short)
}

fn presence_words(f: &Field, g: &Field) -> String {
    let words = |f: &Field| match (f.required, f.nullable) {
        (true, true) => "required and nullable",
        (true, false) => "required",
        (false, true) => "optional and nullable",
        (false, false) => "optional",
    };
    format!("goes from {} to {}", words(f), words(g))
}

fn format_of(schema: &Value) -> Option<&str> {
    schema.get("format").and_then(Value::as_str)
}

/// The schema whose constraints and format belong to a field or parameter of type `ty`, as
/// written at `schema`: itself, or the target of its `$ref` when that target lowered to no type
/// of its own (an alias). `None` when the target is a type of its own (compared as a pair).
pub(super) fn effective<'a>(side: &Side<'a>, raw: Raw<'a>, schema: &'a Value, ty: &'a TypeRef) -> Option<&'a Value> {
    if schema.get("$ref").is_none() {
        return Some(schema);
    }
    match ty {
        TypeRef::Named(n) if !matches!(side.def(n).map(|t| &t.kind), Some(TypeKind::Alias(_))) => None,
        _ => Some(raw.deref(schema)),
    }
}
