use crate::error::AppError;
use domain::input::{clean_bytes, clean_text};
use super::Pages;
use crate::state::AppState;
use crate::viewer::Viewer;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::future::Future;

/// Upper limit for an ordinary form; uploads have their own limit.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// A submitted HTML form (urlencoded or, with files, multipart) together
/// with the request it came in. Repeated names (checkbox groups) keep every
/// value. Names and values are cleaned of control characters here, the one
/// door every form comes through ([`domain::input`]).
pub struct Submitted {
    pub parts: Parts,
    pub fields: Vec<(String, String)>,
    /// Uploaded files: (field name, file name, content).
    pub files: Vec<(String, String, Bytes)>,
    pub raw: Bytes,
    /// To show the form again with the input and the errors.
    pages: Pages,
}

impl FromRequest<AppState> for Submitted {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let raw = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let content_type = parts.headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let mut fields = Vec::new();
        let mut files = Vec::new();
        if content_type.starts_with("application/x-www-form-urlencoded") && raw.len() <= MAX_FORM_BYTES {
            fields = form_urlencoded::parse(&raw).map(|(k, v)| (clean_text(&k).into_owned(), clean_text(&v).into_owned())).collect();
        } else if content_type.starts_with("multipart/form-data") {
            // The route's body limit bounds the whole request; here a broken
            // body just ends the parts read so far.
            let request = Request::from_parts(parts.clone(), axum::body::Body::from(raw.clone()));
            if let Ok(mut multipart) = axum::extract::Multipart::from_request(request, state).await {
                while let Ok(Some(field)) = multipart.next_field().await {
                    let name = clean_text(field.name().unwrap_or_default()).into_owned();
                    let file_name = field.file_name().map(|f| clean_text(f).into_owned());
                    let Ok(data) = field.bytes().await else { break };
                    match file_name {
                        Some(file_name) => files.push((name, file_name, data)),
                        None if data.len() <= MAX_FORM_BYTES => fields.push((name, clean_bytes(&data))),
                        None => {}
                    }
                }
            }
        }
        Ok(Submitted { parts, fields, files, raw, pages: Pages(state.clone()) })
    }
}

impl Submitted {
    pub fn get(&self, name: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
    }

    /// Files sent under `name`: (file name, content).
    pub fn files(&self, name: &str) -> Vec<(String, Bytes)> {
        self.files.iter().filter(|(k, _, _)| k == name).map(|(_, f, b)| (f.clone(), b.clone())).collect()
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.fields.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
    }

    pub fn viewer(&self) -> Viewer {
        self.parts.extensions.get::<Viewer>().cloned().unwrap_or_default()
    }

    pub fn client_ip(&self) -> std::net::IpAddr {
        if let Some(super::context::ClientIp(ip)) = self.parts.extensions.get::<super::context::ClientIp>() {
            return *ip;
        }
        self.parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip())
            .unwrap_or(std::net::IpAddr::from([127, 0, 0, 1]))
    }

    /// What the person typed, to put back into the form. Secrets and the
    /// CSRF token are left out; repeated names are joined with commas.
    pub fn values(&self) -> HashMap<String, String> {
        let mut out: HashMap<String, String> = HashMap::new();
        for (k, v) in &self.fields {
            if k.starts_with("password") || k == "_csrf" {
                continue;
            }
            out.entry(k.clone()).and_modify(|e| {
                e.push(',');
                e.push_str(v)
            }).or_insert_with(|| v.clone());
        }
        out
    }

    fn csrf_ok(&self) -> bool {
        csrf_matches(&self.parts, self.get("_csrf"))
    }

    /// Shows the page this form was sent from again with `form` (the
    /// input and messages), instead of acting on it.
    pub async fn render(&self, form: crate::forms::FormState, status: axum::http::StatusCode) -> Response {
        self.pages.render(self.parts.clone(), form, status).await
    }

    /// Checks the CSRF token, runs the action and answers: its response on
    /// success, otherwise the same form again with the input and the errors.
    pub async fn respond<F, Fut>(self, action: F) -> Response
    where
        F: FnOnce(Submitted) -> Fut,
        Fut: Future<Output = Result<Response, AppError>>,
    {
        let parts = self.parts.clone();
        let pages = self.pages.clone();
        if !self.csrf_ok() {
            return pages.csrf_refused(parts).await;
        }
        let values = self.values();
        match action(self).await {
            Ok(response) => response,
            Err(error) => pages.error(parts, values, error).await,
        }
    }
}

/// Whether a submitted token is the one this browser and session get.
pub fn csrf_matches(parts: &Parts, sent: &str) -> bool {
    let expected = parts.extensions.get::<Viewer>().map(|v| v.csrf.as_str()).unwrap_or_default();
    !sent.is_empty() && !expected.is_empty() && domain::secret::same(expected, sent)
}
