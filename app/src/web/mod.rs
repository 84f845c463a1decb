//! Server-side request plumbing shared by every feature's handlers: who is
//! asking (request context), CSRF-checked form submissions, and the
//! Post/Redirect/Get pattern with a re-rendered form on errors.
mod context;
mod form;
pub mod parts;
mod routes;

pub use context::{reader_language, request_context, CSRF_COOKIE, LANG_COOKIE, PLAIN_COOKIE};
pub use form::{csrf_matches, Submitted};
pub use parts::Pages;
pub use routes::{Endpoint, Routes};

use crate::error::AppError;
use crate::forms::FormState;
use axum::body::Body;
use axum::http::{header, request::Parts, HeaderValue, Method, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;

/// 303 See Other: after a successful POST the browser loads the next page
/// with GET, so reloading does not submit twice.
pub fn see_other(location: &str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location.to_string())]).into_response()
}

/// A path on this site to return to; anything else becomes `/`.
pub fn local_path(candidate: &str) -> String {
    let ok = candidate.starts_with('/') && !candidate.starts_with("//") && !candidate.contains('\\');
    if ok { candidate.to_string() } else { "/".into() }
}

/// Appends `notice=…` to a local path.
pub fn with_notice(path: &str, notice: &str) -> String {
    let (base, query) = path.split_once('?').unwrap_or((path, ""));
    let kept: Vec<&str> = query.split('&').filter(|p| !p.is_empty() && !p.starts_with("notice=")).collect();
    let mut q = kept.join("&");
    if !q.is_empty() {
        q.push('&');
    }
    format!("{base}?{q}notice={notice}")
}

impl Pages {
    /// Renders the page at `parts.uri` again, with the person's input and
    /// the errors, so a failed submit never loses what was typed.
    pub async fn render(&self, parts: Parts, form: FormState, status: StatusCode) -> Response {
        render_page(&self.0, parts, form, status).await
    }

    /// Turns a failed action into the re-rendered form with messages.
    pub async fn error(&self, parts: Parts, values: std::collections::HashMap<String, String>, error: AppError) -> Response {
        error_page(&self.0, parts, values, error).await
    }

    /// A form sent without the right token: 403 and the page as if opened
    /// anew, with one message and none of the submitted fields, so a forged
    /// post can never make the page echo what another site sent.
    pub async fn csrf_refused(&self, parts: Parts) -> Response {
        let form = FormState { values: Default::default(), errors: vec![crate::error::FieldError::new("", AppError::Csrf.message())] };
        render_page(&self.0, parts, form, StatusCode::FORBIDDEN).await
    }
}

async fn render_page(state: &crate::state::AppState, mut parts: Parts, form: FormState, status: StatusCode) -> Response {
    parts.method = Method::GET;
    let options = state.leptos_options.clone();
    let ctx_state = state.clone();
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(ctx_state.clone());
            provide_context(form.clone());
        },
        move || crate::shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty())).await;
    *response.status_mut() = status;
    response
}

async fn error_page(state: &crate::state::AppState, parts: Parts, values: std::collections::HashMap<String, String>, error: AppError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    error.log();
    let errors = match error {
        AppError::Invalid(errors) => errors,
        other => vec![crate::error::FieldError::new("", other.message())],
    };
    render_page(state, parts, FormState { values, errors }, status).await
}

/// The Content-Security-Policy nonce of one response: made by the server's
/// header layer, put on Leptos's scripts by [`crate::shell`].
#[derive(Clone, Debug)]
pub struct CspNonce(std::sync::Arc<str>);

impl CspNonce {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        CspNonce(domain::tokens::random_token()[..32].into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub fn set_cookie(response: &mut Response, cookie: String) {
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

/// A long-lived preference cookie (language, plain language, CSRF token).
pub fn preference_cookie(name: &str, value: &str, secure: bool) -> String {
    let prefix = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax{prefix}")
}

/// A file to download, never cached on the way (personal or internal data).
pub fn download(name: &str, content_type: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

/// A refused or failed download, as a short text in the person's language.
pub fn download_failure(parts: &axum::http::request::Parts, e: AppError) -> Response {
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    failure(&viewer, e)
}

/// Open data as GeoJSON, with RFC 7946's media type. Public: caches on the
/// way may keep it for a minute.
pub fn geojson_response(value: &impl serde::Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => ([(header::CONTENT_TYPE, "application/geo+json"), (header::CACHE_CONTROL, "public, max-age=60")], body).into_response(),
        Err(e) => failure(&crate::viewer::Viewer::default(), AppError::Internal(e.to_string())),
    }
}

/// A failure of a response that is not a page, as a short text in the
/// person's language.
pub fn failure(viewer: &crate::viewer::Viewer, e: AppError) -> Response {
    e.log();
    let lang = viewer.language();
    // A download has no form to show field errors in: the first one is the message.
    let key = match &e {
        AppError::Invalid(errors) => errors.first().map(|f| f.message.as_str()).unwrap_or(e.message()),
        _ => e.message(),
    };
    let text = crate::i18n::translate(lang, viewer.plain, key);
    (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), text).into_response()
}
