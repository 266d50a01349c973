//! Tests of the generated clients against real HTTP servers (`tests/`); the library itself is
//! empty but for the README's doctests.

/// The Rust blocks of the repository's README that are not `ignore`, compiled as doctests
/// against the generated crates they use (this crate's dev-dependencies).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
