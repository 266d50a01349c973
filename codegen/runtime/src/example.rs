//! Example round trips, for the generated `tests/examples.rs`: each example of the spec decodes
//! into its type and encodes back to the same JSON.
//!
//! With `CODEGEN_EXAMPLES_REPORT=<file>` in the environment, an [`ExampleReport`] also appends one
//! JSON line per example to that file as it is checked (`pointer`, `type`, `outcome`, and `at`,
//! `detail`, `encoded` where they apply), and a last line `{"done": N, "of": M}`, so a run that
//! ends early can be told from a complete one. `cargo xtask corpus` reads these lines.

use std::fs::File;
use std::io::Write as _;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// The environment variable naming the file an [`ExampleReport`] appends its lines to.
pub const REPORT_ENV: &str = "CODEGEN_EXAMPLES_REPORT";

/// What happened to one example.
#[derive(Debug, Clone, PartialEq)]
pub enum ExampleResult {
    /// Decoded and encoded again to equal JSON (numbers compared by value).
    Pass,
    /// Equal once a `null` member and an absent one count as the same; whether that is right
    /// depends on the schema (a nullable, optional field), which only the caller knows.
    PassModuloNull {
        /// The first strict difference.
        difference: String,
        /// What the type encoded.
        encoded: Value,
    },
    /// The example is not JSON.
    NotJson(String),
    /// It does not decode into the type.
    Decode {
        /// The path to the failing field (`items[0].id`).
        path: String,
        /// The decoder's message.
        message: String,
    },
    /// The decoded value does not encode.
    Encode(String),
    /// It encodes to different JSON.
    Differs(String),
}

impl ExampleResult {
    /// The outcome's name in report lines.
    pub fn name(&self) -> &'static str {
        match self {
            ExampleResult::Pass => "pass",
            ExampleResult::PassModuloNull { .. } => "pass-modulo-null",
            ExampleResult::NotJson(_) => "not-json",
            ExampleResult::Decode { .. } => "decode",
            ExampleResult::Encode(_) => "encode",
            ExampleResult::Differs(_) => "differs",
        }
    }
}

/// One example checked against its type.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleOutcome {
    /// Where the example is in the spec (`#/components/schemas/Pet/example`).
    pub pointer: String,
    /// The Rust type it was decoded into.
    pub type_name: &'static str,
    /// What happened.
    pub result: ExampleResult,
}

impl ExampleOutcome {
    /// The failure as one line, or `None` for a pass. A pass but for `null` members read as
    /// absent is a pass here: a received optional field is `Option<T>`, which cannot tell them
    /// apart, by design; whether the schema allows the `null` is for the corpus classifier,
    /// which gets the `pass-modulo-null` line.
    pub fn failure(&self) -> Option<String> {
        let (pointer, ty) = (&self.pointer, self.type_name);
        Some(match &self.result {
            ExampleResult::Pass | ExampleResult::PassModuloNull { .. } => return None,
            ExampleResult::NotJson(e) => format!("{pointer}: not JSON: {e}"),
            ExampleResult::Decode { path, message } => {
                format!("{pointer}: does not decode into {ty} at `{path}`: {message}")
            }
            ExampleResult::Encode(e) => format!("{pointer}: does not encode again: {e}"),
            ExampleResult::Differs(d) => format!("{pointer}: decoded into {ty} and encoded again, it differs: {d}"),
        })
    }

    /// The outcome as one JSON report line (no newline).
    pub fn to_line(&self) -> String {
        let mut line = json!({ "pointer": self.pointer, "type": self.type_name, "outcome": self.result.name() });
        match &self.result {
            ExampleResult::Pass => {}
            ExampleResult::PassModuloNull { difference, encoded } => {
                line["detail"] = json!(difference);
                line["encoded"] = encoded.clone();
            }
            ExampleResult::NotJson(d) | ExampleResult::Encode(d) | ExampleResult::Differs(d) => {
                line["detail"] = json!(d);
            }
            ExampleResult::Decode { path, message } => {
                line["at"] = json!(path);
                line["detail"] = json!(message);
            }
        }
        line.to_string()
    }
}

/// Decodes the JSON `example` (found at `pointer` in the spec) into `T`, encodes it again and
/// compares.
pub fn example_outcome<T: Serialize + DeserializeOwned>(pointer: &str, example: &str) -> ExampleOutcome {
    let type_name = std::any::type_name::<T>();
    let outcome = |result| ExampleOutcome { pointer: pointer.to_owned(), type_name, result };
    let original: Value = match serde_json::from_str(example) {
        Ok(v) => v,
        Err(e) => return outcome(ExampleResult::NotJson(e.to_string())),
    };
    let decoded: T = match crate::decode::decode_json(200, example.as_bytes()) {
        Ok(v) => v,
        Err(f) => return outcome(ExampleResult::Decode { path: f.path.clone(), message: f.message.clone() }),
    };
    let encoded = match serde_json::to_value(&decoded) {
        Ok(v) => v,
        Err(e) => return outcome(ExampleResult::Encode(e.to_string())),
    };
    outcome(match first_difference(&original, &encoded, String::new(), false) {
        None => ExampleResult::Pass,
        Some(difference) => match first_difference(&original, &encoded, String::new(), true) {
            None => ExampleResult::PassModuloNull { difference, encoded },
            Some(d) => ExampleResult::Differs(d),
        },
    })
}

/// Decodes the JSON `example` (found at `pointer` in the spec) into `T`, encodes it again, and
/// checks that nothing was lost or changed. Numbers compare by value (`1` equals `1.0`).
pub fn check_example<T: Serialize + DeserializeOwned>(pointer: &str, example: &str) -> Result<(), String> {
    match example_outcome::<T>(pointer, example).failure() {
        None => Ok(()),
        Some(f) => Err(f),
    }
}

/// Checks a spec's examples one after the other, appending a report line for each to the file
/// named by [`REPORT_ENV`] if it is set; [`finish`](Self::finish) fails the test if any failed.
#[derive(Debug)]
pub struct ExampleReport {
    total: usize,
    done: usize,
    failures: Vec<String>,
    sink: Option<File>,
}

impl ExampleReport {
    /// A report of `total` examples. Panics (it runs in a test) if the report file is set but
    /// cannot be opened.
    pub fn new(total: usize) -> Self {
        let sink = std::env::var_os(REPORT_ENV).map(|path| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)
                .unwrap_or_else(|e| panic!("cannot open {REPORT_ENV}={}: {e}", path.to_string_lossy()))
        });
        ExampleReport { total, done: 0, failures: Vec::new(), sink }
    }

    /// Checks one example (see [`example_outcome`]).
    pub fn check<T: Serialize + DeserializeOwned>(&mut self, pointer: &str, example: &str) {
        let outcome = example_outcome::<T>(pointer, example);
        self.write(&outcome.to_line());
        self.done += 1;
        self.failures.extend(outcome.failure());
    }

    fn write(&mut self, line: &str) {
        if let Some(sink) = &mut self.sink {
            // One write per line, so a crash leaves whole lines behind.
            sink.write_all(format!("{line}\n").as_bytes()).unwrap_or_else(|e| panic!("writing {REPORT_ENV}: {e}"));
        }
    }

    /// Writes the last line and panics, listing them, if any example failed.
    pub fn finish(mut self) {
        let last = json!({ "done": self.done, "of": self.total }).to_string();
        self.write(&last);
        assert!(
            self.failures.is_empty(),
            "{} of {} examples failed:\n{}",
            self.failures.len(),
            self.done,
            self.failures.join("\n")
        );
    }
}

/// The first difference between `a` (the example) and `b` (what was encoded). With `nulls_absent`
/// a member that is `null` on one side and absent on the other is no difference.
fn first_difference(a: &Value, b: &Value, path: String, nulls_absent: bool) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64() != y.as_f64()).then(|| format!("at `{path}`: {x} became {y}"))
        }
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                match y.get(key) {
                    Some(other) => {
                        if let Some(d) = first_difference(value, other, format!("{path}/{key}"), nulls_absent) {
                            return Some(d);
                        }
                    }
                    None if nulls_absent && value.is_null() => {}
                    None => return Some(format!("`{path}/{key}` was lost (not in the schema?)")),
                }
            }
            y.iter()
                .find(|(k, v)| !(x.contains_key(*k) || (nulls_absent && v.is_null())))
                .map(|(k, v)| format!("`{path}/{k}` appeared ({v})"))
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("at `{path}`: {} items became {}", x.len(), y.len()));
            }
            x.iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (p, q))| first_difference(p, q, format!("{path}/{i}"), nulls_absent))
        }
        _ => (a != b).then(|| format!("at `{path}`: {a} became {b}")),
    }
}

#[cfg(test)]
mod tests {
    use super::{example_outcome, first_difference, ExampleResult};
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value_and_losses_are_reported() {
        assert_eq!(first_difference(&json!({"a": 1}), &json!({"a": 1.0}), String::new(), false), None);
        let lost = first_difference(&json!({"a": 1, "b": 2}), &json!({"a": 1}), String::new(), false);
        assert!(lost.unwrap().contains("/b"));
        assert!(first_difference(&json!([1]), &json!([1, 2]), String::new(), false).is_some());
    }

    #[test]
    fn null_and_absent_are_the_same_only_when_asked() {
        let (a, b) = (json!({"a": null, "c": [{"d": 1}]}), json!({"b": null, "c": [{"d": 1, "e": null}]}));
        assert!(first_difference(&a, &b, String::new(), false).unwrap().contains("/a"));
        assert_eq!(first_difference(&a, &b, String::new(), true), None);
        assert!(first_difference(&json!({"a": null}), &json!({"a": 1}), String::new(), true).is_some());
    }

    #[derive(Serialize, Deserialize)]
    struct Pet {
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tag: Option<String>,
    }

    #[test]
    fn outcomes_name_what_failed_and_become_report_lines() {
        let pass = example_outcome::<Pet>("#/a", r#"{"name": "x"}"#);
        assert_eq!(pass.result, ExampleResult::Pass);
        assert_eq!(pass.failure(), None);
        let line: serde_json::Value = serde_json::from_str(&pass.to_line()).unwrap();
        assert_eq!(line, json!({"pointer": "#/a", "type": std::any::type_name::<Pet>(), "outcome": "pass"}));

        let null = example_outcome::<Pet>("#/b", r#"{"name": "x", "tag": null}"#);
        assert!(
            matches!(&null.result, ExampleResult::PassModuloNull { encoded, .. } if *encoded == json!({"name": "x"}))
        );
        assert_eq!(null.failure(), None, "a received optional field reads `null` as absent");
        assert!(null.to_line().contains("pass-modulo-null"));

        let decode = example_outcome::<Pet>("#/c", r#"{"name": 3}"#);
        let line: serde_json::Value = serde_json::from_str(&decode.to_line()).unwrap();
        assert_eq!(line["outcome"], "decode");
        assert_eq!(line["at"], "name");

        let lost = example_outcome::<Pet>("#/d", r#"{"name": "x", "age": 3}"#);
        assert!(matches!(&lost.result, ExampleResult::Differs(d) if d.contains("/age")));
        assert_eq!(example_outcome::<Pet>("#/e", "{").result.name(), "not-json");
    }
}
