//! Downloading one's data and deleting one's account.
use super::{erase, export};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{download, download_failure, see_other, Submitted};
use axum::extract::State;
use axum::response::Response;
use tower_sessions::Session;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .get("/account/data.zip", my_data)
        .post("/account/delete", delete)
        .get("/admin/people/{id}/data.zip", their_data)
        .post("/admin/people/{id}/delete", delete_theirs)
}

/// The ZIP of one account, its README in the reader's language.
async fn zip_of(state: &AppState, viewer: &crate::viewer::Viewer, account_id: i32) -> Result<Vec<u8>, AppError> {
    let files = export::account_files(&state.db, account_id).await?;
    let photos = export::account_photos(&state.db, &state.settings.upload_dir, account_id).await?;
    let readme = crate::i18n::translate(&viewer.lang, viewer.plain, "privacy-readme");
    tokio::task::spawn_blocking(move || export::zip(&files, &photos, &readme)).await.map_err(|e| AppError::Internal(e.to_string()))?
}

async fn my_data(State(state): State<AppState>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let result = async {
        let user = viewer.user.as_ref().ok_or(AppError::Unauthenticated)?;
        zip_of(&state, &viewer, user.id).await
    }
    .await;
    match result {
        Ok(bytes) => download("quartier-data.zip", "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
}

/// An admin answers a request by letter (GDPR Art. 12): the export is logged.
async fn their_data(State(state): State<AppState>, axum::extract::Path(id): axum::extract::Path<i32>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let result = async {
        crate::admin::require_admin(&viewer)?;
        let bytes = zip_of(&state, &viewer, id).await?;
        crate::audit::record(&state.db, viewer.user.as_ref().map(|u| u.id), "admin", "account-exported", &erase::pseudonym(id), None).await?;
        Ok::<_, AppError>(bytes)
    }
    .await;
    match result {
        Ok(bytes) => download(&format!("quartier-data-{id}.zip"), "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
}

async fn delete_theirs(State(state): State<AppState>, axum::extract::Path(id): axum::extract::Path<i32>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        let viewer = f.viewer();
        crate::admin::require_admin(&viewer)?;
        if f.get("confirm") != "on" {
            return Err(AppError::invalid("", "privacy-error-confirm"));
        }
        let admin_id = viewer.user.map(|u| u.id).unwrap_or_default();
        erase::delete_account(&state.db, id, erase::Requester::Admin { admin_id }).await?;
        Ok(see_other("/admin/roles?notice=account-deleted-by-admin"))
    })
    .await
}

async fn delete(State(state): State<AppState>, session: Session, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        state.auth_limiter.check_key(&f.client_ip()).map_err(|_| AppError::RateLimited)?;
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        erase::delete_account(&state.db, user.id, erase::Requester::Themselves { password: f.get("delete_password") }).await?;
        session.flush().await.map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(see_other("/?notice=account-deleted"))
    })
    .await
}
