//! Every Rust name the generator emits is made here: types, fields, variants, methods,
//! constants and crate names. Names are deterministic, valid identifiers, and unique within
//! their scope.

use std::collections::BTreeSet;

use heck::{ToKebabCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (strict and reserved, all editions).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names that would shadow what `types.rs` refers to unqualified.
const RESERVED_TYPES: &[&str] = &["Result", "Option", "Some", "None", "Ok", "Err", "Box", "Vec", "String", "Self"];

/// The items at the root of a generated crate (`src/lib.rs`: the client, the runtime's types it
/// re-exports, the error and result aliases, the call and its futures and streams). A type of
/// `types` named like one would read as that item (`types::Error` beside the crate's `Error`), so
/// it is renamed once, to `Api{Name}` (`types::ApiError`), with a warning. `ErrorBody` is the
/// crate's own error-body enum in `types`. Keep in step with `emit/manifest.rs`.
pub const CRATE_ITEMS: &[&str] = &[
    "ApiResponse",
    "AttemptInfo",
    "BuildError",
    "ByteStream",
    "Call",
    "CallFuture",
    "Client",
    "ClientBuilder",
    "CredentialFuture",
    "CredentialSource",
    "DecodeError",
    "DecodeFailure",
    "DefaultClassifier",
    "Error",
    "ErrorBody",
    "Exchange",
    "ExchangeBody",
    "ExchangeResponse",
    "HeaderMap",
    "Hook",
    "ItemStream",
    "LoginError",
    "Outcome",
    "Page",
    "PageStream",
    "Recorder",
    "RequestOptions",
    "ResponseFuture",
    "Result",
    "RetryClassifier",
    "RetryPolicy",
    "Secret",
    "StatusCode",
    "StatusError",
    "Stream",
    "StreamExt",
    "TransportError",
    "TransportKind",
    "TryStreamExt",
    "UnknownValue",
    "Upload",
];

/// The name a type takes when `name` is a crate-level item ([`CRATE_ITEMS`]): `Error` →
/// `ApiError`; `None` for any other name.
pub fn crate_item_rename(name: &str) -> Option<String> {
    CRATE_ITEMS.contains(&name).then(|| format!("Api{name}"))
}

/// The methods of a generated crate's `Call` (`src/call.rs`, and `stream`, `pages`,
/// `send_streaming` beside an operation's setters in `src/client.rs`): an optional parameter's
/// setter must not take their names, or the crate would not compile (a test of
/// `tests/snapshots.rs` checks every fixture's `src/call.rs` against this list).
pub const CALL_METHODS: &[&str] = &[
    "new",
    "spec",
    "spec_mut",
    "into_spec",
    "timeout",
    "attempt_timeout",
    "retry",
    "retry_classifier",
    "deadline",
    "header",
    "idempotency_key",
    "hook",
    "options",
    "send",
    "send_with_response",
    "send_streaming",
    "stream",
    "stream_body",
    "pages",
    "paginate",
    "paginate_pages",
    "into_future",
    "poll",
];

/// Replaces what cannot be in an identifier with word breaks, so heck sees the words.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c == '+' {
            out.push_str(" plus ");
        } else {
            out.push(' ');
        }
    }
    // Keep only characters Rust accepts in identifiers (ASCII here, for readability).
    let ascii: String = out.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    ascii
}

fn prefix_digit(name: String, prefix: &str) -> String {
    if name.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        name
    }
}

/// `UpperCamelCase` for types and variants; `fallback` when nothing is left.
pub fn camel(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_upper_camel_case();
    let name = if name.is_empty() { fallback.to_owned() } else { name };
    prefix_digit(name, "V")
}

/// An enum variant: `UpperCamelCase`, never `Self` (which cannot name a variant).
pub fn variant(raw: &str, fallback: &str) -> String {
    let name = camel(raw, fallback);
    if name == "Self" {
        "SelfValue".to_owned()
    } else {
        name
    }
}

/// A type name: `UpperCamelCase`, not a Rust keyword or a name generated code relies on.
pub fn type_name(raw: &str) -> String {
    let name = camel(raw, "Unnamed");
    if RESERVED_TYPES.contains(&name.as_str()) || KEYWORDS.contains(&name.as_str()) {
        format!("{name}Model")
    } else {
        name
    }
}

/// `ListTasksSortDirection` → `["List", "Tasks", "Sort", "Direction"]`: the words of an
/// `UpperCamelCase` name, split before each capital (digits stay with the word before them).
pub fn camel_words(name: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        if i > start && c.is_ascii_uppercase() {
            words.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        words.push(&name[start..]);
    }
    words
}

/// The name of a part of `owner` (both `UpperCamelCase`): `owner` then `part`, with the words
/// `owner` ends with and `part` starts with said once (`Device` + `DeviceGroup` →
/// `DeviceGroup`, `WebhookEvent` + `Event` → `WebhookEvent`, `Recurrence` + `Config` →
/// `RecurrenceConfig`).
pub fn join(owner: &str, part: &str) -> String {
    let (ow, pw) = (camel_words(owner), camel_words(part));
    let overlap = (1..=ow.len().min(pw.len())).rev().find(|&k| ow[ow.len() - k..] == pw[..k]).unwrap_or(0);
    let mut out: String = ow[..ow.len() - overlap].concat();
    out.push_str(part);
    out
}

/// `name` without a leading `owner` when what is left is a name of its own
/// (`RecurrenceFrequency` in `Recurrence` → `Frequency`): a variant that does not repeat its
/// enum's name.
pub fn without_owner(owner: &str, name: &str) -> String {
    match name.strip_prefix(owner) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_uppercase()) => rest.to_owned(),
        _ => name.to_owned(),
    }
}

/// `snake_case` for fields, parameters and methods; keywords become raw identifiers.
pub fn snake(raw: &str, fallback: &str) -> String {
    let name = words(raw).to_snake_case();
    let name = if name.is_empty() { fallback.to_owned() } else { name };
    let name = prefix_digit(name, "n");
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// A Cargo feature name: `kebab-case`.
pub fn feature(raw: &str) -> String {
    let name = words(raw).to_kebab_case();
    if name.is_empty() {
        "untitled".to_owned()
    } else {
        name
    }
}

/// `SHOUTY_SNAKE_CASE` for constants and statics.
pub fn constant(raw: &str) -> String {
    let name = words(raw).to_shouty_snake_case();
    let name = if name.is_empty() { "UNNAMED".to_owned() } else { name };
    prefix_digit(name, "N")
}

/// The crate's package name from a spec's file stem: `beam` → `beam-client`.
pub fn crate_name(stem: &str) -> String {
    let base = words(stem).to_snake_case().replace('_', "-");
    let base = if base.is_empty() { "api".to_owned() } else { base };
    if base.ends_with("-client") {
        base
    } else {
        format!("{base}-client")
    }
}

/// Checks that `name` can be the package name of a generated crate: what Cargo accepts as a
/// package name whose library name (`-` → `_`) is a Rust identifier. ASCII letters, digits,
/// `-` and `_`, not starting with a digit or `-`, at most 64 characters, not a keyword.
/// The error says what is wrong.
pub fn check_crate_name(name: &str) -> Result<(), String> {
    let Some(first) = name.chars().next() else { return Err("it is empty".to_owned()) };
    if let Some(bad) = name.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')) {
        return Err(format!("`{}` is not allowed (only ASCII letters, digits, `-` and `_`)", bad.escape_default()));
    }
    if first.is_ascii_digit() || first == '-' {
        return Err(format!("it starts with `{first}` (a package name starts with a letter or `_`)"));
    }
    if name.len() > 64 {
        return Err(format!("it is {} characters long (at most 64)", name.len()));
    }
    let lib = lib_name(name);
    if KEYWORDS.contains(&lib.as_str()) || lib == "_" {
        return Err(format!("`{lib}` is a Rust keyword"));
    }
    Ok(())
}

/// The identifier of a crate name: `beam-client` → `beam_client`.
pub fn lib_name(crate_name: &str) -> String {
    crate_name.replace('-', "_")
}

/// Hands out unique names in one scope, in the order asked: the first keeps its name, later
/// ones that collide get `2`, `3`, … appended.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    used: BTreeSet<String>,
}

impl Scope {
    /// A scope where `taken` are already used.
    pub fn with_taken(taken: &[&str]) -> Self {
        Scope { used: taken.iter().map(|s| (*s).to_owned()).collect() }
    }

    /// `name`, or `name2`, `name3`, … whichever is free; marks it used.
    pub fn claim(&mut self, name: String) -> String {
        if self.used.insert(name.clone()) {
            return name;
        }
        // Raw identifiers get their suffix without the `r#`.
        let base = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        (2..).map(|n| format!("{base}{sep}{n}")).find(|candidate| self.used.insert(candidate.clone())).unwrap_or(base)
    }

    /// `true` when `name` is used.
    pub fn contains(&self, name: &str) -> bool {
        self.used.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_camel_case_and_avoid_reserved_names() {
        assert_eq!(type_name("device_group"), "DeviceGroup");
        assert_eq!(type_name("Result"), "ResultModel");
        assert_eq!(type_name("2fa-settings"), "V2faSettings");
        assert_eq!(type_name("%%%"), "Unnamed");
        assert_eq!(type_name("type"), "Type");
    }

    #[test]
    fn fields_are_snake_case_with_raw_keywords() {
        assert_eq!(snake("deviceGroup", "field"), "device_group");
        assert_eq!(snake("type", "field"), "r#type");
        assert_eq!(snake("self", "field"), "self_");
        assert_eq!(variant("self", "Empty"), "SelfValue");
        assert_eq!(variant("SELF", "Empty"), "SelfValue");
        assert_eq!(snake("2nd", "field"), "n2nd");
        assert_eq!(snake("@odata.id", "field"), "odata_id");
        assert_eq!(snake("", "field"), "field");
        assert_eq!(snake("a+b", "field"), "a_plus_b");
    }

    #[test]
    fn parts_do_not_repeat_their_owner() {
        assert_eq!(join("Device", "DeviceGroup"), "DeviceGroup");
        assert_eq!(join("WebhookEvent", "Event"), "WebhookEvent");
        assert_eq!(join("Policy", "PolicyType"), "PolicyType");
        assert_eq!(join("UserProfile", "ProfilePicture"), "UserProfilePicture");
        assert_eq!(join("RecurrenceConfig", "Frequency"), "RecurrenceConfigFrequency");
        assert_eq!(join("Devices", "DeviceGroup"), "DevicesDeviceGroup");
        assert_eq!(without_owner("RecurrenceConfigFrequency", "RecurrenceConfigFrequencyInteger"), "Integer");
        assert_eq!(without_owner("Pet", "Petunia"), "Petunia");
        assert_eq!(without_owner("Pet", "Pet"), "Pet");
        assert_eq!(without_owner("Pet", "Cat"), "Cat");
    }

    #[test]
    fn crate_items_are_renamed_once() {
        assert_eq!(crate_item_rename("Error").as_deref(), Some("ApiError"));
        assert_eq!(crate_item_rename("ErrorBody").as_deref(), Some("ApiErrorBody"));
        assert_eq!(crate_item_rename("Device"), None);
        assert!(CRATE_ITEMS.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
    }

    #[test]
    fn scopes_make_collisions_unique() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("user_id".into()), "user_id");
        assert_eq!(scope.claim("user_id".into()), "user_id2");
        assert_eq!(scope.claim("r#type".into()), "r#type");
        assert_eq!(scope.claim("r#type".into()), "type2");
        assert_eq!(scope.claim("v1".into()), "v1");
        assert_eq!(scope.claim("v1".into()), "v1_2");
    }
}

#[cfg(test)]
mod crate_name_tests {
    use super::check_crate_name;

    #[test]
    fn only_names_cargo_and_rust_accept_pass() {
        for ok in ["my-client", "my_client_v2", "_x", "Beam-Client2"] {
            assert_eq!(check_crate_name(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            ("my-client.v2", "`.` is not allowed"),
            ("", "empty"),
            ("2fa-client", "starts with `2`"),
            ("-x", "starts with `-`"),
            ("fn", "keyword"),
            ("my client", "` ` is not allowed"),
            ("caf\u{e9}", "`\\u{e9}` is not allowed"),
            ("a\nb", "`\\n` is not allowed"),
        ] {
            let err = check_crate_name(bad).unwrap_err();
            assert!(err.contains(why), "{bad:?}: {err}");
        }
        assert!(check_crate_name(&"a".repeat(65)).unwrap_err().contains("at most 64"));
    }
}
