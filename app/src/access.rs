//! Who may open which page and send which form, checked on the server for
//! the person behind the request. The one place features ask; it knows no
//! feature. (What someone may do with one concern or survey is decided by
//! the domain's services, from the same roles.)
use crate::error::{AppError, PageError};
use crate::viewer::Viewer;
use leptos::prelude::*;

/// Admin pages and actions are for admins only; everyone else is refused.
pub fn require_admin(viewer: &Viewer) -> Result<(), AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if u.is_admin => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Checks admin rights for a server function called while rendering.
pub fn admin_only() -> Result<(), PageError> {
    Ok(require_admin(&Viewer::current())?)
}

#[server(endpoint = "admin/check", input = server_fn::codec::GetUrl)]
pub async fn admin_check() -> Result<(), PageError> {
    admin_only()
}

/// Moderators of at least one forum, with the forums they moderate;
/// everyone else is refused.
pub fn require_moderator(viewer: &Viewer) -> Result<Vec<i32>, AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if !u.moderates.is_empty() => Ok(u.moderates.clone()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// Staff of at least one office, with their offices; everyone else is
/// refused.
pub fn require_staff(viewer: &Viewer) -> Result<Vec<i32>, AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if !u.staff_of.is_empty() => Ok(u.staff_of.clone()),
        Some(_) => Err(AppError::Forbidden),
    }
}

/// A forum's own pages (its monitor, its surveys' analysis) are for the
/// people who run it; everyone else is refused.
pub fn require_forum_runner(viewer: &Viewer, forum_id: i32) -> Result<(), AppError> {
    match &viewer.user {
        None => Err(AppError::Unauthenticated),
        Some(u) if u.may_run_forum(forum_id) => Ok(()),
        Some(_) => Err(AppError::Forbidden),
    }
}
