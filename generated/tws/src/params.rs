// This file is generated from specs/tws.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The optional parameters of operations that have them. Every field is optional;
//! start from `Default::default()`.
use crate::types;

/// Optional parameters of [`Client::list_work_sessions`](crate::Client::list_work_sessions).
#[derive(Debug, Clone, Default)]
pub struct ListWorkSessionsParams {
    /// The page number, from 1.
    pub page: Option<i64>,
    /// Items per page; the maximum differs by endpoint.
    pub page_size: Option<i64>,
    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    pub sort_by: Option<types::TwsDateTime>,
}

/// Optional parameters of [`Client::list_users`](crate::Client::list_users).
#[derive(Debug, Clone, Default)]
pub struct ListUsersParams {
    /// The page number, from 1.
    pub page: Option<i64>,
    /// Items per page; the maximum differs by endpoint.
    pub page_size: Option<i64>,
    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    pub sort_by: Option<types::TwsDateTime>,
}

/// Optional parameters of [`Client::list_sites`](crate::Client::list_sites).
#[derive(Debug, Clone, Default)]
pub struct ListSitesParams {
    /// The page number, from 1.
    pub page: Option<i64>,
    /// Items per page; the maximum differs by endpoint.
    pub page_size: Option<i64>,
    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    pub sort_by: Option<types::TwsDateTime>,
}

/// Optional parameters of [`Client::list_locks`](crate::Client::list_locks).
#[derive(Debug, Clone, Default)]
pub struct ListLocksParams {
    /// The page number, from 1.
    pub page: Option<i64>,
    /// Items per page; the maximum differs by endpoint.
    pub page_size: Option<i64>,
    /// `<field>, <direction>` with direction `asc` or `desc`, e.g. `created_at, desc`.
    pub sort_by: Option<types::TwsDateTime>,
}
