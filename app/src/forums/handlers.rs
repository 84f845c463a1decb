//! A resident joins or leaves a forum, and anyone writes to its moderators.
use crate::web::parts::{Db, MailWakeup, RateLimit};
use domain::forums::service;
use domain::vocabulary::ids::{AccountId, ForumId};
use crate::error::AppError;
use crate::web::{see_other, Submitted};
use axum::extract::{Path, State};
use axum::response::Response;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .post("/forums/{id}/join", join)
        .post("/forums/{id}/leave", leave)
        .post("/forums/{id}/contact", contact)
}

async fn join(State(db): State<Db>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        service::join(&db, AccountId(user.id), ForumId(id)).await?;
        Ok(see_other(&format!("/forums/{id}?notice=forum-joined")))
    })
    .await
}

async fn leave(State(db): State<Db>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        service::leave(&db, AccountId(user.id), ForumId(id)).await?;
        Ok(see_other(&format!("/forums/{id}?notice=forum-left")))
    })
    .await
}

async fn contact(State(db): State<Db>, State(mail_wakeup): State<MailWakeup>, State(rate_limit): State<RateLimit>, Path(id): Path<i32>, form: Submitted) -> Response {
    form.respond(|f| async move {
        // Mail to people: the same limit as logins keeps it from being a spam relay.
        rate_limit.check(&db, f.client_ip()).await?;
        service::contact(&db, id, f.get("email"), f.get("message")).await?;
        mail_wakeup.notify_one();
        Ok(see_other(&format!("/forums/{id}?notice=forum-contact-sent")))
    })
    .await
}
