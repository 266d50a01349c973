// This file is generated from e2e/specs/decoding.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::put_record`](crate::Client::put_record): `Call<T, ops::PutRecord>`.
pub struct PutRecord;
