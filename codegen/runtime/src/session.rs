//! Sessions: credentials that come from a login call, renewed before they expire and after a
//! 401, one renewal at a time however many tasks share the client.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::auth::{CredentialFuture, CredentialSource, Secret};
use crate::call::RequestOptions;
use crate::client::ClientCore;
use crate::error::BoxError;
use crate::request::RequestSpec;

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
        Arc::new(Session { core, login, expires_at, margin: RENEW_MARGIN, state: tokio::sync::Mutex::new(None) })
    }

    /// The same, renewing `margin` before expiry.
    pub fn with_margin(
        core: ClientCore,
        login: RequestSpec,
        expires_at: Option<&'static str>,
        margin: Duration,
    ) -> Arc<Self> {
        Arc::new(Session { core, login, expires_at, margin, state: tokio::sync::Mutex::new(None) })
    }

    /// A credential source for the value at `pointer` of the login response.
    pub fn credential(self: &Arc<Self>, pointer: &'static str) -> SessionCredential {
        SessionCredential { session: self.clone(), pointer }
    }

    /// The value at `pointer` of the current login response, logging in first if needed.
    pub async fn value(&self, pointer: &str) -> Result<Value, BoxError> {
        let body = self.current(None).await?;
        body.pointer(pointer).cloned().ok_or_else(|| format!("the login response has nothing at `{pointer}`").into())
    }

    /// How many times this session has logged in.
    pub async fn logins(&self) -> u64 {
        self.state.lock().await.as_ref().map_or(0, |s| s.logins)
    }

    /// The login response, renewed when missing, expiring, or older than login number `stale`.
    async fn current(&self, stale: Option<u64>) -> Result<Value, BoxError> {
        let mut state = self.state.lock().await;
        let now = SystemTime::now();
        let fresh = state
            .as_ref()
            .is_some_and(|s| s.expires.is_none_or(|e| e > now + self.margin) && stale.is_none_or(|n| s.logins > n));
        if !fresh {
            let raw = self.core.execute(&self.login, &RequestOptions::default()).await.map_err(Box::new)?;
            if !raw.status.is_success() {
                let err = crate::call::status_error::<Value>(self.login.operation, self.login.error_statuses, raw);
                return Err(Box::new(err));
            }
            let body: Value = serde_json::from_slice(&raw.body)?;
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
    pointer: &'static str,
}

impl CredentialSource for SessionCredential {
    fn credential(&self) -> CredentialFuture<'_> {
        Box::pin(async move {
            let value = self.session.value(self.pointer).await?;
            Ok(Secret::new(match value {
                Value::String(s) => s,
                other => other.to_string(),
            }))
        })
    }

    fn invalidate(&self) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send + '_>> {
        Box::pin(async move {
            let seen = self.session.logins().await;
            self.session.current(Some(seen)).await.is_ok()
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
