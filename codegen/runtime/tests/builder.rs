//! `build()` refuses a base URL that cannot work, with the reason, before any call is made.

use codegen_runtime::{BuildError, ClientBuilder};

fn build(url: &str) -> Result<(), BuildError> {
    ClientBuilder::new(url, "test").build().map(|_| ())
}

#[test]
fn a_usable_base_url_builds() {
    build("https://api.example.com/v1").unwrap();
    build("http://127.0.0.1:8080").unwrap();
}

#[test]
fn a_base_url_that_cannot_work_is_an_error_naming_it() {
    for (url, reason) in [
        ("api.example.com/v1", "relative URL without a base"),
        ("ftp://files.example.com", "the scheme is `ftp`"),
        ("https://api.example.com/v1?key=1", "query or fragment"),
        ("https://user:hunter2@api.example.com/v1?x", "query or fragment"),
    ] {
        let err = build(url).unwrap_err();
        let shown = err.to_string();
        assert!(shown.contains(reason), "{url}: {shown}");
        assert!(!shown.contains("hunter2"), "a password in the URL is hidden: {shown}");
    }
}
