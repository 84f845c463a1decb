//! Downloading one's data and deleting one's account.
use super::{erase, export};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{download, download_failure, see_other, Submitted};
use axum::extract::State;
use axum::response::Response;
use tower_sessions::Session;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new().get("/account/data.zip", my_data).post("/account/delete", delete)
}

async fn my_data(State(state): State<AppState>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<crate::viewer::Viewer>().cloned().unwrap_or_default();
    let result = async {
        let user = viewer.user.as_ref().ok_or(AppError::Unauthenticated)?;
        let files = export::account_files(&state.db, user.id).await?;
        let photos = export::account_photos(&state.db, &state.settings.upload_dir, user.id).await?;
        let readme = crate::i18n::translate(&viewer.lang, viewer.plain, "privacy-readme");
        let bytes = tokio::task::spawn_blocking(move || export::zip(&files, &photos, &readme)).await.map_err(|e| AppError::Internal(e.to_string()))??;
        Ok::<_, AppError>(bytes)
    }
    .await;
    match result {
        Ok(bytes) => download("quartier-data.zip", "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
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
