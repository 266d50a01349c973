// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument.
/// Marks the calls of [`Client::put_record`](crate::Client::put_record): `Call<T, ops::PutRecord>`.
pub enum PutRecord {}
