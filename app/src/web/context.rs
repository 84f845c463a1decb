use crate::accounts::service::load_signed_in;
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
/// Double-submit CSRF token: forms carry the cookie's value in `_csrf`;
/// another site can neither read nor set it.
pub const CSRF_COOKIE: &str = "quartier_csrf";
pub const SESSION_ACCOUNT: &str = "account_id";

pub fn cookie<'a>(req: &'a axum::http::request::Parts, name: &str) -> Option<&'a str> {
    req.headers
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

/// Works out the [`Viewer`] of every request before any handler or page runs.
/// It only reads the session (a signed-in person's id), so anonymous visits
/// cost no database write.
pub async fn request_context(State(state): State<AppState>, session: Session, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let signed_in = match session.get::<i32>(SESSION_ACCOUNT).await {
        Ok(Some(id)) => load_signed_in(&state.db, id).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "loading the signed-in account failed");
            None
        }),
        _ => None,
    };
    let accept = parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = negotiate(signed_in.as_ref().map(|s| s.1.as_str()), cookie(&parts, LANG_COOKIE), accept);
    let plain = match &signed_in {
        Some((_, _, plain)) => *plain,
        None => cookie(&parts, PLAIN_COOKIE) == Some("1"),
    };
    let existing_csrf = cookie(&parts, CSRF_COOKIE).filter(|t| valid_token(t)).map(str::to_string);
    let csrf = existing_csrf.clone().unwrap_or_else(crate::accounts::tokens::random_token);
    let viewer = Viewer { user: signed_in.map(|s| s.0), lang: lang.to_string(), plain, csrf: csrf.clone() };
    parts.extensions.insert(viewer);
    let mut response = next.run(Request::from_parts(parts, body)).await;
    if existing_csrf.is_none() {
        super::set_cookie(&mut response, super::preference_cookie(CSRF_COOKIE, &csrf, state.settings.secure_cookies()));
    }
    response
}
