#!/usr/bin/env python3
"""Classify the examples of OpenAPI documents with an independent JSON Schema validator.

    python3 corpus/examples.py classify MANIFEST.json
    python3 corpus/examples.py --self-test

`cargo xtask corpus` runs each generated crate's `tests/examples.rs` with
CODEGEN_EXAMPLES_REPORT set, which leaves one JSON line per example checked
(pointer, Rust type, outcome). MANIFEST.json lists, per document,

    {"id": ..., "spec": "<the document as JSON>", "outcomes": "<those lines>", "out": "<file to write>"}

and for every outcome line this writes one line to `out`, in the same order:

    {"pointer": ..., "type": ..., "schemas": [...], "valid": true | false | null, "why": ...,
     "encoded_valid": true | false | null, "encoded_why": ...}

`valid` is whether the example is valid against the schema it documents (null: that
schema could not be found or resolved, `why` says why). For an outcome
`pass-modulo-null` (the type dropped a `null` member or wrote one that was absent)
`encoded_valid` says whether what the type encoded is valid too, that is whether
the schema allows that `null` (or its absence).

The validator is the `jsonschema` package (Draft 2020-12, with its format checker
for the formats it can check without extra packages). OpenAPI 3.0 schemas are
converted first (`convert_30`): `nullable`, boolean `exclusiveMinimum` /
`exclusiveMaximum`, `$ref` siblings (ignored in 3.0), OpenAPI-only keywords
dropped. In both versions a `readOnly` property is not required in a request and a
`writeOnly` one not in a response. `--self-test` checks the conversion with the
standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from urllib.parse import quote

sys.setrecursionlimit(20000)

DOC_URI = "urn:corpus:document"
# OpenAPI 3.0 keywords that are not JSON Schema (or mean something else there).
DROPPED_30 = {"nullable", "example", "discriminator", "xml", "externalDocs", "deprecated"}
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_ONE = ("additionalProperties", "items", "not", "contains", "propertyNames", "if", "then", "else",
              "unevaluatedProperties", "unevaluatedItems", "additionalItems")


def unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    pointer = pointer.lstrip("#")
    return [unescape(s) for s in pointer.split("/")[1:]] if pointer else []


def resolve(doc, pointer: str):
    """The value at a JSON pointer (`#/a/b` or `/a/b`); KeyError if there is none."""
    node = doc
    for seg in split_pointer(pointer):
        if isinstance(node, list):
            node = node[int(seg)]
        elif isinstance(node, dict):
            node = node[seg]
        else:
            raise KeyError(pointer)
    return node


def not_required(direction: str) -> set[str]:
    return {"request": {"readOnly"}, "response": {"writeOnly"}}.get(direction, {"readOnly", "writeOnly"})


def convert_schema(schema, v30: bool, direction: str):
    """One schema (and its subschemas) as JSON Schema 2020-12 for a value travelling in `direction`
    (`request`, `response` or `any`)."""
    if not isinstance(schema, dict):
        return schema
    if v30 and "$ref" in schema:
        return {"$ref": schema["$ref"]}  # 3.0: siblings of `$ref` are ignored
    out = {}
    for key, value in schema.items():
        if key.startswith("x-") or (v30 and key in DROPPED_30):
            continue
        if key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {k: convert_schema(v, v30, direction) for k, v in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [convert_schema(v, v30, direction) for v in value]
        elif key in SCHEMA_ONE:
            out[key] = convert_schema(value, v30, direction)
        else:
            out[key] = value
    if v30:
        for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            flag = out.get(bound)
            if isinstance(flag, bool):
                del out[bound]
                if flag and limit in out:
                    out[bound] = out.pop(limit)
    skip = not_required(direction)
    props = schema.get("properties")
    if isinstance(out.get("required"), list) and isinstance(props, dict):
        out["required"] = [r for r in out["required"]
                           if not (isinstance(props.get(r), dict) and any(props[r].get(k) is True for k in skip))]
        if not out["required"]:
            del out["required"]
    if v30 and schema.get("nullable") is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        elif "type" not in out:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def convert_document(doc, direction: str):
    """The document with every schema in it converted (OpenAPI 3.0) or only the `required` lists
    adjusted to the direction (3.1, already JSON Schema)."""
    v30 = str(doc.get("openapi", "")).startswith("3.0")

    def walk(node, path: tuple[str, ...]):
        if isinstance(node, list):
            return [walk(v, path) for v in node]
        if not isinstance(node, dict):
            return node
        out = {}
        for key, value in node.items():
            if key in ("example", "examples") or key.startswith("x-"):
                out[key] = value
            elif key == "schema":
                out[key] = convert_schema(value, v30, direction)
            elif path == ("components",) and key == "schemas" and isinstance(value, dict):
                out[key] = {k: convert_schema(v, v30, direction) for k, v in value.items()}
            else:
                out[key] = walk(value, (*path, key))
        return out

    return walk(doc, ())


def direction_of(pointer: str) -> str:
    if "/requestBody" in pointer or "/requestBodies/" in pointer:
        return "request"
    if "/responses/" in pointer:
        return "response"
    return "any"


_SCHEMA_EXAMPLE = re.compile(r"^/components/schemas/[^/]+$")
_NAMED = re.compile(r"^(.*)/examples/([^/]+)/value$")


def schemas_of(doc, pointer: str) -> list[str]:
    """The pointers of the schemas the example at `pointer` documents (several when a component
    example is referenced from several media types)."""
    pointer = pointer.lstrip("#")
    if pointer.endswith("/example"):
        parent = pointer[: -len("/example")]
        node = resolve(doc, parent)
        if not _SCHEMA_EXAMPLE.match(parent) and isinstance(node, dict) and "schema" in node:
            return [parent + "/schema"]
        return [parent]
    m = _NAMED.match(pointer)
    if m and m.group(1) == "/components":
        target = "#" + pointer[: -len("/value")]
        found: list[str] = []

        def walk(node, path: str):
            if isinstance(node, dict):
                examples = node.get("examples")
                if isinstance(examples, dict) and "schema" in node and any(
                        isinstance(e, dict) and e.get("$ref") == target for e in examples.values()):
                    found.append(path + "/schema")
                for k, v in node.items():
                    if k not in ("example", "examples", "schema") and not k.startswith("x-"):
                        walk(v, path + "/" + k.replace("~", "~0").replace("/", "~1"))
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    walk(v, f"{path}/{i}")

        walk(doc, "")
        return found
    if m:
        return [m.group(1) + "/schema"]
    raise KeyError(f"{pointer}: not a place examples are recorded")


class Classifier:
    """Validates examples of one document, keeping one converted document and one validator per
    schema and direction."""

    def __init__(self, doc):
        from jsonschema import Draft202012Validator
        from referencing import Registry
        from referencing.jsonschema import DRAFT202012

        self.doc = doc
        self._validator_class = Draft202012Validator
        self._registry = {}
        self._validators = {}
        self._make = lambda converted: Registry().with_resource(DOC_URI, DRAFT202012.create_resource(converted))

    def validator(self, schema_pointer: str, direction: str):
        key = (schema_pointer, direction)
        if key not in self._validators:
            if direction not in self._registry:
                self._registry[direction] = self._make(convert_document(self.doc, direction))
            ref = DOC_URI + "#" + quote(schema_pointer, safe="/~")
            cls = self._validator_class
            self._validators[key] = cls({"$ref": ref}, registry=self._registry[direction],
                                        format_checker=cls.FORMAT_CHECKER)
        return self._validators[key]

    def check(self, value, schemas: list[str], direction: str) -> tuple[bool | None, str]:
        from jsonschema.exceptions import best_match
        from referencing.exceptions import Unresolvable

        if not schemas:
            return None, "no media type with a schema refers to this example"
        for s in schemas:
            try:
                error = best_match(self.validator(s, direction).iter_errors(value))
            except Unresolvable as e:
                return None, f"cannot resolve {e}"[:300]
            if error is not None:
                at = error.json_path
                return False, f"{at}: {error.message}"[:300] + f" (schema #{s})"
        return True, ""


def classify_document(spec: Path, outcomes: Path, out: Path) -> dict[str, int]:
    doc = json.loads(spec.read_text(encoding="utf-8"))
    classifier = Classifier(doc)
    counts = {"valid": 0, "invalid": 0, "unknown": 0}
    lines = []
    for raw in outcomes.read_text(encoding="utf-8").splitlines():
        try:
            line = json.loads(raw)
        except ValueError:
            continue
        if "pointer" not in line:
            continue
        pointer = line["pointer"]
        result = {"pointer": pointer, "type": line.get("type"), "schemas": [], "valid": None, "why": "",
                  "encoded_valid": None, "encoded_why": ""}
        try:
            value = resolve(doc, pointer)
            schemas = schemas_of(doc, pointer)
        except (KeyError, IndexError, ValueError) as e:
            result["why"] = f"cannot find the example or its schema: {e}"
        else:
            direction = direction_of(schemas[0] if schemas else pointer)
            result["schemas"] = ["#" + s for s in schemas]
            result["valid"], result["why"] = classifier.check(value, schemas, direction)
            if line.get("outcome") == "pass-modulo-null" and "encoded" in line:
                result["encoded_valid"], result["encoded_why"] = classifier.check(line["encoded"], schemas, direction)
        counts["valid" if result["valid"] else "invalid" if result["valid"] is False else "unknown"] += 1
        lines.append(json.dumps(result, ensure_ascii=False))
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return counts


def self_test() -> None:
    """The conversion, checked without jsonschema."""
    c = convert_schema
    assert c({"type": "string", "nullable": True}, True, "any") == {"type": ["string", "null"]}
    assert c({"type": "string", "enum": ["a"], "nullable": True}, True, "any") == \
        {"type": ["string", "null"], "enum": ["a", None]}
    assert c({"allOf": [{"$ref": "#/x"}], "nullable": True}, True, "any") == \
        {"anyOf": [{"allOf": [{"$ref": "#/x"}]}, {"type": "null"}]}
    assert c({"$ref": "#/x", "description": "d", "nullable": True}, True, "any") == {"$ref": "#/x"}
    assert c({"$ref": "#/x", "description": "d"}, False, "any") == {"$ref": "#/x", "description": "d"}
    assert c({"type": "number", "minimum": 1, "exclusiveMinimum": True}, True, "any") == \
        {"type": "number", "exclusiveMinimum": 1}
    assert c({"type": "number", "maximum": 1, "exclusiveMaximum": False}, True, "any") == \
        {"type": "number", "maximum": 1}
    assert c({"type": "number", "exclusiveMinimum": 0}, False, "any") == {"type": "number", "exclusiveMinimum": 0}
    got = c({"type": "object", "example": {"a": 1}, "x-foo": 1, "discriminator": {"propertyName": "k"},
             "properties": {"nullable": {"type": "integer", "nullable": True, "example": 3},
                            "example": {"type": "string"}}}, True, "any")
    assert got == {"type": "object", "properties": {"nullable": {"type": ["integer", "null"]},
                                                    "example": {"type": "string"}}}, got
    ro = {"type": "object", "required": ["id", "secret", "name"],
          "properties": {"id": {"type": "string", "readOnly": True},
                         "secret": {"type": "string", "writeOnly": True}, "name": {"type": "string"}}}
    assert c(ro, True, "request")["required"] == ["secret", "name"]
    assert c(ro, True, "response")["required"] == ["id", "name"]
    assert c(ro, False, "any")["required"] == ["name"]
    assert c({"items": {"type": "string", "nullable": True}, "type": "array"}, True, "any") == \
        {"items": {"type": ["string", "null"]}, "type": "array"}
    doc = {"openapi": "3.0.3",
           "components": {"schemas": {"A": {"type": "string", "nullable": True, "example": None}},
                          "examples": {"E": {"value": {"schema": {"nullable": True}}}}},
           "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": {
               "schema": {"type": "integer", "nullable": True}, "example": 1,
               "examples": {"one": {"value": 1}, "ref": {"$ref": "#/components/examples/E"}}}}}}}}}}
    conv = convert_document(doc, "response")
    assert conv["components"]["schemas"]["A"] == {"type": ["string", "null"]}
    assert conv["components"]["examples"] == doc["components"]["examples"], "examples are not schemas"
    media = "/paths/~1a/get/responses/200/content/application~1json"
    assert resolve(conv, media + "/schema") == {"type": ["integer", "null"]}
    assert schemas_of(doc, "#" + media + "/example") == [media + "/schema"]
    assert schemas_of(doc, "#" + media + "/examples/one/value") == [media + "/schema"]
    assert schemas_of(doc, "#/components/schemas/A/example") == ["/components/schemas/A"]
    assert schemas_of(doc, "#/components/examples/E/value") == [media + "/schema"]
    assert direction_of(media) == "response"
    assert direction_of("/paths/~1a/post/requestBody/content/x/schema") == "request"
    assert resolve(doc, "#/components/examples/E/value/schema") == {"nullable": True}
    print("examples.py self-test: ok")


def main(argv: list[str]) -> int:
    if argv[1:] == ["--self-test"]:
        self_test()
        return 0
    if len(argv) != 3 or argv[1] != "classify":
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    manifest = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
    for item in manifest:
        counts = classify_document(Path(item["spec"]), Path(item["outcomes"]), Path(item["out"]))
        print(f"{item['id']:<24} {counts['valid']} schema-valid, {counts['invalid']} invalid, "
              f"{counts['unknown']} unclassified", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
