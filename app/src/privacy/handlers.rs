//! Downloading one's data and deleting it: for accounts, for people who took
//! part with an address only (by a mailed link), and for admins answering a
//! request by letter.
use crate::web::parts::{Db, RateLimit, SharedSettings};
use domain::privacy::{erase, export, requests};
use crate::error::AppError;
use crate::viewer::Viewer;
use crate::web::{download, download_failure, see_other, Submitted};
use axum::extract::{Query, State};
use axum::response::Response;
use tower_sessions::Session;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .get("/account/data.zip", my_data)
        .post("/account/data/prepare", prepare_mine)
        .post("/account/delete", delete)
        .post("/privacy/request", ask)
        .get("/privacy/request/data.zip", email_data)
        .post("/privacy/request/confirm", delete_email_data)
        .get("/admin/people/{id}/data.zip", their_data)
        .post("/admin/people/{id}/delete", delete_theirs)
}

#[derive(serde::Deserialize, Default)]
struct Link {
    #[serde(default)]
    token: String,
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(e.to_string())
}

/// The ZIP of one account, its README in the reader's language.
async fn zip_of(db: &Db, settings: &SharedSettings, viewer: &Viewer, account_id: i32) -> Result<Vec<u8>, AppError> {
    let files = export::account_files(db, account_id).await?;
    let photos = export::account_photos(db, &settings.upload_dir, account_id).await?;
    let readme = crate::i18n::translate(&viewer.lang, viewer.plain, "privacy-readme");
    tokio::task::spawn_blocking(move || export::zip(&files, &photos, &readme)).await.map_err(failed)?
}

/// My data at once, or (with the token from the mail) the export prepared
/// for me; nobody else's link works for me.
async fn my_data(State(db): State<Db>, State(settings): State<SharedSettings>, Query(link): Query<Link>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<Viewer>().cloned().unwrap_or_default();
    let token = link.token;
    let result = async {
        if !token.is_empty() {
            return requests::prepared_export(&db, &settings, &token, viewer.user.as_ref().map(|u| u.id)).await;
        }
        let user = viewer.user.as_ref().ok_or(AppError::Unauthenticated)?;
        zip_of(&db, &settings, &viewer, user.id).await
    }
    .await;
    match result {
        Ok(bytes) => download("quartier-data.zip", "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
}

/// A large export is written in the background and its link mailed.
async fn prepare_mine(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let viewer = f.viewer();
        let user = viewer.user.clone().ok_or(AppError::Unauthenticated)?;
        let (request_id, token) = requests::start_export(&db, user.id, &viewer.lang, viewer.plain).await?;
        tokio::spawn(async move {
            let written = async {
                let bytes = zip_of(&db, &settings, &viewer, user.id).await?;
                requests::prepare(&db, &settings, request_id, &token, bytes).await
            }
            .await;
            if let Err(e) = written {
                tracing::error!(error = %e, "preparing a data export failed");
            }
        });
        Ok(see_other("/account/data?notice=export-mailed"))
    })
    .await
}

/// Someone without an account asks by address; the same answer for every
/// address, and a limit per visitor so nobody floods an inbox.
async fn ask(State(db): State<Db>, State(settings): State<SharedSettings>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
    form.respond(|f| async move {
        rate_limit.check(&db, f.client_ip()).await?;
        let viewer = f.viewer();
        requests::ask(&db, &settings, f.get("email"), f.get("kind"), &viewer.lang, viewer.plain).await?;
        Ok(see_other("/privacy/request?notice=privacy-request-sent"))
    })
    .await
}

fn link_problem(problem: domain::accounts::tokens::TokenProblem) -> AppError {
    AppError::invalid("", domain::accounts::service::token_problem_message(&problem))
}

/// The data of an address, from its confirmed link.
async fn email_data(State(db): State<Db>, State(settings): State<SharedSettings>, Query(link): Query<Link>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<Viewer>().cloned().unwrap_or_default();
    let token = link.token;
    let result = async {
        let (kind, _, email) = requests::open_for_email(&db, &token).await?.map_err(link_problem)?;
        if kind != requests::RequestKind::Export {
            return Err(AppError::NotFound);
        }
        let files = export::email_files(&db, &email).await?;
        let photos = export::email_photos(&db, &settings.upload_dir, &email).await?;
        let readme = crate::i18n::translate(&viewer.lang, viewer.plain, "privacy-readme-email");
        tokio::task::spawn_blocking(move || export::zip(&files, &photos, &readme)).await.map_err(failed)?
    }
    .await;
    match result {
        Ok(bytes) => download("quartier-data.zip", "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
}

async fn delete_email_data(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let (kind, request_id, email) = requests::open_for_email(&db, f.get("token")).await?.map_err(link_problem)?;
        if kind != requests::RequestKind::Delete {
            return Err(AppError::NotFound);
        }
        if f.get("confirm") != "on" {
            return Err(AppError::invalid("confirm", "privacy-error-confirm-delete"));
        }
        erase::delete_email_data(&db, &settings, request_id, &email).await?;
        Ok(see_other("/?notice=email-data-deleted"))
    })
    .await
}

/// An admin answers a request by letter (GDPR Art. 12): the export is logged.
async fn their_data(State(db): State<Db>, State(settings): State<SharedSettings>, axum::extract::Path(id): axum::extract::Path<i32>, request: axum::extract::Request) -> Response {
    let (parts, _) = request.into_parts();
    let viewer = parts.extensions.get::<Viewer>().cloned().unwrap_or_default();
    let result = async {
        crate::access::require_admin(&viewer)?;
        let bytes = zip_of(&db, &settings, &viewer, id).await?;
        domain::audit::record(&db, viewer.user.as_ref().map(|u| u.id), "admin", "account-exported", &erase::pseudonym(id), None).await?;
        Ok::<_, AppError>(bytes)
    }
    .await;
    match result {
        Ok(bytes) => download(&format!("quartier-data-{id}.zip"), "application/zip", bytes),
        Err(e) => download_failure(&parts, e),
    }
}

async fn delete_theirs(State(db): State<Db>, State(settings): State<SharedSettings>, axum::extract::Path(id): axum::extract::Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let viewer = f.viewer();
        crate::access::require_admin(&viewer)?;
        if f.get("confirm") != "on" {
            return Err(AppError::invalid("", "privacy-error-confirm"));
        }
        let admin_id = viewer.user.map(|u| u.id).unwrap_or_default();
        erase::delete_account(&db, &settings, id, erase::Requester::Admin { admin_id }).await?;
        Ok(see_other("/admin/roles?notice=account-deleted-by-admin"))
    })
    .await
}

async fn delete(State(db): State<Db>, State(settings): State<SharedSettings>, State(rate_limit): State<RateLimit>, session: Session, form: Submitted) -> Response {
    form.respond(|f| async move {
        rate_limit.check(&db, f.client_ip()).await?;
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        erase::delete_account(&db, &settings, user.id, erase::Requester::Themselves { password: f.get("delete_password") }).await?;
        session.flush().await.map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(see_other("/?notice=account-deleted"))
    })
    .await
}
