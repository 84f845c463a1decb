//! The web layer's error: what a page shows when loading it failed. Form
//! handlers and downloads take status and message from the domain's
//! [`AppError`] directly.
use serde::{Deserialize, Serialize};

pub use domain::error::{AppError, AppResult, FieldError};

/// What a page shows when loading it failed: the status and the message
/// id, taken from the [`AppError`]. Server functions return it, so it
/// crosses to the browser as JSON; internals stay in the server's log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{status} {key}")]
pub struct PageError {
    pub status: u16,
    pub key: String,
}

impl PageError {
    pub fn not_found() -> Self {
        AppError::NotFound.into()
    }
}

impl From<AppError> for PageError {
    fn from(e: AppError) -> Self {
        e.log();
        PageError { status: e.status(), key: e.message().to_string() }
    }
}

impl From<leptos::prelude::ServerFnError> for PageError {
    fn from(e: leptos::prelude::ServerFnError) -> Self {
        AppError::Internal(e.to_string()).into()
    }
}

impl leptos::server_fn::error::FromServerFnError for PageError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    /// Failures of the call itself (network, encoding): nothing a person
    /// can fix, so the general message.
    fn from_server_fn_error(e: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        AppError::Internal(e.to_string()).into()
    }
}
