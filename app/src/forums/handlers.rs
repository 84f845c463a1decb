//! A resident joins or leaves a forum, and anyone writes to its moderators.
use domain::forums::service;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::{see_other, Submitted};
use axum::extract::{Path, State};
use axum::response::Response;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .post("/forums/{id}/join", join)
        .post("/forums/{id}/leave", leave)
        .post("/forums/{id}/contact", contact)
}

async fn join(State(state): State<AppState>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        service::join(&state.db, user.id, id).await?;
        Ok(see_other(&format!("/forums/{id}?notice=forum-joined")))
    })
    .await
}

async fn leave(State(state): State<AppState>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        service::leave(&state.db, user.id, id).await?;
        Ok(see_other(&format!("/forums/{id}?notice=forum-left")))
    })
    .await
}

async fn contact(State(state): State<AppState>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(state, |f, state| async move {
        // Mail to people: the same limit as logins keeps it from being a spam relay.
        state.rate_limit.check(&state.db, f.client_ip()).await?;
        service::contact(&state.db, id, f.get("email"), f.get("message")).await?;
        state.mail_wakeup.notify_one();
        Ok(see_other(&format!("/forums/{id}?notice=forum-contact-sent")))
    })
    .await
}
