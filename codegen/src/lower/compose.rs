//! Schemas that say several things at once: an `allOf`, properties beside a `oneOf`/`anyOf`,
//! and (OpenAPI 3.1) a `$ref` with sibling keywords, which means the reference *and* the
//! siblings. Their parts are gathered (`$ref`s followed, nested `allOf`s opened) and become one
//! struct; a `oneOf`/`anyOf` among them becomes a one-of whose variants are structs carrying
//! the common fields. What cannot be modelled is a located warning, never a silent drop.

use serde_json::{Map, Value};

use super::types::{is_null_schema, type_of, SHAPELESS};
use super::Lowerer;
use crate::diagnostic::{child, escape_segment, Diagnostic};
use crate::ir::{TypeKind, TypeRef};
use crate::naming::{self, Scope};
use crate::spec::pointer::resolve;

/// A part of a composition: a schema and its JSON pointer.
pub(super) type Part<'a> = (&'a Value, String);

/// The parts of a composition, by what they contribute.
#[derive(Default)]
struct Parts<'a> {
    /// Schemas whose properties, `required` and `additionalProperties` the struct gets.
    objects: Vec<Part<'a>>,
    /// Schemas holding a `oneOf`/`anyOf` whose members differ in shape.
    choices: Vec<Part<'a>>,
    /// Parts that are not objects (a string, an array, an enum): a struct cannot hold them.
    others: Vec<Part<'a>>,
}

/// Keywords that give a schema a shape other than an object's.
const NON_OBJECT: &[&str] = &["items", "prefixItems", "enum", "const"];

/// How deep compositions may nest (a `$ref` cycle through `allOf` stops here).
const MAX_DEPTH: usize = 32;

/// Whether `schema` (a member of a `oneOf`) only says which properties are required, or
/// nothing about the shape at all: such members do not change what is on the wire.
fn constrains_only(schema: &Value) -> bool {
    schema
        .as_object()
        .is_some_and(|o| o.keys().all(|k| k == "required" || SHAPELESS.contains(&k.as_str()) || k.starts_with("x-")))
}

/// Whether `schema` has a `oneOf`/`anyOf` (under `key`) that changes the shape.
fn choice_key(schema: &Value) -> Option<&'static str> {
    ["oneOf", "anyOf"].into_iter().find(|key| {
        schema.get(*key).and_then(Value::as_array).is_some_and(|members| !members.iter().all(constrains_only))
    })
}

impl<'a> Lowerer<'a> {
    /// Whether the document is OpenAPI 3.1 or later (where a `$ref`'s siblings apply).
    pub(super) fn is_31(&self) -> bool {
        crate::spec::openapi::is_31_or_later(self.root)
    }

    /// The sibling keywords of a `$ref` in `schema` that change the wire shape: not
    /// annotations or validation keywords, not `enum`/`const` (a subset of the target's values)
    /// nor `items` beside an array target, and `type` only when it differs from the target's.
    pub(super) fn ref_siblings(&self, schema: &Value) -> Vec<String> {
        let Some(obj) = schema.as_object().filter(|o| o.contains_key("$ref")) else { return Vec::new() };
        let target = obj.get("$ref").and_then(Value::as_str).and_then(|r| resolve(self.root, r));
        obj.keys()
            .filter(|k| *k != "$ref" && !SHAPELESS.contains(&k.as_str()) && !k.starts_with("x-"))
            .filter(|k| match (k.as_str(), target) {
                ("type", Some(target)) => type_of(target).0.is_some_and(|t| Some(t) != type_of(schema).0),
                // Narrowing the target's values (or its array's items) keeps its shape.
                ("type" | "enum" | "const", _) => false,
                ("items", Some(target)) => target.get("items").is_none(),
                _ => true,
            })
            .cloned()
            .collect()
    }

    /// A warning (once per place) that the structural siblings of a `$ref` at `pointer` are
    /// ignored, as OpenAPI 3.0 says.
    pub(super) fn siblings_ignored(&mut self, pointer: &str, siblings: &[String]) {
        let list = siblings.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
        let diag = Diagnostic::warning(
            child(pointer, &siblings[0]),
            format!("in OpenAPI 3.0 the siblings of `$ref` are ignored: {list} beside the reference say nothing"),
        )
        .with_hint("to combine the reference with them, write `allOf: [{$ref: …}, {…}]` (or use OpenAPI 3.1)");
        self.warn_once(diag);
    }

    /// Pushes `diag` unless the same message was already given at the same place (a schema
    /// reached several times is looked at several times).
    pub(super) fn warn_once(&mut self, diag: Diagnostic) {
        if !self.diags.iter().any(|d| d.pointer == diag.pointer && d.message == diag.message) {
            self.diags.push(diag);
        }
    }

    /// Gathers the parts of `schema` (at `pointer`) into `parts`.
    fn gather(&mut self, schema: &'a Value, pointer: &str, parts: &mut Parts<'a>, depth: usize) {
        if depth > MAX_DEPTH {
            let diag = Diagnostic::warning(pointer, "a composition nests too deep (a `$ref` cycle through `allOf`?)")
                .with_hint("the parts below this one are ignored");
            self.warn_once(diag);
            return;
        }
        let Some(obj) = schema.as_object() else {
            if schema != &Value::Bool(true) {
                parts.others.push((schema, pointer.to_owned()));
            }
            return;
        };
        if let Some(reference) = obj.get("$ref").and_then(Value::as_str) {
            if let Some(target) = resolve(self.root, reference) {
                self.gather(target, reference.trim_start_matches('#'), parts, depth + 1);
            }
            let siblings = self.ref_siblings(schema);
            if siblings.is_empty() {
                return;
            }
            if !self.is_31() {
                self.siblings_ignored(pointer, &siblings);
                return;
            }
        }
        for (i, member) in obj.get("allOf").and_then(Value::as_array).into_iter().flatten().enumerate() {
            self.gather(member, &format!("{pointer}/allOf/{i}"), parts, depth + 1);
        }
        if choice_key(schema).is_some() {
            parts.choices.push((schema, pointer.to_owned()));
        }
        let is_object = ["properties", "additionalProperties", "required"].iter().any(|k| obj.contains_key(*k))
            || type_of(schema).0.as_deref() == Some("object");
        let non_object = NON_OBJECT.iter().any(|k| obj.contains_key(*k))
            || type_of(schema).0.is_some_and(|t| t != "object" && t != "null");
        if is_object {
            parts.objects.push((schema, pointer.to_owned()));
        } else if non_object {
            parts.others.push((schema, pointer.to_owned()));
        }
    }

    /// The type of a composition at `pointer`: one struct of every part's properties, or a
    /// one-of whose variants carry them.
    pub(super) fn composed(
        &mut self,
        schema: &'a Value,
        pointer: &str,
        hint: &str,
        given: Option<String>,
        nullable: bool,
    ) -> (TypeRef, bool) {
        let mut parts = Parts::default();
        self.gather(schema, pointer, &mut parts, 0);
        if parts.objects.is_empty() && parts.choices.is_empty() {
            let Some(((first, at), rest)) = parts.others.split_first() else {
                // Only annotations and constraints: any JSON.
                return (TypeRef::Json, nullable);
            };
            // An allOf of non-objects (a string and its format): the first part is the type.
            for (_, other) in rest {
                self.warn_once(
                    Diagnostic::warning(
                        other,
                        "this part of a composition is another type than the first; it is ignored",
                    )
                    .with_hint(format!("the type is the one at #{at}")),
                );
            }
            let (ty, n) = if at == pointer {
                self.shape_plain(first, at, hint, given, nullable)
            } else {
                self.shape(first, at, hint, given)
            };
            return (ty, nullable || n);
        }
        for (_, at) in &parts.others {
            self.warn_once(
                Diagnostic::warning(at, "this part of a composition is not an object; its shape is ignored")
                    .with_hint("the type is a struct of the properties of the other parts"),
            );
        }
        let name = self.claim_name(hint, given);
        let mut choices = parts.choices.into_iter();
        let Some(choice) = choices.next() else {
            self.merged_struct(schema, &parts.objects, pointer, name.clone());
            return (TypeRef::Named(name), nullable);
        };
        for (extra, at) in choices {
            let key = choice_key(extra).unwrap_or("oneOf");
            self.warn_once(
                Diagnostic::warning(child(&at, key), format!("a second `{key}` in one composition is not modelled"))
                    .with_hint("only the first one-of of a composition becomes variants; this one is ignored"),
            );
        }
        let nullable = self.choice_with_common(schema, &parts.objects, choice, pointer, &name) || nullable;
        (TypeRef::Named(name), nullable)
    }

    /// The one-of `name` for a composition whose parts `common` hold the common properties and
    /// `choice` a `oneOf`/`anyOf`: one struct per member, of the common properties and the
    /// member's. Returns whether a member is `null`. When a member is not an object, the
    /// one-of cannot carry the common fields: a warning, and `name` is the struct of `common`.
    fn choice_with_common(
        &mut self,
        schema: &'a Value,
        common: &[Part<'a>],
        (choice, choice_at): Part<'a>,
        pointer: &str,
        name: &str,
    ) -> bool {
        let key = choice_key(choice).unwrap_or("oneOf");
        let at = child(&choice_at, key);
        let members = choice.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let mut nullable = false;
        let mut kept: Vec<(usize, &'a Value, Vec<Part<'a>>)> = Vec::new();
        let mut not_object = None;
        for (i, member) in members.iter().enumerate() {
            let member_at = format!("{at}/{i}");
            if is_null_schema(self.deref(member, &member_at).0) {
                nullable = true;
                continue;
            }
            let mut own = Parts::default();
            self.gather(member, &member_at, &mut own, 1);
            if own.objects.is_empty() || !own.choices.is_empty() || !own.others.is_empty() {
                not_object.get_or_insert(member_at);
            }
            kept.push((i, member, own.objects));
        }
        if let Some(member_at) = not_object {
            self.warn_once(
                Diagnostic::warning(&member_at, format!("a `{key}` member that is not an object cannot carry the properties of the rest of the composition"))
                    .with_hint(format!("the `{key}` at #{at} is ignored: the type is a struct of the other parts' properties")),
            );
            self.merged_struct(schema, common, pointer, name.to_owned());
            return nullable;
        }
        let mut scope = Scope::default();
        let mut variants = Vec::new();
        for (i, member, own) in &kept {
            let reference = member.get("$ref").and_then(Value::as_str);
            let label = reference
                .and_then(|r| r.rsplit('/').next())
                .map(naming::type_name)
                .unwrap_or_else(|| format!("Variant{i}"));
            let variant_type = self.type_scope.claim(format!("{name}{label}"));
            let mut parts = common.to_vec();
            parts.extend(own.iter().cloned());
            let member_at = format!("{at}/{i}");
            let (doc_schema, _) = self.deref(member, &member_at);
            self.merged_struct(doc_schema, &parts, &member_at, variant_type.clone());
            variants.push((scope.claim(label), TypeRef::Named(variant_type)));
        }
        let members: Vec<(usize, &'a Value)> = kept.iter().map(|(i, m, _)| (*i, *m)).collect();
        let tag = choice.get("discriminator").and_then(|d| d.get("propertyName")).and_then(Value::as_str).and_then(
            |property| self.tag_values(choice, &members, property).map(|values| (property.to_owned(), values)),
        );
        self.push_type(name.to_owned(), schema, pointer, TypeKind::OneOf { variants, tag, lenient: Vec::new() });
        nullable
    }

    /// The struct `name` of the properties, `required` lists and `additionalProperties` of
    /// `parts` (a later part's property of the same name wins, with a warning when they differ).
    pub(super) fn merged_struct(&mut self, schema: &Value, parts: &[Part<'a>], pointer: &str, name: String) {
        let mut props: Map<String, Value> = Map::new();
        let mut required: Vec<(&str, String)> = Vec::new();
        let mut sources: Map<String, Value> = Map::new();
        let mut additional = None;
        for (part, at) in parts {
            for (key, value) in part.get("properties").and_then(Value::as_object).into_iter().flatten() {
                if let Some(existing) = props.get(key) {
                    let same_ref = existing.get("$ref").is_some() && value.get("$ref") == existing.get("$ref");
                    if existing != value && !same_ref {
                        let first = sources.get(key).and_then(Value::as_str).unwrap_or_default().to_owned();
                        self.warn_once(
                            Diagnostic::warning(
                                child(&child(at, "properties"), key),
                                format!("allOf members define property `{key}` differently; the last definition wins"),
                            )
                            .with_hint(format!(
                                "the other definition is at #{first}/properties/{}",
                                escape_segment(key)
                            )),
                        );
                    }
                }
                props.insert(key.clone(), value.clone());
                sources.insert(key.clone(), Value::String(at.clone()));
            }
            let listed = part.get("required").and_then(Value::as_array).into_iter().flatten().enumerate();
            required.extend(listed.filter_map(|(i, r)| Some((r.as_str()?, format!("{at}/required/{i}")))));
            if part.get("additionalProperties").is_some() {
                additional = Some((*part, at.clone()));
            }
        }
        let mut fields = Vec::new();
        let mut given = Vec::new();
        let mut scope = Scope::default();
        for wire in props.keys() {
            let at = child(&child(sources[wire].as_str().unwrap_or(pointer), "properties"), wire);
            // The property as it stands in the document, so inline names and examples are stable.
            let Some(prop) = self.root.pointer(&at) else { continue };
            let is_required = required.iter().any(|(r, _)| r == wire);
            let field = self.field(wire, prop, &at, &name, is_required, &mut scope);
            fields.push(field);
            given.push(prop.get("x-rust-name").is_some());
        }
        super::types::unstutter_fields(&name, &mut fields, &given);
        let additional = additional.and_then(|(part, at)| self.additional(part, &at, &name));
        if additional.is_none() {
            self.required_without_property(required, &fields);
        }
        self.push_type(name, schema, pointer, TypeKind::Struct { fields, additional });
    }
}
