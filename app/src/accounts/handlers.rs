//! Form endpoints for accounts. Each handler is thin: check the rate limit
//! where it applies, call the service, redirect.
use crate::web::parts::{Db, MailWakeup, RateLimit, RecentAccounts, SharedSettings};
use domain::accounts::service::{self, Registration};
use crate::error::AppError;
use crate::i18n::is_shipped;
use crate::web::{preference_cookie, see_other, set_cookie, with_notice, local_path, Submitted, LANG_COOKIE, PLAIN_COOKIE};
use axum::extract::{Query, State};
use axum::response::Response;
use std::collections::HashMap;
use domain::accounts::sessions::{SessionAuth, SESSION_KEY};
use tower_sessions::{Expiry, Session};

pub fn routes() -> crate::web::Routes {
    crate::web::Routes::new()
        .post("/register", register)
        .get("/verify", verify)
        .post("/login", login)
        .post("/logout", logout)
        .post("/forgot", forgot)
        .post("/reset", reset)
        .post("/account", save_account)
        .post("/account/password", change_password)
        .post("/account/email", change_email)
        .get("/account/email/confirm", confirm_email)
        .post("/language", choose_language)
        .post("/plain-language", choose_plain)
}

async fn limit(db: &Db, rate_limit: &RateLimit, form: &Submitted) -> Result<(), AppError> {
    rate_limit.check(db, form.client_ip()).await
}

async fn register(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        let registration = Registration {
            email: f.get("email").into(),
            display_name: f.get("display_name").into(),
            password: f.get("password").into(),
            language: f.get("language").into(),
        };
        service::register(&db, &settings, registration).await?;
        mail_wakeup.notify_one();
        Ok(see_other("/login?notice=registered"))
    })
    .await
}

async fn verify(State(db): State<Db>, Query(q): Query<HashMap<String, String>>) -> Response {
    let token = q.get("token").map(String::as_str).unwrap_or_default();
    match service::verify_email(&db, token).await {
        Ok(Ok(_)) => see_other("/login?notice=verified"),
        Ok(Err(_)) => see_other("/login?notice=verify-failed"),
        Err(e) => {
            tracing::error!(error = %e, "verification failed");
            see_other("/login?notice=verify-failed")
        }
    }
}

async fn login(State(db): State<Db>, State(settings): State<SharedSettings>, State(rate_limit): State<RateLimit>, session: Session, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        let account = service::authenticate(&db, f.get("email"), f.get("password")).await?;
        // A new session id at login defeats session fixation.
        session.cycle_id().await.map_err(|e| AppError::Internal(e.to_string()))?;
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let auth = SessionAuth { account: account.id, epoch: account.session_epoch, since: now, renewed: now };
        if account.is_admin {
            let idle = settings.session_lifetimes.admin_seconds;
            session.set_expiry(Some(Expiry::OnInactivity(tower_sessions::cookie::time::Duration::seconds(idle))));
        }
        session.insert(SESSION_KEY, auth).await.map_err(|e| AppError::Internal(e.to_string()))?;
        let mut response = see_other("/?notice=logged-in");
        set_cookie(&mut response, preference_cookie(LANG_COOKIE, &account.language, settings.secure_cookies()));
        Ok(response)
    })
    .await
}

async fn logout(session: Session, form: Submitted) -> Response {
    form.respond(|_| async move {
        session.flush().await.map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(see_other("/?notice=logged-out"))
    })
    .await
}

async fn forgot(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        service::request_reset(&db, &settings, f.get("email")).await?;
        mail_wakeup.notify_one();
        Ok(see_other("/login?notice=reset-sent"))
    })
    .await
}

async fn reset(State(db): State<Db>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        service::reset_password(&db, f.get("token"), f.get("password")).await?;
        Ok(see_other("/login?notice=password-changed"))
    })
    .await
}

async fn save_account(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        let plain = !f.get("plain").is_empty();
        let show_name = !f.get("show_name").is_empty();
        service::update_preferences(&db, user.id, f.get("display_name"), f.get("language"), plain, show_name).await?;
        let mut response = see_other("/account?notice=preferences-saved");
        set_cookie(&mut response, preference_cookie(LANG_COOKIE, f.get("language"), settings.secure_cookies()));
        Ok(response)
    })
    .await
}

async fn change_email(State(db): State<Db>, State(settings): State<SharedSettings>, State(mail_wakeup): State<MailWakeup>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        service::request_email_change(&db, &settings, user.id, f.get("new_email"), f.get("email_password")).await?;
        mail_wakeup.notify_one();
        Ok(see_other("/account?notice=email-link-sent"))
    })
    .await
}

async fn confirm_email(State(db): State<Db>, State(mail_wakeup): State<MailWakeup>, State(accounts): State<RecentAccounts>, Query(q): Query<HashMap<String, String>>) -> Response {
    let token = q.get("token").map(String::as_str).unwrap_or_default();
    match service::confirm_email_change(&db, token).await {
        Ok(Ok(())) => {
            // A link, so a GET: the request context forgets only after changes sent by form.
            accounts.forget_all();
            mail_wakeup.notify_one();
            see_other("/login?notice=email-changed")
        }
        Ok(Err(_)) => see_other("/login?notice=email-change-failed"),
        Err(e) => {
            tracing::error!(error = %e, "email change failed");
            see_other("/login?notice=email-change-failed")
        }
    }
}

async fn change_password(State(db): State<Db>, State(rate_limit): State<RateLimit>, session: Session, form: Submitted) -> Response {
    form.respond(|f| async move {
        limit(&db, &rate_limit, &f).await?;
        let user = f.viewer().user.ok_or(AppError::Unauthenticated)?;
        let epoch = service::change_password(&db, user.id, f.get("password_current"), f.get("password")).await?;
        // This session stays signed in, under a new id and the new epoch;
        // all others of this person end at their next request.
        let mut auth: SessionAuth = session.get(SESSION_KEY).await.ok().flatten().ok_or(AppError::Unauthenticated)?;
        auth.epoch = epoch;
        session.cycle_id().await.map_err(|e| AppError::Internal(e.to_string()))?;
        session.insert(SESSION_KEY, auth).await.map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(see_other("/account?notice=password-updated"))
    })
    .await
}

/// The language switch: a cookie for everyone, the account too when signed in.
async fn choose_language(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let lang = f.get("lang");
        if !is_shipped(lang) {
            return Err(AppError::invalid("", "error-unknown-language"));
        }
        if let Some(user) = f.viewer().user {
            service::set_language(&db, user.id, lang).await?;
        }
        let mut response = see_other(&local_path(f.get("return_to")));
        set_cookie(&mut response, preference_cookie(LANG_COOKIE, lang, settings.secure_cookies()));
        Ok(response)
    })
    .await
}

async fn choose_plain(State(db): State<Db>, State(settings): State<SharedSettings>, form: Submitted) -> Response {
    form.respond(|f| async move {
        let plain = match f.get("plain") {
            "on" => true,
            "off" => false,
            _ => return Err(AppError::invalid("", "error-invalid")),
        };
        if let Some(user) = f.viewer().user {
            service::set_plain(&db, user.id, plain).await?;
        }
        let mut response = see_other(&with_notice(&local_path(f.get("return_to")), "preferences-saved"));
        set_cookie(&mut response, preference_cookie(PLAIN_COOKIE, if plain { "1" } else { "0" }, settings.secure_cookies()));
        Ok(response)
    })
    .await
}
