//! Symphony Pod: swagger-codegen's HTML documentation dumped to text. An operation starts at a
//! line `Up`, then `get /v1/…` and its summary; its `Responses` list the statuses (a line of three
//! digits, then the description). The seed has no example bodies at all.

use anyhow::{bail, Result};

use super::{fill_template, Extracted, SeedExchange, SeedResponse, Sources};

pub const ABOUT: &str = "\
Symphony Pod (swagger-codegen's HTML documentation as text) documents no request or response example: \
its operations give only their path, parameters, return type and statuses. So each exchange is one \
documented status of one operation, with no body (the types are checked by nothing here): the \
conformance below checks that every documented operation exists in the spec with that method and \
path and documents every status the seed lists. Path parameters are filled with `1` (the seed has \
no example values); no query parameter is sent, so a required one shows as `missing-query-parameter`.";

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

pub fn parse(_: &Sources, text: &str) -> Result<Extracted> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut out = Extracted::default();
    let ups: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == "Up").collect();
    for (k, &up) in ups.iter().enumerate() {
        let end = ups.get(k + 1).copied().unwrap_or(lines.len());
        let Some(op) = lines.get(up + 1) else { continue };
        let Some((method, path)) = op.split_once(' ').filter(|(m, _)| METHODS.contains(m)) else {
            // The last `Up` leads to the models, not to an operation.
            if lines.get(up + 1..end).is_some_and(|rest| rest.contains(&"Responses")) {
                bail!("line {}: `{op}` is not `method /path`", up + 2);
            }
            continue;
        };
        if !path.starts_with('/') {
            bail!("line {}: `{op}` is not `method /path`", up + 2);
        }
        out.operations += 1;
        let Some(responses) = (up..end).find(|&i| lines[i] == "Responses") else {
            bail!("line {}: the operation `{op}` lists no `Responses`", up + 2)
        };
        let statuses: Vec<u16> = lines[responses + 1..end]
            .iter()
            .filter(|l| l.len() == 3)
            .filter_map(|l| l.parse::<u16>().ok())
            .filter(|s| (100..600).contains(s))
            .collect();
        if statuses.is_empty() {
            bail!("line {}: the `Responses` of `{op}` list no status", responses + 1);
        }
        let query = query_parameters(&lines[up..responses]);
        let path = format!("{}{query}", fill_template(path, "1"));
        for status in statuses {
            out.exchanges.push(SeedExchange {
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                line: up + 2,
                request: None,
                response: Some(SeedResponse { status, headers: Vec::new(), body: None }),
                notes: vec![format!("status {status} as documented, no example body")],
            });
        }
    }
    Ok(out)
}

/// `?a=1&b=1` for the parameters listed under `Query parameters` (`name (required)` followed by
/// `Query Parameter — …`).
fn query_parameters(lines: &[&str]) -> String {
    let names: Vec<&str> = lines
        .windows(2)
        .filter(|w| w[1].starts_with("Query Parameter"))
        .filter_map(|w| w[0].split_once(" (").map(|(name, _)| name.trim()))
        .collect();
    match names.is_empty() {
        true => String::new(),
        false => format!("?{}", names.iter().map(|n| format!("{n}=1")).collect::<Vec<_>>().join("&")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_documented_status_is_an_exchange() {
        let text = "Up\nget /v1/user/{uid}/presence\nGet presence (v1UserUidPresenceGet)\n\nPath parameters\n\n\
                    uid (required)\nPath Parameter — User ID\n\nQuery parameters\n\nskip (optional)\n\
                    Query Parameter — Pagination start\nlimit (required)\nQuery Parameter — Max\n\nReturn type\n\nPresence\n\nResponses\n\n200\n\nSuccess\n\n401\n\n\
                    Unauthorized: 401 tokens.\n\nUp\n\nModels\n\n[ Jump to Methods ]\n";
        let out = parse(&Sources { seeds: ".".into() }, text).unwrap();
        assert_eq!(out.operations, 1);
        let got: Vec<(&str, &str, u16, usize)> = out
            .exchanges
            .iter()
            .map(|e| (e.method.as_str(), e.path.as_str(), e.response.as_ref().map_or(0, |r| r.status), e.line))
            .collect();
        assert_eq!(
            got,
            [
                ("GET", "/v1/user/1/presence?skip=1&limit=1", 200, 2),
                ("GET", "/v1/user/1/presence?skip=1&limit=1", 401, 2)
            ]
        );
        let bad = "Up\nget /v1/x\nSummary\nResponses\n\nOK\n";
        assert!(parse(&Sources { seeds: ".".into() }, bad).unwrap_err().to_string().contains("line 4"));
    }
}
