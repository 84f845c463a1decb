//! The form and API endpoints of every feature, collected in one list beside
//! the axum router, so the security tests go through each of them and a new
//! endpoint cannot be forgotten (see `tests/tests/all/security.rs`).
use crate::state::AppState;
use axum::handler::Handler;
use axum::http::Method;
use axum::routing::{get, post, MethodRouter};
use axum::Router;

/// One method on one path, as written in the router (`{id}` for parameters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub method: Method,
    pub path: &'static str,
}

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    endpoints: Vec<Endpoint>,
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn post<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, &[Method::POST], post(handler))
    }

    pub fn get<H, T>(self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(path, &[Method::GET], get(handler))
    }

    /// A route built by hand (several methods, a layer of its own); `methods`
    /// names what it answers.
    pub fn add(mut self, path: &'static str, methods: &[Method], route: MethodRouter<AppState>) -> Self {
        self.endpoints.extend(methods.iter().map(|m| Endpoint { method: m.clone(), path }));
        self.router = self.router.route(path, route);
        self
    }

    pub fn merge(mut self, other: Routes) -> Self {
        self.endpoints.extend(other.endpoints);
        self.router = self.router.merge(other.router);
        self
    }

    /// Wraps the routes so far (e.g. with a `route_layer`).
    pub fn map_router(mut self, wrap: impl FnOnce(Router<AppState>) -> Router<AppState>) -> Self {
        self.router = wrap(self.router);
        self
    }

    pub fn endpoints(&self) -> &[Endpoint] {
        &self.endpoints
    }

    pub fn into_router(self) -> Router<AppState> {
        self.router
    }
}
