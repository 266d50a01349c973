//! What belongs to the whole API: servers (the default base URL and `server_url`), security
//! schemes (the builder's credential setters) and `info` versions.

use super::report::Change;
use super::{rules, Sides};
use crate::ir::{Api, Scheme, SchemeLocation, Server};

pub(super) fn compare(s: &Sides<'_>) -> Vec<Change> {
    let mut out = Vec::new();
    schemes(s, &mut out);
    servers(s.old.api, s.new.api, &mut out);
    info(s.old.api, s.new.api, &mut out);
    out
}

fn place(scheme: &Scheme) -> String {
    let at = match &scheme.location {
        SchemeLocation::Header(h) => format!("header `{h}`"),
        SchemeLocation::Query(q) => format!("query parameter `{q}`"),
        SchemeLocation::Cookie(c) => format!("cookie `{c}`"),
    };
    if scheme.prefix.is_empty() {
        at
    } else {
        format!("{at} after `{}`", scheme.prefix.trim())
    }
}

/// The builder methods of a scheme: its setter, `_source`, and for OAuth2 / OpenID Connect
/// the static token's `_bearer_token` (as `emit/client.rs` writes them).
fn setters(scheme: &Scheme) -> Vec<String> {
    let setter = scheme.setter.trim_start_matches("r#");
    let source = scheme.source_setter.trim_start_matches("r#");
    let mut out = vec![format!("ClientBuilder::{setter}"), format!("ClientBuilder::{source}")];
    out.extend(scheme.bearer_setter.as_ref().map(|b| format!("ClientBuilder::{}", b.trim_start_matches("r#"))));
    out
}

fn schemes(s: &Sides<'_>, out: &mut Vec<Change>) {
    let (old, new) = (&s.old.api.schemes, &s.new.api.schemes);
    for n in new.iter().filter(|n| !old.iter().any(|o| o.name == n.name)) {
        let change =
            Change::new(&rules::AUTH_SCHEME_ADDED, format!("security scheme `{}` is added ({})", n.name, place(n)));
        out.push(setters(n).into_iter().fold(change, Change::item));
    }
    for o in old.iter().filter(|o| !new.iter().any(|n| n.name == o.name)) {
        let change = Change::new(&rules::AUTH_SCHEME_REMOVED, format!("security scheme `{}` is removed", o.name));
        out.push(setters(o).into_iter().fold(change, Change::item));
    }
    for o in old {
        let Some(n) = new.iter().find(|n| n.name == o.name) else { continue };
        if o.location != n.location || o.prefix != n.prefix {
            let a = format!("ClientBuilder::{}", n.setter.trim_start_matches("r#"));
            out.push(
                Change::new(
                    &rules::AUTH_SCHEME_CHANGED,
                    format!("security scheme `{}`: {} → {}", n.name, place(o), place(n)),
                )
                .item(format!("`{a}` (signature unchanged)")),
            );
        }
    }
}

/// The server with variables that makes `Client::server_url`, and that function.
fn with_variables(api: &Api) -> Option<(&Server, String)> {
    let url = api.server_url.as_ref()?;
    let server = api.servers.get(url.server)?;
    let args: Vec<String> = url.args.iter().map(|a| format!("{}: &str", a.trim_start_matches("r#"))).collect();
    Some((server, format!("Client::{}({}) -> String", url.name, args.join(", "))))
}

/// The first server, when it makes `Client::DEFAULT_BASE_URL`: one with variables is per
/// customer, and the client has no default base URL.
fn default_server(api: &Api) -> Option<&Server> {
    api.servers.first().filter(|s| s.variables.is_empty())
}

fn servers(old: &Api, new: &Api, out: &mut Vec<Change>) {
    const DEFAULT: &str = "Client::DEFAULT_BASE_URL";
    match (default_server(old), default_server(new)) {
        (Some(o), Some(n)) if o.url != n.url => out.push(
            Change::new(&rules::SERVER_URL_CHANGED, format!("the default server `{}` → `{}`", o.url, n.url))
                .item(format!("{DEFAULT}: \"{}\" → \"{}\"", o.url, n.url)),
        ),
        (None, Some(n)) => out.push(
            Change::new(&rules::SERVER_DEFAULT_ADDED, format!("a server `{}` is added", n.url))
                .item(format!("{DEFAULT}: \"{}\"", n.url)),
        ),
        (Some(o), None) => {
            let what = match new.servers.first() {
                Some(n) => format!("the default server `{}` becomes per customer (`{}`)", o.url, n.template),
                None => format!("no server is left (was `{}`)", o.url),
            };
            out.push(Change::new(&rules::SERVER_DEFAULT_REMOVED, what).item(DEFAULT));
        }
        _ => {}
    }
    match (with_variables(old), with_variables(new)) {
        (None, Some((n, n_fn))) => out.push(
            Change::new(&rules::SERVER_VARIABLES_ADDED, format!("server `{}` has variables", n.template)).item(n_fn),
        ),
        (Some((o, o_fn)), None) => out.push(
            Change::new(
                &rules::SERVER_VARIABLES_CHANGED,
                format!("no server has variables any more (was `{}`)", o.template),
            )
            .item(format!("`{o_fn}` (removed)")),
        ),
        (Some((o, o_fn)), Some((n, n_fn))) => {
            let names = |s: &Server| s.variables.iter().map(|(v, _)| v.clone()).collect::<Vec<_>>();
            if names(o) != names(n) {
                out.push(
                    Change::new(
                        &rules::SERVER_VARIABLES_CHANGED,
                        format!("server variables `{}` → `{}`", o.template, n.template),
                    )
                    .item(format!("{o_fn} → {n_fn}")),
                );
            } else if o.template != n.template && old.servers.first().map(|s| &s.template) != Some(&o.template) {
                out.push(
                    Change::new(&rules::SERVER_URL_CHANGED, format!("server `{}` → `{}`", o.template, n.template))
                        .item(format!("`{n_fn}` (signature unchanged)")),
                );
            }
        }
        (None, None) => {}
    }
}

fn info(old: &Api, new: &Api, out: &mut Vec<Change>) {
    if old.api_version != new.api_version {
        out.push(
            Change::new(
                &rules::API_VERSION_CHANGED,
                format!("`info.version` {} → {}", old.api_version, new.api_version),
            )
            .item("`Client` (rustdoc)"),
        );
    }
    if old.crate_version != new.crate_version {
        out.push(Change::new(
            &rules::CRATE_VERSION_CHANGED,
            format!("`info.x-crate-version` {} → {}", old.crate_version, new.crate_version),
        ));
    }
}
