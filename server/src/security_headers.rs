//! Headers that every response carries: a strict Content-Security-Policy
//! with a fresh nonce per response (Leptos puts it on its hydration
//! scripts), no framing, no powerful browser features, HSTS over https.
//!
//! The nonce is made here, before anything renders, and handed to the page
//! through the request's extensions ([`app::web::CspNonce`]); the page cache
//! swaps it for the current response's nonce on every hit.
use app::web::CspNonce;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

#[derive(Clone, Debug)]
pub struct SecurityHeaders {
    /// Over https, browsers are told to keep to https for a year.
    pub https: bool,
    /// The map tile server's origin, the one other place images come from.
    pub tiles: Option<String>,
}

/// The policy for one HTML response. Scripts run only from this site or
/// with this response's nonce; WebAssembly may be compiled
/// (`'wasm-unsafe-eval'`), nothing may be evaluated from strings; styles
/// only from this site (Quartier has no inline style); no plugins, no
/// `<base>`, forms post only here, nobody may frame a page.
/// Images also from the map's tile server, when one is configured.
pub fn content_security_policy(nonce: &str, tiles: Option<&str>) -> String {
    let tiles = tiles.map(|t| format!(" {t}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:{tiles}; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'; report-uri {REPORT_PATH}"
    )
}

/// Where browsers send what the policy blocked.
pub const REPORT_PATH: &str = "/csp-report";

/// A browser's violation report: logged for the operator (the first reports
/// and then every thousandth, so a flood cannot fill the log) and counted,
/// so that every test fails when a page broke the policy.
pub async fn csp_report(State(state): State<app::state::AppState>, body: axum::body::Bytes) -> axum::http::StatusCode {
    let n = state.csp_violations.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if n < 100 || n % 1000 == 0 {
        let report: String = String::from_utf8_lossy(&body).chars().take(1000).collect();
        tracing::warn!(%report, count = n + 1, "Content-Security-Policy violation reported");
    }
    axum::http::StatusCode::NO_CONTENT
}

/// Camera and microphone are never used; the report form's map may ask for
/// the device's position (only this site, and only when the person asks).
pub const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()";

pub async fn layer(State(config): State<SecurityHeaders>, mut request: Request, next: Next) -> Response {
    let nonce = CspNonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let is_html = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    let policy = if is_html {
        content_security_policy(nonce.as_str(), config.tiles.as_deref())
    } else {
        // Other documents (SVG, JSON, CSV) run no script at all.
        "default-src 'none'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'".to_string()
    };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(HeaderName::from_static("permissions-policy"), HeaderValue::from_static(PERMISSIONS_POLICY));
    headers.insert(HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if !headers.contains_key(header::REFERRER_POLICY) {
        headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    }
    if config.https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_is_strict() {
        let p = content_security_policy("abc", None);
        assert!(p.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval';"));
        for part in ["default-src 'self'", "style-src 'self';", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "object-src 'none'", "img-src 'self' data:"] {
            assert!(p.contains(part), "{part}");
        }
        assert!(!p.contains("unsafe-inline"));
        assert!(!p.contains("'unsafe-eval'"));
        assert!(p.contains("img-src 'self' data:;"), "no other image source without tiles");
        let with_tiles = content_security_policy("abc", Some("https://tile.openstreetmap.org"));
        assert!(with_tiles.contains("img-src 'self' data: https://tile.openstreetmap.org;"), "{with_tiles}");
        assert!(with_tiles.contains("connect-src 'self';"), "tiles are images, never fetched by script");
    }

    async fn headers_of(https: bool) -> axum::http::HeaderMap {
        use tower::ServiceExt;
        let app = axum::Router::new()
            .route("/", axum::routing::get(|| async { axum::response::Html("<p>x</p>") }))
            .layer(axum::middleware::from_fn_with_state(SecurityHeaders { https, tiles: None }, layer));
        let response = app.oneshot(Request::builder().uri("/").body(axum::body::Body::empty()).unwrap()).await.unwrap();
        response.headers().clone()
    }

    #[tokio::test]
    async fn hsts_only_over_https() {
        assert!(headers_of(false).await.get(header::STRICT_TRANSPORT_SECURITY).is_none());
        let h = headers_of(true).await;
        assert_eq!(h[header::STRICT_TRANSPORT_SECURITY], "max-age=31536000; includeSubDomains");
        assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
        assert!(h[header::CONTENT_SECURITY_POLICY].to_str().unwrap().contains("'nonce-"));
    }
}
