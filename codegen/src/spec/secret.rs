//! Whether a property or a parameter of a spec holds a credential: decided here only. (The
//! runtime redacts recorded traffic and error messages by a rule of its own,
//! `codegen_runtime`'s `redact`, as it cannot depend on the generator.)

/// How much a property or a parameter looks like it holds a credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrecy {
    /// Nothing suggests a credential.
    Plain,
    /// A credential word is in its name (`token`, `key`, `secret`, `password`, `auth`):
    /// documentation does not show a sample of it as a literal.
    Suspect,
    /// It is one: `format: password`, or a name with `password` or `secret` in it, ending in
    /// `token` (or `token_data`), or `api_key`. A string field of it becomes a `Secret`.
    Credential,
}

/// How much the property or parameter named `wire` (of the `format`, when it has one) looks
/// like a credential. Case and `-` against `_` do not matter.
pub fn secrecy(wire: &str, format: Option<&str>) -> Secrecy {
    let name = wire.to_ascii_lowercase().replace('-', "_");
    let credential = format == Some("password")
        || name.contains("password")
        || name.contains("secret")
        || name.ends_with("token")
        || name.ends_with("token_data")
        || name == "api_key"
        || name == "apikey";
    if credential {
        Secrecy::Credential
    } else if ["token", "key", "secret", "password", "auth"].iter().any(|w| name.contains(w)) {
        Secrecy::Suspect
    } else {
        Secrecy::Plain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_formats_decide() {
        for wire in ["password", "Client-Secret", "accessToken", "refresh_token_data", "API-Key", "apikey"] {
            assert_eq!(secrecy(wire, None), Secrecy::Credential, "{wire}");
        }
        assert_eq!(secrecy("pin", Some("password")), Secrecy::Credential);
        for wire in ["X-API-Key", "Authorization", "tokens", "keyword"] {
            assert_eq!(secrecy(wire, None), Secrecy::Suspect, "{wire}");
        }
        for wire in ["name", "limit", "page_size"] {
            assert_eq!(secrecy(wire, Some("byte")), Secrecy::Plain, "{wire}");
        }
    }
}
