//! Form endpoints for reporting and confirming concerns.
use super::service::{self, ReportForm};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{see_other, Submitted};
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/report", post(report))
        .route("/concerns/confirm", get(confirm))
        .route("/concerns/{reference}/support", post(support))
        .route("/concerns/{reference}/follow", post(follow))
        .route("/concerns/{reference}/comment", post(comment))
}

fn signed_in(f: &Submitted) -> Result<i32, AppError> {
    f.viewer().user.map(|u| u.id).ok_or(AppError::Unauthenticated)
}

async fn support(State(state): State<AppState>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        super::participation::support(&state.db, signed_in(&f)?, &reference).await?;
        Ok(see_other(&format!("/concerns/{reference}?notice=saved")))
    })
    .await
}

async fn follow(State(state): State<AppState>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        let on = f.get("follow") == "on";
        super::participation::set_following(&state.db, signed_in(&f)?, &reference, on).await?;
        Ok(see_other(&format!("/concerns/{reference}?notice=saved")))
    })
    .await
}

async fn comment(State(state): State<AppState>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        super::participation::comment(&state.db, signed_in(&f)?, &reference, f.get("comment")).await?;
        Ok(see_other(&format!("/concerns/{reference}?notice=saved#participation-heading")))
    })
    .await
}

async fn report(State(state): State<AppState>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        let viewer = f.viewer();
        let input = ReportForm {
            title: f.get("title").into(),
            description: f.get("description").into(),
            category: f.get("category").into(),
            district: f.get("district").into(),
            address: f.get("address").into(),
            latitude: f.get("latitude").into(),
            longitude: f.get("longitude").into(),
            email: f.get("email").into(),
            name: f.get("name").into(),
            submission_key: f.get("submission_key").into(),
        };
        let report = service::validate(&input, viewer.user.is_some()).map_err(AppError::Invalid)?;
        let sent = service::report(&state.db, &state.settings, &viewer, report).await?;
        state.mail_wakeup.notify_one();
        Ok(see_other(&format!("/report/sent?reference={}&published={}", sent.reference, u8::from(sent.published))))
    })
    .await
}

async fn confirm(State(state): State<AppState>, Query(q): Query<HashMap<String, String>>) -> Response {
    let token = q.get("token").map(String::as_str).unwrap_or_default();
    match service::confirm(&state.db, &state.settings, token).await {
        Ok(reference) => {
            state.mail_wakeup.notify_one();
            see_other(&format!("/concerns/{reference}?notice=concern-confirmed"))
        }
        Err(e) => {
            if e.status() >= 500 {
                tracing::error!(error = %e, "confirming a concern failed");
            }
            see_other("/report?notice=confirm-failed")
        }
    }
}
