// This file is generated from e2e/specs/jupyter.yaml by `cargo xtask generate`. Do not edit it by hand.

//! One marker type per operation. A method returns `Call<T, ops::Operation>`; the
//! setters of the operation's optional parameters are methods of that call, so a
//! parameter added to the API is a new method, never a new argument. A marker's value
//! names its operation where a value is wanted (`mock::Server::expect(ops::Operation)`
//! with the `mock` feature).
/// Marks the calls of [`Client::get_api`](crate::Client::get_api): `Call<T, ops::GetApi>`.
pub struct GetApi;

/// Marks the calls of [`Client::get_api_contents_path`](crate::Client::get_api_contents_path): `Call<T, ops::GetApiContentsPath>`, which has the setters of its 4 optional parameter(s).
pub struct GetApiContentsPath;

/// Marks the calls of [`Client::put_api_contents_path`](crate::Client::put_api_contents_path): `Call<T, ops::PutApiContentsPath>`.
pub struct PutApiContentsPath;

/// Marks the calls of [`Client::post_api_contents_path`](crate::Client::post_api_contents_path): `Call<T, ops::PostApiContentsPath>`.
pub struct PostApiContentsPath;

/// Marks the calls of [`Client::delete_api_contents_path`](crate::Client::delete_api_contents_path): `Call<T, ops::DeleteApiContentsPath>`.
pub struct DeleteApiContentsPath;

/// Marks the calls of [`Client::patch_api_contents_path`](crate::Client::patch_api_contents_path): `Call<T, ops::PatchApiContentsPath>`.
pub struct PatchApiContentsPath;

/// Marks the calls of [`Client::get_api_contents_path_checkpoints`](crate::Client::get_api_contents_path_checkpoints): `Call<T, ops::GetApiContentsPathCheckpoints>`.
pub struct GetApiContentsPathCheckpoints;

/// Marks the calls of [`Client::post_api_contents_path_checkpoints`](crate::Client::post_api_contents_path_checkpoints): `Call<T, ops::PostApiContentsPathCheckpoints>`.
pub struct PostApiContentsPathCheckpoints;

/// Marks the calls of [`Client::post_api_contents_path_checkpoints_checkpoint_id`](crate::Client::post_api_contents_path_checkpoints_checkpoint_id): `Call<T, ops::PostApiContentsPathCheckpointsCheckpointId>`.
pub struct PostApiContentsPathCheckpointsCheckpointId;

/// Marks the calls of [`Client::delete_api_contents_path_checkpoints_checkpoint_id`](crate::Client::delete_api_contents_path_checkpoints_checkpoint_id): `Call<T, ops::DeleteApiContentsPathCheckpointsCheckpointId>`.
pub struct DeleteApiContentsPathCheckpointsCheckpointId;

/// Marks the calls of [`Client::get_api_resolve_path`](crate::Client::get_api_resolve_path): `Call<T, ops::GetApiResolvePath>`, which has the setters of its 1 optional parameter(s).
pub struct GetApiResolvePath;

/// Marks the calls of [`Client::get_api_sessions_session`](crate::Client::get_api_sessions_session): `Call<T, ops::GetApiSessionsSession>`.
pub struct GetApiSessionsSession;

/// Marks the calls of [`Client::delete_api_sessions_session`](crate::Client::delete_api_sessions_session): `Call<T, ops::DeleteApiSessionsSession>`.
pub struct DeleteApiSessionsSession;

/// Marks the calls of [`Client::patch_api_sessions_session`](crate::Client::patch_api_sessions_session): `Call<T, ops::PatchApiSessionsSession>`.
pub struct PatchApiSessionsSession;

/// Marks the calls of [`Client::get_api_sessions`](crate::Client::get_api_sessions): `Call<T, ops::GetApiSessions>`.
pub struct GetApiSessions;

/// Marks the calls of [`Client::post_api_sessions`](crate::Client::post_api_sessions): `Call<T, ops::PostApiSessions>`.
pub struct PostApiSessions;

/// Marks the calls of [`Client::get_api_kernels`](crate::Client::get_api_kernels): `Call<T, ops::GetApiKernels>`.
pub struct GetApiKernels;

/// Marks the calls of [`Client::post_api_kernels`](crate::Client::post_api_kernels): `Call<T, ops::PostApiKernels>`.
pub struct PostApiKernels;

/// Marks the calls of [`Client::get_api_kernels_kernel_id`](crate::Client::get_api_kernels_kernel_id): `Call<T, ops::GetApiKernelsKernelId>`.
pub struct GetApiKernelsKernelId;

/// Marks the calls of [`Client::delete_api_kernels_kernel_id`](crate::Client::delete_api_kernels_kernel_id): `Call<T, ops::DeleteApiKernelsKernelId>`.
pub struct DeleteApiKernelsKernelId;

/// Marks the calls of [`Client::post_api_kernels_kernel_id_interrupt`](crate::Client::post_api_kernels_kernel_id_interrupt): `Call<T, ops::PostApiKernelsKernelIdInterrupt>`.
pub struct PostApiKernelsKernelIdInterrupt;

/// Marks the calls of [`Client::post_api_kernels_kernel_id_restart`](crate::Client::post_api_kernels_kernel_id_restart): `Call<T, ops::PostApiKernelsKernelIdRestart>`.
pub struct PostApiKernelsKernelIdRestart;

/// Marks the calls of [`Client::get_api_kernelspecs`](crate::Client::get_api_kernelspecs): `Call<T, ops::GetApiKernelspecs>`.
pub struct GetApiKernelspecs;

/// Marks the calls of [`Client::get_api_config_section_name`](crate::Client::get_api_config_section_name): `Call<T, ops::GetApiConfigSectionName>`.
pub struct GetApiConfigSectionName;

/// Marks the calls of [`Client::patch_api_config_section_name`](crate::Client::patch_api_config_section_name): `Call<T, ops::PatchApiConfigSectionName>`.
pub struct PatchApiConfigSectionName;

/// Marks the calls of [`Client::get_api_terminals`](crate::Client::get_api_terminals): `Call<T, ops::GetApiTerminals>`.
pub struct GetApiTerminals;

/// Marks the calls of [`Client::post_api_terminals`](crate::Client::post_api_terminals): `Call<T, ops::PostApiTerminals>`.
pub struct PostApiTerminals;

/// Marks the calls of [`Client::get_api_terminals_terminal_id`](crate::Client::get_api_terminals_terminal_id): `Call<T, ops::GetApiTerminalsTerminalId>`.
pub struct GetApiTerminalsTerminalId;

/// Marks the calls of [`Client::delete_api_terminals_terminal_id`](crate::Client::delete_api_terminals_terminal_id): `Call<T, ops::DeleteApiTerminalsTerminalId>`.
pub struct DeleteApiTerminalsTerminalId;

/// Marks the calls of [`Client::get_api_me`](crate::Client::get_api_me): `Call<T, ops::GetApiMe>`, which has the setters of its 1 optional parameter(s).
pub struct GetApiMe;

/// Marks the calls of [`Client::get_api_status`](crate::Client::get_api_status): `Call<T, ops::GetApiStatus>`.
pub struct GetApiStatus;

/// Marks the calls of [`Client::get_api_spec_yaml`](crate::Client::get_api_spec_yaml): `Call<T, ops::GetApiSpecYaml>`.
pub struct GetApiSpecYaml;
