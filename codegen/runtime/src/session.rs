//! Sessions: credentials that come from a login call, renewed before they expire and after a
//! 401, one renewal at a time however many tasks share the client.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use reqwest::StatusCode;
use serde_json::Value;

use crate::auth::{CredentialFuture, CredentialSource, Secret};
use crate::client::ClientCore;
use crate::error::{BoxError, LoginError};
use crate::options::RequestOptions;
use crate::request::RequestSpec;

/// Where a session credential's value is in the login response.
#[derive(Debug, Clone, Copy)]
enum Pick {
    /// At a JSON pointer.
    Pointer(&'static str),
    /// In one item of an array: the item whose `by` equals the session's choice (or the only
    /// item when no choice was made), at `value`.
    Chosen { items: &'static str, by: &'static str, value: &'static str },
}

/// How long before its expiry a session is renewed.
pub const RENEW_MARGIN: Duration = Duration::from_secs(60);

struct State {
    body: Value,
    expires: Option<SystemTime>,
    logins: u64,
}

/// A login call whose response holds credentials (a token, a membership id …).
pub struct Session {
    core: ClientCore,
    login: RequestSpec,
    expires_at: Option<&'static str>,
    margin: Duration,
    choice: Option<String>,
    state: tokio::sync::Mutex<Option<State>>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("login", &self.login.operation).finish_non_exhaustive()
    }
}

impl Session {
    /// A session that logs in by sending `login` through `core`; `expires_at` is the JSON
    /// pointer of the expiry in the login response (epoch seconds or milliseconds, RFC 3339,
    /// or `YYYY-MM-DD HH:MM:SS` in UTC).
    pub fn new(core: ClientCore, login: RequestSpec, expires_at: Option<&'static str>) -> Arc<Self> {
        Self::choosing(core, login, expires_at, None)
    }

    /// Like [`Session::new`], with the caller's choice among items of the login response (an
    /// organization of several, say) for the credentials made by [`Session::chosen_credential`].
    pub fn choosing(
        core: ClientCore,
        login: RequestSpec,
        expires_at: Option<&'static str>,
        choice: Option<String>,
    ) -> Arc<Self> {
        Arc::new(Session {
            core,
            login,
            expires_at,
            margin: RENEW_MARGIN,
            choice,
            state: tokio::sync::Mutex::new(None),
        })
    }

    /// The same, renewing `margin` before expiry.
    pub fn with_margin(
        core: ClientCore,
        login: RequestSpec,
        expires_at: Option<&'static str>,
        margin: Duration,
    ) -> Arc<Self> {
        Arc::new(Session { core, login, expires_at, margin, choice: None, state: tokio::sync::Mutex::new(None) })
    }

    /// A credential source for the value at `pointer` of the login response.
    pub fn credential(self: &Arc<Self>, pointer: &'static str) -> SessionCredential {
        SessionCredential { session: self.clone(), pick: Pick::Pointer(pointer) }
    }

    /// A credential source for the value at `value` of one item of the array at `items` of the
    /// login response: the item whose value at `by` is the session's choice, or, without a
    /// choice, the only item (several items and no choice is a [`LoginError`] that lists them).
    pub fn chosen_credential(
        self: &Arc<Self>,
        items: &'static str,
        by: &'static str,
        value: &'static str,
    ) -> SessionCredential {
        SessionCredential { session: self.clone(), pick: Pick::Chosen { items, by, value } }
    }

    /// The value at `pointer` of the current login response, logging in first if needed.
    pub async fn value(&self, pointer: &str) -> Result<Value, LoginError> {
        let body = self.current(None).await?;
        body.pointer(pointer).cloned().ok_or_else(|| self.missing(format!("it has nothing at `{pointer}`")))
    }

    fn missing(&self, reason: String) -> LoginError {
        LoginError::new(
            self.login.operation,
            Some(StatusCode::OK),
            Bytes::new(),
            format!("the response is unusable: {reason}"),
        )
    }

    async fn pick(&self, pick: Pick) -> Result<Value, LoginError> {
        let (items, by, value) = match pick {
            Pick::Pointer(pointer) => return self.value(pointer).await,
            Pick::Chosen { items, by, value } => (items, by, value),
        };
        let body = self.current(None).await?;
        let list = body
            .pointer(items)
            .and_then(Value::as_array)
            .ok_or_else(|| self.missing(format!("it has no list at `{items}`")))?;
        let key = |item: &Value| match item.pointer(by) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        };
        let known = || list.iter().filter_map(key).map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        let item = match &self.choice {
            Some(choice) => {
                list.iter().find(|item| key(item).as_deref() == Some(choice.as_str())).ok_or_else(|| {
                    self.missing(format!("no item of `{items}` has `{by}` = `{choice}` (it has: {})", known()))
                })?
            }
            None => match list.as_slice() {
                [only] => only,
                [] => return Err(self.missing(format!("the list at `{items}` is empty"))),
                _ => {
                    return Err(self.missing(format!(
                        "the list at `{items}` has {} items and none was chosen by `{by}` (it has: {})",
                        list.len(),
                        known()
                    )))
                }
            },
        };
        item.pointer(value)
            .cloned()
            .ok_or_else(|| self.missing(format!("the chosen item of `{items}` has nothing at `{value}`")))
    }

    /// How many times this session has logged in.
    pub async fn logins(&self) -> u64 {
        self.state.lock().await.as_ref().map_or(0, |s| s.logins)
    }

    /// The login response, renewed when missing, expiring, or older than login number `stale`.
    async fn current(&self, stale: Option<u64>) -> Result<Value, LoginError> {
        let mut state = self.state.lock().await;
        let now = SystemTime::now();
        let fresh = state
            .as_ref()
            .is_some_and(|s| s.expires.is_none_or(|e| e > now + self.margin) && stale.is_none_or(|n| s.logins > n));
        if !fresh {
            let login = self.login.operation;
            let raw = self
                .core
                .execute(&self.login, &RequestOptions::default())
                .await
                .map_err(|e| LoginError::new(login, None, Bytes::new(), e.to_string()))?;
            if !raw.status.is_success() {
                let reason = format!("HTTP {}", raw.status);
                return Err(LoginError::new(login, Some(raw.status), raw.body, reason));
            }
            let body: Value = serde_json::from_slice(&raw.body).map_err(|e| {
                LoginError::new(login, Some(raw.status), Bytes::new(), format!("the response is not JSON: {e}"))
            })?;
            let expires = self.expires_at.and_then(|p| body.pointer(p)).and_then(parse_time);
            let logins = state.as_ref().map_or(0, |s| s.logins) + 1;
            tracing::debug!(operation = self.login.operation, logins, "session renewed");
            *state = Some(State { body, expires, logins });
        }
        Ok(state.as_ref().map(|s| s.body.clone()).unwrap_or(Value::Null))
    }
}

/// One credential of a [`Session`].
#[derive(Debug, Clone)]
pub struct SessionCredential {
    session: Arc<Session>,
    pick: Pick,
}

impl CredentialSource for SessionCredential {
    fn credential(&self) -> CredentialFuture<'_> {
        Box::pin(async move {
            let value = self.session.pick(self.pick).await.map_err(|e| -> BoxError { Box::new(e) })?;
            Ok(Secret::new(match value {
                Value::String(s) => s,
                other => other.to_string(),
            }))
        })
    }

    fn invalidate(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + '_>> {
        Box::pin(async move {
            let seen = self.session.logins().await;
            if self.session.current(Some(seen)).await.is_err() {
                // The stale credentials are dropped: the resend logs in once more and, if that
                // fails too, reports the failed login rather than the 401.
                if let Some(state) = self.session.state.lock().await.as_mut() {
                    state.expires = Some(UNIX_EPOCH);
                }
            }
            true
        })
    }

    fn renewal_key(&self) -> usize {
        Arc::as_ptr(&self.session) as usize
    }
}

/// Reads a time as epoch seconds or milliseconds, RFC 3339, or `YYYY-MM-DD HH:MM:SS` (UTC).
pub fn parse_time(value: &Value) -> Option<SystemTime> {
    if let Some(n) = value.as_f64() {
        let secs = if n > 1e12 { n / 1000.0 } else { n };
        return Some(UNIX_EPOCH + Duration::from_secs_f64(secs.max(0.0)));
    }
    let text = value.as_str()?.trim();
    let (date, rest) = text.split_at(text.find(['T', 't', ' '])?);
    let rest = &rest[1..];
    let mut d = date.split('-').map(|p| p.parse::<i64>().ok());
    let (year, month, day) = (d.next()??, d.next()??, d.next()??);
    let time_end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.')).unwrap_or(rest.len());
    let (time, zone) = rest.split_at(time_end);
    let mut t = time.split(':');
    let hour: i64 = t.next()?.parse().ok()?;
    let minute: i64 = t.next()?.parse().ok()?;
    let second: f64 = t.next().unwrap_or("0").parse().ok()?;
    let offset = match zone.trim() {
        "" | "Z" | "z" | "UTC" => 0,
        z => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            let digits: String = z.chars().filter(char::is_ascii_digit).collect();
            let (h, m) = digits.split_at(digits.len().min(2));
            sign * (h.parse::<i64>().ok()? * 3600 + m.parse::<i64>().unwrap_or(0) * 60)
        }
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3600 + minute * 60 - offset;
    let secs = secs as f64 + second;
    (secs >= 0.0).then(|| UNIX_EPOCH + Duration::from_secs_f64(secs))
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn secs(v: Value) -> u64 {
        parse_time(&v).unwrap().duration_since(UNIX_EPOCH).unwrap().as_secs()
    }

    #[test]
    fn reads_the_usual_time_formats() {
        assert_eq!(secs(json!(1_744_711_200)), 1_744_711_200);
        assert_eq!(secs(json!(1_744_711_200_000u64)), 1_744_711_200);
        assert_eq!(secs(json!("2025-04-15 10:00:00")), 1_744_711_200);
        assert_eq!(secs(json!("2025-04-15T10:00:00Z")), 1_744_711_200);
        assert_eq!(secs(json!("2025-04-15T12:00:00+02:00")), 1_744_711_200);
        assert_eq!(secs(json!("1970-01-01T00:00:00.5Z")), 0);
        assert!(parse_time(&json!("soon")).is_none());
    }
}
