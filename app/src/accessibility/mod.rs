//! The accessibility statement (BITV 2.0 "Erklärung zur Barrierefreiheit")
//! with its feedback form: a barrier someone reports reaches every admin by
//! mail, in the admin's language.
use crate::forms::{CsrfField, ErrorSummary, Field, TextArea};
use crate::i18n::{t, t_args};
use crate::layout::PageTitle;
use leptos::prelude::*;

/// The date this statement was last reviewed.
pub const REVIEWED: &str = "2026-11-21";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let (contact, enforcement) = contact_settings();
    view! {
        <PageTitle text=t("accessibility-title")/>
        <p class="lead">{t("accessibility-intro")}</p>
        <section aria-labelledby="a11y-status">
            <h2 id="a11y-status">{t("accessibility-status-title")}</h2>
            <p>{t("accessibility-status-text")}</p>
        </section>
        <section aria-labelledby="a11y-known">
            <h2 id="a11y-known">{t("accessibility-known-title")}</h2>
            <ul>
                <li>{t("accessibility-known-content")}</li>
                <li>{t("accessibility-known-translations")}</li>
                <li>{t("accessibility-known-maps")}</li>
            </ul>
        </section>
        <section aria-labelledby="a11y-method">
            <h2 id="a11y-method">{t("accessibility-method-title")}</h2>
            <p>{t_args("accessibility-method-text", &[("date".into(), REVIEWED.into())])}</p>
        </section>
        <section aria-labelledby="a11y-feedback">
            <h2 id="a11y-feedback">{t("accessibility-feedback-title")}</h2>
            <p>{t("accessibility-feedback-text")}</p>
            {contact.map(|c| view! { <p class="contact">{t("accessibility-contact")}": "{c}</p> })}
            <ErrorSummary/>
            <form method="post" action="/accessibility" class="stack">
                <CsrfField/>
                <TextArea name="message" label=t("accessibility-message") hint=t("accessibility-message-hint") maxlength=4000/>
                <Field name="page" label=t("accessibility-page") hint=t("accessibility-page-hint") maxlength=300/>
                <Field name="email" label=t("accessibility-email") hint=t("accessibility-email-hint") kind="email" autocomplete="email" maxlength=254/>
                <button type="submit">{t("accessibility-send")}</button>
            </form>
        </section>
        <section aria-labelledby="a11y-enforcement">
            <h2 id="a11y-enforcement">{t("accessibility-enforcement-title")}</h2>
            <p>{t("accessibility-enforcement-text")}</p>
            {enforcement.map(|href| {
                let shown = href.clone();
                view! { <p><a href=href>{shown}</a></p> }
            })}
        </section>
    }
}

fn contact_settings() -> (Option<String>, Option<String>) {
    #[cfg(feature = "ssr")]
    {
        if let Ok(settings) = crate::web::parts::part::<crate::web::parts::SharedSettings>() {
            return (settings.accessibility_contact.clone(), settings.accessibility_enforcement_url.clone());
        }
    }
    (None, None)
}

#[cfg(feature = "ssr")]
pub mod handlers {
    use crate::web::parts::{Db, MailWakeup, RateLimit};
    use domain::accounts::entity::account;
    use crate::error::{AppError, AppResult, FieldError};
    use crate::web::{see_other, Submitted};
    use axum::extract::State;
    use axum::response::Response;
    use sea_orm::{entity::prelude::*, DatabaseConnection};

    pub fn routes() -> crate::web::Routes {
        crate::web::Routes::new().post("/accessibility", feedback)
    }

    /// Checks the feedback and queues one mail to every admin.
    pub async fn send_feedback(db: &DatabaseConnection, message: &str, page: &str, email: &str) -> AppResult<usize> {
        let mut errors = Vec::new();
        let message = message.trim();
        if message.is_empty() {
            errors.push(FieldError::new("message", "error-required"));
        } else if message.chars().count() > 4000 {
            errors.push(FieldError::new("message", "error-too-long").with_arg("max", 4000));
        }
        if page.chars().count() > 300 {
            errors.push(FieldError::new("page", "error-too-long").with_arg("max", 300));
        }
        if !email.trim().is_empty() {
            domain::accounts::service::check_email(email, &mut errors);
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let (txn, _turn) = domain::db::begin_write(db).await?;
        let admins = account::Entity::find().filter(account::Column::IsAdmin.eq(true)).all(&txn).await?;
        for a in &admins {
            domain::mail::enqueue(&txn, domain::mail::Recipient { email: &a.email, lang: &a.language, plain: a.plain_language }, "accessibility-feedback", &[
                ("message", message.to_string()),
                ("page", if page.trim().is_empty() { "–".into() } else { page.trim().to_string() }),
                ("email", if email.trim().is_empty() { "–".into() } else { domain::accounts::service::normalise_email(email) }),
            ])
            .await?;
        }
        txn.commit().await?;
        Ok(admins.len())
    }

    async fn feedback(State(db): State<Db>, State(mail_wakeup): State<MailWakeup>, State(rate_limit): State<RateLimit>, form: Submitted) -> Response {
        form.respond(|f| async move {
            rate_limit.check(&db, f.client_ip()).await?;
            send_feedback(&db, f.get("message"), f.get("page"), f.get("email")).await?;
            mail_wakeup.notify_one();
            Ok(see_other("/accessibility?notice=feedback-sent"))
        })
        .await
    }
}
