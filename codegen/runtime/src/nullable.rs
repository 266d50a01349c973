//! Three states for optional, nullable fields: absent (`None`), `null` (`Some(None)`) and a
//! value (`Some(Some(v))`), so that a PATCH sends only what the caller set, and a response
//! tells "not sent" from "sent as null".
//!
//! Generated fields of type `Option<Option<T>>` use
//! `#[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "codegen_runtime::nullable::deserialize")]`.

use serde::{Deserialize, Deserializer};

/// Deserializes a present field: `null` becomes `Some(None)`, a value `Some(Some(v))`. An absent
/// field never reaches this function and stays `None` through `#[serde(default)]`.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "super::deserialize")]
        group: Option<Option<i64>>,
    }

    #[test]
    fn keeps_absent_null_and_value_apart() {
        for (value, json) in [(None, "{}"), (Some(None), r#"{"group":null}"#), (Some(Some(3)), r#"{"group":3}"#)] {
            let patch = Patch { group: value };
            assert_eq!(serde_json::to_string(&patch).unwrap(), json);
            assert_eq!(serde_json::from_str::<Patch>(json).unwrap(), patch);
        }
    }
}
