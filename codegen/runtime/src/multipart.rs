//! `multipart/form-data` bodies, encoded in memory so a request can be retried.

use serde::{Deserialize, Serialize};

use crate::request::Body;

/// A file sent in a multipart body.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilePart {
    /// The file name sent with the part.
    pub file_name: Option<String>,
    /// The part's content type (`application/octet-stream` when not set).
    pub content_type: Option<String>,
    /// The contents.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for FilePart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

impl FilePart {
    /// A file with a name and contents.
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        FilePart { file_name: Some(file_name.into()), content_type: None, bytes: bytes.into() }
    }
}

/// Builds a multipart body part by part.
#[derive(Debug)]
pub struct Multipart {
    boundary: String,
    bytes: Vec<u8>,
}

impl Default for Multipart {
    fn default() -> Self {
        Multipart::new()
    }
}

impl Multipart {
    /// An empty body with a random boundary.
    pub fn new() -> Self {
        Multipart { boundary: format!("------------------------{:016x}", fastrand::u64(..)), bytes: Vec::new() }
    }

    fn head(&mut self, name: &str) {
        self.bytes.extend_from_slice(format!("--{}\r\n", self.boundary).as_bytes());
        let name = name.replace('"', "%22");
        self.bytes.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"").as_bytes());
    }

    /// A text part.
    pub fn text(&mut self, name: &str, value: &str) {
        self.head(name);
        self.bytes.extend_from_slice(b"\r\n\r\n");
        self.bytes.extend_from_slice(value.as_bytes());
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// A file part.
    pub fn file(&mut self, name: &str, file: &FilePart) {
        self.head(name);
        if let Some(file_name) = &file.file_name {
            let file_name = file_name.replace('"', "%22");
            self.bytes.extend_from_slice(format!("; filename=\"{file_name}\"").as_bytes());
        }
        let content_type = file.content_type.as_deref().unwrap_or("application/octet-stream");
        self.bytes.extend_from_slice(format!("\r\nContent-Type: {content_type}\r\n\r\n").as_bytes());
        self.bytes.extend_from_slice(&file.bytes);
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// One text part per field of `value` (an object); arrays give one part per item, objects
    /// are sent as JSON text. Fields that serialize to nothing (files, absent options) are skipped.
    pub fn fields<T: Serialize + ?Sized>(&mut self, value: &T) {
        let Ok(serde_json::Value::Object(map)) = serde_json::to_value(value) else { return };
        for (name, value) in map {
            match value {
                serde_json::Value::Null => {}
                serde_json::Value::Array(items) => {
                    items.into_iter().for_each(|item| self.text(&name, &crate::request::json_scalar(item)))
                }
                other => self.text(&name, &crate::request::json_scalar(other)),
            }
        }
    }

    /// The finished body.
    pub fn finish(mut self) -> Body {
        self.bytes.extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        Body::Raw { content_type: format!("multipart/form-data; boundary={}", self.boundary), bytes: self.bytes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_text_and_file_parts() {
        let mut form = Multipart::new();
        form.fields(&serde_json::json!({"title": "a", "tags": ["x", "y"], "skip": null}));
        form.file("upload", &FilePart::new("a.txt", b"hello".to_vec()));
        let boundary = form.boundary.clone();
        let Body::Raw { content_type, bytes } = form.finish() else { panic!() };
        assert_eq!(content_type, format!("multipart/form-data; boundary={boundary}"));
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.matches("name=\"tags\"").count(), 2);
        assert!(text.contains(
            "name=\"upload\"; filename=\"a.txt\"\r\nContent-Type: application/octet-stream\r\n\r\nhello\r\n"
        ));
        assert!(!text.contains("skip"));
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
