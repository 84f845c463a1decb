//! Form endpoints: assigning from triage, flagging, and hiding or restoring.
use crate::web::parts::{Db, MailWakeup, SharedSettings};
use crate::access::require_moderator;
use crate::error::AppError;
use crate::web::{see_other, Submitted};
use axum::extract::{Path, State};
use axum::response::Response;

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .post("/moderation", assign)
        .post("/concerns/{reference}/flag", flag)
        .post("/concerns/{reference}/moderate", decide)
}

async fn assign(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let viewer = f.viewer();
        let forums = require_moderator(&viewer)?;
        let concern = f.get("concern").parse::<i32>().map_err(|_| AppError::NotFound)?;
        let office = f.get("office").parse::<i32>().map_err(|_| AppError::invalid("office", "error-unknown-office"))?;
        let moderator = viewer.user.map(|u| u.id).unwrap_or_default();
        domain::concerns::service::assign_from_triage(&db, &settings, domain::vocabulary::ids::AccountId(moderator), &forums, domain::vocabulary::ids::ConcernId(concern), domain::vocabulary::ids::OfficeId(office)).await?;
        mail_wakeup.notify_one();
        Ok(see_other("/moderation?notice=saved"))
    })
    .await
}

/// Who flags: one flag per account, or per visitor address (only a digest
/// of it is kept).
fn flagger(f: &Submitted) -> String {
    match f.viewer().user {
        Some(u) => format!("account:{}", u.id),
        None => format!("visitor:{}", &domain::tokens::digest(&f.client_ip().to_string())[..32]),
    }
}

fn comment_id(f: &Submitted) -> Result<Option<i32>, AppError> {
    match f.get("comment_id") {
        "" => Ok(None),
        id => id.parse().map(Some).map_err(|_| AppError::NotFound),
    }
}

async fn flag(State(db): State<Db>, State(settings): State<SharedSettings>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let comment = comment_id(&f)?;
        let why = f.get(domain::moderation::flags::flag_field(comment.is_some()));
        domain::moderation::flags::flag(&db, settings.flag_threshold, &reference, comment, &flagger(&f), why).await?;
        Ok(see_other(&format!("/concerns/{reference}?notice=flagged")))
    })
    .await
}

async fn decide(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, Path(reference): Path<String>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let viewer = f.viewer();
        let forums = require_moderator(&viewer)?;
        let hide = match f.get("decision") {
            "hide" => true,
            "restore" => false,
            _ => return Err(AppError::invalid("decision", "error-invalid")),
        };
        let moderator = viewer.user.map(|u| u.id).unwrap_or_default();
        let comment = comment_id(&f)?;
        let why = f.get(domain::moderation::flags::decision_field(comment.is_some()));
        domain::moderation::flags::decide(&db, &settings, moderator, &forums, &reference, comment, hide, why, &viewer.lang).await?;
        mail_wakeup.notify_one();
        Ok(see_other(&format!("/concerns/{reference}?notice=saved")))
    })
    .await
}
