//! Reading a spec file (YAML or JSON) into a `serde_json::Value`, keeping the text so that
//! diagnostics can name lines. A Swagger 2.0 document is converted to OpenAPI 3.0.3
//! ([`swagger2`]) and diagnostics about the converted document are placed in the 2.0 text.

use std::collections::HashMap;

use serde_json::Value;

use super::{locate, overlay, swagger2, yaml};
use crate::diagnostic::Diagnostic;

/// A parsed spec document and the text it came from.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    /// The file name as the caller gave it (used in diagnostics and generated headers).
    pub file: String,
    /// The text.
    pub text: String,
    /// The document (for a Swagger 2.0 file, its OpenAPI 3.0.3 conversion).
    pub root: Value,
    json: bool,
    /// For a converted Swagger 2.0 document: where its nodes came from.
    origins: Option<swagger2::Origins>,
    /// Warnings of the conversion, already placed in the 2.0 text.
    notes: Vec<Diagnostic>,
}

impl SourceDoc {
    /// Parses `text`: a `.yaml` or `.yml` file is YAML; any other is tried as JSON, then as
    /// YAML (a YAML document in flow style starts with `{` too). When both fail, the JSON error
    /// is reported for a `.json` file or text that starts like JSON, the YAML error otherwise.
    /// A Swagger 2.0 document is converted to OpenAPI 3.0.3.
    pub fn parse(file: &str, text: String) -> Result<SourceDoc, Box<Diagnostic>> {
        // A UTF-8 byte-order mark (some exporters write one) is not part of the document.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        let lower = file.to_ascii_lowercase();
        let yaml_file = lower.ends_with(".yaml") || lower.ends_with(".yml");
        let (root, json, literal_notes) = if yaml_file {
            let (root, notes) = yaml::parse(&text)?;
            // JSON is YAML: when the text is also JSON with the same value, the JSON locator
            // (which places diagnostics inside flow collections) is used for lines.
            let json = text.trim_start().starts_with('{')
                && serde_json::from_str::<Value>(&text).is_ok_and(|as_json| as_json == root);
            (root, json, notes)
        } else {
            match serde_json::from_str::<Value>(&text) {
                Ok(root) => {
                    let mut notes = Vec::new();
                    yaml::big_json_integers(&root, "", &mut notes);
                    (root, true, notes)
                }
                Err(json_error) => match yaml::parse(&text) {
                    Ok((root, notes)) => (root, false, notes),
                    Err(yaml_error) => {
                        let looks_json = lower.ends_with(".json") || text.trim_start().starts_with(['{', '[']);
                        return Err(if looks_json { json_diagnostic(&json_error) } else { yaml_error });
                    }
                },
            }
        };
        let mut doc = SourceDoc { file: file.to_owned(), text, root, json, origins: None, notes: Vec::new() };
        doc.notes = doc.place_all(literal_notes);
        doc.convert();
        Ok(doc)
    }

    /// Parses `text` like [`SourceDoc::parse`], applying `overlays` (in order) to the document as
    /// written, before a Swagger 2.0 conversion. The overlays' own problems are placed in their
    /// texts; any error among them (or a document that does not parse) fails the load.
    pub fn parse_with_overlays(
        file: &str,
        text: String,
        overlays: &[SourceDoc],
    ) -> Result<(SourceDoc, Vec<Diagnostic>), Vec<Diagnostic>> {
        if overlays.is_empty() {
            return Self::parse(file, text).map(|doc| (doc, Vec::new())).map_err(|d| vec![*d]);
        }
        let mut doc = Self::parse(file, text).map_err(|d| vec![*d])?;
        if doc.origins.is_some() {
            // Overlays target the document as written: start again from the 2.0 text.
            let (root, literal_notes) = Self::parse_raw(&doc)?;
            doc = SourceDoc { root, origins: None, notes: Vec::new(), ..doc };
            doc.notes = doc.place_all(literal_notes);
        }
        let mut notes = Vec::new();
        for overlay in overlays {
            notes.extend(apply_overlay(&mut doc.root, overlay));
        }
        if notes.iter().any(|d| d.severity == crate::diagnostic::Severity::Error) {
            return Err(notes);
        }
        doc.convert();
        Ok((doc, notes))
    }

    /// The document as written, without a conversion, and the warnings about its literals.
    fn parse_raw(doc: &SourceDoc) -> Result<(Value, Vec<Diagnostic>), Vec<Diagnostic>> {
        if doc.json {
            let root = serde_json::from_str(&doc.text).map_err(|e| vec![*json_diagnostic(&e)])?;
            let mut notes = Vec::new();
            yaml::big_json_integers(&root, "", &mut notes);
            Ok((root, notes))
        } else {
            yaml::parse(&doc.text).map_err(|d| vec![*d])
        }
    }

    /// Converts a Swagger 2.0 document to OpenAPI 3.0.3 (nothing for an OpenAPI document).
    fn convert(&mut self) {
        if swagger2::is_swagger2(&self.root) {
            let converted = swagger2::convert(&self.root);
            self.root = converted.root;
            let notes = self.place_all(converted.notes);
            self.notes.extend(notes);
            self.origins = Some(converted.origins);
        }
    }

    /// Whether the document was converted from Swagger 2.0.
    pub fn is_converted(&self) -> bool {
        self.origins.is_some()
    }

    /// Warnings of reading the text (integers beyond 64 bits) and of the Swagger 2.0 conversion
    /// (none for an OpenAPI 3 document), placed in the text as written.
    pub fn conversion_warnings(&self) -> &[Diagnostic] {
        &self.notes
    }

    /// The pointer in the source text of the node at `pointer` of [`root`](Self::root): the
    /// same pointer, except in a document converted from Swagger 2.0.
    pub fn source_pointer(&self, pointer: &str) -> String {
        match &self.origins {
            Some(origins) => origins.source(pointer),
            None => pointer.to_owned(),
        }
    }

    /// The 1-based line and column of the value at `pointer`, or of its nearest ancestor that
    /// can be found (a value inside a YAML flow collection is found at the collection).
    pub fn locate(&self, pointer: &str) -> Option<(usize, usize)> {
        if self.json {
            let offset = nearest(&locate::many_in_json(&self.text, &[pointer]), pointer)?;
            return locate::lines_and_columns(&self.text, &[offset]).pop();
        }
        let mut segments = super::pointer::segments(pointer);
        loop {
            let found = locate::in_yaml(&self.text, &segments);
            if found.is_some() || segments.is_empty() {
                return found;
            }
            segments.pop();
        }
    }

    /// Fills in file, line and column of each diagnostic. In JSON all are located in one pass
    /// over the text (GitHub's 12 MB description has hundreds of warnings).
    /// A diagnostic about a node of a converted Swagger 2.0 document names the node's pointer
    /// in the 2.0 document.
    pub fn place_all(&self, diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
        let diags: Vec<Diagnostic> = diags.into_iter().map(|d| self.to_source(d)).collect();
        if !self.json {
            return diags.into_iter().map(|d| self.place_at_source(d)).collect();
        }
        let wanted: Vec<&str> = diags.iter().filter(|d| d.line.is_none()).map(|d| d.pointer.as_str()).collect();
        let found = locate::many_in_json(&self.text, &wanted);
        let offsets: Vec<Option<usize>> =
            diags.iter().map(|d| d.line.is_none().then(|| nearest(&found, &d.pointer)).flatten()).collect();
        let known: Vec<usize> = offsets.iter().flatten().copied().collect();
        let mut places = locate::lines_and_columns(&self.text, &known).into_iter();
        diags
            .into_iter()
            .zip(offsets)
            .map(|(mut d, offset)| {
                d.file.clone_from(&self.file);
                if let Some((line, column)) = offset.and_then(|_| places.next()) {
                    d.line = Some(line);
                    d.column = Some(column);
                }
                d
            })
            .collect()
    }

    /// Fills in file, line and column of a diagnostic (and, in a converted Swagger 2.0
    /// document, its pointer in the 2.0 document).
    pub fn place(&self, d: Diagnostic) -> Diagnostic {
        self.place_at_source(self.to_source(d))
    }

    fn place_at_source(&self, mut d: Diagnostic) -> Diagnostic {
        d.file.clone_from(&self.file);
        if d.line.is_none() {
            if let Some((line, column)) = self.locate(&d.pointer) {
                d.line = Some(line);
                d.column = Some(column);
            }
        }
        d
    }
}

/// Applies the overlay document `overlay` to `root`; its problems are placed in its text.
pub(super) fn apply_overlay(root: &mut Value, overlay: &SourceDoc) -> Vec<Diagnostic> {
    let diags = overlay::apply(root, &overlay.root);
    overlay
        .place_all(diags)
        .into_iter()
        .map(|mut d| {
            d.file.clone_from(&overlay.file);
            d
        })
        .collect()
}

fn json_diagnostic(e: &serde_json::Error) -> Box<Diagnostic> {
    let mut d = Diagnostic::error("", format!("the file is not valid JSON: {e}"));
    d.line = Some(e.line());
    d.column = Some(e.column());
    Box::new(d)
}

impl SourceDoc {
    /// A diagnostic not yet placed moves to its pointer in the source text.
    fn to_source(&self, mut d: Diagnostic) -> Diagnostic {
        if d.line.is_none() {
            if let Some(origins) = &self.origins {
                d.pointer = origins.source(&d.pointer);
            }
        }
        d
    }
}

/// The offset of the value at `pointer`, else of its nearest ancestor, among `found` (which has
/// every ancestor of what was looked for).
fn nearest(found: &HashMap<String, usize>, mut pointer: &str) -> Option<usize> {
    loop {
        if let Some(&offset) = found.get(pointer) {
            return Some(offset);
        }
        pointer = &pointer[..pointer.rfind('/')?];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLOW: &str = "{openapi: 3.0.3, info: {title: T, version: '1'}, paths: {}}";

    #[test]
    fn yaml_in_flow_style_is_yaml_whatever_the_file_name() {
        for file in ["api.yaml", "api.YML", "api", "api.txt", "api.json"] {
            let doc = SourceDoc::parse(file, FLOW.to_owned()).unwrap_or_else(|d| panic!("{file}: {d}"));
            assert_eq!(doc.root["openapi"], "3.0.3", "{file}");
            assert_eq!(doc.root["info"]["version"], "1", "{file}");
        }
        // JSON in a .yaml file is read as YAML, with the same value, and located as JSON.
        let text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {}\n}";
        let doc = SourceDoc::parse("api.yaml", text.to_owned()).unwrap();
        assert_eq!(doc.root["openapi"], "3.0.3");
        assert_eq!(doc.locate("/paths"), Some((3, 12)));
    }

    #[test]
    fn when_neither_parses_the_error_matches_what_the_file_looks_like() {
        let err = SourceDoc::parse("api.json", "{\"openapi\": ".to_owned()).unwrap_err();
        assert!(err.message.starts_with("the file is not valid JSON"), "{}", err.message);
        let err = SourceDoc::parse("api", "{openapi: [".to_owned()).unwrap_err();
        assert!(err.message.starts_with("the file is not valid JSON"), "{}", err.message);
        let err = SourceDoc::parse("api", "openapi: [\n".to_owned()).unwrap_err();
        assert!(err.message.starts_with("the file is not valid YAML"), "{}", err.message);
        let err = SourceDoc::parse("api.yml", "{openapi: [".to_owned()).unwrap_err();
        assert!(err.message.starts_with("the file is not valid YAML"), "{}", err.message);
    }

    #[test]
    fn json_diagnostics_are_placed_in_one_pass_as_one_by_one() {
        let text = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\"/a/{id}\": {\"get\": {\"parameters\": [{\"name\": \"id\"}, {\"in\": 1}]}}}\n}";
        let doc = SourceDoc::parse("spec.json", text.to_owned()).expect("parses");
        let pointers =
            ["/openapi", "/paths/~1a~1{id}/get/parameters/1/in", "/paths/~1a~1{id}/get/nope/deeper", "", "/x"];
        let diags: Vec<Diagnostic> = pointers.iter().map(|p| Diagnostic::warning(*p, "w")).collect();
        let one_by_one: Vec<_> = diags.iter().cloned().map(|d| doc.place(d)).map(|d| (d.line, d.column)).collect();
        let together: Vec<_> = doc.place_all(diags).into_iter().map(|d| (d.file, d.line, d.column)).collect();
        assert_eq!(together.iter().map(|t| (t.1, t.2)).collect::<Vec<_>>(), one_by_one);
        assert_eq!(together[1], ("spec.json".to_owned(), Some(3), Some(71)));
        assert_eq!(
            (together[2].1, together[2].2),
            (Some(3), Some(32)),
            "an unknown pointer is placed at its nearest ancestor"
        );
    }

    #[test]
    fn diagnostics_about_a_converted_swagger_2_document_are_placed_in_it() {
        let text = "{\n  \"swagger\": \"2.0\",\n  \"paths\": {\"/p\": {\"post\": {\"parameters\": [\n    {\"name\": \"b\", \"in\": \"body\", \"schema\": {\"type\": \"object\"}}]}}},\n  \"definitions\": {\"Pet\": {\"type\": \"object\"}}\n}";
        let doc = SourceDoc::parse("old.json", text.to_owned()).expect("parses");
        assert!(doc.is_converted());
        assert_eq!(doc.root["openapi"], "3.0.3");
        let diags = vec![
            Diagnostic::warning("/paths/~1p/post/requestBody/content/application~1json/schema/type", "w"),
            Diagnostic::warning("/components/schemas/Pet", "w"),
        ];
        let placed: Vec<_> = doc.place_all(diags.clone()).into_iter().map(|d| (d.pointer, d.line, d.column)).collect();
        assert_eq!(
            placed,
            [
                ("/paths/~1p/post/parameters/0/schema/type".to_owned(), Some(4), Some(52)),
                ("/definitions/Pet".to_owned(), Some(5), Some(26)),
            ]
        );
        let one: Vec<_> = diags.into_iter().map(|d| doc.place(d)).map(|d| (d.pointer, d.line, d.column)).collect();
        assert_eq!(one, placed, "one by one as in one pass");
        let yaml = "swagger: '2.0'\ninfo: {title: t, version: '1'}\ndefinitions:\n  Pet:\n    type: object\n";
        let doc = SourceDoc::parse("old.yaml", yaml.to_owned()).expect("parses");
        let d = doc.place(Diagnostic::warning("/components/schemas/Pet/type", "w"));
        assert_eq!((d.pointer.as_str(), d.line, d.column), ("/definitions/Pet/type", Some(5), Some(5)));
        let plain = SourceDoc::parse("new.yaml", "openapi: 3.0.3\n".to_owned()).expect("parses");
        assert!(!plain.is_converted());
        assert_eq!(plain.source_pointer("/components/schemas/Pet"), "/components/schemas/Pet");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let text = "\u{feff}{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}";
        let doc = SourceDoc::parse("bom.json", text.to_owned()).expect("parses");
        assert_eq!(doc.root["openapi"], "3.0.3");
        let yaml = SourceDoc::parse("bom.yaml", "\u{feff}openapi: 3.1.0\n".to_owned()).expect("parses");
        assert_eq!(yaml.root["openapi"], "3.1.0");
    }
}
