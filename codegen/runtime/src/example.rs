use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// Decodes the JSON `example` (found at `pointer` in the spec) into `T`, encodes it again, and
/// checks that nothing was lost or changed. Numbers compare by value (`1` equals `1.0`), and a
/// property that is `null` on one side and absent on the other is the same (a received optional
/// field reads both as `None`).
pub fn check_example<T: Serialize + DeserializeOwned>(pointer: &str, example: &str) -> Result<(), String> {
    let original: Value = serde_json::from_str(example).map_err(|e| format!("{pointer}: not JSON: {e}"))?;
    let decoded: T = crate::decode_json(200, example.as_bytes()).map_err(|f| {
        format!("{pointer}: does not decode into {} at `{}`: {}", std::any::type_name::<T>(), f.path, f.message)
    })?;
    let encoded = serde_json::to_value(&decoded).map_err(|e| format!("{pointer}: does not encode again: {e}"))?;
    match first_difference(&original, &encoded, String::new()) {
        None => Ok(()),
        Some(diff) => {
            Err(format!("{pointer}: decoded into {} and encoded again, it differs: {diff}", std::any::type_name::<T>()))
        }
    }
}

fn first_difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64() != y.as_f64()).then(|| format!("at `{path}`: {x} became {y}"))
        }
        (Value::Object(x), Value::Object(y)) => {
            for (key, value) in x {
                match y.get(key) {
                    Some(other) => {
                        if let Some(d) = first_difference(value, other, format!("{path}/{key}")) {
                            return Some(d);
                        }
                    }
                    None if value.is_null() => {}
                    None => return Some(format!("`{path}/{key}` was lost (not in the schema?)")),
                }
            }
            y.iter().find(|(k, v)| !x.contains_key(*k) && !v.is_null()).map(|(k, _)| format!("`{path}/{k}` appeared"))
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("at `{path}`: {} items became {}", x.len(), y.len()));
            }
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, format!("{path}/{i}")))
        }
        _ => (a != b).then(|| format!("at `{path}`: {a} became {b}")),
    }
}

#[cfg(test)]
mod tests {
    use super::first_difference;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value_and_losses_are_reported() {
        assert_eq!(first_difference(&json!({"a": 1}), &json!({"a": 1.0}), String::new()), None);
        assert!(first_difference(&json!({"a": 1, "b": 2}), &json!({"a": 1}), String::new()).unwrap().contains("/b"));
        assert!(first_difference(&json!([1]), &json!([1, 2]), String::new()).is_some());
        assert_eq!(first_difference(&json!({"a": null}), &json!({}), String::new()), None);
        assert_eq!(first_difference(&json!({}), &json!({"a": null}), String::new()), None);
        assert!(first_difference(&json!({}), &json!({"a": 1}), String::new()).unwrap().contains("appeared"));
    }
}
