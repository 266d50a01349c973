//! Operations: matched by HTTP method and path (path parameter names aside), then by
//! operationId; each pair compared for its name, parameters, body, response, documented
//! statuses, security and pagination. Types met on the way are handed to the walk.

use std::collections::BTreeSet;

use super::report::Change;
use super::types::{constraint_change, effective, shape_eq, Dir, Out, Walk};
use super::{rules, Side, Sides};
use crate::ir::{Media, Operation, Param, Paths, RustTy, TypeKind, TypeRef};

/// `/devices/{id}` → `/devices/{}`.
fn normalize(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push('{');
            }
            '}' => {
                inside = false;
                out.push('}');
            }
            _ if inside => {}
            _ => out.push(c),
        }
    }
    out
}

fn key(op: &Operation) -> (String, String) {
    (op.http_method.clone(), normalize(&op.path))
}

fn subject(op: &Operation) -> String {
    format!("`{} {}` (`{}`)", op.http_method, op.path, op.id)
}

/// Matches operations, compares each pair, reports the added and removed ones, and compares
/// the error type.
pub(super) fn compare(s: &Sides<'_>, walk: &mut Walk) -> Vec<Change> {
    let (old, new) = (&s.old.api.operations, &s.new.api.operations);
    let mut new_of: Vec<Option<usize>> = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    for (i, o) in old.iter().enumerate() {
        if let Some(j) = (0..new.len()).find(|&j| !taken[j] && key(&new[j]) == key(o)) {
            new_of[i] = Some(j);
            taken[j] = true;
        }
    }
    for (i, o) in old.iter().enumerate() {
        if new_of[i].is_some() {
            continue;
        }
        if let Some(j) = (0..new.len()).find(|&j| !taken[j] && new[j].id == o.id) {
            new_of[i] = Some(j);
            taken[j] = true;
        }
    }
    let mut pairs: Vec<(usize, usize)> = new_of.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))).collect();
    pairs.sort_by_key(|&(_, j)| j);
    let mut out = Out::default();
    for (i, j) in pairs {
        let pair = OpPair { s, o: &old[i], n: &new[j], label: method(&new[j]) };
        pair.compare(walk, &mut out);
    }
    // The crate's error-body enum is always `types::ErrorBody` (a schema named so is
    // `ApiErrorBody`), so only its variants change; visiting it pairs the error schemas.
    let (eo, en) = (&s.old.api.error_type, &s.new.api.error_type);
    walk.visit(s, eo, en, Dir::Response, "ErrorBody");
    for n in new.iter().enumerate().filter(|(j, _)| !taken[*j]).map(|(_, n)| n) {
        let change = Change::new(&rules::OPERATION_ADDED, format!("{} is added", subject(n)))
            .item(signature(n))
            .at(op_pointer(n));
        out.bringing(with_extras(change, s, n), true, roots(n));
    }
    for o in old.iter().enumerate().filter(|(i, _)| new_of[*i].is_none()).map(|(_, o)| o) {
        let change = Change::new(&rules::OPERATION_REMOVED, format!("{} is removed", subject(o))).item(signature(o));
        out.bringing(with_extras(change, s, o), false, roots(o));
    }
    out.resolve(s, walk)
}

/// Adds the marker type (and with it the call's setters and stream) that come and go with an
/// operation.
fn with_extras(change: Change, s: &Sides<'_>, op: &Operation) -> Change {
    change.item(marker_path(&s.lib, op))
}

/// A type of the crate's surface as the report writes it (`&[types::Device]`).
fn short(ty: &RustTy) -> String {
    ty.rust(true, Paths::Short)
}

/// The method's name without `r#`.
fn method_name(op: &Operation) -> &str {
    op.method_name.trim_start_matches("r#")
}

/// `Client::list_devices`.
fn method(op: &Operation) -> String {
    format!("Client::{}", method_name(op))
}

/// The method's arguments after `&self`: `id: &str, body: &types::Device`.
fn args(op: &Operation) -> String {
    op.args.iter().map(|a| format!("{}: {}", a.name, short(&a.ty))).collect::<Vec<_>>().join(", ")
}

/// `Client::list_devices(&self, id: &str) -> Call<types::Device, ops::ListDevices>`.
fn signature(op: &Operation) -> String {
    let args = args(op);
    let sep = if args.is_empty() { "" } else { ", " };
    format!("{}(&self{sep}{args}) -> Call<{}, ops::{}>", method(op), short(&op.ret), op.marker)
}

/// `Call<T, ops::ListDevices>::limit` (an optional parameter's setter, or `stream`).
fn call_method(op: &Operation, name: &str) -> String {
    format!("Call<T, ops::{}>::{}", op.marker, name.trim_start_matches("r#"))
}

/// `beam_client::ops::ListDevices`.
fn marker_path(lib: &str, op: &Operation) -> String {
    format!("{lib}::ops::{}", op.marker)
}

/// `beam_client::errors::GetDeviceError::NotFound`: a variant of an operation's error enum.
fn error_variant_path(lib: &str, op: &Operation, variant: &str) -> String {
    format!("{lib}::errors::{}::{variant}", op.error_enum())
}

/// What an error variant holds, as written in `errors.rs`: `NotFound(types::Error)`, `NotFound`.
fn error_variant(v: &crate::ir::ErrorVariant) -> String {
    match &v.body {
        Some((_, t)) => format!("{}({})", v.name, t.rust(true, Paths::Short)),
        None => v.name.clone(),
    }
}

/// The operation's place in its spec (`/paths/~1users/get`).
fn op_pointer(op: &Operation) -> String {
    crate::diagnostic::child(&crate::diagnostic::child("/paths", &op.path), &op.http_method.to_ascii_lowercase())
}

fn roots(op: &Operation) -> Vec<&TypeRef> {
    let mut out: Vec<&TypeRef> =
        op.path_params.iter().chain(&op.query).chain(&op.headers).chain(&op.cookies).map(|p| &p.ty).collect();
    out.extend(op.body.as_ref().map(|b| &b.ty));
    out.extend(op.response.ty.as_ref());
    out.extend(op.pagination.as_ref().map(|p| &p.item_ty));
    out
}

/// The credential combinations an operation accepts (`[]`: none needed), by scheme name.
fn alternatives(side: &Side<'_>, op: &Operation) -> BTreeSet<Vec<String>> {
    let Some(set) = op.security.and_then(|i| side.api.security_sets.get(i)) else {
        return BTreeSet::from([Vec::new()]);
    };
    set.iter()
        .map(|alt| {
            let mut names: Vec<String> =
                alt.iter().filter_map(|&k| side.api.schemes.get(k)).map(|s| s.name.clone()).collect();
            names.sort();
            names
        })
        .collect()
}

fn show_alternatives(set: &BTreeSet<Vec<String>>) -> String {
    set.iter()
        .map(|alt| if alt.is_empty() { "no credential".to_owned() } else { alt.join(" + ") })
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Where a parameter goes.
const LOCATIONS: [&str; 4] = ["path", "query", "header", "cookie"];

/// A parameter and where it goes.
type Located<'a> = (&'static str, &'a Param);

fn params(op: &Operation) -> Vec<Located<'_>> {
    let lists = [&op.path_params, &op.query, &op.headers, &op.cookies];
    LOCATIONS.iter().zip(lists).flat_map(|(loc, list)| list.iter().map(move |p| (*loc, p))).collect()
}

fn same_wire(loc: &str, a: &str, b: &str) -> bool {
    if loc == "header" {
        a.eq_ignore_ascii_case(b)
    } else {
        a == b
    }
}

/// The return "class": a decoded type, a `String` or bytes.
fn ret_class(media: Media) -> u8 {
    match media {
        Media::Text => 1,
        Media::Bytes => 2,
        _ => 0,
    }
}

struct OpPair<'s, 'a> {
    s: &'s Sides<'a>,
    o: &'a Operation,
    n: &'a Operation,
    label: String,
}

impl<'a> OpPair<'_, 'a> {
    fn change(&self, rule: &rules::Rule, message: String) -> Change {
        Change::new(rule, format!("{}: {message}", subject(self.n)))
            .affecting(vec![self.label.clone()])
            .at(op_pointer(self.n))
    }

    fn compare(&self, walk: &mut Walk, out: &mut Out<'a>) {
        let (o, n) = (self.o, self.n);
        if o.method_name != n.method_name {
            let mut c = self.change(&rules::OPERATION_RENAMED, format!("operationId `{}` → `{}`", o.id, n.id));
            c = c.item(format!("{} → {}", method(o), method(n)));
            if o.marker != n.marker {
                c = c.item(format!("{} → {}", marker_path(&self.s.lib, o), n.marker));
            }
            out.push(c);
        } else if o.id != n.id {
            out.push(
                self.change(&rules::OPERATION_ID_CHANGED, format!("operationId `{}` → `{}`", o.id, n.id))
                    .item(format!("`{}` (unchanged)", method(n))),
            );
        }
        if normalize(&o.path) != normalize(&n.path) {
            out.push(
                self.change(&rules::OPERATION_PATH_CHANGED, format!("path `{}` → `{}`", o.path, n.path))
                    .item(format!("`{}` now calls `{} {}`", self.label, n.http_method, n.path)),
            );
        }
        if o.http_method != n.http_method {
            out.push(
                self.change(
                    &rules::OPERATION_METHOD_CHANGED,
                    format!("HTTP method {} → {}", o.http_method, n.http_method),
                )
                .item(format!("`{}` now sends `{} {}`", self.label, n.http_method, n.path)),
            );
        }
        if !o.deprecated && n.deprecated {
            out.push(
                self.change(&rules::OPERATION_DEPRECATED, "is deprecated".into())
                    .item(format!("#[deprecated] {}", self.label)),
            );
        } else if o.deprecated && !n.deprecated {
            out.push(
                self.change(&rules::OPERATION_UNDEPRECATED, "is no longer deprecated".into()).item(self.label.clone()),
            );
        }
        self.params(walk, out);
        self.body(walk, out);
        let response_changed = self.response(walk, out);
        self.statuses(out, response_changed);
        self.error_statuses(walk, out);
        self.security(out);
        self.pagination(out);
    }

    fn params(&self, walk: &mut Walk, out: &mut Out<'a>) {
        let (olds, news) = (params(self.o), params(self.n));
        let mut new_of: Vec<Option<usize>> = vec![None; olds.len()];
        let mut taken = vec![false; news.len()];
        let mut pass = |accept: &dyn Fn(&Located<'_>, &Located<'_>) -> bool| {
            for (i, a) in olds.iter().enumerate() {
                if new_of[i].is_some() {
                    continue;
                }
                if let Some(j) = (0..news.len()).find(|&j| !taken[j] && accept(a, &news[j])) {
                    new_of[i] = Some(j);
                    taken[j] = true;
                }
            }
        };
        let s = self.s;
        pass(&|(la, a), (lb, b)| la == lb && same_wire(la, &a.wire, &b.wire));
        if normalize(&self.o.path) == normalize(&self.n.path) {
            let position = |op: &Operation, p: &Param| op.path_params.iter().position(|q| q.wire == p.wire);
            pass(&|(la, a), (lb, b)| *la == "path" && *lb == "path" && position(self.o, a) == position(self.n, b));
        }
        pass(&|(la, a), (lb, b)| la != lb && a.wire.eq_ignore_ascii_case(&b.wire));
        // A rename: the only parameter gone from a location and the only one new there, alike.
        for loc in LOCATIONS {
            let gone: Vec<usize> = (0..olds.len()).filter(|&i| new_of[i].is_none() && olds[i].0 == loc).collect();
            let fresh: Vec<usize> = (0..news.len()).filter(|&j| !taken[j] && news[j].0 == loc).collect();
            if let ([i], [j]) = (gone.as_slice(), fresh.as_slice()) {
                let (a, b) = (olds[*i].1, news[*j].1);
                if a.required == b.required && shape_eq(s, &a.ty, &b.ty) {
                    new_of[*i] = Some(*j);
                    taken[*j] = true;
                }
            }
        }
        for (loc, p) in news.iter().enumerate().filter(|(j, _)| !taken[*j]).map(|(_, x)| x) {
            if p.required {
                out.bringing(
                    self.change(
                        &rules::PARAM_ADDED_REQUIRED,
                        format!("gains the required {loc} parameter `{}`", p.wire),
                    )
                    .item(format!(
                        "`{}` gains the argument `{}: {}`",
                        self.label,
                        p.name,
                        short(&p.arg)
                    )),
                    true,
                    vec![&p.ty],
                );
            } else {
                out.bringing(
                    self.change(
                        &rules::PARAM_ADDED_OPTIONAL,
                        format!("gains the optional {loc} parameter `{}`", p.wire),
                    )
                    .item(self.params_field(self.n, p)),
                    true,
                    vec![&p.ty],
                );
            }
        }
        for (loc, p) in olds.iter().enumerate().filter(|(i, _)| new_of[*i].is_none()).map(|(_, x)| x) {
            let item = if p.required {
                format!("`{}` loses the argument `{}: {}`", self.label, p.name, short(&p.arg))
            } else {
                format!("`{}` (removed)", self.params_field(self.o, p))
            };
            out.bringing(
                self.change(&rules::PARAM_REMOVED, format!("loses the {loc} parameter `{}`", p.wire)).item(item),
                false,
                vec![&p.ty],
            );
        }
        for (i, j) in new_of.iter().enumerate().filter_map(|(i, j)| j.map(|j| (i, j))) {
            self.param(walk, olds[i], news[j], out);
        }
    }

    /// `Call<T, ops::ListDevices>::limit(i64)`: the setter of an optional parameter.
    fn params_field(&self, op: &Operation, p: &Param) -> String {
        format!("{}({})", call_method(op, &p.name), short(&p.arg))
    }

    fn arg_index(op: &Operation, p: &Param) -> Option<usize> {
        op.args.iter().position(|a| a.name == p.name)
    }

    fn param(&self, walk: &mut Walk, (la, a): (&str, &'a Param), (lb, b): (&str, &'a Param), out: &mut Out<'a>) {
        let s = self.s;
        let what = format!("{lb} parameter `{}`", b.wire);
        let describe = |op: &Operation, p: &Param| {
            if p.required {
                format!("argument `{}: {}`", p.name, short(&p.arg))
            } else {
                format!("setter `{}`", self.params_field(op, p))
            }
        };
        if a.wire != b.wire {
            if !a.required && !b.required && a.name != b.name {
                out.push(
                    self.change(&rules::PARAM_RENAMED, format!("{la} parameter `{}` is renamed `{}`", a.wire, b.wire))
                        .item(format!("{} → {}", self.params_field(self.o, a), b.name)),
                );
            } else if a.required == b.required {
                out.push(
                    self.change(
                        &rules::PARAM_WIRE_RENAMED,
                        format!("{la} parameter `{}` is renamed `{}`", a.wire, b.wire),
                    )
                    .item(format!("`{}` ({})", self.label, describe(self.n, b))),
                );
            }
        }
        if la != lb {
            let reorders = a.required
                && b.required
                && Self::arg_index(self.o, a).is_some()
                && Self::arg_index(self.o, a) != Self::arg_index(self.n, b);
            let rule = if reorders { &rules::PARAM_LOCATION_REORDERS } else { &rules::PARAM_LOCATION_CHANGED };
            out.push(
                self.change(rule, format!("parameter `{}` moves from the {la} to the {lb}", b.wire)).item(format!(
                    "{}({})",
                    self.label,
                    args(self.n)
                )),
            );
        }
        if !walk.visit(s, &a.ty, &b.ty, Dir::Request, &self.label) {
            let item = match (a.required, b.required) {
                (true, true) => {
                    format!("`{}` argument `{}: {} → {}`", self.label, b.name, short(&a.arg), short(&b.arg))
                }
                (false, false) => format!("{}: {} → {}", call_method(self.n, &b.name), short(&a.arg), short(&b.arg)),
                _ => format!("{} → {}", describe(self.o, a), describe(self.n, b)),
            };
            out.swapping(
                self.change(&rules::PARAM_TYPE_CHANGED, format!("{what} changes type")).item(item),
                vec![&a.ty],
                vec![&b.ty],
            );
        } else {
            let raw = |side: &Side<'a>, op: &Operation, loc: &str, p: &'a Param| {
                side.raw
                    .param(&op.path, &op.http_method, loc, &p.wire)
                    .and_then(|v| v.get("schema"))
                    .and_then(|schema| effective(side, side.raw, schema, &p.ty))
            };
            if let (Some(x), Some(y)) = (raw(&s.old, self.o, la, a), raw(&s.new, self.n, lb, b)) {
                let (fx, fy) = (x.get("format").and_then(|f| f.as_str()), y.get("format").and_then(|f| f.as_str()));
                if fx != fy {
                    out.push(
                        self.change(
                            &rules::PARAM_FORMAT_CHANGED,
                            format!("{what} format {} → {}", fx.unwrap_or("none"), fy.unwrap_or("none")),
                        )
                        .item(format!("`{}` ({}, unchanged)", self.label, describe(self.n, b))),
                    );
                }
                let subject = format!("{}: {what}", subject(self.n));
                if let Some(c) = constraint_change(
                    true,
                    x,
                    y,
                    subject,
                    format!("`{}` ({}, unchanged)", self.label, describe(self.n, b)),
                ) {
                    out.push(c.affecting(vec![self.label.clone()]));
                }
            }
        }
        if !a.required && b.required {
            out.push(self.change(&rules::PARAM_MADE_REQUIRED, format!("{what} becomes required")).item(format!(
                "{} → {}",
                describe(self.o, a),
                describe(self.n, b)
            )));
        } else if a.required && !b.required {
            out.push(self.change(&rules::PARAM_MADE_OPTIONAL, format!("{what} becomes optional")).item(format!(
                "{} → {}",
                describe(self.o, a),
                describe(self.n, b)
            )));
        }
        if !a.deprecated && b.deprecated {
            out.push(self.change(&rules::PARAM_DEPRECATED, format!("{what} is deprecated")).item(describe(self.n, b)));
        }
    }

    fn body(&self, walk: &mut Walk, out: &mut Out<'a>) {
        // The `body` argument's type, as the method takes it.
        let arg = |op: &Operation| {
            op.args.iter().rfind(|a| a.name == "body").map_or_else(|| "()".to_owned(), |a| short(&a.ty))
        };
        match (&self.o.body, &self.n.body) {
            (None, Some(b)) => out.bringing(
                self.change(
                    &rules::REQUEST_BODY_ADDED,
                    format!(
                        "gains a{} request body ({})",
                        if b.required { " required" } else { "n optional" },
                        b.media_type
                    ),
                )
                .item(format!("`{}` gains the argument `body: {}`", self.label, arg(self.n))),
                true,
                vec![&b.ty],
            ),
            (Some(b), None) => out.bringing(
                self.change(&rules::REQUEST_BODY_REMOVED, "loses its request body".into()).item(format!(
                    "`{}` loses the argument `body: {}`",
                    self.label,
                    arg(self.o)
                )),
                false,
                vec![&b.ty],
            ),
            (Some(x), Some(y)) => {
                let item = format!("`{}` argument `body: {} → {}`", self.label, arg(self.o), arg(self.n));
                if !walk.visit(self.s, &x.ty, &y.ty, Dir::Request, &self.label) {
                    out.swapping(
                        self.change(&rules::REQUEST_BODY_TYPE_CHANGED, "the request body changes type".into())
                            .item(item.clone()),
                        vec![&x.ty],
                        vec![&y.ty],
                    );
                } else if x.media_type != y.media_type {
                    out.push(
                        self.change(
                            &rules::REQUEST_MEDIA_TYPE_CHANGED,
                            format!("request body media type `{}` → `{}`", x.media_type, y.media_type),
                        )
                        .item(format!(
                            "`{}` (argument `body: {}` unchanged)",
                            self.label,
                            arg(self.n)
                        )),
                    );
                }
                if !x.required && y.required {
                    out.push(
                        self.change(&rules::REQUEST_BODY_MADE_REQUIRED, "the request body becomes required".into())
                            .item(item),
                    );
                } else if x.required && !y.required {
                    out.push(
                        self.change(&rules::REQUEST_BODY_MADE_OPTIONAL, "the request body becomes optional".into())
                            .item(item),
                    );
                }
            }
            (None, None) => {}
        }
        // The other media types, each a method of its own (`<method>_form`), matched by name.
        for alt in &self.n.alt_bodies {
            if !self.o.alt_bodies.iter().any(|o| o.method_name == alt.method_name) {
                out.push(
                    self.change(
                        &rules::REQUEST_MEDIA_TYPE_ADDED,
                        format!("the request body is also accepted as `{}`", alt.body.media_type),
                    )
                    .item(format!("`Client::{}` added", alt.method_name.trim_start_matches("r#"))),
                );
            }
        }
        for alt in &self.o.alt_bodies {
            if !self.n.alt_bodies.iter().any(|n| n.method_name == alt.method_name) {
                out.push(
                    self.change(
                        &rules::REQUEST_MEDIA_TYPE_REMOVED,
                        format!("the request body is no longer accepted as `{}`", alt.body.media_type),
                    )
                    .item(format!("`Client::{}` removed", alt.method_name.trim_start_matches("r#"))),
                );
            }
        }
    }

    fn returns(&self, op: &Operation) -> String {
        format!("Call<{}>", short(&op.ret))
    }

    /// Compares the success responses; `true` when the return type changes.
    fn response(&self, walk: &mut Walk, out: &mut Out<'a>) -> bool {
        let (x, y) = (&self.o.response, &self.n.response);
        let item = format!("`{}` returns `{}` → `{}`", self.label, self.returns(self.o), self.returns(self.n));
        let changed = match (&x.ty, &y.ty) {
            (None, Some(b)) => {
                out.bringing(
                    self.change(&rules::RESPONSE_BODY_ADDED, "the success response gains a body".into()).item(item),
                    true,
                    vec![b],
                );
                true
            }
            (Some(a), None) => {
                out.bringing(
                    self.change(&rules::RESPONSE_BODY_REMOVED, "the success response loses its body".into()).item(item),
                    false,
                    vec![a],
                );
                true
            }
            (Some(a), Some(b)) => {
                let same = ret_class(x.media) == ret_class(y.media)
                    && x.optional == y.optional
                    && (ret_class(x.media) != 0 || walk.visit(self.s, a, b, Dir::Response, &self.label));
                if !same {
                    out.swapping(
                        self.change(&rules::RESPONSE_TYPE_CHANGED, "the success response changes type".into())
                            .item(item),
                        vec![a],
                        vec![b],
                    );
                }
                !same
            }
            (None, None) => false,
        };
        if !changed && x.status != y.status && !self.status_enum(&self.s.old, x.ty.as_ref()) {
            out.push(
                self.change(&rules::SUCCESS_STATUS_CHANGED, format!("success status {} → {}", x.status, y.status))
                    .item(format!("`{}` (returns `{}` unchanged)", self.label, self.returns(self.n))),
            );
        }
        changed
    }

    fn status_enum(&self, side: &Side<'_>, ty: Option<&TypeRef>) -> bool {
        matches!(ty, Some(TypeRef::Named(n)) if matches!(side.def(n).map(|t| &t.kind), Some(TypeKind::StatusEnum { .. })))
    }

    /// Documented statuses added and removed; success ones only when the response rules have
    /// not already said it (a new return type, a new success status, a by-status enum). An
    /// error status is a variant of the operation's error enum: [`OpPair::error_statuses`].
    fn statuses(&self, out: &mut Out<'a>, response_changed: bool) {
        let s = self.s;
        let errors: BTreeSet<String> = [(self.o, &s.old), (self.n, &s.new)]
            .into_iter()
            .flat_map(|(op, side)| op.error_variants(side.api.error_bodies()))
            .map(|v| crate::ir::status_key(v.status))
            .collect();
        let old = s.old.raw.statuses(&self.o.path, &self.o.http_method);
        let new = s.new.raw.statuses(&self.n.path, &self.n.http_method);
        let said = response_changed
            || self.o.response.status != self.n.response.status
            || self.status_enum(&s.old, self.o.response.ty.as_ref())
            || self.status_enum(&s.new, self.n.response.ty.as_ref());
        let spelled = |code: &str| if code == "default" { code.to_owned() } else { code.to_ascii_uppercase() };
        let covered = |code: &str| (said && code.starts_with('2')) || errors.contains(&spelled(code));
        for code in new.iter().filter(|c| !old.contains(c) && !covered(c)) {
            out.push(
                self.change(&rules::STATUS_CODE_ADDED, format!("documents the status {code}"))
                    .item(format!("`{}` (signature unchanged)", self.label)),
            );
        }
        for code in old.iter().filter(|c| !new.contains(c) && !covered(c)) {
            out.push(
                self.change(&rules::STATUS_CODE_REMOVED, format!("no longer documents the status {code}"))
                    .item(format!("`{}` (signature unchanged)", self.label)),
            );
        }
    }

    /// The variants of the operation's error enum (`errors::…Error`) added, removed, or
    /// holding another body.
    fn error_statuses(&self, walk: &mut Walk, out: &mut Out<'a>) {
        let s = self.s;
        let old = self.o.error_variants(s.old.api.error_bodies());
        let new = self.n.error_variants(s.new.api.error_bodies());
        let path = |v: &crate::ir::ErrorVariant| error_variant_path(&s.lib, self.n, &v.name);
        let key = |v: &crate::ir::ErrorVariant| crate::ir::status_key(v.status);
        for v in &new {
            let same = |o: &crate::ir::ErrorVariant, walk: &mut Walk| match (&o.body, &v.body) {
                (None, None) => true,
                (Some((_, a)), Some((_, b))) => walk.visit(s, a, b, Dir::Response, &self.label),
                _ => false,
            };
            match old.iter().find(|o| o.status == v.status) {
                None => out.push(
                    self.change(&rules::ERROR_STATUS_ADDED, format!("documents the error status {}", key(v)))
                        .item(format!("`{}` (new variant)", path(v))),
                ),
                Some(o) if !same(o, walk) => out.push(
                    self.change(
                        &rules::ERROR_STATUS_BODY_CHANGED,
                        format!("the body of the error status {} changes", key(v)),
                    )
                    .item(format!(
                        "`{}`: `{}` → `{}`",
                        path(v),
                        error_variant(o),
                        error_variant(v)
                    )),
                ),
                Some(_) => {}
            }
        }
        for v in old.iter().filter(|o| !new.iter().any(|v| v.status == o.status)) {
            out.push(
                self.change(&rules::ERROR_STATUS_REMOVED, format!("no longer documents the error status {}", key(v)))
                    .item(format!("`{}` (removed)", error_variant_path(&s.lib, self.o, &v.name))),
            );
        }
    }

    fn security(&self, out: &mut Out<'a>) {
        let a = alternatives(&self.s.old, self.o);
        let b = alternatives(&self.s.new, self.n);
        if a == b {
            return;
        }
        let message = format!("accepted credentials: {} → {}", show_alternatives(&a), show_alternatives(&b));
        let rule = if a.is_subset(&b) {
            &rules::OPERATION_AUTH_RELAXED
        } else if a.contains(&Vec::new()) && !b.contains(&Vec::new()) {
            &rules::OPERATION_AUTH_REQUIRED
        } else {
            &rules::OPERATION_AUTH_CHANGED
        };
        out.push(self.change(rule, message).item(format!("`{}` (signature unchanged)", self.label)));
    }

    fn pagination(&self, out: &mut Out<'a>) {
        let stream = |op: &Operation| call_method(op, "stream");
        match (&self.o.pagination, &self.n.pagination) {
            (None, Some(_)) => out.push(
                self.change(&rules::PAGINATION_ADDED, "becomes paginated (x-pagination)".into()).item(stream(self.n)),
            ),
            (Some(_), None) => {
                out.push(self.change(&rules::PAGINATION_REMOVED, "is no longer paginated".into()).item(stream(self.o)))
            }
            (Some(a), Some(b)) => {
                let shape = |p: &crate::ir::Pagination| {
                    (p.style.clone(), p.size_param.clone(), p.items.clone(), p.next.clone(), p.total.clone())
                };
                if shape(a) != shape(b) {
                    out.push(
                        self.change(&rules::PAGINATION_CHANGED, "walks its pages differently (x-pagination)".into())
                            .item(format!("`{}` (signature unchanged)", stream(self.n))),
                    );
                }
            }
            (None, None) => {}
        }
    }
}
