//! A short-lived cache of public pages as anonymous visitors see them.
//!
//! Rendering a concern list costs a database query and a full Leptos render;
//! the same page for the same language is asked for many times a second when
//! a neighbourhood shares a link. Pages are kept for [`TTL`] and dropped
//! entirely after any form is sent to this process, so a visitor never sees
//! their own change missing. Signed-in people are never served from here.
//! The visitor's CSRF token and the response's CSP nonce are cut out
//! before storing and put back in on every hit, so the forms on a cached
//! page work for everyone and every response has a nonce of its own.
use app::viewer::Viewer;
use app::web::CspNonce;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub const TTL: Duration = Duration::from_secs(2);
const MAX_ENTRIES: usize = 2000;
const MAX_PAGE_BYTES: usize = 512 * 1024;
const TOKEN_PLACEHOLDER: &str = "\u{1}csrf\u{1}";
const NONCE_PLACEHOLDER: &str = "\u{1}nonce\u{1}";

#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, (Instant, Bytes)>>,
}

/// Public pages that look the same for every anonymous visitor of one
/// language. The report form is not among them: each render carries a
/// fresh submission key.
fn cacheable_path(path: &str) -> bool {
    let mut parts = path.trim_matches('/').split('/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(""), None, None) => true,
        // Links that act (confirm, participate) answer with redirects, which are never kept.
        (Some("concerns" | "districts" | "forums" | "offices"), _, None) => true,
        (Some("statistics"), None | Some("participation"), None) => true,
        _ => false,
    }
}

impl PageCache {
    fn get(&self, key: &str) -> Option<Bytes> {
        let pages = self.pages.read().ok()?;
        let (at, body) = pages.get(key)?;
        (at.elapsed() < TTL).then(|| body.clone())
    }

    fn put(&self, key: String, body: Bytes) {
        if let Ok(mut pages) = self.pages.write() {
            if pages.len() >= MAX_ENTRIES {
                pages.retain(|_, (at, _)| at.elapsed() < TTL);
                if pages.len() >= MAX_ENTRIES {
                    pages.clear();
                }
            }
            pages.insert(key, (Instant::now(), body));
        }
    }

    fn clear(&self) {
        if let Ok(mut pages) = self.pages.write() {
            pages.clear();
        }
    }
}

fn html(body: Bytes) -> Response {
    let mut response = Body::from(body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    response
}

fn with_token(body: &Bytes, token: &str, nonce: &str) -> Bytes {
    let text = String::from_utf8_lossy(body);
    Bytes::from(text.replace(TOKEN_PLACEHOLDER, token).replace(NONCE_PLACEHOLDER, nonce))
}

/// Serves and fills the cache; runs inside the request-context layer, so
/// the visitor (language, plain layer, signed in or not) is known.
pub async fn layer(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let response = next.run(request).await;
        cache.clear();
        return response;
    }
    let viewer = request.extensions().get::<Viewer>().cloned().unwrap_or_default();
    let nonce = request.extensions().get::<CspNonce>().map(|n| n.as_str().to_string()).unwrap_or_default();
    let path = request.uri().path();
    if viewer.user.is_some() || viewer.csrf.is_empty() || nonce.is_empty() || !cacheable_path(path) || request.method() != Method::GET {
        return next.run(request).await;
    }
    let key = format!("{}|{}|{}", viewer.lang, u8::from(viewer.plain), request.uri());
    if let Some(body) = cache.get(&key) {
        metrics::counter!("quartier_page_cache_hits_total").increment(1);
        return html(with_token(&body, &viewer.csrf, &nonce));
    }
    metrics::counter!("quartier_page_cache_misses_total").increment(1);
    let response = next.run(request).await;
    let is_html = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK || !is_html || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR).into_response();
    };
    let stored = Bytes::from(String::from_utf8_lossy(&bytes).replace(&viewer.csrf, TOKEN_PLACEHOLDER).replace(&nonce, NONCE_PLACEHOLDER));
    cache.put(key, stored);
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_pages_are_cached() {
        for path in ["/", "/concerns", "/concerns/Q-2026-000001", "/districts/3", "/forums", "/offices", "/offices/4", "/statistics", "/statistics/participation"] {
            assert!(cacheable_path(path), "{path}");
        }
        for path in ["/report", "/concerns/Q-2026-000001/support", "/office", "/admin", "/account", "/login", "/statistics/months.csv", "/office/concerns/3"] {
            assert!(!cacheable_path(path), "{path}");
        }
    }

    #[test]
    fn tokens_are_swapped_per_visitor() {
        let stored = Bytes::from(format!("<script nonce=\"{NONCE_PLACEHOLDER}\"></script><input name=\"_csrf\" value=\"{TOKEN_PLACEHOLDER}\">"));
        assert_eq!(with_token(&stored, "abc", "n1"), Bytes::from("<script nonce=\"n1\"></script><input name=\"_csrf\" value=\"abc\">"));
    }

    #[test]
    fn entries_expire() {
        let cache = PageCache::default();
        cache.put("k".into(), Bytes::from("x"));
        assert!(cache.get("k").is_some());
        cache.pages.write().unwrap().get_mut("k").unwrap().0 -= TTL;
        assert!(cache.get("k").is_none());
        cache.put("k".into(), Bytes::from("x"));
        cache.clear();
        assert!(cache.get("k").is_none());
    }
}
