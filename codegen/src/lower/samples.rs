//! Sample arguments for every operation, from the spec's examples where it has them and made
//! up from the schema where not. Generated contract tests call each operation with them.

use serde_json::{Map, Value};

use super::Lowerer;
use crate::spec::pointer::{deref, resolve};

/// How deep a made-up sample nests before it stops adding structure.
const MAX_DEPTH: usize = 8;
/// How deep a made-up sample still fills optional properties (deeper, only required ones), so
/// a recursive schema's sample stays small.
const OPTIONAL_DEPTH: usize = 4;

impl Lowerer<'_> {
    /// The example of a parameter: its own `example`, its first named example, or its schema's.
    pub(super) fn param_sample(&self, param: &Value) -> Value {
        if let Some(example) = param.get("example") {
            return example.clone();
        }
        if let Some(example) = param
            .get("examples")
            .and_then(Value::as_object)
            .and_then(|m| m.values().next())
            .and_then(|e| e.get("value"))
        {
            return example.clone();
        }
        match param.get("schema") {
            Some(schema) => self.sample(schema, 0),
            None => Value::String("example".into()),
        }
    }

    /// The example of a media type, with the properties it leaves out filled from a sample of
    /// its schema (so a body sends every property its schema declares), or a sample made from
    /// its schema.
    pub(super) fn media_sample(&self, media: &Value) -> Value {
        let made = media.get("schema").map_or(Value::Null, |s| self.sample(s, 0));
        let example = media.get("example").or_else(|| {
            media.get("examples").and_then(Value::as_object).and_then(|m| m.values().next()).and_then(|e| {
                let e = e.get("$ref").and_then(Value::as_str).and_then(|r| resolve(self.root, r)).unwrap_or(e);
                e.get("value")
            })
        });
        match example {
            Some(example) => {
                let mut example = example.clone();
                fill(&mut example, &made);
                example
            }
            None => made,
        }
    }

    /// A value that validates against `schema`, with every property it declares (optional ones
    /// too, down to [`OPTIONAL_DEPTH`]) and within its enums, formats and bounds.
    pub(super) fn sample(&self, schema: &Value, depth: usize) -> Value {
        // OpenAPI 3.1: a `$ref` whose siblings shape the value is both, like an `allOf`.
        if depth <= MAX_DEPTH && self.is_31() && !self.ref_siblings(schema).is_empty() {
            let target = schema.get("$ref").and_then(Value::as_str).and_then(|r| resolve(self.root, r));
            let base = target.map_or(Value::Null, |t| self.sample(t, depth + 1));
            return self.with_own_properties(base, schema, depth);
        }
        let schema = deref(self.root, schema);
        if let Some(v) = schema.get("example").or_else(|| schema.get("default")) {
            return v.clone();
        }
        if let Some(first) = schema.get("examples").and_then(Value::as_array).and_then(|a| a.first()) {
            return first.clone();
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|a| a.iter().find(|v| !v.is_null()))
        {
            return first.clone();
        }
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(members) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for member in members {
                if let Value::Object(part) = self.sample(member, depth + 1) {
                    merged.extend(part);
                }
            }
            if let Value::Object(own) = self.object_sample(schema, depth) {
                merged.extend(own);
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema.get(key).and_then(Value::as_array).and_then(|a| a.first()) {
                // Properties beside the one-of are in every variant.
                let first = self.sample(first, depth + 1);
                return self.with_own_properties(first, schema, depth);
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => t.as_str(),
            Some(Value::Array(types)) => {
                types.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null")
            }
            _ if schema.get("properties").is_some() => "object",
            _ if schema.get("items").is_some() => "array",
            _ => "",
        };
        let format = schema.get("format").and_then(Value::as_str).unwrap_or_default();
        match ty {
            "string" => Value::String(string_sample(schema, format)),
            "integer" => {
                let mut min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(1).max(1);
                if schema.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true) {
                    min += 1;
                }
                if let Some(m) = schema.get("exclusiveMinimum").and_then(Value::as_i64) {
                    min = min.max(m + 1);
                }
                let mut max = schema.get("maximum").and_then(Value::as_i64).unwrap_or(i64::MAX);
                if schema.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true) {
                    max -= 1;
                }
                if let Some(m) = schema.get("exclusiveMaximum").and_then(Value::as_i64) {
                    max = max.min(m - 1);
                }
                Value::from(min.min(max))
            }
            "number" => {
                let min = schema.get("minimum").and_then(Value::as_f64).unwrap_or(1.0).max(1.0);
                let max = schema.get("maximum").and_then(Value::as_f64).unwrap_or(f64::MAX);
                Value::from(min.min(max))
            }
            "boolean" => Value::Bool(true),
            "array" => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let max = schema.get("maxItems").and_then(Value::as_u64).unwrap_or(u64::MAX);
                let item = schema.get("items").map_or(Value::Null, |i| self.sample(i, depth + 1));
                Value::Array((0..min.max(1).min(max)).map(|_| item.clone()).collect())
            }
            "object" => self.object_sample(schema, depth),
            "null" => Value::Null,
            _ => Value::Object(Map::new()),
        }
    }

    /// `base` with the sampled properties `schema` declares itself added, when both are objects.
    fn with_own_properties(&self, base: Value, schema: &Value, depth: usize) -> Value {
        match (base, self.object_sample(schema, depth)) {
            (Value::Object(mut base), Value::Object(own)) if !own.is_empty() => {
                base.extend(own);
                Value::Object(base)
            }
            (base, _) => base,
        }
    }

    fn object_sample(&self, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> =
            schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let read_only = prop.get("readOnly").and_then(Value::as_bool).unwrap_or(false);
                let wanted = required.contains(&name.as_str()) || depth < OPTIONAL_DEPTH;
                if wanted && !read_only {
                    out.insert(name.clone(), self.sample(prop, depth + 1));
                }
            }
        }
        Value::Object(out)
    }
}

/// Adds to the objects of `example` the properties of `made` (a sample of the same schema) they
/// lack, at every level; where they have one, its value is kept.
fn fill(example: &mut Value, made: &Value) {
    match (example, made) {
        (Value::Object(example), Value::Object(made)) => {
            for (name, value) in made {
                match example.get_mut(name) {
                    Some(existing) => fill(existing, value),
                    None => {
                        example.insert(name.clone(), value.clone());
                    }
                }
            }
        }
        (Value::Array(items), Value::Array(made)) => {
            if let Some(first) = made.first() {
                for item in items {
                    fill(item, first);
                }
            }
        }
        _ => {}
    }
}

/// A string that matches the regular expression `pattern`, for the plain patterns specs use
/// (literals, `\\d`-style classes, `[...]`, groups with `|`, quantifiers); `None` for others
/// (look-arounds, back-references).
fn pattern_sample(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut pos = 0;
    let out = alternatives(&chars, &mut pos)?;
    (pos == chars.len()).then_some(out)
}

/// The first alternative of a sequence up to `)` or the end; skips the others.
fn alternatives(chars: &[char], pos: &mut usize) -> Option<String> {
    let first = sequence(chars, pos)?;
    while chars.get(*pos) == Some(&'|') {
        *pos += 1;
        sequence(chars, pos)?;
    }
    Some(first)
}

fn sequence(chars: &[char], pos: &mut usize) -> Option<String> {
    let mut out = String::new();
    while let Some(&c) = chars.get(*pos) {
        let atom = match c {
            '|' | ')' => break,
            '^' | '$' => {
                *pos += 1;
                continue;
            }
            '(' => {
                *pos += 1;
                if chars.get(*pos) == Some(&'?') {
                    if chars.get(*pos + 1) != Some(&':') {
                        return None;
                    }
                    *pos += 2;
                }
                let inner = alternatives(chars, pos)?;
                if chars.get(*pos) != Some(&')') {
                    return None;
                }
                *pos += 1;
                inner
            }
            '[' => {
                *pos += 1;
                let negated = chars.get(*pos) == Some(&'^');
                if negated {
                    *pos += 1;
                }
                let mut first = None;
                while let Some(&c) = chars.get(*pos) {
                    *pos += 1;
                    match c {
                        ']' if first.is_some() => break,
                        '\\' => {
                            let e = *chars.get(*pos)?;
                            *pos += 1;
                            first.get_or_insert(escape(e)?);
                        }
                        _ => {
                            first.get_or_insert(c);
                        }
                    }
                }
                if negated {
                    // Any letter outside the class.
                    let excluded: String = first.into_iter().collect();
                    ['a', 'b', 'x', '0'].into_iter().find(|c| !excluded.contains(*c))?.to_string()
                } else {
                    first?.to_string()
                }
            }
            '\\' => {
                *pos += 1;
                let e = *chars.get(*pos)?;
                *pos += 1;
                if e.is_ascii_digit() || e == 'b' || e == 'B' {
                    return None;
                }
                escape(e)?.to_string()
            }
            '.' => {
                *pos += 1;
                "a".to_owned()
            }
            '*' | '+' | '?' | '{' => return None,
            c => {
                *pos += 1;
                c.to_string()
            }
        };
        let times = quantifier(chars, pos)?;
        for _ in 0..times {
            out.push_str(&atom);
        }
    }
    Some(out)
}

/// The fewest repetitions a quantifier allows (1 without one).
fn quantifier(chars: &[char], pos: &mut usize) -> Option<usize> {
    let times = match chars.get(*pos) {
        Some('*') | Some('?') => {
            *pos += 1;
            0
        }
        Some('+') => {
            *pos += 1;
            1
        }
        Some('{') => {
            let end = chars[*pos..].iter().position(|c| *c == '}')? + *pos;
            let inner: String = chars[*pos + 1..end].iter().collect();
            *pos = end + 1;
            inner.split(',').next()?.trim().parse().ok()?
        }
        _ => return Some(1),
    };
    // A lazy or possessive marker changes nothing here.
    if matches!(chars.get(*pos), Some('?') | Some('+')) {
        *pos += 1;
    }
    Some(times)
}

/// A character an escape matches.
fn escape(e: char) -> Option<char> {
    Some(match e {
        'd' => '0',
        'w' => 'a',
        's' => ' ',
        'D' | 'W' | 'S' => '-',
        'n' => '\n',
        't' => '\t',
        c if c.is_ascii_alphanumeric() => return None,
        c => c,
    })
}

/// A string of `format` within the schema's length bounds.
fn string_sample(schema: &Value, format: &str) -> String {
    let text = match format {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "time" => "12:00:00",
        "email" => "user@example.com",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "uri" | "url" => "https://example.com/",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "c3RyaW5n",
        _ => "string",
    };
    if !format.is_empty() && text != "string" {
        return text.to_owned();
    }
    if let Some(text) = schema.get("pattern").and_then(Value::as_str).and_then(pattern_sample).filter(|t| !t.is_empty())
    {
        return text;
    }
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = schema.get("maxLength").and_then(Value::as_u64).map_or(usize::MAX, |m| m as usize);
    let mut text = text.to_owned();
    while text.len() < min {
        text.push('x');
    }
    text.truncate(max.max(min).min(text.len()));
    text
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: Samples, version: "1"}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "204": {description: created}
        "404": {description: no such thing}
components:
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string, minLength: 8}
        code: {type: string, maxLength: 3}
        kind: {type: string, enum: [small, large]}
        size: {type: integer, minimum: 5, maximum: 9}
        ratio: {type: number, maximum: 0.5}
        id: {type: string, format: uuid, readOnly: true}
        at: {type: string, format: date-time}
        tags: {type: array, items: {type: string}, maxItems: 0}
        child: {$ref: "#/components/schemas/Thing"}
"##;

    #[test]
    fn pattern_samples_match_their_patterns() {
        let cases = [
            (r"^\d{2}:\d{2}:\d{2}$", "00:00:00"),
            (r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$", "0000-00-00T00:00:00"),
            (r"^[a-z0-9_]+, ?(asc|desc)$", "a,asc"),
            (r"^[^0-9]x{1,3}$", "ax"),
        ];
        for (pattern, expected) in cases {
            assert_eq!(super::pattern_sample(pattern).as_deref(), Some(expected), "{pattern}");
        }
        assert_eq!(super::pattern_sample(r"^(?=a)b$"), None);
        assert_eq!(super::pattern_sample(r"(a)\1"), None);
    }

    #[test]
    fn a_body_sample_has_every_writable_property_within_its_bounds() {
        let (api, _) = crate::lower_text("samples.yaml", SPEC.to_owned(), "samples").expect("lowers");
        let op = &api.operations[0];
        let sample = op.body_sample.clone().expect("a body sample");
        assert_eq!(sample["name"], json!("stringxx"), "minLength pads");
        assert_eq!(sample["code"], json!("str"), "maxLength truncates");
        assert_eq!(sample["kind"], json!("small"));
        assert_eq!(sample["size"], json!(5));
        assert_eq!(sample["ratio"], json!(0.5));
        assert_eq!(sample["at"], json!("2024-01-01T00:00:00Z"));
        assert_eq!(sample["tags"], json!([]));
        assert!(sample.get("id").is_none(), "read-only properties are not sent");
        // Optional properties nest down to OPTIONAL_DEPTH; deeper, only required ones.
        let mut depth = 0;
        let mut node = &sample;
        while let Some(child) = node.get("child") {
            depth += 1;
            node = child;
        }
        assert_eq!(depth, super::OPTIONAL_DEPTH);
        assert_eq!(node.as_object().map(|m| m.len()), Some(1), "the deepest level has only `name`: {node}");
        assert_eq!(op.bodiless_error_statuses, vec![404]);
        assert!(op.error_statuses.is_empty());
    }
}
