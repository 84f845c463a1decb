//! The domain's error type (one per layer: the web layer projects it into
//! `PageError`). Each variant maps to a status code for machines
//! and a Fluent message for people.
use serde::{Deserialize, Serialize};

/// A problem with one form field, named by a Fluent message id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's name; empty for a problem with the form as a whole.
    pub field: String,
    pub message: String,
    #[serde(default)]
    pub args: Vec<(String, String)>,
}

impl FieldError {
    pub fn new(field: &str, message: &str) -> Self {
        Self { field: field.into(), message: message.into(), args: Vec::new() }
    }

    pub fn with_arg(mut self, name: &str, value: impl ToString) -> Self {
        self.args.push((name.into(), value.to_string()));
        self
    }
}

/// The application's error. Each variant carries its HTTP status
/// ([`AppError::status`]) and the Fluent id of what people read
/// ([`AppError::message`]); form handlers, server functions (through
/// `PageError`) and downloads all take both from here.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("invalid: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("not found")]
    NotFound,
    #[error("not signed in")]
    Unauthenticated,
    #[error("forbidden")]
    Forbidden,
    /// Refused with a message of its own: a mailed link that is unknown,
    /// expired or used up, results not yet public.
    #[error("refused: {0}")]
    Refused(&'static str),
    #[error("rate limited")]
    RateLimited,
    #[error("form token missing or wrong")]
    Csrf,
    #[cfg(feature = "server")]
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("internal: {0}")]
    Internal(String),
}

impl AppError {
    pub fn invalid(field: &str, message: &str) -> Self {
        AppError::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::Invalid(_) => 422,
            AppError::NotFound => 404,
            AppError::Unauthenticated => 401,
            AppError::Forbidden | AppError::Refused(_) | AppError::Csrf => 403,
            AppError::RateLimited => 429,
            #[cfg(feature = "server")]
            AppError::Db(_) => 500,
            AppError::Internal(_) => 500,
        }
    }

    /// The Fluent id of the message people see. A problem with the request
    /// as a whole (one error without a field) keeps its own message.
    pub fn message(&self) -> &str {
        match self {
            AppError::Invalid(errors) => match errors.as_slice() {
                [only] if only.field.is_empty() => &only.message,
                _ => "error-invalid",
            },
            AppError::NotFound => "error-not-found",
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::Refused(key) => key,
            AppError::RateLimited => "error-rate-limited",
            AppError::Csrf => "error-csrf",
            #[cfg(feature = "server")]
            AppError::Db(_) => "error-internal",
            AppError::Internal(_) => "error-internal",
        }
    }

    /// The same problem met while a form is sent: shown with the form
    /// (422) rather than refusing the page.
    pub fn in_form(self) -> Self {
        match self {
            AppError::Refused(key) => AppError::invalid("", key),
            other => other,
        }
    }

    /// Logs what people are not shown (server errors), once, where the
    /// error leaves the application.
    pub fn log(&self) {
        #[cfg(feature = "server")]
        if self.status() >= 500 {
            tracing::error!(error = %self, "request failed");
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

