// This file is generated from specs/symphony-pod.yaml by `cargo xtask generate`. Do not edit it by hand.

//! The optional parameters of operations that have them. Every field is optional;
//! start from `Default::default()`.
/// Optional parameters of [`Client::v1_configuration_list_get`](crate::Client::v1_configuration_list_get).
#[derive(Debug, Clone, Default)]
pub struct V1ConfigurationListGetParams {
    /// No. of Configurations to skip.
    pub offset: Option<i32>,
    /// Max no. of Configurations to return. If no value is provided, 50 is the default.
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v1_configuration_configuration_id_instance_list_get`](crate::Client::v1_configuration_configuration_id_instance_list_get).
#[derive(Debug, Clone, Default)]
pub struct V1ConfigurationConfigurationIdInstanceListGetParams {
    /// No. of configuration Instances to skip.
    pub offset: Option<i32>,
    /// Max no. of configuration Instances to return. If no value is provided, 50 is the default.
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v1_companycert_list_get`](crate::Client::v1_companycert_list_get).
#[derive(Debug, Clone, Default)]
pub struct V1CompanycertListGetParams {
    /// Pagination start
    pub skip: Option<i32>,
    /// Row limit
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v1_companycert_podmanaged_list_get`](crate::Client::v1_companycert_podmanaged_list_get).
#[derive(Debug, Clone, Default)]
pub struct V1CompanycertPodmanagedListGetParams {
    /// Pagination start
    pub skip: Option<i32>,
    /// Row limit
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v1_companycert_type_list_post`](crate::Client::v1_companycert_type_list_post).
#[derive(Debug, Clone, Default)]
pub struct V1CompanycertTypeListPostParams {
    /// Pagination start
    pub skip: Option<i32>,
    /// Row limit
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v2_room_search_post`](crate::Client::v2_room_search_post).
#[derive(Debug, Clone, Default)]
pub struct V2RoomSearchPostParams {
    /// No. of results to skip.
    pub skip: Option<i32>,
    /// Max no. of results to return. If no value is provided, 50 is the default.
    pub limit: Option<i32>,
}

/// Optional parameters of [`Client::v1_user_get`](crate::Client::v1_user_get).
#[derive(Debug, Clone, Default)]
pub struct V1UserGetParams {
    /// If true then a local DB search will be performed and only local pod users will be returned. If absent or false then a directory search will be performed and users from other pods who are visible to the calling user will also be returned.
    pub local: Option<bool>,
}
