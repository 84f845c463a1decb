use domain::accounts::service::{load_signed_in_recent, LoadedAccount};
use domain::accounts::sessions::{SessionAuth, SESSION_KEY};
use crate::i18n::negotiate;
use crate::state::AppState;
use crate::viewer::Viewer;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;

pub const LANG_COOKIE: &str = "quartier_lang";
pub const PLAIN_COOKIE: &str = "quartier_plain";
/// A random value per browser that the forms' CSRF token is bound to
/// (see [`super::csrf`]); the token itself is never a cookie.
pub const CSRF_COOKIE: &str = "quartier_csrf";

pub fn cookie<'a>(req: &'a axum::http::request::Parts, name: &str) -> Option<&'a str> {
    cookie_in(&req.headers, name)
}

fn cookie_in<'a>(headers: &'a axum::http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn valid_token(t: &str) -> bool {
    t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The language of an anonymous reader, for answers given before the
/// request context exists (its cookie, else the browser's preference).
pub fn reader_language(headers: &axum::http::HeaderMap) -> &'static str {
    negotiate(None, cookie_in(headers, LANG_COOKIE), headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()))
}

/// The address rate limits count a request against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub std::net::IpAddr);

/// The client's address: the connection's peer, unless the peer is one of
/// our own proxies; then the nearest address in `X-Forwarded-For` that is
/// not a proxy of ours (anything further left the client could have made up).
pub fn client_address(peer: std::net::IpAddr, forwarded_for: Option<&str>, trusted: &[std::net::IpAddr]) -> std::net::IpAddr {
    if !trusted.contains(&peer) {
        return peer;
    }
    forwarded_for
        .into_iter()
        .flat_map(|v| v.rsplit(','))
        .filter_map(|hop| hop.trim().parse::<std::net::IpAddr>().ok())
        .find(|ip| !trusted.contains(ip))
        .unwrap_or(peer)
}

/// Works out the [`Viewer`] of every request before any handler or page runs.
/// It only reads the session (a signed-in person's id), so anonymous visits
/// cost no database write.
pub async fn request_context(State(state): State<AppState>, session: Session, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    clean_query(&mut parts);
    let signed_in = signed_in(&state, &session).await;
    let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = negotiate(signed_in.as_ref().map(|s| s.language.as_str()), cookie(&parts, LANG_COOKIE), accept);
    let plain = match &signed_in {
        Some(account) => account.plain,
        None => cookie(&parts, PLAIN_COOKIE) == Some("1"),
    };
    let existing_browser = cookie(&parts, CSRF_COOKIE).filter(|t| valid_token(t)).map(str::to_string);
    let browser = existing_browser.clone().unwrap_or_else(domain::tokens::random_token);
    let session_id = session.id().map(|id| id.to_string()).unwrap_or_default();
    let csrf = state.settings.secret_key.csrf_token(&browser, &session_id);
    let viewer = Viewer { user: signed_in.map(|s| s.user), lang: lang.to_string(), plain, csrf };
    parts.extensions.insert(viewer);
    if let Some(peer) = parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip()) {
        let forwarded = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
        parts.extensions.insert(ClientIp(client_address(peer, forwarded, &state.settings.trusted_proxies)));
    }
    let changes = !matches!(parts.method, axum::http::Method::GET | axum::http::Method::HEAD);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if changes {
        // Whatever it changed (a name, a language, roles, a password) is
        // read afresh by this process's next request, whoever's it was.
        state.accounts.forget_all();
    }
    if existing_browser.is_none() {
        super::set_cookie(&mut response, super::preference_cookie(CSRF_COOKIE, &browser, state.settings.secure_cookies()));
    }
    response
}

/// The account of a session whose sign-in still counts; a session that
/// outlived its lifetime or a password change is ended here.
async fn signed_in(state: &AppState, session: &Session) -> Option<LoadedAccount> {
    let auth = session.get::<SessionAuth>(SESSION_KEY).await.ok().flatten()?;
    let account = match load_signed_in_recent(&state.db, &state.accounts, auth.account).await {
        Ok(account) => account,
        Err(e) => {
            tracing::error!(error = %e, "loading the signed-in account failed");
            return None;
        }
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let lifetimes = state.settings.session_lifetimes;
    match account {
        Some(a) if auth.valid(a.session_epoch, a.user.is_admin, now, lifetimes) => {
            // Activity keeps the sign-in from ending as idle: the idle expiry
            // moves forward, written to the store once per renewal period.
            if auth.due_for_renewal(now, lifetimes.renew_seconds) {
                if a.user.is_admin {
                    session.set_expiry(Some(tower_sessions::Expiry::OnInactivity(tower_sessions::cookie::time::Duration::seconds(lifetimes.admin_seconds))));
                }
                if let Err(e) = session.insert(SESSION_KEY, SessionAuth { renewed: now, ..auth }).await {
                    tracing::warn!(error = %e, "renewing a session failed");
                }
            }
            Some(a)
        }
        _ => {
            if let Err(e) = session.flush().await {
                tracing::warn!(error = %e, "ending a stale session failed");
            }
            None
        }
    }
}

/// Query parameters go through the same cleaning as form fields, so a NUL
/// in `?q=` never reaches the database.
fn clean_query(parts: &mut axum::http::request::Parts) {
    let Some(clean) = parts.uri.query().and_then(domain::input::clean_query) else { return };
    let path_and_query = format!("{}?{clean}", parts.uri.path());
    let mut uri = parts.uri.clone().into_parts();
    if let Ok(pq) = path_and_query.parse() {
        uri.path_and_query = Some(pq);
        if let Ok(uri) = axum::http::Uri::from_parts(uri) {
            parts.uri = uri;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::client_address;
    use std::net::IpAddr;

    #[test]
    fn forwarded_addresses_count_only_from_our_own_proxies() {
        let proxy: IpAddr = "127.0.0.1".parse().unwrap();
        let client: IpAddr = "203.0.113.7".parse().unwrap();
        let stranger: IpAddr = "198.51.100.9".parse().unwrap();
        // Straight from the internet: the header is ignored.
        assert_eq!(client_address(stranger, Some("203.0.113.7"), &[proxy]), stranger);
        // Through our proxy: the address it saw.
        assert_eq!(client_address(proxy, Some("203.0.113.7"), &[proxy]), client);
        // A made-up address in front of the real one does not help.
        assert_eq!(client_address(proxy, Some("10.9.9.9, 203.0.113.7"), &[proxy]), client);
        assert_eq!(client_address(proxy, Some("nonsense"), &[proxy]), proxy);
        assert_eq!(client_address(proxy, None, &[]), proxy);
    }
}
