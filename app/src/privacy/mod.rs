//! The person's rights over their data (GDPR): a copy of everything kept
//! about them, and deleting their account.
#[cfg(feature = "ssr")]
pub mod erase;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod retention;

use crate::forms::{CsrfField, ErrorSummary, Field};
use crate::i18n::t;
use crate::layout::PageTitle;
use crate::viewer::Viewer;
use leptos::prelude::*;

/// `/account/data`: download my data, delete my account.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let signed_in = Viewer::current().user.is_some();
    view! {
        <PageTitle text=t("privacy-data-title")/>
        {if signed_in {
            view! {
                <p>{t("privacy-data-intro")}</p>
                <p><a class="button" href="/account/data.zip" download="quartier-data.zip">{t("privacy-download")}</a></p>
                <p class="hint">{t("privacy-download-hint")}</p>
                <section aria-labelledby="delete-heading">
                    <h2 id="delete-heading">{t("privacy-delete-title")}</h2>
                    <p>{t("privacy-delete-intro")}</p>
                    <ErrorSummary/>
                    <form method="post" action="/account/delete" class="stack" novalidate>
                        <CsrfField/>
                        <Field name="delete_password" label=t("field-current-password") kind="password" autocomplete="current-password" required=true/>
                        <button type="submit" class="danger">{t("privacy-delete-submit")}</button>
                    </form>
                </section>
            }.into_any()
        } else {
            view! { <p>{t("error-unauthenticated")}" "<a href="/login">{t("login")}</a></p> }.into_any()
        }}
    }
}
