//! The domain's error type. Each variant maps to a status code for machines
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

/// Deliberately not `std::error::Error`: conversion into a server-function
/// error goes through [`From`] below, which logs and keeps only the message id.
#[derive(Debug)]
pub enum AppError {
    Invalid(Vec<FieldError>),
    NotFound,
    Unauthenticated,
    Forbidden,
    RateLimited,
    Csrf,
    #[cfg(feature = "ssr")]
    Db(sea_orm::DbErr),
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
            AppError::Forbidden => 403,
            AppError::RateLimited => 429,
            AppError::Csrf => 403,
            #[cfg(feature = "ssr")]
            AppError::Db(_) => 500,
            AppError::Internal(_) => 500,
        }
    }

    /// The Fluent id of the message people see.
    pub fn message(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "error-invalid",
            AppError::NotFound => "error-not-found",
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Forbidden => "error-forbidden",
            AppError::RateLimited => "error-rate-limited",
            AppError::Csrf => "error-csrf",
            #[cfg(feature = "ssr")]
            AppError::Db(_) => "error-internal",
            AppError::Internal(_) => "error-internal",
        }
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            #[cfg(feature = "ssr")]
            AppError::Db(e) => write!(f, "database: {e}"),
            AppError::Internal(e) => write!(f, "internal: {e}"),
            AppError::Invalid(errors) => write!(f, "invalid: {errors:?}"),
            other => f.write_str(other.message()),
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        AppError::Db(e)
    }
}

pub type AppResult<T> = Result<T, AppError>;

impl From<AppError> for leptos::prelude::ServerFnError {
    fn from(e: AppError) -> Self {
        #[cfg(feature = "ssr")]
        if e.status() >= 500 {
            tracing::error!(error = %e, "request failed");
        }
        // A problem with the request as a whole keeps its own message id.
        let key = match &e {
            AppError::Invalid(errors) if errors.len() == 1 && errors[0].field.is_empty() => errors[0].message.clone(),
            other => other.message().to_string(),
        };
        leptos::prelude::ServerFnError::ServerError(key)
    }
}
