// This file is generated from e2e/specs/upstream/github.yaml with the overlay e2e/specs/github.overlay.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::issues_list_for_repo`](crate::Client::issues_list_for_repo): `Call<T, ops::IssuesListForRepo>`, which has the setters of its 3 optional parameter(s) and `stream()`.
pub struct IssuesListForRepo;

/// Marks the calls of [`Client::repos_list_for_org`](crate::Client::repos_list_for_org): `Call<T, ops::ReposListForOrg>`, which has the setters of its 2 optional parameter(s) and `stream()`.
pub struct ReposListForOrg;
