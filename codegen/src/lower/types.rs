//! Schemas to types: structs, enums, aliases, newtypes and one-ofs, with inline schemas named
//! from their position.

use serde_json::Value;

use super::Lowerer;
use crate::diagnostic::{child, Diagnostic};
use crate::ir::{Field, StringFormat, TypeDef, TypeKind, TypeRef, Usage, Variant};
use crate::naming::{self, Scope};
use crate::spec::secret::{secrecy, Secrecy};

/// String formats that are only documentation: the value stays a `String`.
const PLAIN_STRING_FORMATS: &[&str] = &[
    "",
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
    "byte",
    "binary",
    "password",
];

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn is_true(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// The `type` of a schema, and whether it admits `null` (3.1 type arrays).
pub(super) fn type_of(schema: &Value) -> (Option<String>, bool) {
    match schema.get("type") {
        Some(Value::String(t)) => (Some(t.clone()), t == "null"),
        Some(Value::Array(types)) => {
            let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
            let nullable = names.contains(&"null");
            let rest: Vec<&str> = names.into_iter().filter(|t| *t != "null").collect();
            let ty = if rest.len() == 1 { Some(rest[0].to_owned()) } else { None };
            (ty, nullable)
        }
        _ => (None, false),
    }
}

/// Keywords that document or validate a schema without changing its shape on the wire: an
/// `allOf` member made only of these documents or constrains its sibling, and in OpenAPI 3.1
/// they may stand beside a `$ref` without making a new type.
pub(super) const SHAPELESS: &[&str] = &[
    "description",
    "title",
    "xml",
    "example",
    "examples",
    "externalDocs",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "default",
    "$comment",
    "$id",
    "$schema",
    "$anchor",
    "discriminator",
    "format",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "contentMediaType",
    "contentEncoding",
];

/// A schema that only annotates or validates (no type, no reference, no properties): an
/// `allOf` member that documents or constrains its sibling.
fn annotation_only(schema: &Value) -> bool {
    schema.as_object().is_some_and(|o| o.keys().all(|k| SHAPELESS.contains(&k.as_str()) || k.starts_with("x-")))
}

pub(super) fn is_null_schema(schema: &Value) -> bool {
    matches!(type_of(schema), (Some(t), _) if t == "null")
        || schema.get("enum").is_some_and(|e| e == &Value::Array(vec![Value::Null]))
}

pub(super) fn doc_of(schema: &Value) -> Option<String> {
    let title = str_of(schema, "title");
    let description = str_of(schema, "description");
    match (title, description) {
        (Some(t), Some(d)) if !d.starts_with(t) => Some(format!("{t}\n\n{d}")),
        (_, Some(d)) => Some(d.to_owned()),
        (Some(t), None) => Some(t.to_owned()),
        (None, None) => None,
    }
}

impl<'a> Lowerer<'a> {
    /// Lowers the component schema at `pointer` under its reserved name.
    pub(super) fn component(&mut self, schema: &'a Value, pointer: &str) {
        if self.by_pointer.contains_key(pointer) {
            return;
        }
        let name = self.component_names[pointer].clone();
        self.by_pointer.insert(pointer.to_owned(), TypeRef::Named(name.clone()));
        let ty = self.shape(schema, pointer, &name, Some(name.clone())).0;
        if ty != TypeRef::Named(name.clone()) {
            // A primitive, array or reference: an alias, or a newtype for a constrained string.
            let constrained = ty == TypeRef::String
                && (schema.get("pattern").is_some()
                    || str_of(schema, "format").is_some_and(|f| !PLAIN_STRING_FORMATS.contains(&f)));
            let kind = if constrained { TypeKind::Newtype(ty) } else { TypeKind::Alias(ty) };
            self.push_type(name, schema, pointer, kind);
        }
        if let Some(example) = schema.get("example") {
            self.example(child(pointer, "example"), &TypeRef::Named(self.component_names[pointer].clone()), example);
        }
    }

    pub(super) fn push_type(&mut self, name: String, schema: &Value, pointer: &str, kind: TypeKind) {
        self.types.push(TypeDef {
            name,
            doc: doc_of(schema),
            constraints: super::constraints::describe(schema),
            pointer: pointer.to_owned(),
            deprecated: is_true(schema, "deprecated"),
            kind,
            usage: Usage::default(),
            features: Vec::new(),
        });
    }

    pub(super) fn claim_name(&mut self, hint: &str, given: Option<String>) -> String {
        given.unwrap_or_else(|| {
            let name = naming::type_name(hint);
            self.type_scope.claim(naming::crate_item_rename(&name).unwrap_or(name))
        })
    }

    /// The type of the schema at `pointer`, and whether it is nullable. Inline structs and enums
    /// become named types called after `hint`.
    pub(crate) fn schema(&mut self, schema: &'a Value, pointer: &str, hint: &str) -> (TypeRef, bool) {
        self.shape(schema, pointer, hint, None)
    }

    /// Like [`Lowerer::schema`]; a struct, enum or one-of made here is called `given` if set.
    pub(super) fn shape(
        &mut self,
        schema: &'a Value,
        pointer: &str,
        hint: &str,
        given: Option<String>,
    ) -> (TypeRef, bool) {
        let Some(obj) = schema.as_object() else {
            if schema != &Value::Bool(true) {
                self.diags.push(Diagnostic::warning(pointer, "a schema is not an object; any JSON is accepted here"));
            }
            return (TypeRef::Json, false);
        };
        let nullable = type_of(schema).1 || is_true(schema, "nullable");
        if let Some(reference) = str_of(schema, "$ref") {
            // OpenAPI 3.1: a `$ref` with siblings that shape the value is both (an `allOf`).
            let siblings = self.ref_siblings(schema);
            if !siblings.is_empty() {
                if self.is_31() {
                    return self.composed(schema, pointer, hint, given, nullable);
                }
                self.siblings_ignored(pointer, &siblings);
            }
            let (ty, target_nullable) = self.reference(reference);
            return (ty, nullable || target_nullable);
        }
        let has_properties = obj.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty());
        let has_choice = obj.contains_key("oneOf") || obj.contains_key("anyOf");
        if let Some(members) = obj.get("allOf").and_then(Value::as_array) {
            let has_own = obj.contains_key("properties") || obj.contains_key("additionalProperties") || has_choice;
            // `allOf: [{$ref: X}, {description: …}]` (the 3.0 way to document a reference) is X:
            // members that only annotate or validate add nothing to the shape.
            let structural: Vec<usize> = (0..members.len()).filter(|&i| !annotation_only(&members[i])).collect();
            if let ([only], false) = (structural.as_slice(), has_own) {
                let (ty, n) = self.schema(&members[*only], &format!("{pointer}/allOf/{only}"), hint);
                let annotated_nullable = members.iter().any(|m| is_true(m, "nullable"));
                return (ty, n || nullable || annotated_nullable);
            }
            return self.composed(schema, pointer, hint, given, nullable);
        }
        if has_choice && has_properties {
            // Properties beside a `oneOf`: the variants carry them.
            return self.composed(schema, pointer, hint, given, nullable);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = obj.get(key).and_then(Value::as_array) {
                return self.one_of(schema, members, &child(pointer, key), hint, given, nullable);
            }
        }
        self.shape_plain(schema, pointer, hint, given, nullable)
    }

    /// The type of a schema that is neither a reference nor a composition: an enum, a
    /// primitive, an array, a map or a struct.
    pub(super) fn shape_plain(
        &mut self,
        schema: &'a Value,
        pointer: &str,
        hint: &str,
        given: Option<String>,
        nullable: bool,
    ) -> (TypeRef, bool) {
        let Some(obj) = schema.as_object() else { return (TypeRef::Json, nullable) };
        let (ty_name, _) = type_of(schema);
        if let Some(values) = obj.get("enum").and_then(Value::as_array) {
            if let Some((ty, has_null)) = self.enum_type(schema, values, pointer, hint, given.clone()) {
                return (ty, nullable || has_null);
            }
        }
        let ty_name = ty_name.or_else(|| {
            if obj.contains_key("properties") || obj.contains_key("additionalProperties") {
                Some("object".to_owned())
            } else if obj.contains_key("items") {
                Some("array".to_owned())
            } else {
                None
            }
        });
        let format = str_of(schema, "format").unwrap_or_default();
        let ty = match ty_name.as_deref() {
            Some("string") if format == "binary" => TypeRef::File,
            Some("string") => TypeRef::String,
            Some("boolean") => TypeRef::Bool,
            Some("integer") => match format {
                "int32" => TypeRef::I32,
                _ => TypeRef::I64,
            },
            Some("number") => match format {
                "float" => TypeRef::F32,
                "int32" => TypeRef::I32,
                "int64" => TypeRef::I64,
                _ => TypeRef::F64,
            },
            Some("array") => {
                let item_hint = format!("{hint}Item");
                match obj.get("items") {
                    Some(items) => TypeRef::Vec(Box::new(self.schema(items, &child(pointer, "items"), &item_hint).0)),
                    None => TypeRef::Vec(Box::new(TypeRef::Json)),
                }
            }
            Some("object") => {
                let has_properties = obj.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty());
                let mut additional = self.additional(schema, pointer, hint);
                if !has_properties && given.is_none() {
                    match additional {
                        Some(value) => TypeRef::Map(Box::new(value)),
                        None => TypeRef::Json,
                    }
                } else {
                    if !has_properties && !obj.contains_key("additionalProperties") {
                        // A named object without properties: every key is undocumented, all are kept.
                        additional = Some(TypeRef::Json);
                    }
                    self.unmodelled_keys(schema, pointer, additional.is_some());
                    let name = self.claim_name(hint, given);
                    let fields = self.fields(schema, pointer, &name, additional.is_some());
                    self.push_type(name.clone(), schema, pointer, TypeKind::Struct { fields, additional });
                    TypeRef::Named(name)
                }
            }
            Some("null") => TypeRef::Json,
            Some(other) => {
                self.diags.push(Diagnostic::warning(
                    child(pointer, "type"),
                    format!("unknown schema type `{other}`; any JSON is accepted here"),
                ));
                TypeRef::Json
            }
            None => TypeRef::Json,
        };
        (ty, nullable)
    }

    /// A string or integer enum of `values` (repeats warned about and dropped), and whether
    /// `null` is one of them; `None` for other values (the schema's `type` decides).
    fn enum_type(
        &mut self,
        schema: &Value,
        values: &[Value],
        pointer: &str,
        hint: &str,
        given: Option<String>,
    ) -> Option<(TypeRef, bool)> {
        // A value listed twice is one value (two variants with one wire name cannot both decode).
        let mut unique: Vec<&Value> = Vec::with_capacity(values.len());
        for v in values {
            if unique.contains(&v) {
                self.diags.push(
                    Diagnostic::warning(child(pointer, "enum"), format!("the enum lists {v} more than once"))
                        .with_hint("the repeat is ignored"),
                );
            } else {
                unique.push(v);
            }
        }
        let values = unique;
        let strings: Vec<&str> = values.iter().filter_map(|v| v.as_str()).collect();
        let has_null = values.iter().any(|v| v.is_null());
        let non_null = values.len() - usize::from(has_null);
        if non_null > 0 && strings.len() == non_null {
            let name = self.claim_name(hint, given);
            self.string_enum(schema, &strings, pointer, name.clone());
            return Some((TypeRef::Named(name), has_null));
        }
        let integers: Vec<i64> = values.iter().filter_map(|v| v.as_i64()).collect();
        if non_null > 0 && integers.len() == non_null {
            let name = self.claim_name(hint, given);
            let mut scope = Scope::default();
            let names = schema.get("x-enum-varnames").and_then(Value::as_array);
            let values = integers
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let label = names.and_then(|n| n.get(i)).and_then(Value::as_str).map(str::to_owned);
                    let label = label.unwrap_or_else(|| format!("V{}", v.to_string().replace('-', "Minus")));
                    (scope.claim(naming::constant(&label)), *v)
                })
                .collect();
            self.push_type(name.clone(), schema, pointer, TypeKind::IntEnum { values });
            return Some((TypeRef::Named(name), has_null));
        }
        None
    }

    /// The type a `$ref` names, and whether its target is nullable.
    fn reference(&mut self, reference: &str) -> (TypeRef, bool) {
        let Some(target) = crate::spec::pointer::resolve(self.root, reference) else {
            // validate() already reported it.
            return (TypeRef::Json, false);
        };
        let pointer = reference.trim_start_matches('#').to_owned();
        let nullable = is_true(target, "nullable") || type_of(target).1;
        if self.component_names.contains_key(&pointer) {
            self.component(target, &pointer);
            return (TypeRef::Named(self.component_names[&pointer].clone()), nullable);
        }
        if let Some(ty) = self.by_pointer.get(&pointer) {
            return (ty.clone(), nullable);
        }
        let hint = pointer.rsplit('/').next().unwrap_or("Schema").to_owned();
        // Guard against a reference cycle through non-component schemas.
        self.by_pointer.insert(pointer.clone(), TypeRef::Json);
        let (ty, n) = self.schema(target, &pointer, &hint);
        self.by_pointer.insert(pointer, ty.clone());
        (ty, nullable || n)
    }

    pub(super) fn additional(&mut self, schema: &'a Value, pointer: &str, hint: &str) -> Option<TypeRef> {
        match schema.get("additionalProperties") {
            Some(Value::Bool(true)) => Some(TypeRef::Json),
            Some(ap @ Value::Object(map)) if map.is_empty() => {
                let _ = ap;
                Some(TypeRef::Json)
            }
            Some(ap @ Value::Object(_)) => {
                let (ty, nullable) = self.schema(ap, &child(pointer, "additionalProperties"), &format!("{hint}Value"));
                Some(if nullable { TypeRef::Json } else { ty })
            }
            _ => None,
        }
    }

    fn fields(&mut self, schema: &'a Value, pointer: &str, owner: &str, keeps_others: bool) -> Vec<Field> {
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut scope = Scope::default();
        let mut fields = Vec::new();
        let props = schema.get("properties").and_then(Value::as_object);
        let mut given = Vec::new();
        for (wire, prop) in props.into_iter().flatten() {
            let at = child(&child(pointer, "properties"), wire);
            let field = self.field(wire, prop, &at, owner, required.contains(&wire.as_str()), &mut scope);
            fields.push(field);
            given.push(prop.get("x-rust-name").is_some());
        }
        unstutter_fields(owner, &mut fields, &given);
        if !keeps_others {
            let listed = required.iter().enumerate().map(|(i, r)| (*r, format!("{pointer}/required/{i}")));
            self.required_without_property(listed.collect(), &fields);
        }
        fields
    }

    /// A warning for each name of a `required` list (with its pointer) that no field has: the
    /// value is required on the wire but the struct cannot hold it.
    pub(super) fn required_without_property(&mut self, required: Vec<(&str, String)>, fields: &[Field]) {
        for (name, at) in required {
            if !fields.iter().any(|f| f.wire == name) {
                self.diags.push(
                    Diagnostic::warning(at, format!("`{name}` is required but is not a property; no field holds it"))
                        .with_hint(format!("add `{name}` under `properties`")),
                );
            }
        }
    }

    /// A warning for keywords that allow keys beyond `properties` when the struct does not keep
    /// other keys: they would be dropped when decoding.
    fn unmodelled_keys(&mut self, schema: &Value, pointer: &str, keeps_others: bool) {
        if keeps_others {
            return;
        }
        let pattern = schema.get("patternProperties").and_then(Value::as_object).is_some_and(|p| !p.is_empty());
        let unevaluated = schema.get("unevaluatedProperties").is_some_and(|u| u != &Value::Bool(false));
        for (keyword, set) in [("patternProperties", pattern), ("unevaluatedProperties", unevaluated)] {
            if set {
                self.diags.push(
                    Diagnostic::warning(
                        child(pointer, keyword),
                        format!("`{keyword}` is not modelled: the keys it allows beyond `properties` are dropped when decoding"),
                    )
                    .with_hint("with `additionalProperties` the struct keeps the other keys in a map"),
                );
            }
        }
    }

    /// One property as a field of the struct `owner`.
    pub(super) fn field(
        &mut self,
        wire: &str,
        prop: &'a Value,
        at: &str,
        owner: &str,
        required: bool,
        scope: &mut Scope,
    ) -> Field {
        let hint = self.part_name(owner, &naming::camel(wire, "Field"), prop);
        let (ty, nullable) = self.schema(prop, at, &hint);
        let ty = secret_if_sensitive(ty, wire, prop);
        let ty = typed_format(ty, prop);
        let (target, _) = self.deref(prop, at);
        let lenient = self.lenient_integer(prop, at, &ty);
        let given = self.rust_name(prop, at, |n| naming::snake(n, "field"));
        let name = scope.claim(given.clone().unwrap_or_else(|| naming::snake(wire, "field")));
        if let Some(given) = given.filter(|g| *g != name) {
            self.rust_name_taken(at, &given, &name);
        }
        Field {
            name,
            wire: wire.to_owned(),
            ty,
            required,
            nullable,
            doc: doc_of(prop).or_else(|| doc_of(target)).map(|d| with_default(d, prop)).or_else(|| default_doc(prop)),
            constraints: super::constraints::describe(prop),
            read_only: is_true(prop, "readOnly") || is_true(target, "readOnly"),
            write_only: is_true(prop, "writeOnly") || is_true(target, "writeOnly"),
            deprecated: is_true(prop, "deprecated"),
            lenient,
        }
    }

    /// The name of a type inline in `owner` at `part` (a property): `{owner}{part}` without
    /// saying twice the words they share (`Device` + `DeviceGroup` → `DeviceGroup`). When the
    /// shorter name is taken (the owner's own name, or another type's), a word for what the
    /// part is follows it: `Kind` for an enum (`WebhookEvent.event` → `WebhookEventKind`),
    /// `Value` otherwise (`Device.device_group` beside a `DeviceGroup` → `DeviceGroupValue`).
    fn part_name(&self, owner: &str, part: &str, schema: &Value) -> String {
        let joined = naming::join(owner, part);
        if joined.len() == owner.len() + part.len() {
            return joined;
        }
        // An array's type is its items' (`{name}Item`).
        let array = schema.get("$ref").is_none() && schema.get("items").is_some();
        let made = naming::type_name(&if array { format!("{joined}Item") } else { joined.clone() });
        if made != owner && !self.type_scope.contains(&made) && naming::crate_item_rename(&made).is_none() {
            return joined;
        }
        format!("{joined}{}", if schema.get("enum").is_some() { "Kind" } else { "Value" })
    }

    /// Whether `schema` (of type `ty`) says its integer may come as a string holding one
    /// (`x-lenient-integer: true`); a warning when it says so of a schema that is no integer.
    fn lenient_integer(&mut self, schema: &Value, at: &str, ty: &TypeRef) -> bool {
        let (target, target_at) = self.deref(schema, at);
        let marked =
            [(schema, at.to_owned()), (target, target_at)].into_iter().find(|(s, _)| is_true(s, "x-lenient-integer"));
        let Some((marked, marked_at)) = marked else { return false };
        // A reference to a plain integer component is an alias of `i32`/`i64`.
        let integer_alias = matches!(ty, TypeRef::Named(_))
            && type_of(marked).0.as_deref() == Some("integer")
            && marked.get("enum").is_none();
        if matches!(ty, TypeRef::I32 | TypeRef::I64) || integer_alias {
            return true;
        }
        self.diags.push(
            Diagnostic::warning(
                child(&marked_at, "x-lenient-integer"),
                "x-lenient-integer is set on a schema that is not an integer",
            )
            .with_hint("it is ignored; put it on a `type: integer` schema"),
        );
        false
    }

    fn one_of(
        &mut self,
        schema: &'a Value,
        members: &'a [Value],
        pointer: &str,
        hint: &str,
        given: Option<String>,
        nullable: bool,
    ) -> (TypeRef, bool) {
        let mut nullable = nullable;
        let mut kept = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let (target, _) = self.deref(member, &format!("{pointer}/{i}"));
            if is_null_schema(target) {
                nullable = true;
            } else {
                kept.push((i, member));
            }
        }
        if kept.len() == 1 && given.is_none() {
            let (i, member) = kept[0];
            let (ty, n) = self.schema(member, &format!("{pointer}/{i}"), hint);
            return (ty, nullable || n);
        }
        let name = self.claim_name(hint, given);
        let mut scope = Scope::with_taken(&["Unknown"]);
        let mut variants = Vec::new();
        let mut all_refs = true;
        let mut lenient = Vec::new();
        // A member written inline is named after what it is (`{name}Integer`), or its position
        // when two are the same kind; its variant does not repeat the one-of's name.
        let kinds: Vec<Option<&str>> = kept.iter().map(|(_, m)| member_kind(m)).collect();
        for (j, (i, member)) in kept.iter().enumerate() {
            let at = format!("{pointer}/{i}");
            let label = match kinds[j] {
                Some(kind) if kinds.iter().filter(|k| **k == Some(kind)).count() == 1 => kind.to_owned(),
                _ => format!("Variant{i}"),
            };
            let (ty, _) = self.schema(member, &at, &format!("{name}{label}"));
            if self.lenient_integer(member, &at, &ty) {
                lenient.push(variants.len());
            }
            let variant = match &ty {
                TypeRef::Named(n) => naming::without_owner(&name, n),
                other => {
                    all_refs = false;
                    variant_name_for(other)
                }
            };
            variants.push((scope.claim(variant), ty));
        }
        let tag =
            schema.get("discriminator").and_then(|d| str_of(d, "propertyName")).filter(|_| all_refs).and_then(
                |property| self.tag_values(schema, &kept, property).map(|values| (property.to_owned(), values)),
            );
        let own_pointer = pointer.rsplit_once('/').map_or(pointer, |(head, _)| head).to_owned();
        self.push_type(name.clone(), schema, &own_pointer, TypeKind::OneOf { variants, tag, lenient });
        (TypeRef::Named(name), nullable)
    }

    /// The tag values of each member of a one-of tagged by `property`: the discriminator's
    /// mapping (every value that maps to the member), else the component name a `$ref` names,
    /// else the one value the member's own schema allows for the property (`enum: [x]` or
    /// `const: x`). `None` (decode untagged) when a member has no value or two share one: a tag
    /// that cannot tell variants apart is no tag.
    pub(super) fn tag_values(
        &self,
        schema: &Value,
        kept: &[(usize, &'a Value)],
        property: &str,
    ) -> Option<Vec<Vec<String>>> {
        let mapping = schema.pointer("/discriminator/mapping").and_then(Value::as_object);
        let mut values: Vec<Vec<String>> = Vec::with_capacity(kept.len());
        for (i, member) in kept {
            let reference = str_of(member, "$ref");
            let mapped: Vec<String> = match (reference, mapping) {
                (Some(r), Some(m)) => {
                    m.iter().filter(|(k, v)| v.as_str() == Some(r) && !k.is_empty()).map(|(k, _)| k.clone()).collect()
                }
                _ => Vec::new(),
            };
            let named = || reference.and_then(|r| r.rsplit('/').next()).filter(|n| !n.is_empty()).map(str::to_owned);
            let own = || {
                let (target, _) = self.deref(member, &i.to_string());
                let prop = target.pointer(&format!("/properties/{}", crate::diagnostic::escape_segment(property)))?;
                match (prop.get("const"), prop.get("enum").and_then(Value::as_array)) {
                    (Some(Value::String(c)), _) => Some(c.clone()),
                    (_, Some(values)) if values.len() == 1 => values[0].as_str().map(str::to_owned),
                    _ => None,
                }
            };
            let member_values =
                if mapped.is_empty() { vec![named().or_else(own).filter(|v| !v.is_empty())?] } else { mapped };
            if member_values.iter().any(|v| values.iter().flatten().any(|seen| seen == v)) {
                return None;
            }
            values.push(member_values);
        }
        Some(values)
    }

    fn string_enum(&mut self, schema: &Value, values: &[&str], pointer: &str, name: String) {
        let mut scope = Scope::with_taken(&["Unknown"]);
        let variants = values
            .iter()
            .map(|wire| Variant { name: scope.claim(naming::variant(wire, "Empty")), wire: (*wire).to_owned() })
            .collect();
        self.push_type(name, schema, pointer, TypeKind::Enum { variants });
    }
}

/// What a one-of member written inline is, as a word for its name (`Integer`, `String`, …);
/// `None` for a `$ref` or a member without a `type` (nor properties, items or enum values).
fn member_kind(member: &Value) -> Option<&'static str> {
    if member.get("$ref").is_some() {
        return None;
    }
    let ty = type_of(member).0.or_else(|| {
        let first = member.get("enum").and_then(Value::as_array).and_then(|v| v.iter().find(|v| !v.is_null()));
        match first {
            Some(Value::String(_)) => Some("string".to_owned()),
            Some(Value::Number(_)) => Some("number".to_owned()),
            Some(Value::Bool(_)) => Some("boolean".to_owned()),
            _ if member.get("properties").is_some() => Some("object".to_owned()),
            _ if member.get("items").is_some() => Some("array".to_owned()),
            _ => None,
        }
    })?;
    Some(match ty.as_str() {
        "integer" => "Integer",
        "number" => "Number",
        "string" => "String",
        "boolean" => "Bool",
        "array" => "List",
        "object" => "Object",
        _ => return None,
    })
}

/// A field named after its struct and more (`device_group` in `Device`) drops the struct's
/// name (`group`) when what is left is a plain name no other field has (not a keyword such as
/// `type`, which would be `r#type`). Names the spec gives (`x-rust-name`) stay; the wire name
/// is kept either way.
pub(super) fn unstutter_fields(owner: &str, fields: &mut [Field], given: &[bool]) {
    let prefix = format!("{}_", naming::snake(owner, "owner").trim_start_matches("r#"));
    let mut taken: std::collections::BTreeSet<String> = fields.iter().map(|f| f.name.clone()).collect();
    taken.insert("additional_properties".to_owned());
    for (f, given) in fields.iter_mut().zip(given) {
        let Some(rest) = f.name.strip_prefix(&prefix) else { continue };
        if *given || rest.is_empty() || naming::snake(rest, "") != rest || taken.contains(rest) {
            continue;
        }
        let rest = rest.to_owned();
        taken.remove(&f.name);
        taken.insert(rest.clone());
        f.name = rest;
    }
}

fn variant_name_for(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(n) => n.clone(),
        TypeRef::String => "String".into(),
        TypeRef::Bool => "Bool".into(),
        TypeRef::I32 | TypeRef::I64 => "Integer".into(),
        TypeRef::F32 | TypeRef::F64 => "Number".into(),
        TypeRef::Json => "Json".into(),
        TypeRef::Bytes => "Bytes".into(),
        TypeRef::File => "File".into(),
        TypeRef::Secret => "Secret".into(),
        TypeRef::Format(f) => f.rust_name().into(),
        TypeRef::Vec(inner) => format!("{}List", variant_name_for(inner)),
        TypeRef::Map(inner) => format!("{}Map", variant_name_for(inner)),
        TypeRef::Boxed(inner) => variant_name_for(inner),
    }
}

/// A field's string of `format: date-time`, `date` or `uuid` (also as the items of an array or
/// the values of a map written inline) becomes the runtime's type for it, which keeps the exact
/// string; a `$ref` keeps its named type.
fn typed_format(ty: TypeRef, prop: &Value) -> TypeRef {
    match ty {
        TypeRef::String => match str_of(prop, "format").and_then(StringFormat::from_openapi) {
            Some(format) => TypeRef::Format(format),
            None => TypeRef::String,
        },
        TypeRef::Vec(inner) => match prop.get("items") {
            Some(items) => TypeRef::Vec(Box::new(typed_format(*inner, items))),
            None => TypeRef::Vec(inner),
        },
        TypeRef::Map(inner) => match prop.get("additionalProperties").filter(|v| v.is_object()) {
            Some(values) => TypeRef::Map(Box::new(typed_format(*inner, values))),
            None => TypeRef::Map(inner),
        },
        other => other,
    }
}

/// A string field that holds a password, a token or a key becomes a `Secret`, so that `Debug`
/// output and logs never show it.
fn secret_if_sensitive(ty: TypeRef, wire: &str, prop: &Value) -> TypeRef {
    if ty != TypeRef::String {
        return ty;
    }
    if secrecy(wire, str_of(prop, "format")) == Secrecy::Credential {
        TypeRef::Secret
    } else {
        ty
    }
}

fn default_doc(prop: &Value) -> Option<String> {
    prop.get("default").map(|d| format!("Default: `{d}`."))
}

fn with_default(doc: String, prop: &Value) -> String {
    match default_doc(prop) {
        Some(d) => format!("{doc}\n\n{d}"),
        None => doc,
    }
}
